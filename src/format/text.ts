/**
 * ESLint "stylish"-like output: findings grouped by file, then a summary.
 */
import type { Finding } from '../engine/finding.js';
import type { LintResult } from '../engine/result.js';

export interface TextOptions {
  color: boolean;
  /** Show suppressed findings too (marked as such). */
  includeSuppressed?: boolean;
}

const codes = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4 } as const;

function paint(on: boolean) {
  return (c: keyof typeof codes, s: string) => (on ? `\u001b[${codes[c]}m${s}\u001b[0m` : s);
}

export function formatText(result: LintResult, opts: TextOptions): string {
  const c = paint(opts.color);
  const shown = result.findings.filter((f) => opts.includeSuppressed || !isSuppressed(f));
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) {
    const list = byFile.get(f.location.file);
    if (list) list.push(f);
    else byFile.set(f.location.file, [f]);
  }
  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    lines.push(c('underline', file));
    const rows = findings.map((f) => {
      const pos = `${f.location.range.start.line}:${f.location.range.start.column}`;
      const sev = f.severity === 'error' ? c('red', 'error') : f.severity === 'warning' ? c('yellow', 'warning') : c('cyan', 'note');
      const sup = isSuppressed(f) ? c('gray', ' (suppressed)') : '';
      return { pos, sev, sevLen: f.severity.length, msg: f.message + sup, rule: c('gray', f.ruleId) };
    });
    const posW = Math.max(...rows.map((r) => r.pos.length));
    const sevW = Math.max(...rows.map((r) => r.sevLen));
    for (const r of rows) {
      lines.push(`  ${c('gray', r.pos.padEnd(posW))}  ${r.sev}${' '.repeat(sevW - r.sevLen)}  ${r.msg}  ${r.rule}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(result, c));
  return lines.join('\n') + '\n';
}

function isSuppressed(f: Finding): boolean {
  return (f.suppressions?.length ?? 0) > 0;
}

export function summaryLine(result: LintResult, c = paint(false)): string {
  const s = result.stats;
  const problems = s.errors + s.warnings + s.notes;
  const parts = [
    `${s.filesLinted} file${s.filesLinted === 1 ? '' : 's'} linted`,
    `${s.entries} entr${s.entries === 1 ? 'y' : 'ies'}`,
    `${s.filesNotConsul} not Consul config`,
  ];
  if (s.filesSkipped > 0) {
    const reasons = Object.entries(s.skippedReasons)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([r, n]) => `${n} ${r}`)
      .join(', ');
    parts.push(`${s.filesSkipped} skipped (${reasons})`);
  }
  const counts = `${problems} problem${problems === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.notes} note${s.notes === 1 ? '' : 's'})`;
  const sup = s.suppressed > 0 ? `, ${s.suppressed} suppressed` : '';
  const head = problems === 0 ? c('bold', `✓ ${counts}`) : c(s.errors > 0 ? 'red' : 'yellow', c('bold', `✖ ${counts}`));
  return `${head}${sup}: ${parts.join(', ')}`;
}
