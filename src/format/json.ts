/**
 * The JSON output: a stable, documented schema (docs/json-format.md).
 */
import type { LintResult } from '../engine/result.js';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(result: LintResult): string {
  const out = {
    version: JSON_FORMAT_VERSION,
    tool: { name: result.tool.name, version: result.tool.version },
    phase: result.phase,
    summary: result.stats,
    files: result.files,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.location.file,
      line: f.location.range.start.line,
      column: f.location.range.start.column,
      endLine: f.location.range.end.line,
      endColumn: f.location.range.end.column,
      related: f.related.map((r) => ({
        file: r.file,
        line: r.range.start.line,
        column: r.range.start.column,
        endLine: r.range.end.line,
        endColumn: r.range.end.column,
        message: r.message,
      })),
      subject: f.subject,
      suppressed: (f.suppressions?.length ?? 0) > 0,
      suppressions: f.suppressions ?? [],
    })),
    ruleErrors: result.ruleErrors,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
