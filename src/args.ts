/**
 * Command-line options Node's parseArgs refused, said on one line: what was wrong, the
 * option that was probably meant, and where the full list is (like ESLint, not the whole help).
 */
import { didYouMean } from './suggest.js';

/** `command`: `mtls-lint` or `mtls-lint status`; `options`: the parseArgs options. */
export function argsErrorLine(command: string, err: unknown, options: object): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string } | undefined)?.code;
  const longs = Object.keys(options).map((o) => `--${o}`);
  const more = `run ${command} --help for the options`;
  const unknown = /^Unknown option '([^']*)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const given = unknown[1]!.split('=')[0]!;
    const near = given.startsWith('--') ? didYouMean(given, longs) : undefined;
    return `${command}: unknown option ${given}${near ? `; did you mean ${near}?` : ''}; ${more}\n`;
  }
  const value = /^Option '(?:-\w, )?(--[\w-]+)[^']*' (argument missing|does not take an argument)/.exec(message);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && value) {
    return `${command}: option ${value[1]} ${value[2] === 'argument missing' ? 'needs a value' : 'takes no value'}; ${more}\n`;
  }
  // Any other refusal: its first sentence, without Node's advice on positional arguments.
  return `${command}: ${message.split(/\.\s/)[0]!.replace(/\.$/, '')}; ${more}\n`;
}
