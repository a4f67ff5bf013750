/**
 * The command line: parse arguments, call lint(), print, set the exit code. Nothing else.
 * Exit codes follow ESLint: 0 clean, 1 findings at failing severity, 2 usage or internal error.
 */
import { batched, writeFileCreatingFolder, WriteRefused } from './write.js';
import { argsErrorLine } from './args.js';
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Finding, Phase, SeveritySetting } from './engine/finding.js';
import type { LintResult } from './engine/result.js';
import { errorsOnly, FORMAT_NAMES, isFormatName, loadRenderer, type FormatName } from './format/renderer.js';
import { shouldColor } from './format/text.js';
import { lint, RULES, type FsLintRun } from './index.js';
import { finishBaseline, formatConfigProblems, loadBaselineOption, OptionError, parseNow } from './config/cli-options.js';
import { createTiming, formatTiming, timed, timingListSize } from './engine/timing.js';
import { TOOL } from './version.js';
import type { FixResult } from './fix/apply.js';
import { oneLine } from './format/words.js';
import type { FileCache } from './cache/store.js';

/** `--cache`: the cache code is loaded only for a run that uses it. */
async function openCache(location: string | undefined, cwd: string, staged: boolean): Promise<FileCache> {
  const { cacheFile, FileCache } = await import('./cache/store.js');
  return FileCache.open(cacheFile(location, cwd, staged), { cwd });
}

/** The cache file is never linted itself (`--cache-location cache.json` inside the repository). */
function cacheExclude(cache: FileCache | undefined, cwd: string): string[] | undefined {
  if (!cache) return undefined;
  const rel = path.relative(cwd, cache.file);
  // A name with glob characters is left as it is: it would not match itself as a pattern.
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || /[*?[\]{}()!\\]/.test(rel) ? undefined : [rel.split(path.sep).join('/')];
}

const HELP = `Usage: mtls-lint [options] [paths...]
       mtls-lint status [--check] [--format text|markdown|json] [paths...]
       mtls-lint ready (--prometheus <url> | --envoy-stats <file>...) [--window 7d] [--check] [paths...]
       mtls-lint targets [--format text|json] [paths...]
       mtls-lint init [--stdout] [--force] [paths...]

Lint Consul service-mesh configuration (HCL, JSON, Kubernetes CRD YAML) for permissive
mTLS onboarding: what Consul would reject, what is left insecure, what the workflow lacks.

Options:
  -f, --format <name>        text (default; github when GITHUB_ACTIONS=true), json, sarif,
                             github (workflow-command annotations), markdown (summary table)
  -o, --output-file <file>   write the --format report to a file instead of standard output
      --output <fmt>=<file>  also write a report in another format (repeatable; file "-" is
                             standard output), e.g. --output sarif=results.sarif
      --sarif-file <file>    same as --output sarif=<file>
      --sarif-category <id>  SARIF runAutomationDetails.id (one per analysis in code scanning)
      --fail-on <severity>   exit 1 when a finding at or above it is not suppressed:
                             error (default), warning or note
      --max-warnings <n>     exit 1 when there are more than n warnings
      --quiet                report errors only (the exit code still counts everything)
      --verbose              text: each finding's fix and related locations on lines below
                             it, wrapped (the default on a terminal; piped output keeps
                             one line per finding)
      --phase <phase>        onboarding (default) or enforce (the "re-secure the mesh" step)
      --rule <id>=<severity> change a rule's severity: off, note, warning or error (repeatable)
      --fix                  apply the safe fixes (fixable rules in --list-rules), in rounds
                             until none is left; report what remains; what was changed
                             goes to standard error
      --fix-dry-run          print the fixes as a unified diff; change nothing
      --list-rules           print the rule catalogue and exit
      --config <file>        use this config file instead of the nearest .mtls-lint.yaml
      --baseline <file>      findings recorded in it do not fail the run; stale entries
                             are reported
      --write-baseline <file>
                             record the current findings in a baseline file
      --prune-baseline       remove stale entries from the --baseline file
      --include-suppressed   text: show suppressed and baselined findings too
      --now <YYYY-MM-DD>     the date deadlines and exceptions are compared with
                             (default: today, UTC; env MTLS_LINT_NOW)
      --cache                keep what reading a file produced between runs, for the files
                             slower to read than to restore (templates, YAML with anchors,
                             tags or merge keys): an unchanged one is not read again
      --cache-location <path>
                             the cache file, or a folder for it (default: .mtls-lint-cache)
      --no-cache             do not use the cache, even with --pre-commit
      --pre-commit           an argument that names an existing file is a file name, never
                             an option (the pre-commit hook appends staged file names); in
                             a git work tree the context is the index (what will be committed);
                             turns --cache on (kept in the git folder: .git/mtls-lint-cache)
      --no-error-on-unmatched-pattern
                             exit 0, not 2, when no Consul configuration file is found
  -h, --help                 print this help and exit
  -v, --version              print the version and exit

Exit codes: 0 nothing at or above --fail-on (and warnings within --max-warnings),
1 findings that fail the run, 2 usage or internal error, or no Consul configuration found.

Environment: TIMING=1 prints the time of each stage of the run and of the 10 slowest rules
to standard error (TIMING=all: every rule; TIMING=<n>: the n slowest).
`;

class UsageError extends Error {}

/** The width to wrap text at: the terminal's, else `COLUMNS`, else 100. */
function terminalWidth(io: CliIo): number {
  const cols = io.columns ?? Number(io.env.COLUMNS);
  return Number.isInteger(cols) && cols > 0 ? cols : 100;
}

const SEVERITIES = new Set(['off', 'note', 'warning', 'error']);

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** The terminal's width, when standard output is one. */
  columns?: number;
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

/** At most this many rounds of fixes: a fix that makes another one possible is made in the next round. */
const MAX_FIX_ROUNDS = 10;

/**
 * `--fix`: the safe fixes of the findings applied, the files linted again, until no fix is
 * left (ESLint's rounds); what was changed goes to standard error. `--fix-dry-run`: the first
 * round's changes as a unified diff on standard output, nothing written.
 */
async function fixInRounds<R extends { result: LintResult; normalized: readonly { path: string; issues: readonly { ruleId: string }[] }[] }>(
  first: R,
  again: () => Promise<R>,
  io: CliIo,
  dryRun: boolean,
): Promise<{ run: R; dryRun: boolean }> {
  const { applyFixes, unifiedDiff, writeFixes } = await import('./fix/apply.js');
  let run = first;
  const made: FixResult['made'] = [];
  let skipped: FixResult['skipped'] = [];
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const unparsable = new Set(run.normalized.filter((nf) => nf.issues.some((i) => i.ruleId === 'parse-error')).map((nf) => nf.path));
    const res = applyFixes(run.result.findings, unparsable, io.cwd);
    skipped = res.skipped;
    if (dryRun) {
      io.stdout(unifiedDiff(res.changed));
      io.stderr(fixSummary(res.made, res.skipped, 'would fix'));
      return { run, dryRun: true };
    }
    if (res.changed.size === 0) break;
    writeFixes(res.changed, io.cwd);
    made.push(...res.made);
    run = await again();
  }
  io.stderr(fixSummary(made, skipped, 'fixed'));
  return { run, dryRun: false };
}

function fixSummary(made: FixResult['made'], skipped: FixResult['skipped'], verb: string): string {
  const lines: string[] = [];
  const files = new Set(made.map((m) => m.file));
  if (made.length > 0) lines.push(`mtls-lint: ${verb} ${made.length} ${made.length === 1 ? 'problem' : 'problems'} in ${files.size} ${files.size === 1 ? 'file' : 'files'}:`);
  else lines.push(`mtls-lint: nothing to fix`);
  for (const m of made) lines.push(`  ${oneLine(m.file)}: ${m.ruleId}: ${oneLine(m.description)}`);
  for (const x of skipped) lines.push(`  not fixed: ${oneLine(x.file)}: ${x.ruleId}: ${oneLine(x.description)}: ${x.reason}`);
  return `${lines.join('\n')}\n`;
}

function listRules(): string {
  const rows = [...RULES]
    .map((r) => r.meta)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => {
      const enforce = m.enforceSeverity && m.enforceSeverity !== m.defaultSeverity ? ` (enforce: ${m.enforceSeverity})` : '';
      return `${m.id.padEnd(40)} ${(m.defaultSeverity + enforce).padEnd(26)} ${(m.fixable ? 'yes' : '').padEnd(7)} ${m.description}`;
    });
  return `${'rule'.padEnd(40)} ${'severity'.padEnd(26)} ${'fixable'.padEnd(7)} description\n${rows.join('\n')}\n`;
}

const RANK = { note: 0, warning: 1, error: 2 } as const;
type FailOn = keyof typeof RANK;

/** A finding fails the run when it is not suppressed and at or above `--fail-on`. */
function failing(f: Finding, failOn: FailOn): boolean {
  return RANK[f.severity] >= RANK[failOn] && !(f.suppressions && f.suppressions.length > 0);
}

function parseFailOn(v: string | undefined): FailOn {
  if (v === undefined) return 'error';
  if (v === 'error' || v === 'warning' || v === 'note') return v;
  throw new UsageError(`--fail-on must be error, warning or note, not "${v}"`);
}

function parseMaxWarnings(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) throw new UsageError(`--max-warnings expects a whole number, not "${v}"`);
  return Number(v.trim());
}

interface ReportTarget {
  format: FormatName;
  /** Undefined: standard output. */
  file?: string;
}

/** The main report (--format, --output-file) plus every --output and --sarif-file. */
function parseReports(format: FormatName, o: { 'output-file'?: string; output?: string[]; 'sarif-file'?: string }): ReportTarget[] {
  const targets: ReportTarget[] = [{ format, file: o['output-file'] }];
  const extra = [...(o.output ?? [])];
  if (o['sarif-file'] !== undefined) extra.push(`sarif=${o['sarif-file']}`);
  for (const spec of extra) {
    const eq = spec.indexOf('=');
    const name = eq < 0 ? '' : spec.slice(0, eq).trim();
    const file = eq < 0 ? '' : spec.slice(eq + 1).trim();
    if (!isFormatName(name) || file === '') {
      throw new UsageError(`--output expects <format>=<file> with a format among ${FORMAT_NAMES.join(', ')}, got "${spec}"`);
    }
    targets.push({ format: name, file: file === '-' ? undefined : file });
  }
  const toStdout = targets.filter((t) => t.file === undefined).length;
  if (toStdout > 1) throw new UsageError('only one report can go to standard output; give the others a file');
  const files = targets.flatMap((t) => (t.file === undefined ? [] : [t.file]));
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup !== undefined) throw new UsageError(`two reports would be written to ${dup}`);
  return targets;
}

/**
 * pre-commit appends the staged file names after the options, without `--`: a file named
 * `--write-baseline=x.json` or `-oreport.json` must stay a file. With `--pre-commit`, an
 * argument that starts with "-" and names an existing file or folder becomes `./<name>`.
 */
export function preCommitArgs(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((a) => a !== '--pre-commit')
    // pre-commit passes the staged files its pattern selected: none of them Consul config is no error.
    .concat('--no-error-on-unmatched-pattern')
    .map((a) => {
      if (!a.startsWith('-')) return a;
      try {
        lstatSync(path.resolve(cwd, a));
        return `./${a}`;
      } catch {
        return a;
      }
    });
}

/** The options parseArgs reads; named again in the one-line message for a wrong one. */
const LINT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  output: { type: 'string', multiple: true },
  'sarif-file': { type: 'string' },
  'sarif-category': { type: 'string' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  phase: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'list-rules': { type: 'boolean' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'prune-baseline': { type: 'boolean' },
  'include-suppressed': { type: 'boolean' },
  now: { type: 'string' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export async function main(argv: string[], io: CliIo): Promise<number> {
  // pre-commit: what will be committed (the git index) is the context (LintFsOptions.staged).
  const staged = argv.includes('--pre-commit');
  if (staged) argv = preCommitArgs(argv, io.cwd);
  // A subcommand's code is loaded only for a run of it.
  if (argv[0] === 'status') return (await import('./status/command.js')).runStatus(argv.slice(1), io);
  if (argv[0] === 'targets') return (await import('./targets/command.js')).runTargets(argv.slice(1), io);
  if (argv[0] === 'init') return (await import('./init/command.js')).runInit(argv.slice(1), io);
  if (argv[0] === 'ready') return (await import('./ready/command.js')).runReady(argv.slice(1), io);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: LINT_OPTIONS,
    });
  } catch (err) {
    io.stderr(argsErrorLine('mtls-lint', err, LINT_OPTIONS));
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
    const format = o.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
    if (!isFormatName(format)) throw new UsageError(`unknown format "${format}" (${FORMAT_NAMES.join(', ')})`);
    const reports = parseReports(format, o);
    const failOn = parseFailOn(o['fail-on']);
    const maxWarnings = parseMaxWarnings(o['max-warnings']);
    // Unset: the config file's `phase`, else onboarding.
    const phase = o.phase as Phase | undefined;
    if (phase !== undefined && phase !== 'onboarding' && phase !== 'enforce') throw new UsageError(`--phase must be onboarding or enforce, not "${o.phase}"`);
    const severities = parseRuleOverrides(o.rule ?? []);
    if (o['prune-baseline'] && o.baseline === undefined) throw new UsageError('--prune-baseline needs --baseline <file>');
    const today = parseNow(o.now, io.env);
    const baseline = o['write-baseline'] === undefined ? loadBaselineOption(o.baseline, io.cwd) : undefined;
    const timingRules = timingListSize(io.env.TIMING);
    const timing = timingRules === undefined ? undefined : createTiming(() => performance.now());
    const fixing = o.fix === true || o['fix-dry-run'] === true;
    if (fixing && staged) throw new UsageError('--fix and --fix-dry-run change files on disk; they do not go with --pre-commit (the index is what is linted)');
    // ESLint's habit: off unless asked for; the pre-commit hook asks (it runs on every commit).
    const cache = (o.cache === true || staged) && o['no-cache'] !== true ? await openCache(o['cache-location'], io.cwd, staged) : undefined;
    for (const note of cache?.notes ?? []) io.stderr(`mtls-lint: ${oneLine(note)}\n`);
    const lintOnce = () =>
      lint({ cwd: io.cwd, paths: args.positionals, phase, severities, today, configFile: o.config, baseline, timing, staged, cache, exclude: cacheExclude(cache, io.cwd) });
    // Cleared once the result is taken: a large repository's trees and model are not kept while the reports are rendered.
    let run: FsLintRun | undefined = await lintOnce();
    const unsaved = cache?.save();
    if (unsaved) io.stderr(`mtls-lint: ${oneLine(unsaved)}\n`);
    if (cache && timing) io.stderr(`cache: ${cache.stats.hits} files restored, ${cache.stats.stored} stored afresh\n`);
    if (fixing && run.configProblems.length === 0 && run.missing.length === 0) {
      const fixed = await fixInRounds(run, lintOnce, io, o['fix-dry-run'] === true);
      if (fixed.dryRun) return 0;
      run = fixed.run;
    }
    if (run.configProblems.length > 0) {
      io.stderr(formatConfigProblems(run.configProblems));
      return 2;
    }
    if (run.missing.length > 0) {
      throw new UsageError(`no such file or directory: ${run.missing.join(', ')}`);
    }
    if (run.result.stats.filesLinted === 0 && !o['no-error-on-unmatched-pattern']) {
      // As ESLint: a run that looked at nothing is a mistake (a wrong path or pattern), not a pass.
      const where = args.positionals.length > 0 ? args.positionals.join(', ') : '.';
      throw new UsageError(
        `no Consul configuration files found in ${where} (${run.result.stats.filesNotConsul} other files looked at); pass --no-error-on-unmatched-pattern to allow it`,
      );
    }
    const result: LintResult = finishBaseline(
      run,
      { baseline: o.baseline, writeBaseline: o['write-baseline'], pruneBaseline: o['prune-baseline'] },
      io.cwd,
      io.stderr,
    );
    run = undefined;
    const shown = o.quiet ? errorsOnly(result) : result;
    const renderers = await Promise.all(reports.map((r) => loadRenderer(r.format)));
    timed(timing, 'output', () => {
      reports.forEach((r, i) => {
        const out = renderers[i]!(shown, {
          color: r.file === undefined && shouldColor(io.env, io.isTTY),
          sarifCategory: o['sarif-category'],
          includeSuppressed: o['include-suppressed'],
          ...(r.file === undefined && (io.isTTY || o.verbose) ? { expandedWidth: terminalWidth(io) } : {}),
        });
        if (r.file === undefined) for (const text of batched(out)) io.stdout(text);
        else writeFileCreatingFolder(path.resolve(io.cwd, r.file), out, io.cwd);
      });
    });
    if (timing) io.stderr(formatTiming(timing, timingRules!));
    if (result.ruleErrors.length > 0) {
      for (const e of result.ruleErrors) io.stderr(`mtls-lint: internal error in rule ${e.ruleId}: ${e.message}\n`);
      return 2;
    }
    const failed = result.findings.filter((f) => failing(f, failOn));
    const warnings = result.stats.warnings;
    if (o.quiet && failed.some((f) => f.severity !== 'error')) {
      io.stderr(`mtls-lint: ${failed.length} finding(s) at or above --fail-on ${failOn} (warnings and notes hidden by --quiet)\n`);
    }
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      io.stderr(`mtls-lint: too many warnings (${warnings}; maximum: ${maxWarnings})\n`);
      return 1;
    }
    return failed.length > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof OptionError || err instanceof WriteRefused) {
      io.stderr(`mtls-lint: ${err.message}\n`);
      return 2;
    }
    io.stderr(`mtls-lint: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}
