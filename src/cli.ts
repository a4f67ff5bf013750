/**
 * The command line: parse arguments, call lint(), print, set the exit code. Nothing else.
 * Exit codes follow ESLint: 0 clean, 1 findings at failing severity, 2 usage or internal error.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Finding, Phase, SeveritySetting } from './engine/finding.js';
import type { LintResult } from './engine/result.js';
import { formatJson } from './format/json.js';
import { formatText } from './format/text.js';
import { lint, RULES } from './index.js';
import { TOOL } from './version.js';

const HELP = `Usage: mtls-lint [options] [paths...]

Lint Consul service-mesh configuration (HCL, JSON, Kubernetes CRD YAML) for permissive
mTLS onboarding: what Consul would reject, what is left insecure, what the workflow lacks.

Options:
  -f, --format <name>        text (default), json
  -o, --output-file <file>   write the report to a file instead of standard output
      --phase <phase>        onboarding (default) or enforce (the "re-secure the mesh" step)
      --rule <id>=<severity> change a rule's severity: off, note, warning or error (repeatable)
      --list-rules           print the rule catalogue and exit
  -h, --help                 print this help and exit
  -v, --version              print the version and exit

Exit codes: 0 no errors, 1 errors found, 2 usage or internal error.
`;

class UsageError extends Error {}

const SEVERITIES = new Set(['off', 'note', 'warning', 'error']);

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

function parseRuleOverrides(values: string[]): Map<string, SeveritySetting> {
  const m = new Map<string, SeveritySetting>();
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--rule expects <id>=<severity>, got "${v}"`);
    const id = v.slice(0, eq).trim();
    const sev = v.slice(eq + 1).trim();
    if (!RULES.some((r) => r.meta.id === id)) throw new UsageError(`--rule: unknown rule "${id}" (see --list-rules)`);
    if (!SEVERITIES.has(sev)) throw new UsageError(`--rule ${id}: severity must be off, note, warning or error, not "${sev}"`);
    m.set(id, sev as SeveritySetting);
  }
  return m;
}

function listRules(): string {
  const rows = [...RULES]
    .map((r) => r.meta)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => {
      const enforce = m.enforceSeverity && m.enforceSeverity !== m.defaultSeverity ? ` (enforce: ${m.enforceSeverity})` : '';
      return `${m.id.padEnd(40)} ${(m.defaultSeverity + enforce).padEnd(26)} ${m.description}`;
    });
  return `${'rule'.padEnd(40)} ${'severity'.padEnd(26)} description\n${rows.join('\n')}\n`;
}

function failing(f: Finding): boolean {
  return f.severity === 'error' && !(f.suppressions && f.suppressions.length > 0);
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        phase: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'list-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    io.stderr(`mtls-lint: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const o = args.values;
  if (o.help) {
    io.stdout(HELP);
    return 0;
  }
  if (o.version) {
    io.stdout(`${TOOL.version}\n`);
    return 0;
  }
  if (o['list-rules']) {
    io.stdout(listRules());
    return 0;
  }
  try {
    const format = o.format ?? 'text';
    if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" (text, json)`);
    const phase = (o.phase ?? 'onboarding') as Phase;
    if (phase !== 'onboarding' && phase !== 'enforce') throw new UsageError(`--phase must be onboarding or enforce, not "${o.phase}"`);
    const severities = parseRuleOverrides(o.rule ?? []);
    const run = await lint({ cwd: io.cwd, paths: args.positionals, phase, severities });
    if (run.missing.length > 0) {
      throw new UsageError(`no such file or directory: ${run.missing.join(', ')}`);
    }
    const result: LintResult = run.result;
    const color = io.env.NO_COLOR ? false : io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0' ? true : io.isTTY && !o['output-file'];
    const out = format === 'json' ? formatJson(result) : formatText(result, { color });
    if (o['output-file']) writeFileSync(o['output-file'], out);
    else io.stdout(out);
    if (result.ruleErrors.length > 0) {
      for (const e of result.ruleErrors) io.stderr(`mtls-lint: internal error in rule ${e.ruleId}: ${e.message}\n`);
      return 2;
    }
    return result.findings.some(failing) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`mtls-lint: ${err.message}\n`);
      return 2;
    }
    io.stderr(`mtls-lint: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}
