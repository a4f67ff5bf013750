/**
 * ESLint "stylish"-like output: findings grouped by file (`line:col  severity  message
 * rule-id`), the files that were skipped and why, then one summary line.
 * Colour is the caller's decision (TTY, NO_COLOR, FORCE_COLOR: see `shouldColor`).
 */
import type { Finding } from '../engine/finding.js';
import type { LintResult } from '../engine/result.js';
import { oneLine, plural, shownMessage } from './words.js';

export interface TextOptions {
  color: boolean;
  /** Show suppressed findings too (marked as such). */
  includeSuppressed?: boolean;
}

const codes = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4 } as const;
type Paint = (c: keyof typeof codes, s: string) => string;

function paint(on: boolean): Paint {
  return (c, s) => (on ? `\u001b[${codes[c]}m${s}\u001b[${c === 'bold' ? 22 : c === 'underline' ? 24 : 39}m` : s);
}

/**
 * Colour on a terminal only; `NO_COLOR` (any non-empty value) always wins, then
 * `FORCE_COLOR` (`0`/`false` off, anything else on), then whether the stream is a TTY.
 */
export function shouldColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  return isTTY;
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
    lines.push(c('underline', oneLine(file)));
    const rows = findings.map((f) => {
      const pos = `${f.location.range.start.line}:${f.location.range.start.column}`;
      const sev = f.severity === 'error' ? c('red', 'error') : f.severity === 'warning' ? c('yellow', 'warning') : c('cyan', 'note');
      const sup = isSuppressed(f) ? c('gray', ` (suppressed: ${oneLine(f.suppressions![0]!.justification)})`) : '';
      return { pos, sev, sevLen: f.severity.length, msg: oneLine(shownMessage(f)) + sup, rule: c('gray', f.ruleId) };
    });
    const posW = Math.max(...rows.map((r) => r.pos.length));
    const sevW = Math.max(...rows.map((r) => r.sevLen));
    for (const r of rows) {
      lines.push(`  ${c('gray', r.pos.padEnd(posW))}  ${r.sev}${' '.repeat(sevW - r.sevLen)}  ${r.msg}  ${r.rule}`);
    }
    lines.push('');
  }
  const skipped = result.files.filter((f) => f.status === 'skipped');
  if (skipped.length > 0) {
    lines.push(c('underline', 'Skipped files'));
    const w = Math.max(...skipped.map((f) => oneLine(f.path).length));
    for (const f of skipped) lines.push(`  ${oneLine(f.path).padEnd(w)}  ${c('gray', f.reason ?? 'not read')}`);
    lines.push('');
  }
  for (const e of result.ruleErrors) {
    lines.push(`${c('red', 'internal error')} in rule ${e.ruleId}: ${oneLine(e.message)}`);
  }
  if (result.ruleErrors.length > 0) lines.push('');
  lines.push(summaryLine(result, c));
  return lines.join('\n') + '\n';
}

function isSuppressed(f: Finding): boolean {
  return (f.suppressions?.length ?? 0) > 0;
}

export function summaryLine(result: LintResult, c: Paint = paint(false)): string {
  const s = result.stats;
  const problems = s.errors + s.warnings + s.notes;
  const parts = [plural(s.filesLinted, 'file') + ' linted', plural(s.entries, 'entry', 'entries'), `${s.filesNotConsul} not Consul config`];
  if (s.filesSkipped > 0) {
    const reasons = Object.entries(s.skippedReasons)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([r, n]) => `${n} ${r}`)
      .join(', ');
    parts.push(`${s.filesSkipped} skipped (${reasons})`);
  }
  const counts = `${plural(problems, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')})`;
  const sup = s.suppressed > 0 ? `, ${s.suppressed} suppressed` : '';
  const head = problems === 0 ? c('bold', `✓ ${counts}`) : c(s.errors > 0 ? 'red' : 'yellow', c('bold', `✖ ${counts}`));
  return `${head}${sup}: ${parts.join(', ')}`;
}
