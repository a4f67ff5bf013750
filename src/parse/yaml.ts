/**
 * YAML parser that keeps source ranges and every comment, built on the `yaml` package's
 * CST `Parser` (iterative) and `Composer` (YAML 1.2 core schema).
 *
 * - Multi-document streams: one `LocatedDocument` per non-empty document, indexed among
 *   all documents of the file (empty ones are skipped, indices stay stable). A document
 *   with a fatal error is left out; the others stay.
 * - Comments are collected from the CST, so every `#` comment is found with its range,
 *   including comments between documents, after `---` and at the end of a line.
 * - Aliases are expanded into copies of the anchored tree whose ranges point at the alias;
 *   merge keys (`<<: *base`, as Kubernetes' and Helm's YAML readers apply them) are merged.
 *   Expansion is bounded (alias bombs), as is nesting depth (the composer recurses).
 * - Scalars keep the core schema's value and their source text in `raw`; custom tags
 *   (`!Ref`, `!!binary`) stay inert: a string with the scalar's source.
 * - Never throws.
 */
import {
  Composer,
  Parser,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type CST,
  type Document,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type {
  Comment,
  LNode,
  LObject,
  LProperty,
  LScalar,
  LocatedDocument,
  ParseProblem,
  ParseResult,
  SourceRange,
} from './located.js';
import type { LineIndex } from './line-index.js';
import { resolvePlainGoYamlV2 } from './go-yaml-resolve.js';
import { repeatedKey } from './yaml-events.js';
import { yamlInternalError } from './yaml-read.js';
import { ArrayNode, endOf, ObjectNode, PropertyNode, propertyEndOf, propertyStartOf, ScalarNode, startOf } from './nodes.js';

/** Deeper nesting than this (collections inside collections) is refused with a problem. */
export const YAML_MAX_DEPTH = 500;
/** At most this many nodes may be created by alias expansion in one file. */
export const YAML_MAX_ALIAS_NODES = 100_000;
/** At most this many problems are reported for one file. */
export const YAML_MAX_PROBLEMS = 200;
const MAX_PROBLEMS = YAML_MAX_PROBLEMS;

const CORE_TAG_PREFIX = 'tag:yaml.org,2002:';

/** Stops the conversion of one document (the reason is already reported). */
class AbortDocument extends Error {}

interface Built {
  node: LNode;
  /** Nesting height of the built tree (a scalar is 1). */
  height: number;
  /** Number of nodes in the built tree. */
  size: number;
}

interface Cst {
  comments: Comment[];
  /** End offset of every quoted-scalar token → its start offset. */
  quotedEnds: Map<number, number>;
}

class YamlReader {
  private readonly problems: ParseProblem[] = [];
  private readonly seen = new Set<string>();
  /** Problems beyond MAX_PROBLEMS: how many, and the first one. */
  private readonly left: { count: number; first?: { range: SourceRange; fatal: boolean; documentIndex?: number } } = { count: 0 };
  /** Nodes created by alias expansion so far, in the whole file. */
  aliasNodes = 0;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly version: YamlVersion,
  ) {}

  range(start: number, end: number): SourceRange {
    return this.lines.range(start, end);
  }

  report(start: number, end: number, message: string, fatal: boolean, documentIndex?: number, extra?: Pick<ParseProblem, 'atMost' | 'related'>): void {
    const key = `${start}:${end}:${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.problems.length >= MAX_PROBLEMS) {
      // Counted, and said once at the end (run), at the first one left out.
      this.left.count++;
      this.left.first ??= { range: this.range(start, end), fatal, documentIndex };
      return;
    }
    const p: ParseProblem = { message, range: this.range(start, end), fatal, ...extra };
    if (documentIndex !== undefined) p.documentIndex = documentIndex;
    this.problems.push(p);
  }

  run(): ParseResult {
    // YAML counts a lone CR as a line break; the yaml package does not. Replacing it by LF
    // keeps every offset (same length), and LineIndex already counts lone CRs as breaks.
    const source = this.text.includes('\r') ? this.text.replace(/\r(?!\n)/g, '\n') : this.text;
    const cuts = deepFlowCuts(source);
    const tokens = Array.from(new Parser().parse(cutDeepFlow(source, cuts)));
    const cst: Cst = { comments: [], quotedEnds: new Map() };

    const composer = new Composer({
      version: this.version,
      uniqueKeys: false, // duplicates are reported here, as warnings, with both keys kept
      merge: false, // merge keys are applied by the converter
      intAsBigInt: false,
      // No `maxAliasCount` here: it is a toJS() option, and toJS() is never called.
      // Aliases are expanded by DocConverter under YAML_MAX_ALIAS_NODES instead.
    });
    const documents: LocatedDocument[] = [];
    const docs: Document.Parsed[] = [];
    /** Fatal problems found in the CST, by document index. */
    const tooDeep = new Set<number>();

    let docIndex = 0;
    for (const token of tokens) {
      if (token.type === 'document') {
        const depth = this.walkCst(token, cst);
        if (depth) {
          this.report(
            depth.offset,
            depth.offset + 1,
            `nesting deeper than ${YAML_MAX_DEPTH} levels: mtls-lint does not read this document`,
            true,
            docIndex,
          );
          tooDeep.add(docIndex);
          // The composer recurses per level; give it an empty document instead.
          delete (token as { value?: unknown }).value;
        }
        docIndex++;
      } else {
        this.walkCst(token, cst);
      }
      for (const doc of composer.next(token)) docs.push(doc as Document.Parsed);
    }
    for (const doc of composer.end(false, source.length)) docs.push(doc as Document.Parsed);

    // A document blanked by deepFlowCuts is refused here, at the cut, if not already too deep.
    let index = -1;
    for (const [at] of cuts) {
      while (index + 1 < docs.length && docs[index + 1]!.range[0] <= at) index++;
      if (index < 0 || tooDeep.has(index)) continue;
      this.report(at, at + 1, `nesting deeper than ${2 * YAML_MAX_DEPTH} open brackets or block indicators: mtls-lint does not read this document`, true, index);
      tooDeep.add(index);
    }
    docs.forEach((doc, index) => {
      const fatal = this.documentProblems(doc, index, cst) || tooDeep.has(index);
      if (fatal || isEmptyDocument(doc)) return;
      try {
        const converter = new DocConverter(this, index);
        const root = converter.build(doc.contents, 1).node;
        if (converter.hadFatal) return;
        const start = Math.min(doc.range[0], root.range.start.offset);
        documents.push({ index, root, range: this.range(start, root.range.end.offset) });
      } catch (e) {
        if (!(e instanceof AbortDocument)) throw e;
      }
    });

    // Errors outside any document (e.g. a stray `...` with no document before it).
    const info = composer.streamInfo();
    for (const e of info.errors) this.report(e.pos[0], e.pos[1], yamlMessage(e.code, e.message), true);

    const byOffset = (a: { range: SourceRange }, b: { range: SourceRange }): number =>
      a.range.start.offset - b.range.start.offset;
    cst.comments.sort(byOffset);
    this.problems.sort(byOffset);
    if (this.left.first) {
      const { range, fatal, documentIndex } = this.left.first;
      const n = this.left.count;
      const note: ParseProblem = {
        message: `${n} more problem${n === 1 ? ' is' : 's are'} not listed for this file (the first of them is here): mtls-lint lists at most ${MAX_PROBLEMS} per YAML file`,
        range,
        fatal,
      };
      if (documentIndex !== undefined) note.documentIndex = documentIndex;
      this.problems.push(note);
    }
    return { documents, comments: cst.comments, problems: this.problems };
  }

  /**
   * Collects comments and quoted scalars of one top-level CST token without recursion;
   * for a document, returns the first collection nested deeper than YAML_MAX_DEPTH.
   */
  private walkCst(token: CST.Token, cst: Cst): { offset: number } | undefined {
    let deep: { offset: number } | undefined;
    const tokens: CST.Token[] = [token];
    const depths: number[] = [0];
    const push = (t: CST.Token | null | undefined, depth: number): void => {
      if (!t) return;
      tokens.push(t);
      depths.push(depth);
    };
    const pushAll = (ts: readonly CST.Token[] | undefined, depth: number): void => {
      if (ts) for (const t of ts) push(t, depth);
    };
    while (tokens.length > 0) {
      const t = tokens.pop()!;
      const depth = depths.pop()!;
      switch (t.type) {
        case 'comment': {
          let end = t.offset + t.source.length;
          while (end > t.offset && this.text.charCodeAt(end - 1) === 13) end--;
          cst.comments.push({ text: this.text.slice(t.offset + 1, end).trim(), range: this.range(t.offset, end) });
          break;
        }
        case 'document':
          pushAll(t.start, depth);
          push(t.value, depth);
          pushAll(t.end, depth);
          break;
        case 'doc-end':
          pushAll(t.end, depth);
          break;
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
          cst.quotedEnds.set(t.offset + t.source.length, t.offset);
          pushAll(t.end, depth);
          break;
        case 'alias':
        case 'scalar':
          pushAll(t.end, depth);
          break;
        case 'block-scalar':
          pushAll(t.props, depth);
          break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection': {
          const inner = depth + 1;
          if (inner > YAML_MAX_DEPTH && !deep) deep = { offset: t.offset };
          if (t.type === 'flow-collection') {
            push(t.start, depth);
            pushAll(t.end, depth);
          }
          for (const item of t.items as CST.CollectionItem[]) {
            pushAll(item.start, inner);
            push(item.key, inner);
            pushAll(item.sep, inner);
            push(item.value, inner);
          }
          break;
        }
        default:
          break;
      }
    }
    return deep;
  }

  /** Reports a document's errors and warnings; true when one of them is fatal. */
  private documentProblems(doc: Document.Parsed, index: number, cst: Cst): boolean {
    let fatal = false;
    // A more-indented line after `key: value` gives two errors at the value: "nested
    // mapping in compact mapping" and "multi-line implicit key". Only the second one
    // says what is wrong (the indentation of the next line).
    const multiline = new Set(doc.errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
    for (const e of doc.errors) {
      let [start, end] = e.pos;
      let message = yamlMessage(e.code, e.message);
      if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.has(start)) {
        fatal = true;
        continue;
      }
      if (e.code === 'MULTILINE_IMPLICIT_KEY') {
        // point at the continuation line, where the indentation is off
        const slice = this.text.slice(start, end);
        const br = Math.max(slice.lastIndexOf('\n'), slice.lastIndexOf('\r'));
        if (br >= 0) {
          let s = start + br + 1;
          while (s < end && (this.text[s] === ' ' || this.text[s] === '\t')) s++;
          if (s < end) {
            start = s;
            message =
              'this line continues the value of the key above it: check its indentation, or a missing ":" in the line above';
          }
        }
      }
      if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
        const open = cst.quotedEnds.get(start);
        if (open !== undefined) {
          const q = this.text[open] === "'" ? "'" : '"';
          start = open;
          end = open + 1;
          while (end < this.text.length && !/[\r\n]/.test(this.text[end]!)) end++;
          const smart = /[\u201c\u201d\u2018\u2019]/.test(this.text.slice(open, end));
          message = `the quoted string is never closed: the closing ${q} is missing${smart ? ' (a typographic quote such as \u201d does not close it)' : ''}`;
        }
      } else if (e.code === 'UNEXPECTED_TOKEN' && /^Unexpected scalar at node end/.test(e.message)) {
        message =
          this.text[start] === ':' || this.text[start - 1] === ':'
            ? 'YAML needs a space after ":" between a key and its value'
            : 'unexpected text after the end of a value';
      }
      this.report(start, end, message, e.code !== 'DUPLICATE_KEY', index);
      if (e.code !== 'DUPLICATE_KEY') fatal = true;
    }
    for (const w of doc.warnings) {
      if (w.code === 'TAG_RESOLVE_FAILED') continue; // custom tags (!Ref …) stay inert
      this.report(w.pos[0], w.pos[1], yamlMessage(w.code, w.message), false, index);
    }
    return fatal;
  }
}

/**
 * The yaml package's parser spends time and memory on every open flow bracket (5 MB of `[`
 * took 56 s and gigabytes) and every compact block indicator (5 MB of `- ` took 1.6 GB),
 * before any depth check can run. So, before parsing, a document whose flow brackets nest
 * deeper than twice YAML_MAX_DEPTH, or with more compact indicators (`- - - … x`) than that on
 * one line, is blanked from there to its end (offsets and line breaks kept), and refused with a
 * problem at that place; the rest of the file is read. A bracket counts where the yaml package
 * opens a flow collection: at the start of a node (line start, after `- `, `? `, `: `, an
 * anchor, a tag), after a closing bracket or quote, or anywhere inside a flow collection; not
 * inside a plain scalar (`a[0]`, `see [docs]`). Quoted scalars and comments are skipped.
 * Linear time. Returns the blanked ranges `[start, end)`.
 */
export function deepFlowCuts(text: string): [number, number][] {
  const limit = 2 * YAML_MAX_DEPTH;
  const cuts: [number, number][] = [];
  const n = text.length;
  let depth = 0;
  let prev = 10; // last character that is not a space or tab (10: start of a line)
  let prevAt = -1;
  /** Inside a plain scalar of block context (until the line ends or `: ` ends a key). */
  let plain = false;
  let i = 0;
  const isBreak = (c: number) => c === 10 || c === 13;
  const isBlank = (c: number) => c === 32 || c === 9 || isBreak(c) || Number.isNaN(c);
  const docMarkerAt = (at: number) =>
    (text.startsWith('---', at) || text.startsWith('...', at)) && isBlank(text.charCodeAt(at + 3));
  const cutFrom = (at: number): number => {
    let end = at;
    while (end < n && !(isBreak(text.charCodeAt(end - 1)) && docMarkerAt(end))) end++;
    cuts.push([at, end]);
    depth = 0;
    prev = 10;
    plain = false;
    return end;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      i++;
      prev = 10;
      plain = false;
      if (docMarkerAt(i)) depth = 0;
      continue;
    }
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    if (c === 35 /* # */ && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      while (i < n && !isBreak(text.charCodeAt(i))) i++;
      continue;
    }
    if (prev === 10 && depth === 0) {
      // Compact block nesting on one line (`- - - … x`, `? ? …`): one level per indicator.
      let j = i;
      let run = 0;
      for (;;) {
        const d = text.charCodeAt(j);
        if (!((d === 45 || d === 63 || d === 58) && isBlank(text.charCodeAt(j + 1)) && !isBreak(text.charCodeAt(j + 1)))) break;
        if (++run > limit) break;
        j += 2;
        while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
      }
      // keep `limit` levels (still too deep), blank the rest of the document
      if (run > limit) {
        i = cutFrom(j);
        continue;
      }
    }
    const indicator = (prev === 45 || prev === 63 || prev === 58) && isBlank(text.charCodeAt(prevAt + 1)); // - ? :
    if (indicator && prev === 58) plain = false; // `key: ` ends the key's plain scalar
    const nodeStart = prev === 10 || indicator;
    const opens = nodeStart || depth > 0;
    const opensBracket = !plain && (opens || prev === 93 || prev === 125 || prev === 34 || prev === 39 || isBlank(text.charCodeAt(i - 1)));
    if ((c === 34 || c === 39) && opens) {
      // a quoted scalar: to its closing quote (\" escapes in "…", '' in '…')
      i++;
      while (i < n) {
        const q = text.charCodeAt(i);
        if (c === 34 && q === 92) i += 2;
        else if (q === c && !(c === 39 && text.charCodeAt(i + 1) === 39)) break;
        else i += c === 39 && q === 39 ? 2 : 1;
      }
    } else if ((c === 91 || c === 123) && opensBracket) {
      if (++depth > limit) {
        i = cutFrom(i);
        continue;
      }
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    } else if (depth === 0 && nodeStart && !plain && !(c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 45 || c === 63 || c === 58 || c === 44)) {
      plain = true; // a plain scalar starts (not an anchor, alias, tag, block scalar or indicator)
    }
    prev = c;
    prevAt = i;
    i++;
  }
  return cuts;
}

/** `text` with the ranges of deepFlowCuts blanked (line breaks kept, so offsets stay). */
export function cutDeepFlow(text: string, cuts: [number, number][] = deepFlowCuts(text)): string {
  if (cuts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of cuts) {
    out += text.slice(at, s) + text.slice(s, e).replace(/[^\r\n]/g, ' ');
    at = e;
  }
  return out + text.slice(at);
}

/** Plain-language messages for the yaml package's error codes that need them. */
function yamlMessage(code: string, message: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'YAML does not allow tabs for indentation';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a nested mapping cannot start on the same line as its key (as in "a: b: c"); put it on its own line, or quote the value if it contains ": "';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key must fit on one line: check the indentation of this line, or a missing ":"';
    case 'RESOURCE_EXHAUSTION':
      return `the document is nested too deeply to read (more than ${YAML_MAX_DEPTH} levels?)`;
    case 'BAD_ALIAS':
      if (/^Alias cannot be an empty string/.test(message)) return 'a bare * starts an alias in YAML; quote it ("*") to mean a wildcard';
      return message.charAt(0).toLowerCase() + message.slice(1);
    case 'BAD_DQ_ESCAPE':
      return `invalid escape in a double-quoted string: ${message}`;
    default: {
      const m = message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
      return m.charAt(0).toLowerCase() + m.slice(1);
    }
  }
}

function isEmptyDocument(doc: Document.Parsed): boolean {
  const c = doc.contents as unknown;
  if (c === null || c === undefined) return true;
  if (isScalar(c)) {
    const s = c as Scalar;
    return s.range !== undefined && s.range !== null && s.range[0] === s.range[1] && !s.tag && !s.anchor;
  }
  return false;
}

/** Converts one composed document into the located tree. Recursion depth ≤ YAML_MAX_DEPTH. */
class DocConverter {
  /** Latest definition of each anchor, in document order. */
  private readonly anchors = new Map<string, unknown>();
  private readonly built = new Map<unknown, Built>();
  private readonly inProgress = new Set<unknown>();
  /** A fatal problem was reported: the document is left out. */
  hadFatal = false;

  constructor(
    private readonly r: YamlReader,
    private readonly docIndex: number,
  ) {}

  private fatal(start: number, end: number, message: string): void {
    this.hadFatal = true;
    this.r.report(start, end, message, true, this.docIndex);
  }

  private nodeRange(n: { range?: [number, number, number] | null }): [number, number] {
    const r = n.range;
    return r ? [r[0], r[1]] : [0, 0];
  }

  build(n: unknown, depth: number): Built {
    if (depth > YAML_MAX_DEPTH) {
      const [s] = this.nodeRange(n as { range?: [number, number, number] });
      this.fatal(s, s + 1, `nesting deeper than ${YAML_MAX_DEPTH} levels: mtls-lint does not read this document`);
      throw new AbortDocument();
    }
    const anchor = (n as { anchor?: string } | null)?.anchor;
    if (anchor && !isAlias(n)) {
      this.anchors.set(anchor, n);
      this.inProgress.add(n);
    }
    let b: Built;
    if (isAlias(n)) b = this.alias(n, depth);
    else if (isMap(n)) b = this.map(n, depth);
    else if (isSeq(n)) b = this.seq(n, depth);
    else if (isPair(n)) b = this.pairAsMap(n as Pair, depth);
    else if (isScalar(n)) b = { node: this.scalar(n), height: 1, size: 1 };
    else {
      // unknown node kind: keep its text
      const [s, e] = this.nodeRange((n ?? {}) as { range?: [number, number, number] });
      b = { node: this.scalarOf('string', this.r.text.slice(s, e), s, e), height: 1, size: 1 };
    }
    if (anchor && !isAlias(n)) {
      this.inProgress.delete(n);
      this.built.set(n, b);
    }
    return b;
  }

  private scalarOf(type: LScalar['type'], value: LScalar['value'], start: number, end: number): LScalar {
    return new ScalarNode(type, value, this.r.text.slice(start, end), this.r.lines, start, end);
  }

  private scalar(s: Scalar): LScalar {
    let [start, end] = this.nodeRange(s);
    if (s.type === 'BLOCK_LITERAL' || s.type === 'BLOCK_FOLDED') {
      // the node ends after the last line break; end the range after the last content
      while (end > start && /\s/.test(this.r.text[end - 1]!)) end--;
    }
    const tag = s.tag;
    const custom = tag !== undefined && !tag.startsWith(CORE_TAG_PREFIX);
    const v: unknown = s.value;
    const source = typeof s.source === 'string' ? s.source : this.r.text.slice(start, end);
    if (custom) return this.scalarOf('string', source, start, end);
    if (this.r.version === '1.1' && s.type === 'PLAIN' && tag === undefined && typeof s.source === 'string') {
      const r = resolvePlainGoYamlV2(s.source);
      return this.scalarOf(r.type, r.value, start, end);
    }
    if (typeof v === 'string') return this.scalarOf('string', v, start, end);
    if (typeof v === 'number') return this.scalarOf('number', v, start, end);
    if (typeof v === 'bigint') return this.scalarOf('number', Number(v), start, end);
    if (typeof v === 'boolean') return this.scalarOf('boolean', v, start, end);
    if (v === null || v === undefined) return this.scalarOf('null', null, start, end);
    // !!binary, !!timestamp (YAML 1.1) and the like: keep the source text
    return this.scalarOf('string', source, start, end);
  }

  private alias(a: Alias, depth: number): Built {
    const [start, end] = this.nodeRange(a);
    const name = a.source;
    const target = this.anchors.get(name);
    if (target === undefined) {
      this.fatal(start, end, `alias *${name} has no anchor &${name} before it`);
      return { node: this.scalarOf('null', null, start, end), height: 1, size: 1 };
    }
    if (this.inProgress.has(target)) {
      this.fatal(start, end, `alias *${name} is inside the node anchored &${name} (a cycle)`);
      throw new AbortDocument();
    }
    const b = this.built.get(target);
    if (!b) {
      this.fatal(start, end, `alias *${name} could not be resolved`);
      return { node: this.scalarOf('null', null, start, end), height: 1, size: 1 };
    }
    if (depth - 1 + b.height > YAML_MAX_DEPTH) {
      this.fatal(start, end, `nesting deeper than ${YAML_MAX_DEPTH} levels after expanding alias *${name}: mtls-lint does not read this document`);
      throw new AbortDocument();
    }
    if (this.r.aliasNodes + b.size > YAML_MAX_ALIAS_NODES) {
      this.r.aliasNodes = YAML_MAX_ALIAS_NODES + 1;
      this.fatal(
        start,
        end,
        `alias expansion exceeds ${YAML_MAX_ALIAS_NODES} nodes (an alias bomb?): mtls-lint does not read this document`,
      );
      throw new AbortDocument();
    }
    this.r.aliasNodes += b.size;
    return { node: copyAt(b.node, this.r.range(start, end)), height: b.height, size: b.size };
  }

  private keyOf(k: unknown, depth: number): { key: string; start: number; end: number; merge: boolean } {
    if (k === null || k === undefined) return { key: '', start: -1, end: -1, merge: false };
    if (isScalar(k)) {
      const s = k as Scalar;
      if (s.anchor) this.build(s, depth); // registers the anchor
      const [start, end] = this.nodeRange(s);
      const merge = s.type === 'PLAIN' && s.source === '<<' && !s.tag;
      const v: unknown = s.value;
      const key = typeof v === 'string' ? v : typeof s.source === 'string' ? s.source : this.r.text.slice(start, end);
      return { key, start, end, merge };
    }
    const b = this.build(k, depth);
    const { start, end } = b.node.range;
    if (b.node.type === 'object' || b.node.type === 'array') {
      this.r.report(
        start.offset,
        end.offset,
        'a mapping key that is itself a collection is not supported; it is read as its text',
        false,
        this.docIndex,
      );
      return { key: this.r.text.slice(start.offset, end.offset), start: start.offset, end: end.offset, merge: false };
    }
    const sc = b.node as LScalar;
    return { key: sc.value === null ? sc.raw : String(sc.value), start: start.offset, end: end.offset, merge: false };
  }

  private pair(p: Pair, depth: number, fallbackOffset: number): { prop: LProperty; merge: boolean; height: number; size: number } {
    const k = this.keyOf(p.key, depth);
    let v: Built;
    if (p.value === null || p.value === undefined) {
      const at = k.end >= 0 ? k.end : fallbackOffset;
      v = { node: this.scalarOf('null', null, at, at), height: 1, size: 1 };
    } else {
      v = this.build(p.value, depth);
    }
    const ks = k.start >= 0 ? k.start : startOf(v.node);
    const ke = k.start >= 0 ? k.end : ks;
    const prop = new PropertyNode(k.key, v.node, this.r.lines, ks, ke, Math.max(ke, endOf(v.node)));
    return { prop, merge: k.merge, height: v.height, size: v.size + 1 };
  }

  private map(m: YAMLMap, depth: number): Built {
    const [start, rawEnd] = this.nodeRange(m);
    const entries: Array<{ prop: LProperty; merge: boolean }> = [];
    let height = 1;
    let size = 1;
    for (const item of m.items) {
      const r = this.pair(item as Pair, depth + 1, rawEnd);
      entries.push(r);
      height = Math.max(height, r.height + 1);
      size += r.size;
    }
    const props = this.applyMerges(entries);
    this.reportDuplicates(entries);
    const end = m.flow || props.length === 0 ? rawEnd : lastEnd(entries.map((e) => propertyEndOf(e.prop)), rawEnd);
    const node = new ObjectNode(props, this.r.lines, start, end);
    return { node, height, size };
  }

  private pairAsMap(p: Pair, depth: number): Built {
    // `[a: 1]`: a single-pair mapping inside a flow sequence
    const r = this.pair(p, depth + 1, 0);
    const node = new ObjectNode([r.prop], this.r.lines, propertyStartOf(r.prop), propertyEndOf(r.prop));
    return { node, height: r.height + 1, size: r.size + 1 };
  }

  private seq(s: YAMLSeq, depth: number): Built {
    const [start, rawEnd] = this.nodeRange(s);
    const items: LNode[] = [];
    let height = 1;
    let size = 1;
    for (const item of s.items) {
      const b = this.build(item, depth + 1);
      items.push(b.node);
      height = Math.max(height, b.height + 1);
      size += b.size;
    }
    const end = s.flow || items.length === 0 ? rawEnd : lastEnd(items.map(endOf), rawEnd);
    const node = new ArrayNode(items, this.r.lines, start, end);
    return { node, height, size };
  }

  /**
   * Merge keys (`<<: *base` or `<<: [*a, *b]`): the merged mappings' keys are inserted
   * where `<<` stands, except keys the mapping itself sets (they win wherever they are);
   * with several sources the first one that has a key wins. A `<<` whose value is not a
   * mapping (or list of mappings) stays an ordinary key.
   */
  private applyMerges(entries: Array<{ prop: LProperty; merge: boolean }>): LProperty[] {
    if (!entries.some((e) => e.merge)) return entries.map((e) => e.prop);
    const own = new Set(entries.filter((e) => !e.merge).map((e) => e.prop.key));
    const merged = new Set<string>();
    const props: LProperty[] = [];
    for (const e of entries) {
      if (!e.merge) {
        props.push(e.prop);
        continue;
      }
      const v = e.prop.value;
      const sources = v.type === 'object' ? [v] : v.type === 'array' ? v.items : [];
      if (sources.length === 0 || !sources.every((s) => s.type === 'object')) {
        props.push(e.prop);
        continue;
      }
      for (const src of sources as LObject[]) {
        for (const p of src.props) {
          if (own.has(p.key) || merged.has(p.key)) continue;
          merged.add(p.key);
          props.push(p);
        }
      }
    }
    return props;
  }

  private reportDuplicates(entries: Array<{ prop: LProperty; merge: boolean }>): void {
    if (entries.length < 2) return;
    const first = new Map<string, LProperty>();
    for (const e of entries) {
      if (e.merge) continue;
      const prev = first.get(e.prop.key);
      if (!prev) {
        first.set(e.prop.key, e.prop);
        continue;
      }
      const said = repeatedKey(e.prop.key, prev.keyRange);
      this.r.report(e.prop.keyRange.start.offset, e.prop.keyRange.end.offset, said.message, false, this.docIndex, { atMost: 'warning', related: said.related });
    }
  }
}

function lastEnd(ends: number[], fallback: number): number {
  let m = -1;
  for (const e of ends) if (e > m) m = e;
  return m >= 0 ? m : fallback;
}

/** A copy of `n` with every range (keys included) set to `at`. Depth is bounded by the caller. */
function copyAt(n: LNode, at: SourceRange): LNode {
  switch (n.type) {
    case 'object':
      return {
        type: 'object',
        range: at,
        props: n.props.map((p) => ({ key: p.key, keyRange: at, value: copyAt(p.value, at), range: at })),
      };
    case 'array':
      return { type: 'array', range: at, items: n.items.map((i) => copyAt(i, at)) };
    default:
      return { type: n.type, value: n.value, range: at, raw: n.raw };
  }
}

/**
 * `1.1`: how Kubernetes and Helm read YAML (sigs.k8s.io/yaml on go-yaml v2, resolve.go):
 * `yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0755` is octal. `1.2`: the core schema, for
 * mtls-lint's own config, where `off` is a severity.
 */
export type YamlVersion = '1.1' | '1.2';

/** The `yaml` package's reader alone (the reference src/parse/yaml-events.ts is compared with). */
export function parseYamlComposed(text: string, lines: LineIndex, version: YamlVersion = '1.1'): ParseResult {
  try {
    return new YamlReader(text, lines, version).run();
  } catch (e) {
    return yamlInternalError(e, lines);
  }
}
