/**
 * Command-line options Node's parseArgs refused, said on one line: what was wrong, the
 * option that was probably meant, and where the full list is (like ESLint, not the whole help).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
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

type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type SubcommandArgs<O extends OptionSpec> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;

/**
 * The frame of a subcommand (`status`, `targets`, `ready`): its options read, `--help`
 * printed, and what `body` throws said in one line — a usage problem (exit 2) when it is one
 * of `usage` (OptionError, WriteRefused, …), an internal error with its stack otherwise.
 */
export async function runSubcommand<O extends OptionSpec>(
  command: string,
  argv: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
  options: O,
  help: string,
  usage: readonly (abstract new (...a: never[]) => Error)[],
  body: (args: SubcommandArgs<O>) => Promise<number>,
): Promise<number> {
  let args: SubcommandArgs<O>;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    io.stderr(argsErrorLine(command, err, options));
    return 2;
  }
  if ((args.values as { help?: boolean }).help) {
    io.stdout(help);
    return 0;
  }
  try {
    return await body(args);
  } catch (err) {
    if (usage.some((c) => err instanceof c)) {
      io.stderr(`${command}: ${(err as Error).message}\n`);
      return 2;
    }
    io.stderr(`${command}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}
