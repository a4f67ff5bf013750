/**
 * The workflow-control options of the command line, kept out of src/cli.ts so that it
 * stays thin: `--now` (and MTLS_LINT_NOW), `--config`, `--baseline`, `--write-baseline`,
 * `--prune-baseline`; printing config problems; writing baselines. The CLI calls these and
 * sets the exit code.
 */
import { existsSync } from 'node:fs';
import { writeFileCreatingFolder } from '../write.js';
import { oneLine } from '../format/words.js';
import path from 'node:path';
import {
  applyBaseline,
  baselineEntries,
  baselineScope,
  pruneBaseline,
  readBaselineFile,
  serializeBaseline,
  type Baseline,
  type BaselineEntry,
} from '../engine/baseline.js';
import type { LintResult } from '../engine/result.js';
import { plural } from '../format/words.js';
import type { FsLintRun } from '../index.js';
import { buildResult } from '../lint.js';
import type { ConfigProblem } from './types.js';
import { isIsoDate } from './validate.js';

export class OptionError extends Error {}

/** `--now YYYY-MM-DD`, else `MTLS_LINT_NOW`, else undefined (today's UTC date). */
export function parseNow(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const [v, from] = flag !== undefined ? [flag, '--now'] : [env.MTLS_LINT_NOW, 'MTLS_LINT_NOW'];
  if (v === undefined || v === '') return undefined;
  if (!isIsoDate(v.trim())) throw new OptionError(`${from} must be a date written YYYY-MM-DD, not "${v}"`);
  return v.trim();
}

/** `--baseline FILE`, read and checked. */
export function loadBaselineOption(file: string | undefined, cwd: string): { path: string; baseline: Baseline } | undefined {
  if (file === undefined) return undefined;
  const abs = path.resolve(cwd, file);
  const r = readBaselineFile(abs, cwd);
  if (!r.ok) throw new OptionError(`--baseline ${file}: ${r.message}`);
  return { path: abs, baseline: r.baseline };
}

/** `file:line:column: message`, one per line, as compilers print them. */
export function formatConfigProblems(problems: readonly ConfigProblem[]): string {
  return problems
    // Paths and messages quote the repository's text: one line each, no control characters.
    .map((p) => `${oneLine(p.file)}:${p.range.start.line}:${p.range.start.column}: error: ${oneLine(p.message)}\n`)
    .join('');
}

export interface BaselineFlags {
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
}

/** Stale baseline entries listed one by one; the rest are counted. */
export const MAX_STALE_LISTED = 20;

function write(abs: string, entries: readonly BaselineEntry[], cwd: string): void {
  writeFileCreatingFolder(abs, serializeBaseline(entries), cwd);
}

/**
 * After the run: write (`--write-baseline`) or prune (`--prune-baseline`) a baseline and
 * say what the baseline did. Returns the result the exit code is computed from.
 */
export function finishBaseline(run: FsLintRun, flags: BaselineFlags, cwd: string, stderr: (s: string) => void): LintResult {
  let result = run.result;
  if (flags.writeBaseline !== undefined) {
    const abs = path.resolve(cwd, flags.writeBaseline);
    const scope = baselineScope(abs, cwd, run.inRun);
    // Entries of files this run did not lint are kept: writing from a subfolder does not lose the rest.
    const prev = existsSync(abs) ? readBaselineFile(abs, cwd) : undefined;
    if (prev && !prev.ok) throw new OptionError(`--write-baseline ${flags.writeBaseline}: ${prev.message}; remove it or choose another file`);
    const kept = prev?.ok ? prev.baseline.entries.filter((e) => !scope.inRun(e.file)) : [];
    const fresh = baselineEntries(result.findings, scope);
    write(abs, [...kept, ...fresh], cwd);
    const applied = applyBaseline(result.findings, { version: 1, entries: fresh }, scope, flags.writeBaseline);
    result = buildResult(result.files, applied.findings, result.rules, result.ruleErrors, result.stats.entries, result.phase, result.cwd);
    stderr(`mtls-lint: wrote ${plural(fresh.length, 'finding')} to the baseline ${flags.writeBaseline}${kept.length > 0 ? ` (and kept ${plural(kept.length, 'entry', 'entries')} for files not linted in this run)` : ''}\n`);
    return result;
  }
  const b = run.baseline;
  if (!b) return result;
  if (b.matched > 0) stderr(`mtls-lint: ${plural(b.matched, 'finding')} recorded in the baseline ${b.path} ${b.matched === 1 ? 'does' : 'do'} not fail the run\n`);
  const staleCount = b.stale.reduce((n, e) => n + (e.count ?? 1), 0);
  if (staleCount === 0) return result;
  if (flags.pruneBaseline) {
    const abs = path.resolve(cwd, flags.baseline ?? b.path);
    const r = readBaselineFile(abs, cwd);
    if (!r.ok) throw new OptionError(`--prune-baseline: ${r.message}`);
    write(abs, pruneBaseline(r.baseline, b.stale), cwd);
    stderr(`mtls-lint: removed ${plural(staleCount, 'stale entry', 'stale entries')} from the baseline ${b.path}\n`);
    return result;
  }
  // The first entries only: a baseline can hold many thousands, and the log is read by a person.
  const shown = b.stale.slice(0, MAX_STALE_LISTED);
  const lines = shown.map((e) => `  ${oneLine(e.file)}  ${oneLine(e.ruleId)}  ${oneLine(e.subject)}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}\n`);
  const more = b.stale.length - shown.length;
  if (more > 0) lines.push(`  and ${plural(more, 'more entry', 'more entries')}\n`);
  stderr(
    `mtls-lint: ${plural(staleCount, 'entry', 'entries')} of the baseline ${b.path} no longer ${staleCount === 1 ? 'matches' : 'match'} a finding (fixed or changed); remove ${staleCount === 1 ? 'it' : 'them'} with --prune-baseline:\n${lines.join('')}`,
  );
  return result;
}
