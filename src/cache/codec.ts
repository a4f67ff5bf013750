/**
 * A prepared file (src/lint.ts `prepareSource`: parse tree, normalized entries, decoded
 * fields, problems) as a JSON value for the cache, and back.
 *
 * The graph is written as it is, not as a schema of it: a record is a table of objects, each
 * written once and referred to by index, so shared parts (a property node that is both in the
 * tree and in a decoded field) are shared again when read and nothing the cross-file stages
 * rely on is lost. The file's text is not written: it is the key of the record (its hash), and
 * the caller hands it back. Anything the codec does not know (a closure, a class it was not
 * told of) makes the file uncacheable rather than cached wrong.
 *
 * A record is read from disk, so it is not trusted to be well formed: any record that does not
 * decode is a miss (`restorePrepared` returns undefined), never an exception.
 */
import { ConfigEntry, type EntryInit } from '../model/entries.js';
import { DecodedField, DecodedList, DecodedObject, DecodedScalar, OpaqueValue } from '../model/decode.js';
import { KINDS, kindSpec } from '../model/kinds.js';
import type { KindSpec } from '../model/schema.js';
import { LineIndex, OffsetRange } from '../parse/line-index.js';
import type { SourceRange } from '../parse/located.js';
import { ArrayNode, BlockPropertyNode, ObjectNode, PropertyNode, ScalarNode, type RangeSource } from '../parse/nodes.js';
import type { NField, NValue } from '../model/decode.js';
import type { LNode, LProperty, LScalar } from '../parse/located.js';
import type { PreparedSource } from '../lint.js';

/** Bumped whenever what a record holds changes meaning; part of the cache's tool id. */
export const CODEC_VERSION = 4;

/** A record: the root value and the table of objects it refers to. */
export interface PreparedRecord {
  root: unknown;
  objects: unknown[][];
  /** The keys of each shape of plain object, in order. */
  shapes: string[][];
}

type Parsed = Extract<PreparedSource, { parsed: unknown }>;

class NotCacheable extends Error {}

/** A node whose range its parser mapped from another text (Terraform's embedded JSON): kept as computed. */
class FixedRange implements RangeSource {
  constructor(private readonly at: SourceRange) {}

  range(): SourceRange {
    return this.at;
  }
}

const KIND_SPECS: ReadonlySet<KindSpec> = new Set(KINDS);

/** What the encoder and decoder share of one file. */
interface FileFrame {
  text: string;
  lines: LineIndex;
}

/** Values in a record: JSON scalars as they are; everything else a short array. */
const UNDEFINED = ['u'] as const;
const TEXT = ['t'] as const;

/** The classes of a prepared file, by the tag their objects are written with. */
interface ClassCodec {
  tag: string;
  proto: object;
  /** The values that rebuild the object (each written as a value; trailing undefined ones are left out). */
  write(o: never, frame: FileFrame): unknown[];
  read(args: unknown[], frame: FileFrame): object;
}

/** A node's range source, written as 0 when it is the file's line index (almost always). */
function writeSource(n: ScalarNode | ObjectNode | ArrayNode, frame: FileFrame): unknown {
  const src = (n as unknown as { src: RangeSource }).src;
  if (src === frame.lines) return 0;
  return src instanceof LineIndex ? src : new FixedRange(n.range);
}

function readSource(v: unknown, frame: FileFrame): RangeSource {
  if (v === 0) return frame.lines;
  if (v instanceof LineIndex || v instanceof FixedRange) return v;
  throw new NotCacheable('expected a range source');
}

const CLASSES: ClassCodec[] = [
  {
    tag: 'sc',
    proto: ScalarNode.prototype,
    // `raw` is left out when it is the value as written (most YAML and Terraform strings).
    write: (n: ScalarNode, frame) => [n.type, n.value, n.startOffset, n.endOffset, writeSource(n, frame), n.raw === n.value ? undefined : n.raw],
    read: ([type, value, s, e, src, raw], frame) =>
      new ScalarNode(scalarType(type), scalarValue(value), raw === undefined ? str(value) : str(raw), readSource(src, frame), num(s), num(e)),
  },
  {
    tag: 'ob',
    proto: ObjectNode.prototype,
    write: (n: ObjectNode, frame) => [n.startOffset, n.endOffset, writeSource(n, frame), ...n.props],
    read: ([s, e, src, ...props], frame) => new ObjectNode(props as LProperty[], readSource(src, frame), num(s), num(e)),
  },
  {
    tag: 'ar',
    proto: ArrayNode.prototype,
    write: (n: ArrayNode, frame) => [n.startOffset, n.endOffset, writeSource(n, frame), ...n.items],
    read: ([s, e, src, ...items], frame) => new ArrayNode(items as LNode[], readSource(src, frame), num(s), num(e)),
  },
  propertyCodec('pr', PropertyNode.prototype),
  // An HCL block (its `block` is its class's).
  propertyCodec('pb', BlockPropertyNode.prototype),
  {
    tag: 'rg',
    proto: OffsetRange.prototype,
    write: (r: OffsetRange, frame) => [r.startOffset, r.endOffset, r.lines === frame.lines ? undefined : r.lines],
    read: ([s, e, lines], frame) => (lines === undefined ? frame.lines : (lines as LineIndex)).range(num(s), num(e)),
  },
  {
    tag: 'li',
    proto: LineIndex.prototype,
    // The file's own index is rebuilt from its text; an index keeps no text, so another text's makes the file uncacheable.
    write: (l: LineIndex, frame) => {
      if (l !== frame.lines) throw new NotCacheable("another text's line index");
      return [];
    },
    read: ([text], frame) => (text === undefined ? frame.lines : new LineIndex(str(text))),
  },
  {
    tag: 'fx',
    proto: FixedRange.prototype,
    write: (f: FixedRange) => [f.range()],
    read: ([at]) => new FixedRange(at as SourceRange),
  },
  {
    tag: 'ce',
    proto: ConfigEntry.prototype,
    write: (e: ConfigEntry) => [(e as unknown as { init: EntryInit }).init],
    read: ([init]) => new ConfigEntry(init as EntryInit),
  },
  {
    tag: 'df',
    proto: DecodedField.prototype,
    write: (f: DecodedField) => {
      const p = f as unknown as { base: string; from: unknown };
      return [f.name, p.base, p.from, f.value];
    },
    read: ([name, base, from, value]) => new DecodedField(str(name), str(base), from as LProperty | LProperty[], value as NValue),
  },
  {
    tag: 'ds',
    proto: DecodedScalar.prototype,
    write: (v: DecodedScalar) => [v.node, v.value],
    read: ([node, value]) => new DecodedScalar(node as LScalar, value === undefined ? undefined : scalarValue(value)),
  },
  {
    tag: 'dl',
    proto: DecodedList.prototype,
    write: (v: DecodedList) => [v.node, v.items],
    read: ([node, items]) => new DecodedList(node as LNode, arr(items) as NValue[]),
  },
  {
    tag: 'dp',
    proto: OpaqueValue.prototype,
    write: (v: OpaqueValue) => [v.node],
    read: ([node]) => new OpaqueValue(node as LNode),
  },
  {
    tag: 'do',
    proto: DecodedObject.prototype,
    write: (o: DecodedObject) => [o.node, (o as unknown as { list: NField[] }).list],
    read: ([node, list]) => new DecodedObject(node as LNode, arr(list) as NField[]),
  },
];

function propertyCodec(tag: string, proto: object): ClassCodec {
  return {
    tag,
    proto,
    // A mapped source maps the key and the whole property apart: both ranges are kept.
    write: (p: PropertyNode, frame) => {
      const src = (p as unknown as { src: RangeSource }).src;
      const own = src === frame.lines ? 0 : src instanceof LineIndex ? src : undefined;
      return [p.key, p.value, p.keyStart, p.keyEnd, p.end, p.block, own ?? p.keyRange, own === undefined ? p.range : undefined];
    },
    read: ([key, value, ks, ke, end, block, src, whole], frame) => {
      const source = whole === undefined ? readSource(src, frame) : new MappedProperty(num(ke), src as SourceRange, whole as SourceRange);
      return new (block === true ? BlockPropertyNode : PropertyNode)(str(key), value as LNode, source, num(ks), num(ke), num(end));
    },
  };
}

/** A property whose key and whole ranges were mapped from another text: one source for both. */
class MappedProperty implements RangeSource {
  constructor(
    private readonly keyEnd: number,
    private readonly key: SourceRange,
    private readonly whole: SourceRange,
  ) {}

  // PropertyNode asks for [keyStart, keyEnd) and [keyStart, end): told apart by the end.
  range(_start: number, end: number): SourceRange {
    return end === this.keyEnd ? this.key : this.whole;
  }
}

const BY_PROTO = new Map<object, ClassCodec>(CLASSES.map((c) => [c.proto, c]));
const BY_TAG = new Map<string, ClassCodec>(CLASSES.map((c) => [c.tag, c]));

/** The record of a prepared file, or undefined when it holds something the codec cannot write. */
export function encodePrepared(p: Parsed): PreparedRecord | undefined {
  // A text let go (src/lint.ts releaseText) is in no value of the record either.
  const frame: FileFrame = { text: p.parsed.text ?? '', lines: p.parsed.lines };
  const ids = new Map<object, number>();
  const objects: unknown[][] = [];
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  let depth = 0;

  const value = (v: unknown): unknown => {
    switch (typeof v) {
      case 'string':
        return v.length === frame.text.length && v === frame.text && v.length > 0 ? TEXT : v;
      case 'number':
        return Number.isFinite(v) && !Object.is(v, -0) ? v : ['n', Object.is(v, -0) ? '-0' : String(v)];
      case 'boolean':
        return v;
      case 'undefined':
        return UNDEFINED;
      case 'object':
        return v === null ? null : [ref(v)];
      default:
        throw new NotCacheable(`a ${typeof v} value`);
    }
  };

  const ref = (o: object): number => {
    const known = ids.get(o);
    if (known !== undefined) return known;
    const id = objects.length;
    ids.set(o, id);
    const slot: unknown[] = [];
    objects.push(slot);
    if (++depth > MAX_DEPTH) throw new NotCacheable('nested too deeply');
    if (Array.isArray(o)) {
      slot.push('A');
      for (const item of o) slot.push(value(item));
    } else if (o instanceof Map) {
      slot.push('M');
      for (const [k, v] of o) slot.push(value(k), value(v));
    } else if (o instanceof Set) {
      slot.push('S');
      for (const v of o) slot.push(value(v));
    } else if (KIND_SPECS.has(o as KindSpec)) {
      // The kind tables are the program's, not the file's: named, not copied.
      slot.push('k', (o as KindSpec).kind);
    } else {
      const proto = Object.getPrototypeOf(o) as object | null;
      if (proto === Object.prototype || proto === null) {
        // Objects of one shape (every range, every entry) name their keys once per record.
        const keys = Object.keys(o);
        const shape = keys.join('\u0000');
        let index = shapeIds.get(shape);
        if (index === undefined) {
          index = shapes.length;
          shapes.push(keys);
          shapeIds.set(shape, index);
        }
        slot.push(proto === null ? 'N' : 'O', index);
        for (const k of keys) slot.push(value((o as Record<string, unknown>)[k]));
      } else {
        const c = proto && BY_PROTO.get(proto);
        if (!c) throw new NotCacheable(`an object of class ${(o as { constructor?: { name?: string } }).constructor?.name ?? '?'}`);
        const args = c.write(o as never, frame);
        while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
        slot.push(c.tag);
        for (const a of args) slot.push(value(a));
      }
    }
    depth--;
    return id;
  };

  try {
    const { path, parsed, normalized } = p;
    const root = value({ path, parsed: { ...parsed, text: undefined, lines: undefined }, normalized });
    return { root, objects, shapes };
  } catch (err) {
    if (err instanceof NotCacheable || err instanceof RangeError) return undefined;
    throw err;
  }
}

/** Deeper than this, a file is not cached (the parsers bound depth well below it). */
const MAX_DEPTH = 2000;

/**
 * The prepared file a record holds, with `text` (the file's decoded text, whose hash keyed the
 * record) put back; undefined when the record is not one `encodePrepared` wrote.
 */
export function restorePrepared(record: unknown, text: string): Parsed | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const { root, objects, shapes } = record as Partial<PreparedRecord>;
  if (!Array.isArray(objects) || !Array.isArray(shapes)) return undefined;
  const frame: FileFrame = { text, lines: new LineIndex(text) };
  const built: unknown[] = new Array(objects.length);
  const state = new Uint8Array(objects.length); // 0 unread, 1 reading, 2 read

  const value = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (!Array.isArray(v)) throw new NotCacheable('a bare object');
    const h = v[0];
    if (typeof h === 'number') return object(h);
    if (h === 'u') return undefined;
    if (h === 't') return frame.text;
    if (h === 'n') return Number(v[1]);
    throw new NotCacheable('an unknown value');
  };

  const object = (id: number): unknown => {
    if (!Number.isInteger(id) || id < 0 || id >= objects.length) throw new NotCacheable('a dangling reference');
    if (state[id] === 2) return built[id];
    if (state[id] === 1) {
      // A cycle: only containers are created before their content is read.
      if (built[id] === undefined) throw new NotCacheable('a cycle through a class');
      return built[id];
    }
    state[id] = 1;
    const slot = objects[id];
    if (!Array.isArray(slot) || slot.length === 0) throw new NotCacheable('an empty slot');
    const tag = slot[0];
    let out: unknown;
    switch (tag) {
      case 'A': {
        const a: unknown[] = (built[id] = []);
        for (let i = 1; i < slot.length; i++) a.push(value(slot[i]));
        out = a;
        break;
      }
      case 'M': {
        const m = (built[id] = new Map<unknown, unknown>());
        for (let i = 1; i + 1 < slot.length; i += 2) m.set(value(slot[i]), value(slot[i + 1]));
        out = m;
        break;
      }
      case 'S': {
        const s = (built[id] = new Set<unknown>());
        for (let i = 1; i < slot.length; i++) s.add(value(slot[i]));
        out = s;
        break;
      }
      case 'O':
      case 'N': {
        const o: Record<string, unknown> = (built[id] = tag === 'N' ? Object.create(null) : {});
        const keys = shapes[slot[1] as number];
        if (!Array.isArray(keys) || keys.length !== slot.length - 2) throw new NotCacheable('a bad shape');
        for (let i = 0; i < keys.length; i++) {
          const k: unknown = keys[i];
          if (typeof k !== 'string' || k === '__proto__') throw new NotCacheable('a bad key');
          o[k] = value(slot[i + 2]);
        }
        out = o;
        break;
      }
      case 'k':
        out = kindSpec(str(slot[1]));
        if (!out) throw new NotCacheable('an unknown kind');
        break;
      default: {
        const c = typeof tag === 'string' ? BY_TAG.get(tag) : undefined;
        if (!c) throw new NotCacheable('an unknown tag');
        out = c.read(slot.slice(1).map(value), frame);
      }
    }
    built[id] = out;
    state[id] = 2;
    return out;
  };

  try {
    const top = value(root) as { path?: unknown; parsed?: Parsed['parsed']; normalized?: Parsed['normalized'] } | undefined;
    if (!top || typeof top.path !== 'string' || typeof top.parsed !== 'object' || typeof top.normalized !== 'object') return undefined;
    const parsed = { ...top.parsed, text: frame.text, lines: frame.lines };
    return { path: top.path, parsed, normalized: top.normalized };
  } catch {
    // A record that does not decode (or a stack overflow on a forged one) is a miss.
    return undefined;
  }
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw new NotCacheable('expected a string');
  return v;
}

function num(v: unknown): number {
  if (typeof v !== 'number') throw new NotCacheable('expected a number');
  return v;
}

function arr(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new NotCacheable('expected a list');
  return v;
}

function scalarType(v: unknown): ScalarNode['type'] {
  if (v === 'string' || v === 'number' || v === 'boolean' || v === 'null') return v;
  throw new NotCacheable('expected a scalar type');
}

function scalarValue(v: unknown): ScalarNode['value'] {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  throw new NotCacheable('expected a scalar value');
}
