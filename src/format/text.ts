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
  /**
   * A terminal (or `--verbose`): each finding's first clause on its line with the rule id, the
   * rest of the message and the related locations on indented lines below, wrapped at `width`.
   * Without it, one line per finding (for pipes, grep and editors).
   */
  expanded?: { width: number };
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
      return { f, pos, sev, sevLen: f.severity.length, msg: oneLine(shownMessage(f)) + sup, rule: c('gray', f.ruleId) };
    });
    const posW = Math.max(...rows.map((r) => r.pos.length));
    const sevW = Math.max(...rows.map((r) => r.sevLen));
    for (const r of rows) {
      const prefix = `  ${c('gray', r.pos.padEnd(posW))}  ${r.sev}${' '.repeat(sevW - r.sevLen)}  `;
      if (opts.expanded) lines.push(...expandedRows(r.f, prefix, 2 + posW + 2 + sevW + 2, opts.expanded.width, c));
      else lines.push(`${prefix}${r.msg}  ${r.rule}`);
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

/** Narrower than this, wrapping makes more lines than it saves. */
const MIN_TEXT_WIDTH = 30;

/**
 * One finding at a terminal's width: `prefix` (position and severity, `indent` columns wide),
 * the message's first clause and the rule id, then the rest of the message and the related
 * locations as `path:line:col`, indented under the message.
 */
function expandedRows(f: Finding, prefix: string, indent: number, width: number, c: Paint): string[] {
  const [head, rest] = splitFirstClause(oneLine(shownMessage(f)));
  const pad = ' '.repeat(indent);
  const body = Math.max(MIN_TEXT_WIDTH, width - indent);
  const headLines = wrap(head, body, Math.max(MIN_TEXT_WIDTH, width - indent - 2 - f.ruleId.length));
  const out = [`${prefix}${headLines[0]}  ${c('gray', f.ruleId)}`, ...headLines.slice(1).map((l) => pad + l)];
  if (rest) out.push(...wrap(rest, body).map((l) => pad + l));
  for (const r of f.related) {
    const where = `${oneLine(r.file)}:${r.range.start.line}:${r.range.start.column}`;
    const [first, ...more] = wrap(`${where}  ${oneLine(r.message)}`, body - 2);
    out.push(`${pad}${c('gray', '→')} ${first!.startsWith(where) ? c('underline', where) + first!.slice(where.length) : first}`, ...more.map((l) => `${pad}  ${l}`));
  }
  if (isSuppressed(f)) out.push(pad + c('gray', `(suppressed: ${oneLine(f.suppressions![0]!.justification)})`));
  return out;
}

/**
 * The message up to its first clause break outside double quotes — `: `, `; `, `. `, `, so `,
 * `, but ` — (what is wrong), and the rest (why, and the fix). A head shorter than 20
 * characters is not worth a line apart.
 */
export function splitFirstClause(msg: string): [string, string] {
  let quoted = false;
  for (let i = 0; i < msg.length - 1; i++) {
    const ch = msg[i];
    if (ch === '"' && msg[i - 1] !== '\\') quoted = !quoted;
    if (quoted || msg[i + 1] !== ' ' || i < 20) continue;
    if (ch === ':' || ch === ';' || ch === '.') return [msg.slice(0, i + 1), msg.slice(i + 2)];
    if (ch === ',' && /^ (so|but) /.test(msg.slice(i + 1, i + 6))) return [msg.slice(0, i + 1), msg.slice(i + 2)];
  }
  return [msg, ''];
}

/** Words into lines of at most `width` characters (`first` for the first line); a longer word is cut. */
export function wrap(text: string, width: number, first = width): string[] {
  const lines: string[] = [];
  let line = '';
  const limit = () => (lines.length === 0 ? first : width);
  for (let word of text.split(' ')) {
    while (word.length > limit()) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const n = limit();
      lines.push(word.slice(0, n));
      word = word.slice(n);
    }
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= limit()) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
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
