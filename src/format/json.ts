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

export function formatJson(result: LintResult): string {
  const s = result.stats;
  const out = {
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
    files: result.files.map((f) => ({
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
    })),
    findings: result.findings.map((f) => ({
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
  return JSON.stringify(out, null, 2) + '\n';
}
