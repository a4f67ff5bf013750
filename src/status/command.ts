/**
 * `mtls-lint status [paths]`: the onboarding inventory of the repository. Exit codes: 0
 * (and with `--check`, 0 only when every partition scope is re-secured, else 1); 2 for
 * usage or configuration errors.
 */
import { writeFileCreatingFolder, WriteRefused } from '../write.js';
import { runSubcommand } from '../args.js';
import path from 'node:path';
import { formatConfigProblems, OptionError, parseNow } from '../config/cli-options.js';
import { relToConfig } from '../config/projects.js';
import { lint, todayUtc } from '../index.js';
import { buildStatus } from './inventory.js';
import { renderStatus, STATUS_FORMATS, type StatusFormat } from './render.js';

const HELP = `Usage: mtls-lint status [options] [paths...]

The onboarding inventory, per partition scope: the mesh flags
(AllowEnablingPermissiveMutualTLS, MeshDestinationsOnly), the proxy-defaults mode, and each
permissive service with its intentions, explicit upstreams, deadline and what is left before
it can go strict.

Options:
  -f, --format <name>        text (default), markdown or json
  -o, --output-file <file>   write the report to a file instead of standard output
      --check                exit 1 unless the repository is fully re-secured
      --config <file>        use this config file instead of the nearest .mtls-lint.yaml
      --now <YYYY-MM-DD>     the date deadlines are compared with (env MTLS_LINT_NOW)
  -h, --help                 print this help and exit
`;

export interface StatusIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The options parseArgs reads; named again in the one-line message for a wrong one. */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  check: { type: 'boolean' },
  config: { type: 'string' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runStatus(argv: string[], io: StatusIo): Promise<number> {
  return runSubcommand('mtls-lint status', argv, io, OPTIONS, HELP, [OptionError, WriteRefused], async (args) => {
    const o = args.values;
    const format = (o.format ?? 'text') as StatusFormat;
    if (!STATUS_FORMATS.includes(format)) throw new OptionError(`unknown format "${o.format}" (${STATUS_FORMATS.join(', ')})`);
    const today = parseNow(o.now, io.env) ?? todayUtc();
    // The report is built from the model alone: no rule needs to run.
    const run = await lint({ cwd: io.cwd, paths: args.positionals, today, configFile: o.config, rules: [] });
    if (run.configProblems.length > 0) {
      io.stderr(formatConfigProblems(run.configProblems));
      return 2;
    }
    if (run.missing.length > 0) throw new OptionError(`no such file or directory: ${run.missing.join(', ')}`);
    if (o.check && run.result.stats.entries === 0) {
      throw new OptionError(`no Consul config entries found in ${args.positionals.length > 0 ? args.positionals.join(', ') : '.'}: nothing to check`);
    }
    const report = buildStatus(
      run.projects.map((p) => ({
        model: p.run.model,
        targets: p.run.targets.map((t) => ({ name: t.target.name, model: t.model })),
        normalized: p.run.normalized,
        config: p.config.path ? p.config : undefined,
        relToConfig: relToConfig(p.config, io.cwd),
      })),
      today,
    );
    const text = renderStatus(format, report);
    if (o['output-file'] !== undefined) {
      const abs = path.resolve(io.cwd, o['output-file']);
      writeFileCreatingFolder(abs, text, io.cwd);
    } else {
      io.stdout(text);
    }
    if (o.check && !report.resecured) {
      io.stderr(`mtls-lint status: not re-secured yet (${report.permissiveServices} permissive service${report.permissiveServices === 1 ? '' : 's'})\n`);
      return 1;
    }
    return 0;
  });
}
