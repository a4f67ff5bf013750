/**
 * The JSON output: a stable, documented schema (docs/json-format.md). Keys are written
 * in a fixed order and arrays in the result's sorted order, so the output is
 * byte-identical between runs. Additive changes keep `version`; anything else bumps it.
 */
import type { Location } from '../engine/finding.js';
import type { LintResult } from '../engine/result.js';
import { fingerprint } from './fingerprint.js';

export const JSON_FORMAT_VERSION = 1;

function place(l: Location) {
  return {
    file: l.file,
    line: l.range.start.line,
    column: l.range.start.column,
    endLine: l.range.end.line,
    endColumn: l.range.end.column,
  };
}

function sortedRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The report as `formatJson` writes it, built lazily: files and findings are mapped one at a time. */
function reportOf(result: LintResult) {
  const s = result.stats;
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: result.tool.name, version: result.tool.version, informationUri: result.tool.informationUri },
    phase: result.phase,
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      notes: s.notes,
      suppressed: s.suppressed,
      filesConsidered: s.filesConsidered,
      filesLinted: s.filesLinted,
      filesNotConsul: s.filesNotConsul,
      filesSkipped: s.filesSkipped,
      skippedReasons: sortedRecord(s.skippedReasons),
      entries: s.entries,
    },
    rules: result.rules.map((r) => ({
      id: r.id,
      description: r.description,
      category: r.category,
      severity: r.severity,
      defaultSeverity: r.defaultSeverity,
      ...(r.securitySeverity !== undefined ? { securitySeverity: r.securitySeverity } : {}),
      docsUrl: r.docsUrl,
    })),
    files: lazyMap(result.files, (f) => ({
      path: f.path,
      status: f.status,
      ...(f.reason !== undefined ? { reason: f.reason } : {}),
      ...(f.format !== undefined ? { format: f.format } : {}),
      entries: f.entries,
      ...(f.notEvaluated
        ? {
            notEvaluated: f.notEvaluated.map((n) => ({
              field: n.field,
              expression: n.expression,
              line: n.range.start.line,
              column: n.range.start.column,
              endLine: n.range.end.line,
              endColumn: n.range.end.column,
            })),
          }
        : {}),
      ...(f.notApplied
        ? {
            notApplied: f.notApplied.map((n) => ({
              entry: n.entry,
              reason: n.reason,
              line: n.range.start.line,
              column: n.range.start.column,
              endLine: n.range.end.line,
              endColumn: n.range.end.column,
            })),
          }
        : {}),
    })),
    findings: lazyMap(result.findings, (f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...place(f.location),
      related: f.related.map((r) => ({ ...place(r), message: r.message })),
      subject: f.subject,
      ...(f.causedBy ? { causedBy: f.causedBy } : {}),
      fingerprint: fingerprint(f),
      suppressed: (f.suppressions?.length ?? 0) > 0,
      suppressions: (f.suppressions ?? []).map((x) => ({
        kind: x.kind,
        justification: x.justification,
        ...(x.location ? { location: place(x.location) } : {}),
      })),
    })),
    ruleErrors: result.ruleErrors.map((e) => ({ ruleId: e.ruleId, message: e.message })),
  };
}

/** Files and findings are the bulk of a report: each is mapped only when written. */
interface LazyList<T, U> {
  readonly lazy: true;
  readonly items: readonly T[];
  readonly map: (item: T) => U;
}

function lazyMap<T, U>(items: readonly T[], map: (item: T) => U): LazyList<T, U> {
  return { lazy: true, items, map };
}

function isLazy(v: unknown): v is LazyList<unknown, unknown> {
  return typeof v === 'object' && v !== null && (v as { lazy?: unknown }).lazy === true;
}

/** A value as `JSON.stringify(v, null, 2)` writes it nested `depth` levels deep. */
function nested(v: unknown, depth: number): string {
  return JSON.stringify(v, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * The JSON report in pieces, byte for byte `JSON.stringify(report, null, 2) + '\n'`: on a large
 * repository the report is tens of megabytes, and the report's objects, its text and the text's
 * copy at once were the run's peak of memory. A piece is at most one file record or finding.
 */
export function* jsonChunks(result: LintResult): Generator<string> {
  const report = reportOf(result);
  const keys = Object.entries(report).filter(([, v]) => v !== undefined);
  yield '{';
  for (const [i, [key, value]] of keys.entries()) {
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!isLazy(value)) {
      yield nested(value, 1);
      continue;
    }
    if (value.items.length === 0) {
      yield '[]';
      continue;
    }
    yield '[';
    for (const [j, item] of value.items.entries()) yield `${j === 0 ? '' : ','}\n    ${nested(value.map(item), 2)}`;
    yield '\n  ]';
  }
  yield keys.length === 0 ? '}\n' : '\n}\n';
}

export function formatJson(result: LintResult): string {
  return [...jsonChunks(result)].join('');
}
