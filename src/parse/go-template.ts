/**
 * Files that are Go templates of YAML — a Helm chart's `templates/`, anything with `{{ }}`
 * actions — are not YAML until rendered. They are read as the Terraform heredocs are: each
 * action is blanked, a line that holds only actions (`{{ if }}`, `{{ end }}`,
 * `{{- toYaml .Values.x | nindent 4 }}`) is skipped, and what is left is parsed as YAML. Its
 * literal fields are judged; a value written with an action is unknown (a `null` scalar whose
 * `raw` is the template text), a key written with one is left out, and a document that does not
 * parse once blanked is left out without a word: template syntax is never a YAML error.
 */
import type { LNode, LocatedDocument, ParseResult, SourceRange } from './located.js';

/**
 * An action's start as Go templates write them: `{{` (not part of `{{{`), an optional trim
 * marker, then a pipeline (`.Values`, `$x`, `include`, `"str"`, `(`) or a comment.
 */
const ACTION_START = /(?<!\{)\{\{-?\s*(?:\/\*|[.$A-Za-z_("(])[^{}\n]*\}\}/;

/** Whether a YAML text holds Go template actions (a bracket flood `{{{{` is not one). */
export function hasTemplateActions(text: string): boolean {
  return text.includes('{{') && ACTION_START.test(text);
}

/** The `{{ … }}` actions of a text (start, end offsets), comments and strings inside them included. */
export function templateActions(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = text.indexOf('{{');
  while (i >= 0) {
    let j = i + 2;
    let quote = '';
    while (j < text.length) {
      const c = text[j]!;
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === '`') quote = c;
      else if (c === '}' && text[j + 1] === '}') break;
      j++;
    }
    const end = Math.min(text.length, j + 2);
    out.push([i, end]);
    i = text.indexOf('{{', end);
  }
  return out;
}

/**
 * The text with every action blanked: lines holding only actions and spaces become spaces;
 * an action inside a line becomes `x` then spaces (a plain scalar, or a string's content).
 * Line breaks are kept, so every offset is the original's.
 */
export function blankTemplate(text: string, actions: readonly [number, number][]): string {
  const chars = text.split('');
  const inAction = new Uint8Array(text.length);
  for (const [a, b] of actions) {
    for (let k = a; k < b; k++) {
      inAction[k] = 1;
      if (chars[k] !== '\n' && chars[k] !== '\r') chars[k] = k === a ? 'x' : ' ';
    }
  }
  // Lines where nothing but actions and spaces was written: skipped entirely.
  let lineStart = 0;
  let sawAction = false;
  let sawText = false;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || text[k] === '\n') {
      if (sawAction && !sawText) for (let m = lineStart; m < k; m++) if (chars[m] !== '\r') chars[m] = ' ';
      lineStart = k + 1;
      sawAction = sawText = false;
    } else if (inAction[k]) sawAction = true;
    else if (text[k] !== ' ' && text[k] !== '\t' && text[k] !== '\r') sawText = true;
  }
  return chars.join('');
}

function walk(n: LNode, fn: (n: LNode) => void): void {
  fn(n);
  if (n.type === 'object') for (const p of n.props) walk(p.value, fn);
  else if (n.type === 'array') for (const i of n.items) walk(i, fn);
}

/** Whether a scalar was written with a template action (its value is unknown until rendered). */
export function isTemplated(n: LNode | undefined): boolean {
  return n !== undefined && n.type === 'null' && (n.raw.includes('{{') || n.raw.includes('${') || n.raw.includes('%{'));
}

/**
 * Reads a template's blanked parse as the template: templated values unknown, templated keys
 * left out, documents that did not parse left out, no problem reported.
 */
export function readAsTemplate(original: string, blanked: string, actions: readonly [number, number][], parsed: ParseResult): ParseResult {
  // Actions are sorted and disjoint: the first that ends after `start` decides.
  const firstEndingAfter = (start: number): number => {
    let lo = 0;
    let hi = actions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (actions[mid]![1] > start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const overlaps = (start: number, end: number) => {
    const i = firstEndingAfter(start);
    return i < actions.length && actions[i]![0] < end;
  };
  const broken = new Set(parsed.problems.filter((p) => p.fatal).map((p) => p.documentIndex));
  // A fatal problem not tied to a document leaves nothing to trust.
  if (broken.has(undefined)) return { documents: [], comments: parsed.comments, problems: [] };
  const documents: LocatedDocument[] = [];
  for (const doc of parsed.documents) {
    if (broken.has(doc.index)) continue;
    walk(doc.root, (n) => {
      if (n.type === 'object') {
        n.props = n.props.filter((p) => !overlaps(p.keyRange.start.offset, p.keyRange.end.offset));
        return;
      }
      if (n.type === 'array') return;
      const start = n.range.start.offset;
      let end = n.range.end.offset;
      if (n.type === 'null' && n.raw === '') {
        // `key:` whose content came from skipped lines (`{{- toYaml .Values.x | nindent 4 }}`).
        const action = actionBeforeContent(blanked, actions, end);
        if (action) {
          n.raw = original.slice(action[0], action[1]);
          return;
        }
      }
      if (!overlaps(start, end)) return;
      // `x` stood for the whole action: the unknown value spans it.
      for (let i = firstEndingAfter(start); i < actions.length && actions[i]![0] < end; i++) end = Math.max(end, actions[i]![1]);
      n.type = 'null';
      n.value = null;
      n.raw = original.slice(start, end);
    });
    documents.push(doc);
  }
  return { documents, comments: parsed.comments, problems: [] };
}

/** The first action between `from` and the next line that has content once blanked. */
function actionBeforeContent(blanked: string, actions: readonly [number, number][], from: number): [number, number] | undefined {
  let lineEnd = blanked.indexOf('\n', from);
  let next = lineEnd < 0 ? blanked.length : lineEnd + 1;
  for (;;) {
    lineEnd = blanked.indexOf('\n', next);
    const line = blanked.slice(next, lineEnd < 0 ? blanked.length : lineEnd);
    if (line.trim() !== '' || lineEnd < 0) break;
    next = lineEnd + 1;
  }
  for (const a of actions) {
    if (a[0] >= next) break;
    if (a[0] >= from) return a;
  }
  return undefined;
}

/**
 * The ranges a template leaves unknown, as findings see them: each property whose value is
 * templated (key to value), each templated list item, and each object with a templated
 * property (a finding at the object — "Sources[0].Name is required" — may be about it). A
 * finding inside one of the first, or at one of the last, is about what only the rendering knows.
 */
export function templatedRanges(docs: readonly LocatedDocument[]): { inside: SourceRange[]; at: SourceRange[] } {
  const out: SourceRange[] = [];
  const at: SourceRange[] = [];
  const visit = (n: LNode) => {
    if (n.type === 'object') {
      if (n.props.some((p) => isTemplated(p.value))) at.push(n.range);
      for (const p of n.props) {
        if (isTemplated(p.value)) out.push({ start: p.range.start, end: p.value.range.end.offset > p.range.end.offset ? p.value.range.end : p.range.end });
        else visit(p.value);
      }
    } else if (n.type === 'array') {
      for (const i of n.items) {
        if (isTemplated(i)) out.push(i.range);
        else visit(i);
      }
    }
  };
  for (const d of docs) visit(d.root);
  return { inside: out, at };
}
