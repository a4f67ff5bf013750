import type { Finding } from '../../src/engine/finding.js';
import type { FileRecord, LintStats } from '../../src/engine/result.js';

/** The same counting `lint()` does, for hand-made results. */
export function buildStats(files: FileRecord[], findings: Finding[]): LintStats {
  const active = findings.filter((f) => !f.suppressions?.length);
  const skippedReasons: Record<string, number> = {};
  for (const f of files) if (f.status === 'skipped') skippedReasons[f.reason ?? 'skipped'] = (skippedReasons[f.reason ?? 'skipped'] ?? 0) + 1;
  return {
    filesConsidered: files.length,
    filesLinted: files.filter((f) => f.status === 'linted').length,
    filesNotConsul: files.filter((f) => f.status === 'not-consul').length,
    filesSkipped: files.filter((f) => f.status === 'skipped').length,
    skippedReasons,
    entries: files.reduce((n, f) => n + f.entries, 0),
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warning').length,
    notes: active.filter((f) => f.severity === 'note').length,
    suppressed: findings.length - active.length,
  };
}
