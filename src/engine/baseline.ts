/**
 * Baselines: the findings a repository already had when it adopted mtls-lint (or a rule),
 * recorded so that only new findings fail the run.
 *
 * An entry is the finding's rule, file (relative to the baseline file's folder, so the
 * baseline works from any working directory), subject (entry identity and field path) and
 * message: no line or column, so moving a finding or reformatting its file keeps it
 * matched. Identical findings are counted. Entries that match nothing are stale: reported,
 * and removed with `--prune-baseline`. Entries for files outside the linted paths are
 * neither matched nor stale (a run over one folder keeps the rest of the baseline).
 */
import { readInputFile } from '../input-file.js';
import path from 'node:path';
import type { Finding } from './finding.js';

export const BASELINE_VERSION = 1;

/**
 * A baseline holding more entries than this is refused: a real one records one entry per
 * accepted finding, and a pull request could otherwise commit millions (each kept in memory
 * and, when stale, listed).
 */
export const MAX_BASELINE_ENTRIES = 100_000;

export interface BaselineEntry {
  ruleId: string;
  /** Relative to the baseline file's folder, `/` separators. */
  file: string;
  subject: string;
  message: string;
  /** How many identical findings; 1 when absent. */
  count?: number;
}

export interface Baseline {
  version: number;
  entries: BaselineEntry[];
}

export type BaselineParse = { ok: true; baseline: Baseline } | { ok: false; message: string };

function key(e: { ruleId: string; file: string; subject: string; message: string }): string {
  return [e.ruleId, e.file, e.subject, e.message].join('\u0000');
}

export function parseBaseline(text: string): BaselineParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // Not the parser's message: it quotes the text, and the file may be anything.
    return { ok: false, message: 'not valid JSON' };
  }
  const d = data as Partial<Baseline> | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.entries)) return { ok: false, message: 'not an mtls-lint baseline (no "entries" list)' };
  if (d.version !== BASELINE_VERSION) return { ok: false, message: `baseline version ${String(d.version)} is not supported (expected ${BASELINE_VERSION})` };
  if (d.entries.length > MAX_BASELINE_ENTRIES) {
    return { ok: false, message: `holds ${d.entries.length} entries, more than the ${MAX_BASELINE_ENTRIES} a baseline may hold` };
  }
  for (const [i, e] of d.entries.entries()) {
    const ok =
      e && typeof e === 'object' &&
      typeof e.ruleId === 'string' && typeof e.file === 'string' && typeof e.subject === 'string' && typeof e.message === 'string' &&
      (e.count === undefined || (Number.isInteger(e.count) && e.count > 0));
    if (!ok) return { ok: false, message: `entries[${i}] must have ruleId, file, subject and message strings (and a positive count)` };
  }
  return { ok: true, baseline: { version: BASELINE_VERSION, entries: d.entries } };
}

/** Stable text: entries sorted, identical ones counted, two-space JSON with a final newline. */
export function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const counts = new Map<string, BaselineEntry>();
  for (const e of entries) {
    const k = key(e);
    const prev = counts.get(k);
    const n = (prev?.count ?? (prev ? 1 : 0)) + (e.count ?? 1);
    counts.set(k, { ruleId: e.ruleId, file: e.file, subject: e.subject, message: e.message, ...(n > 1 ? { count: n } : {}) });
  }
  const sorted = [...counts.values()].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return a.file !== b.file ? (a.file < b.file ? -1 : 1) : ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return `${JSON.stringify({ version: BASELINE_VERSION, entries: sorted }, null, 2)}\n`;
}

export interface BaselineScope {
  /** A finding's file (relative to the working directory) → relative to the baseline folder. */
  toBaseline: (file: string) => string;
  /** Whether an entry's file (relative to the baseline folder) was linted in this run. */
  inRun: (baselineFile: string) => boolean;
}

/** Entries for the findings that fail the run now (already suppressed ones are left out). */
export function baselineEntries(findings: readonly Finding[], scope: Pick<BaselineScope, 'toBaseline'>): BaselineEntry[] {
  return findings
    .filter((f) => !f.suppressions?.length)
    .map((f) => ({ ruleId: f.ruleId, file: scope.toBaseline(f.location.file), subject: f.subject, message: f.message }));
}

export interface BaselineOutcome {
  findings: Finding[];
  /** Findings the baseline matched (they no longer fail the run). */
  matched: number;
  /** Entries (within the linted paths) that matched no finding. */
  stale: BaselineEntry[];
}

/** Mark findings the baseline knows as suppressed (kind `external`); find stale entries. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, scope: BaselineScope, label: string): BaselineOutcome {
  const remaining = new Map<string, { entry: BaselineEntry; left: number }>();
  for (const e of baseline.entries) {
    const k = key(e);
    const r = remaining.get(k);
    if (r) r.left += e.count ?? 1;
    else remaining.set(k, { entry: e, left: e.count ?? 1 });
  }
  let matched = 0;
  const out = findings.map((f) => {
    if (f.suppressions?.length) return f;
    const r = remaining.get(key({ ruleId: f.ruleId, file: scope.toBaseline(f.location.file), subject: f.subject, message: f.message }));
    if (!r || r.left === 0) return f;
    r.left--;
    matched++;
    return { ...f, suppressions: [{ kind: 'external' as const, justification: `recorded in the baseline ${label}` }] };
  });
  const stale: BaselineEntry[] = [];
  for (const { entry, left } of remaining.values()) {
    if (left > 0 && scope.inRun(entry.file)) stale.push({ ...entry, ...(left > 1 ? { count: left } : { count: undefined }) });
  }
  for (const s of stale) if (s.count === undefined) delete s.count;
  return { findings: out, matched, stale };
}

/** The baseline without its stale entries (counts reduced where only some are stale). */
export function pruneBaseline(baseline: Baseline, stale: readonly BaselineEntry[]): BaselineEntry[] {
  const drop = new Map<string, number>();
  for (const s of stale) drop.set(key(s), (drop.get(key(s)) ?? 0) + (s.count ?? 1));
  const out: BaselineEntry[] = [];
  for (const e of baseline.entries) {
    const k = key(e);
    const n = e.count ?? 1;
    const d = Math.min(n, drop.get(k) ?? 0);
    if (d > 0) drop.set(k, (drop.get(k) ?? 0) - d);
    if (n - d > 0) out.push({ ...e, count: n - d > 1 ? n - d : undefined });
  }
  for (const e of out) if (e.count === undefined) delete e.count;
  return out;
}

function rel(from: string, to: string): string {
  const r = path.relative(from, to);
  return (r === '' ? '.' : r).split(path.sep).join('/');
}

/**
 * Paths for a baseline file at `absPath`: findings' files (relative to `cwd`) are stored
 * relative to the baseline's folder; `inRun` says which files the run linted.
 */
export function baselineScope(absPath: string, cwd: string, inRun: (file: string) => boolean): BaselineScope {
  const dir = path.dirname(absPath);
  const memo = new Map<string, string>();
  return {
    toBaseline: (file) => {
      let r = memo.get(file);
      if (r === undefined) memo.set(file, (r = rel(dir, path.resolve(cwd, file))));
      return r;
    },
    inRun: (file) => inRun(rel(cwd, path.resolve(dir, file))),
  };
}

/** Read a baseline file (the only I/O here; the CLI writes it). */
/** A baseline larger than this is refused (a real one holds a line per accepted finding). */
export const MAX_BASELINE_BYTES = 20 * 1024 * 1024;

export function readBaselineFile(absPath: string, cwd: string): BaselineParse {
  const read = readInputFile(absPath, cwd, MAX_BASELINE_BYTES);
  if (!read.ok) return { ok: false, message: read.message === 'no such file' ? 'no such file (create it with --write-baseline)' : read.message };
  return parseBaseline(read.text);
}
