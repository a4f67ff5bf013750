/**
 * `mtls-lint targets [paths]`: the deployment targets found — declared or inferred, why, and
 * the files each holds — so that a user can see how the repository was split before trusting
 * a cross-file finding, and declare targets where the inference is wrong. Exit 0; 2 for usage
 * or configuration errors.
 */
import { runSubcommand } from '../args.js';
import { formatConfigProblems, OptionError } from '../config/cli-options.js';
import { lint, todayUtc } from '../index.js';
import type { LintRun } from '../lint.js';
import { oneLine, plural } from '../format/words.js';
import type { VariantGroup } from './variant-folders.js';

const HELP = `Usage: mtls-lint targets [options] [paths...]

The deployment targets of the repository: what is applied together to one Consul cluster.
Cross-file rules (duplicates, the mesh entry that allows permissive, intentions, proxy-defaults
inheritance) reason within one target. Targets are declared in .mtls-lint.yaml (targets:) or
inferred from Terraform root modules, provider aliases and variant folders (dc1/dc2,
dev/prod, aks/eks, hcp-managed/self-managed, …); this prints which, why, and their files.

Options:
  -f, --format <name>   text (default) or json
      --config <file>   use this config file instead of the nearest .mtls-lint.yaml
  -h, --help            print this help and exit
`;

export const TARGETS_FORMATS = ['text', 'json'] as const;

export interface TargetsIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

interface TargetView {
  name: string;
  origin: string;
  reasons: string[];
  provider?: string;
  datacenter?: string;
  partition?: string;
  kubeContext?: string;
  /** Files with Consul config or mesh workloads, then how many other files it holds. */
  files: string[];
  otherFiles: number;
  entries: number;
}

interface GuessView {
  folder: string;
  /** Sibling folders, or with `files` the files of `folder` named alike. */
  siblings: string[];
  files?: true;
  sameEntries: string[];
}

function guessView(g: VariantGroup): GuessView {
  return { folder: g.parent === '' ? '.' : g.parent, siblings: g.variants, ...(g.alikeFiles ? { files: true as const } : {}), sameEntries: g.shared };
}

export function targetsReport(run: LintRun): { targets: TargetView[]; guessed: GuessView[] } {
  const linted = new Set(run.result.files.filter((f) => f.status === 'linted').map((f) => f.path));
  const targets = run.targets.map(({ target: t, model }) => ({
    name: t.name,
    origin: t.origin,
    reasons: t.reasons,
    ...(t.provider ? { provider: t.provider } : {}),
    ...(t.datacenter ? { datacenter: t.datacenter } : {}),
    ...(t.partition ? { partition: t.partition } : {}),
    ...(t.kubeContext ? { kubeContext: t.kubeContext } : {}),
    files: t.files.filter((f) => linted.has(f)),
    otherFiles: t.files.filter((f) => !linted.has(f)).length,
    entries: model.entries.length,
  }));
  const seen = new Set<string>();
  const guessed: GuessView[] = [];
  for (const { model } of run.targets) {
    for (const g of model.target.guessed) {
      const key = `${g.parent}\u0000${g.variants.join('\u0000')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      guessed.push(guessView(g));
    }
  }
  return { targets, guessed };
}

function renderText(r: ReturnType<typeof targetsReport>): string {
  const declared = r.targets.some((t) => t.origin === 'declared');
  const lines: string[] = [];
  if (r.targets.length === 1 && r.targets[0]!.origin === 'repository') {
    lines.push('1 deployment target: the whole repository (nothing suggests several clusters; declare targets in .mtls-lint.yaml if it holds several)');
  } else {
    lines.push(`${plural(r.targets.length, 'deployment target')} (${declared ? 'declared in .mtls-lint.yaml' : 'inferred; declare them in .mtls-lint.yaml (targets:) to change this'})`);
  }
  for (const t of r.targets) {
    const where = [t.datacenter && `datacenter ${t.datacenter}`, t.partition && `partition ${t.partition}`, t.kubeContext && `kubectl context ${t.kubeContext}`].filter(Boolean).join(', ');
    lines.push('', `${oneLine(t.name)}  [${t.origin}${where ? `; ${oneLine(where)}` : ''}]  ${plural(t.entries, 'entry', 'entries')}`);
    for (const why of t.reasons) lines.push(`  why: ${oneLine(why)}`);
    lines.push(`  ${plural(t.files.length, 'file')}${t.otherFiles > 0 ? ` (and ${plural(t.otherFiles, 'other file')} without Consul config)` : ''}:`);
    for (const f of t.files) lines.push(`    ${oneLine(f)}`);
  }
  if (r.guessed.length > 0) {
    lines.push('', 'Sibling folders, or files of one folder named alike, that define the same entries but are not named as variants — kept in one target; a duplicate across them is a note (declare targets if they are different clusters):');
    for (const g of r.guessed) lines.push(`  ${oneLine(g.folder)}/: ${g.siblings.map((s) => `${oneLine(s)}${g.files ? '' : '/'}`).join(', ')} (${g.sameEntries.map(oneLine).join('; ')})`);
  }
  return `${lines.join('\n')}\n`;
}

/** The options parseArgs reads; named again in the one-line message for a wrong one. */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runTargets(argv: string[], io: TargetsIo): Promise<number> {
  return runSubcommand('mtls-lint targets', argv, io, OPTIONS, HELP, [OptionError], async (args) => {
    const o = args.values;
    const format = o.format ?? 'text';
    if (!(TARGETS_FORMATS as readonly string[]).includes(format)) throw new OptionError(`unknown format "${o.format}" (${TARGETS_FORMATS.join(', ')})`);
    const run = await lint({ cwd: io.cwd, paths: args.positionals, today: todayUtc(), configFile: o.config, rules: [] });
    if (run.configProblems.length > 0) {
      io.stderr(formatConfigProblems(run.configProblems));
      return 2;
    }
    if (run.missing.length > 0) throw new OptionError(`no such file or directory: ${run.missing.join(', ')}`);
    const report = targetsReport(run);
    io.stdout(format === 'json' ? `${JSON.stringify({ version: 1, ...report }, null, 2)}\n` : renderText(report));
    return 0;
  });
}
