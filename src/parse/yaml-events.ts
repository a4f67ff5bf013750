/**
 * The fast way to read YAML as Kubernetes does (YAML 1.1, go-yaml v2's plain-scalar
 * resolution): js-yaml 5's event stream (`parseEvents`: flat events with source offsets) turned
 * into the located tree, several times faster than composing a document with the `yaml`
 * package (src/parse/yaml.ts).
 *
 * It reads what almost every CRD, manifest and values file is made of: block and flow
 * mappings and sequences, plain, quoted and block scalars, empty values, comments, several
 * documents. For anything else — an error, a tag, an anchor or alias, a merge key, a key over
 * several lines, an explicit key, a directive, a lone CR — it returns
 * undefined and the file is read by src/parse/yaml.ts, whose messages and positions are the
 * ones reported. Where it reads a file, it gives exactly the tree, comments and problems
 * src/parse/yaml.ts gives (test/parse/yaml-events.test.ts compares them).
 */
import { parseEvents, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import type { Comment, LNode, LocatedDocument, ParseProblem, ParseResult, SourceRange } from './located.js';
import type { LineIndex } from './line-index.js';
import { resolvePlainOtherThanString } from './go-yaml-resolve.js';
import { ArrayNode, endOf, ObjectNode, PropertyNode, ScalarNode, startOf } from './nodes.js';

// js-yaml's EVENT_ID and SCALAR_STYLE values (constants, so the module's objects are not read per event).
const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const POP = 6;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
const FLOW = 2;

const DIRECTIVE = /(^|[\r\n])%/;

/** Not read here: src/parse/yaml.ts reads the file. */
class Unsupported extends Error {}

interface MapFrame {
  kind: 'map';
  start: number;
  flow: boolean;
  props: PropertyNode[];
  /** The key read, until its value comes (`keyStart`, `keyEnd`: where it is written); fields, not an object per key. */
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
}

interface SeqFrame {
  kind: 'seq';
  start: number;
  flow: boolean;
  items: LNode[];
}

interface DocFrame {
  kind: 'doc';
  index: number;
  explicitStart: boolean;
  root?: LNode;
}

type Frame = MapFrame | SeqFrame | DocFrame;

/** At most this many problems: more, and the file is read by src/parse/yaml.ts (which lists and counts them). */
const MAX_PROBLEMS = 200;
/** Deeper than this is read by src/parse/yaml.ts, which refuses more than 500 levels with its message. */
const MAX_DEPTH = 400;

/**
 * The file read from js-yaml's events, or undefined when src/parse/yaml.ts must read it.
 * `text` must not hold a lone CR (YAML and LineIndex count it as a line break, the offsets
 * src/parse/yaml.ts reports for such files come from a rewritten text).
 */
export function readYamlEvents(text: string, lines: LineIndex): ParseResult | undefined {
  // A directive (`%YAML`, `%TAG`, or one the yaml package warns about): read there.
  if (DIRECTIVE.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch {
    return undefined;
  }
  try {
    return new EventReader(text, lines).read(events);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

class EventReader {
  private readonly documents: LocatedDocument[] = [];
  private readonly problems: ParseProblem[] = [];
  /** Quoted scalars and block scalars' content `[start, end)`, in order: a `#` inside one is no comment. */
  private readonly skipped: number[] = [];
  /** Where the last document ended: a later `---` is searched from here. */
  private lastEnd = 0;
  /** The index of the document being read, among all documents of the file. */
  private docIndex = -1;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  read(events: readonly Event[]): ParseResult {
    const stack: Frame[] = [];
    for (const ev of events) {
      switch (ev.type) {
        case DOCUMENT:
          if (ev.directives.length > 0) throw new Unsupported();
          stack.push({ kind: 'doc', index: ++this.docIndex, explicitStart: ev.explicitStart });
          break;
        case MAPPING:
        case SEQUENCE:
          if (ev.anchorStart !== -1 || ev.tagStart !== -1) throw new Unsupported();
          stack.push(
            ev.type === MAPPING
              ? { kind: 'map', start: ev.start, flow: ev.style === FLOW, props: [], key: undefined, keyStart: 0, keyEnd: 0 }
              : { kind: 'seq', start: ev.start, flow: ev.style === FLOW, items: [] },
          );
          break;
        case SCALAR:
          this.scalar(ev, stack);
          break;
        case POP: {
          const top = stack.pop();
          if (!top) throw new Unsupported();
          if (top.kind === 'doc') this.endDocument(top);
          else this.attach(top.kind === 'map' ? this.endMap(top) : this.endSeq(top), stack);
          break;
        }
        default:
          // Aliases (and anything new): src/parse/yaml.ts expands them, bounded.
          throw new Unsupported();
      }
    }
    if (stack.length > 0) throw new Unsupported();
    if (this.problems.length > MAX_PROBLEMS) throw new Unsupported();
    this.problems.sort((a, b) => a.range.start.offset - b.range.start.offset);
    return { documents: this.documents, comments: this.comments(), problems: this.problems };
  }

  private scalar(ev: ScalarEvent, stack: Frame[]): void {
    if (ev.anchorStart !== -1 || ev.tagStart !== -1) throw new Unsupported();
    const parent = stack[stack.length - 1];
    if (!parent) throw new Unsupported();
    const text = this.text;
    const isKey = parent.kind === 'map' && parent.key === undefined;
    if (ev.valueStart === -1) {
      // An empty value: the yaml package places it after its indicator and the blanks that follow.
      if (isKey || parent.kind === 'doc') {
        if (parent.kind === 'doc') return; // an empty document: left out, its index kept
        throw new Unsupported();
      }
      if (parent.flow) throw new Unsupported();
      const at = skipBlanks(text, this.indicatorEnd(parent));
      this.attach(new ScalarNode('null', null, '', this.lines, at, at), stack);
      return;
    }
    let start = ev.valueStart;
    let end = ev.valueEnd;
    let node: ScalarNode;
    if (ev.style === PLAIN) {
      const source = text.slice(start, end);
      const multiline = hasBreak(source);
      if (isKey) {
        if (multiline) throw new Unsupported();
        if (source === '<<') throw new Unsupported(); // a merge key: src/parse/yaml.ts merges
        this.key(parent, source, start, end);
        return;
      }
      // A plain scalar over several lines is resolved folded, as go-yaml reads it.
      const plain = multiline ? getScalarValue(text, ev) : source;
      const r = resolvePlainOtherThanString(plain);
      node = r ? new ScalarNode(r.type, r.value, source, this.lines, start, end) : new ScalarNode('string', plain, source, this.lines, start, end);
    } else if (ev.style === SINGLE_QUOTED || ev.style === DOUBLE_QUOTED) {
      start--;
      end++;
      const q = ev.style === SINGLE_QUOTED ? 39 : 34;
      if (text.charCodeAt(start) !== q || text.charCodeAt(end - 1) !== q) throw new Unsupported();
      const raw = text.slice(start, end);
      this.skipped.push(start, end);
      const value = getScalarValue(text, ev);
      if (isKey) {
        if (hasBreak(raw)) throw new Unsupported();
        this.key(parent, value, start, end);
        return;
      }
      node = new ScalarNode('string', value, raw, this.lines, start, end);
    } else {
      // A block scalar (`|`, `>`): from its header to its last character that is not a blank.
      if (isKey || parent.kind === 'doc' || parent.flow) throw new Unsupported();
      const header = skipTrivia(text, this.indicatorEnd(parent));
      const h = text.charCodeAt(header);
      if (!(h === 124 || h === 62) || header >= start) throw new Unsupported();
      let last = end;
      while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
      if (last === start) throw new Unsupported(); // no content: where it ends is the composer's call
      this.skipped.push(start, end);
      start = header;
      end = last;
      node = new ScalarNode('string', getScalarValue(text, ev), text.slice(start, end), this.lines, start, end);
    }
    this.attach(node, stack);
  }

  private key(parent: MapFrame, key: string, start: number, end: number): void {
    // `? key` (an explicit key) is composed differently by the yaml package.
    let i = start - 1;
    while (i >= 0 && (this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 9)) i--;
    if (i >= 0 && this.text.charCodeAt(i) === 63 /* ? */) throw new Unsupported();
    parent.key = key;
    parent.keyStart = start;
    parent.keyEnd = end;
  }

  /** Where the indicator of an empty value ends: the `:` after its key, or the `-` of its item. */
  private indicatorEnd(parent: MapFrame | SeqFrame): number {
    const text = this.text;
    if (parent.kind === 'map') {
      const colon = skipBlanks(text, parent.keyEnd);
      if (text.charCodeAt(colon) !== 58) throw new Unsupported();
      return colon + 1;
    }
    const from = parent.items.length === 0 ? parent.start : endOf(parent.items[parent.items.length - 1]!);
    const dash = skipTrivia(text, from);
    if (text.charCodeAt(dash) !== 45) throw new Unsupported();
    return dash + 1;
  }

  private attach(node: LNode, stack: Frame[]): void {
    const parent = stack[stack.length - 1];
    if (!parent) throw new Unsupported();
    if (parent.kind === 'doc') {
      if (parent.root) throw new Unsupported();
      parent.root = node;
    } else if (parent.kind === 'seq') {
      parent.items.push(node);
    } else {
      const k = parent.key;
      if (k === undefined) throw new Unsupported(); // a collection as a key
      parent.key = undefined;
      parent.props.push(new PropertyNode(k, node, this.lines, parent.keyStart, parent.keyEnd, Math.max(parent.keyEnd, endOf(node))));
    }
  }

  private endMap(m: MapFrame): ObjectNode {
    if (m.key !== undefined) throw new Unsupported();
    this.reportDuplicates(m.props);
    const end = m.flow ? this.closing(m.props.length === 0 ? m.start + 1 : m.props[m.props.length - 1]!.end, 125) : m.props[m.props.length - 1]!.end;
    return new ObjectNode(m.props, this.lines, m.start, end);
  }

  private endSeq(s: SeqFrame): ArrayNode {
    const end = s.flow ? this.closing(s.items.length === 0 ? s.start + 1 : endOf(s.items[s.items.length - 1]!), 93) : endOf(s.items[s.items.length - 1]!);
    return new ArrayNode(s.items, this.lines, s.start, end);
  }

  /** Just after the bracket closing a flow collection whose content ends at `from`. */
  private closing(from: number, bracket: number): number {
    let i = from;
    for (;;) {
      i = skipTrivia(this.text, i);
      const c = this.text.charCodeAt(i);
      if (c === bracket) return i + 1;
      if (c !== 44 /* , */) throw new Unsupported();
      i++;
    }
  }

  private endDocument(d: DocFrame): void {
    const root = d.root;
    if (!root) return;
    const rootStart = startOf(root);
    // The yaml package starts a document at the indentation before its root (or at its `---`).
    let start = rootStart;
    while (start > 0 && (this.text.charCodeAt(start - 1) === 32 || this.text.charCodeAt(start - 1) === 9)) start--;
    if (start > 0 && this.text.charCodeAt(start - 1) !== 10 && this.text.charCodeAt(start - 1) !== 13) start = rootStart;
    if (d.explicitStart) {
      const marker = lastMarker(this.text, this.lastEnd, rootStart);
      if (marker < 0) throw new Unsupported();
      start = marker;
    }
    const end = endOf(root);
    this.lastEnd = end;
    this.documents.push({ index: d.index, root, range: this.lines.range(start, end) });
  }

  private reportDuplicates(props: readonly PropertyNode[]): void {
    if (props.length < 2) return;
    // Most mappings have a few keys: compared pairwise rather than through a Map each.
    if (props.length <= 16) {
      for (let i = 1; i < props.length; i++) {
        const p = props[i]!;
        for (let j = 0; j < i; j++) {
          if (props[j]!.key === p.key) {
            this.repeated(p, props[j]!);
            break;
          }
        }
      }
      return;
    }
    const first = new Map<string, PropertyNode>();
    for (const p of props) {
      const prev = first.get(p.key);
      if (!prev) first.set(p.key, p);
      else this.repeated(p, prev);
    }
  }

  /** `p` repeats the key `first` wrote first. */
  private repeated(p: PropertyNode, first: PropertyNode): void {
    const said = repeatedKey(p.key, first.keyRange);
    this.problems.push({ message: said.message, range: p.keyRange, fatal: false, atMost: 'warning', related: said.related, documentIndex: this.docIndex });
  }

  /** Every `#` comment: at a line start or after a blank, outside quoted scalars. */
  private comments(): Comment[] {
    const text = this.text;
    const out: Comment[] = [];
    let q = 0;
    let from = 0;
    for (;;) {
      const hash = text.indexOf('#', from);
      if (hash < 0) break;
      while (q < this.skipped.length && this.skipped[q + 1]! <= hash) q += 2;
      if (q < this.skipped.length && this.skipped[q]! <= hash) {
        from = this.skipped[q + 1]!;
        continue;
      }
      const before = hash === 0 ? 10 : text.charCodeAt(hash - 1);
      if (!(before === 32 || before === 9 || before === 10 || before === 13)) {
        from = hash + 1;
        continue;
      }
      let end = hash;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      out.push({ text: text.slice(hash + 1, end).trim(), range: this.lines.range(hash, end) });
      from = end;
    }
    return out;
  }
}

const SPACE = /\s/;

/** What src/parse/yaml.ts trims from a block scalar's end. */
function isSpace(c: number): boolean {
  return SPACE.test(String.fromCharCode(c));
}

/**
 * What both YAML readers say of a repeated key. kubectl (k8s.io/apimachinery pkg/util/yaml
 * YAMLToJSONDecoder) and Helm read YAML with sigs.k8s.io/yaml's Unmarshal, on go-yaml v2's
 * non-strict yaml.Unmarshal, whose setMapIndex keeps the last value (only UnmarshalStrict
 * rejects a repeated key).
 */
export function repeatedKey(key: string, first: SourceRange): { message: string; related: { range: SourceRange; message: string }[] } {
  return {
    message: `duplicate key "${key}" in the same mapping (first at line ${first.start.line}); the YAML spec forbids it, but kubectl and Helm (sigs.k8s.io/yaml) keep only the last value and silently drop the other — remove one`,
    related: [{ range: first, message: `"${key}" set here too; this value is not used` }],
  };
}

function hasBreak(s: string): boolean {
  return s.includes('\n') || s.includes('\r');
}

/** Past spaces and tabs. */
function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Past blanks, line breaks and comments. */
function skipTrivia(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35) {
      while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else return i;
  }
}

/** The last `---` document marker at a line start in `[from, to)`, or -1. */
function lastMarker(text: string, from: number, to: number): number {
  let at = text.lastIndexOf('---', to - 1);
  while (at >= from) {
    const lineStart = at === 0 || text.charCodeAt(at - 1) === 10 || text.charCodeAt(at - 1) === 13;
    const after = text.charCodeAt(at + 3);
    if (lineStart && (Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13) && at + 3 <= to) return at;
    at = at === 0 ? -1 : text.lastIndexOf('---', at - 1);
  }
  return -1;
}
