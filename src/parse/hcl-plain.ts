/**
 * The value HCL v1 produces when a file is decoded into `interface{}` (what
 * `hcl.Unmarshal(src, &v)` gives Consul before mapstructure sees it), computed from the
 * located tree that `parseHcl` builds.
 *
 * This is a port of `hashicorp/hcl` (v1) `decoder.go` (decodeInterface, decodeMap,
 * decodeSlice and the scalar decoders), `hcl/ast` `ObjectList.Filter` and, for files whose
 * first non-space character is `{` (HCL v1's "JSON mode"), `json/parser/flatten.go`.
 * The rules that matter for Consul files:
 *
 * - Inside an object, every object value (`Key { ... }` block or `Key = { ... }`) becomes a
 *   list of objects: `Meta { "a/b" = "x" }` → `{"Meta": [{"a/b": "x"}]}`. Objects directly
 *   inside a list (`Key = [{ ... }]`) and the file itself stay objects.
 * - A repeated key is decoded *into the first value*: two blocks (or a block and a list)
 *   append to one list; a repeated scalar takes the type of the first occurrence
 *   (`a = "x"` then `a = 5` gives `"5"`; `a = 1` then `a = "7"` gives `7`; `a = 1` then
 *   `a = "x"` is an error), and the last one wins.
 * - `a "b" "c" { ... }` (block labels) decodes like nested blocks,
 *   `{"a": [{"b": [{"c": [{...}]}]}]}`, but all items whose first key equals `a`
 *   case-insensitively are gathered into that one list.
 * - Integers are Go `int`, floats `float64`, heredocs are strings; `${...}` stays text.
 *
 * Go `int` is 64 bits wide on the platforms Consul ships for; the gopherjs build used as
 * the test oracle (`js-hcl-parser`) has a 32-bit `int`. `intSize` selects which.
 */
import type { LArray, LNode, LObject, LProperty, LScalar, SourceRange } from './located.js';
import { parseGoFloat, parseGoInt } from './go-strconv.js';
import { propertyStartOf, startOf } from './nodes.js';

/** Roots produced by `parseHcl` in HCL v1's JSON mode (file starts with `{`). */
const jsonModeRoots = new WeakSet<object>();

/** Marks a root as parsed in HCL v1's JSON mode; `hclToPlain` then applies JSON flattening. */
export function markHclJsonRoot(root: LNode): void {
  jsonModeRoots.add(root);
}

export interface HclDecodeOptions {
  /** Decode as HCL v1's JSON mode. Default: whether `parseHcl` marked this root so. */
  json?: boolean;
  /** Width of Go's `int`: 64 (Consul on amd64/arm64, the default) or 32 (gopherjs). */
  intSize?: 32 | 64;
  /**
   * Nodes (scalars or properties) whose string could not be unquoted by HCL v1; decoding
   * one of them is an error (HCL v1 panics). Filled by `parseHcl`.
   */
  invalid?: Map<object, string>;
}

/** Why HCL v1 cannot decode a file it parsed; `range` is where, when known. */
export class HclDecodeError extends Error {
  constructor(
    message: string,
    readonly range: SourceRange | undefined,
  ) {
    super(message);
    this.name = 'HclDecodeError';
  }
}

/**
 * The plain value (objects, arrays, strings, numbers, booleans) that HCL v1 yields for this
 * tree when decoding into `interface{}`. Throws `HclDecodeError` when HCL v1 would fail to
 * decode it (`parseHcl` reports those as fatal problems, so an accepted tree never throws).
 */
export function hclToPlain(root: LNode, options: HclDecodeOptions = {}): unknown {
  return toPlain(decodeHclTree(root, options));
}

// ---------------------------------------------------------------------------------------
// A copy of HCL v1's AST shape, rebuilt from the located tree.

const ITEM = 0;
const OLIST = 1;
const OTYPE = 2;
const LTYPE = 3;
const LIT = 4;

const T_NUMBER = 1;
const T_FLOAT = 2;
const T_BOOL = 3;
const T_STRING = 4;
const T_HEREDOC = 5;

interface GKey {
  s: string;
  src: LProperty;
}
interface GItem {
  t: typeof ITEM;
  keys: GKey[];
  val: GNode;
}
interface GOList {
  t: typeof OLIST;
  items: GItem[];
  /** Lazily built index for Filter: case-folded first key → items, in order. */
  index?: Map<string, GItem[]>;
}
interface GOType {
  t: typeof OTYPE;
  list: GOList;
  src: LObject;
}
interface GLType {
  t: typeof LTYPE;
  elems: GNode[];
  src: LArray;
}
interface GLit {
  t: typeof LIT;
  tok: number;
  /** Go's Token.Text (the source text, CRLF normalised as HCL v1 does). */
  text: string;
  /** Go's Token.Value() for strings and heredocs. */
  str: string;
  src: LScalar;
}
type GNode = GItem | GOList | GOType | GLType | GLit;

/**
 * A label wrapper is the object `parseHcl` inserts for each block label (`a "b" { }` →
 * `a` → { `b` → {...} }): it has one property and starts where that label starts,
 * whereas a written object starts at its `{`.
 */
function isLabelWrapper(v: LNode): v is LObject {
  return (
    v.type === 'object' &&
    v.props.length === 1 &&
    propertyStartOf(v.props[0]!) === startOf(v)
  );
}

function itemFromProp(p: LProperty): GItem {
  const keys: GKey[] = [{ s: p.key, src: p }];
  let v = p.value;
  while (isLabelWrapper(v)) {
    const q = v.props[0]!;
    keys.push({ s: q.key, src: q });
    v = q.value;
  }
  return { t: ITEM, keys, val: toG(v) };
}

function toG(n: LNode): GNode {
  switch (n.type) {
    case 'object':
      return { t: OTYPE, list: { t: OLIST, items: n.props.map(itemFromProp) }, src: n };
    case 'array':
      return { t: LTYPE, elems: n.items.map(toG), src: n };
    default:
      return litFromScalar(n);
  }
}

function litFromScalar(n: LScalar): GLit {
  const raw = n.raw;
  let tok: number;
  let str = '';
  switch (n.type) {
    case 'boolean':
      tok = T_BOOL;
      break;
    case 'null':
      // JSON null: HCL v1 turns it into an empty STRING token.
      return { t: LIT, tok: T_STRING, text: '', str: '', src: n };
    case 'number':
      tok = isFloatText(raw) ? T_FLOAT : T_NUMBER;
      break;
    default:
      tok = raw.startsWith('<<') ? T_HEREDOC : T_STRING;
      str = typeof n.value === 'string' ? n.value : String(n.value);
  }
  const text = raw.includes('\r') ? raw.replace(/\r\n/g, '\n') : raw;
  return { t: LIT, tok, text, str, src: n };
}

/** FLOAT tokens are the number tokens with a fraction or exponent (hex never is one). */
function isFloatText(raw: string): boolean {
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  if (raw.charCodeAt(i) === 48 && (raw.charCodeAt(i + 1) | 32) === 120) return false;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// JSON mode: json/parser/flatten.go, applied in ast.Walk's pre-order.

function flattenWalk(n: GNode): void {
  switch (n.t) {
    case OLIST:
      flattenList(n);
      for (const item of n.items) flattenWalk(item);
      break;
    case ITEM:
      flattenWalk(n.val);
      break;
    case OTYPE:
      flattenWalk(n.list);
      break;
    case LTYPE:
      for (const e of n.elems) flattenWalk(e);
      break;
    default:
      break;
  }
}

function flattenList(list: GOList): void {
  const items: GItem[] = [];
  const frontier = list.items.slice();
  while (frontier.length > 0) {
    const item = frontier.pop()!;
    const v = item.val;
    if (v.t === OTYPE) {
      const sub = v.list.items;
      if (sub.length === 0 || sub.some((s) => s.val.t !== OTYPE)) items.push(item);
      else
        for (const s of sub) frontier.push({ t: ITEM, keys: item.keys.concat(s.keys), val: s.val });
    } else if (v.t === LTYPE) {
      if (v.elems.length === 0 || v.elems.some((e) => e.t !== OTYPE)) items.push(item);
      else for (const e of v.elems) frontier.push({ t: ITEM, keys: item.keys, val: e });
    } else {
      items.push(item);
    }
  }
  items.reverse();
  list.items = items;
}

// ---------------------------------------------------------------------------------------
// Go values, with the Go kind that the decoder dispatches on.

type GoVal =
  | { k: 'str'; v: string }
  | { k: 'int'; v: number }
  | { k: 'float'; v: number }
  | { k: 'bool'; v: boolean }
  | { k: 'map'; v: Map<string, GoVal> }
  /** []map[string]interface{} */
  | { k: 'smap'; v: GoVal[] }
  /** []interface{} */
  | { k: 'slice'; v: GoVal[] };

/** The decoder's kind stack only matters through its top: empty, Slice, or other. */
type Top = 'none' | 'slice' | 'other';

export function decodeHclTree(root: LNode, options: HclDecodeOptions = {}): GoVal {
  const json = options.json ?? jsonModeRoots.has(root);
  const d = new Decoder(options.intSize ?? 64, options.invalid);
  let node: GNode;
  if (root.type === 'object') {
    node = { t: OLIST, items: root.props.map(itemFromProp) };
  } else {
    node = toG(root);
  }
  if (json) flattenWalk(node);
  return d.decode('root', node, undefined, 'none');
}

function toPlain(v: GoVal): unknown {
  switch (v.k) {
    case 'map': {
      const o: Record<string, unknown> = {};
      for (const [k, x] of v.v) {
        if (k === '__proto__')
          Object.defineProperty(o, k, { value: toPlain(x), enumerable: true, writable: true, configurable: true });
        else o[k] = toPlain(x);
      }
      return o;
    }
    case 'smap':
    case 'slice':
      return v.v.map(toPlain);
    default:
      return v.v;
  }
}

function describeNode(n: GNode): string {
  switch (n.t) {
    case ITEM:
      return 'a block';
    case OLIST:
      return 'a labelled block';
    case OTYPE:
      return 'an object';
    case LTYPE:
      return 'a list';
    default:
      switch (n.tok) {
        case T_NUMBER:
        case T_FLOAT:
          return `the number ${clip(n.text.trim())}`;
        case T_BOOL:
          return `the boolean ${n.text}`;
        case T_HEREDOC:
          return 'a heredoc string';
        default:
          return n.src.type === 'null' ? 'null' : `the string ${clip(n.src.raw)}`;
      }
  }
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 37) + '...' : s;
}

function describeKind(v: GoVal): string {
  switch (v.k) {
    case 'str':
      return 'a string';
    case 'int':
      return 'an integer';
    case 'float':
      return 'a decimal number';
    case 'bool':
      return 'a boolean';
    case 'map':
      return 'an object';
    case 'smap':
      return 'a list of blocks';
    case 'slice':
      return 'a list';
  }
}

function nodeRange(n: GNode): SourceRange | undefined {
  switch (n.t) {
    case ITEM:
      return n.keys[0]?.src.keyRange ?? nodeRange(n.val);
    case OLIST:
      return n.items[0] ? nodeRange(n.items[0]) : undefined;
    default:
      return n.src.range;
  }
}

/** `root.a.b` → `a.b` for messages. */
function path(name: string): string {
  return name === 'root' ? 'the file' : `"${name.replace(/^root\./, '')}"`;
}

class Decoder {
  constructor(
    private readonly intSize: 32 | 64,
    private readonly invalid: Map<object, string> | undefined,
  ) {}

  private fail(message: string, at: GNode | undefined): never {
    throw new HclDecodeError(message, at ? nodeRange(at) : undefined);
  }

  private keyValue(k: GKey): string {
    const bad = this.invalid?.get(k.src);
    if (bad !== undefined) throw new HclDecodeError(bad, k.src.keyRange);
    return k.s;
  }

  private strValue(n: GLit): string {
    const bad = this.invalid?.get(n.src);
    if (bad !== undefined) throw new HclDecodeError(bad, n.src.range);
    return n.str;
  }

  /** decoder.decode with an `interface{}` slot holding `old` (undefined: nil). */
  decode(name: string, node: GNode, old: GoVal | undefined, top: Top): GoVal {
    if (old === undefined) return this.decodeInterface(name, node, top);
    switch (old.k) {
      case 'str':
        return this.decodeString(name, node, old);
      case 'int':
        return this.decodeInt(name, node, old);
      case 'float':
        return this.decodeFloat(name, node, old);
      case 'bool':
        return this.decodeBool(name, node, old);
      case 'map':
        return this.decodeMap(name, node, old);
      default:
        return this.decodeSlice(name, node, old);
    }
  }

  private decodeInterface(name: string, node: GNode, top: Top): GoVal {
    const test = node.t === OTYPE ? node.list : node;
    let set: GoVal;
    switch (test.t) {
      case OLIST:
        set = top === 'none' || top === 'slice' ? { k: 'map', v: new Map() } : { k: 'smap', v: [] };
        break;
      case LTYPE:
        set = { k: 'slice', v: [] };
        break;
      case LIT:
        switch (test.tok) {
          case T_BOOL:
            set = { k: 'bool', v: false };
            break;
          case T_FLOAT:
            set = { k: 'float', v: 0 };
            break;
          case T_NUMBER:
            set = { k: 'int', v: 0 };
            break;
          default:
            set = { k: 'str', v: '' };
        }
        break;
      default:
        return this.fail(
          `${path(name)} mixes a labelled block with a plain value inside a list; HCL v1 cannot decode this`,
          node,
        );
    }
    return this.decode(name, node, set, top);
  }

  private decodeMap(name: string, node: GNode, existing: GoVal & { k: 'map' } | undefined): GoVal {
    let list: GOList;
    if (node.t === ITEM) list = { t: OLIST, items: [node] };
    else if (node.t === OTYPE) list = node.list;
    else if (node.t === OLIST) list = node;
    else
      return this.fail(
        `${path(name)} is a list of blocks, so HCL v1 cannot add ${describeNode(node)} to it`,
        node,
      );
    const m = existing ? existing.v : new Map<string, GoVal>();
    let done: Set<string> | undefined;
    for (const item of list.items) {
      if (item.keys.length === 0) {
        return this.fail(
          `${path(name)} is used both as a labelled block and as a plain value; HCL v1 cannot decode this`,
          item.val,
        );
      }
      const keyStr = this.keyValue(item.keys[0]!);
      if (done?.has(keyStr)) continue;
      let itemVal: GNode = item.val;
      if (item.keys.length > 1) {
        itemVal = this.filter(list, keyStr);
        (done ??= new Set()).add(keyStr);
      }
      const field = `${name}.${keyStr}`;
      const nv = this.decode(field, itemVal, m.get(keyStr), 'other');
      m.set(keyStr, nv);
    }
    return { k: 'map', v: m };
  }

  /** ObjectList.Filter(key): items whose first key equals `key` (Unicode case-folded). */
  private filter(list: GOList, keyStr: string): GOList {
    if (!list.index) {
      const index = new Map<string, GItem[]>();
      for (const item of list.items) {
        if (item.keys.length < 1) continue;
        const f = foldKey(this.keyValue(item.keys[0]!));
        const g = index.get(f);
        if (g) g.push(item);
        else index.set(f, [item]);
      }
      list.index = index;
    }
    const group = list.index.get(foldKey(keyStr)) ?? [];
    return { t: OLIST, items: group.map((it) => ({ t: ITEM, keys: it.keys.slice(1), val: it.val })) };
  }

  private decodeSlice(name: string, node: GNode, sl: GoVal & { k: 'smap' | 'slice' }): GoVal {
    let items: GNode[];
    if (node.t === OLIST) items = node.items;
    else if (node.t === OTYPE) items = [node];
    else if (node.t === LTYPE) items = node.elems;
    else {
      const what = sl.k === 'smap' ? 'a list of blocks' : 'a list';
      return this.fail(
        `${path(name)} is repeated: its first value is ${what}, and HCL v1 cannot add ${describeNode(node)} to it`,
        node,
      );
    }
    let i = sl.v.length;
    for (const item of items) {
      const field = `${name}[${i++}]`;
      if (sl.k === 'smap') sl.v.push(this.decodeMap(field, item, undefined));
      else sl.v.push(this.decode(field, item, undefined, 'slice'));
    }
    return sl;
  }

  private mismatch(name: string, node: GNode, old: GoVal, extra = ''): never {
    return this.fail(
      `${path(name)} is repeated: HCL v1 decodes a repeated key into the type of its first value ` +
        `(${describeKind(old)}), and cannot decode ${describeNode(node)} into it${extra}`,
      node,
    );
  }

  private decodeBool(name: string, node: GNode, old: GoVal): GoVal {
    if (node.t === LIT && (node.tok === T_BOOL || node.tok === T_STRING || node.tok === T_NUMBER)) {
      const s = node.text.replace(/"/g, '').toLowerCase();
      if (s === '1' || s === 'true') return { k: 'bool', v: true };
      if (s === '0' || s === 'false') return { k: 'bool', v: false };
    }
    return this.mismatch(name, node, old);
  }

  private decodeFloat(name: string, node: GNode, old: GoVal): GoVal {
    if (node.t === LIT && (node.tok === T_FLOAT || node.tok === T_NUMBER)) {
      const r = parseGoFloat(node.text);
      if (typeof r === 'number') return { k: 'float', v: r };
      return this.fail(
        r === 'range'
          ? `the number ${node.text.trim()} is too large for a 64-bit float`
          : `${JSON.stringify(node.text)} is not a valid number`,
        node,
      );
    }
    return this.mismatch(name, node, old);
  }

  private decodeInt(name: string, node: GNode, old: GoVal): GoVal {
    if (node.t === LIT && (node.tok === T_NUMBER || node.tok === T_STRING)) {
      const s = node.tok === T_NUMBER ? node.text : this.strValue(node);
      // Go 1.12's syntax, as the oracle has it: HCL's scanner never puts `0b`, `0o` or `_` in a
      // number token, so only a string decoded into an int (a repeated key) could tell.
      const r = parseGoInt(s, this.intSize, { legacy: true });
      if (typeof r === 'number') return { k: 'int', v: r };
      if (node.tok === T_STRING) return this.mismatch(name, node, old, ` (${JSON.stringify(s)} is not an integer)`);
      if (r === 'syntax' && /^[+-]?0\d/.test(s)) {
        return this.fail(
          `the number ${s} starts with 0, so HCL v1 reads it as octal, where 8 and 9 are not digits`,
          node,
        );
      }
      return this.fail(
        r === 'range'
          ? `the number ${s} does not fit in a ${this.intSize}-bit integer`
          : `${JSON.stringify(s)} is not a valid integer`,
        node,
      );
    }
    return this.mismatch(name, node, old);
  }

  private decodeString(name: string, node: GNode, old: GoVal): GoVal {
    if (node.t === LIT) {
      switch (node.tok) {
        case T_NUMBER:
        case T_FLOAT:
        case T_BOOL:
          return { k: 'str', v: node.text };
        default:
          return { k: 'str', v: this.strValue(node) };
      }
    }
    return this.mismatch(name, node, old);
  }
}

/**
 * Go's strings.EqualFold compares with Unicode simple case folding; this key folds each
 * code point to one representative of its case orbit (exact for ASCII, close elsewhere).
 */
function foldKey(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  let out = '';
  for (const ch of s) {
    if (ch === '\u0131' || ch === '\u0130') {
      // Dotless ı and dotted İ are alone in their Go case orbits.
      out += ch;
      continue;
    }
    const u = ch.toUpperCase();
    const base = [...u].length === 1 ? u : ch;
    const l = base.toLowerCase();
    out += [...l].length === 1 ? l : base;
  }
  return out;
}

