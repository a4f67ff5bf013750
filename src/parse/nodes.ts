/**
 * The located nodes the HCL, JSON and YAML parsers build. They hold offsets and derive their
 * ranges when read: a repository of 10,000 files holds half a million ranges, and a range
 * object each would be most of the memory of a run (and of its garbage collection).
 *
 * They satisfy the interfaces of `located.ts`, so consumers and hand-built nodes (Terraform,
 * YAML alias copies) mix freely. A node's offsets are in its parser's text; its ranges are
 * what its `RangeSource` makes of them (Terraform maps an embedded JSON text onto its file).
 */
import { intern } from './intern.js';
import type { LArray, LNode, LObject, LProperty, LScalar, ScalarType, SourceRange } from './located.js';

/** Turns offsets into a range: a `LineIndex`, or a parser's mapping onto another file. */
export interface RangeSource {
  range(start: number, end: number): SourceRange;
}

/** A node spanning `[startOffset, endOffset)` of its file. */
abstract class SpanNode {
  constructor(
    private readonly src: RangeSource,
    readonly startOffset: number,
    /** An object's or list's is set again by the JSON parser when it reaches the closing bracket. */
    public endOffset: number,
  ) {}

  get range(): SourceRange {
    return this.src.range(this.startOffset, this.endOffset);
  }
}

export class ScalarNode extends SpanNode implements LScalar {
  public value: string | number | boolean | null;
  public raw: string;

  constructor(
    public type: ScalarType,
    value: string | number | boolean | null,
    raw: string,
    src: RangeSource,
    startOffset: number,
    endOffset: number,
  ) {
    super(src, startOffset, endOffset);
    const r = intern(raw);
    // A plain string is its own source text: one lookup for both.
    this.value = typeof value === 'string' ? (value === raw ? r : intern(value)) : value;
    this.raw = r;
  }
}

// `type` of objects and lists is a prototype getter, not a field: a field each is 8 bytes per
// node of every tree the run keeps. (Copies keep the prototype: src/model/crd-schema.ts.)
export class ObjectNode extends SpanNode implements LObject {
  get type(): 'object' {
    return 'object';
  }

  constructor(
    public props: LProperty[],
    src: RangeSource,
    startOffset: number,
    endOffset: number,
  ) {
    super(src, startOffset, endOffset);
  }
}

export class ArrayNode extends SpanNode implements LArray {
  get type(): 'array' {
    return 'array';
  }

  constructor(
    public items: LNode[],
    src: RangeSource,
    startOffset: number,
    endOffset: number,
  ) {
    super(src, startOffset, endOffset);
  }
}

/** `key = value`: the key's range is `[keyStart, keyEnd)`, the property's `[keyStart, end)`. */
export class PropertyNode implements LProperty {
  readonly key: string;

  constructor(
    key: string,
    public value: LNode,
    private readonly src: RangeSource,
    readonly keyStart: number,
    readonly keyEnd: number,
    readonly end: number,
  ) {
    this.key = intern(key);
  }

  /** Not a field: few properties are HCL blocks (`BlockPropertyNode`), and a field would be 8 bytes on each. */
  get block(): boolean | undefined {
    return undefined;
  }

  get keyRange(): SourceRange {
    return this.src.range(this.keyStart, this.keyEnd);
  }

  get range(): SourceRange {
    return this.src.range(this.keyStart, this.end);
  }
}

/** An HCL property written as a block, `Key { ... }`. */
export class BlockPropertyNode extends PropertyNode {
  override get block(): true {
    return true;
  }
}

/**
 * Where a node starts and ends, without building its range when the node has offsets: in the
 * text its parser read, so compare them only within one tree.
 */
export function startOf(n: LNode): number {
  return (n as { startOffset?: number }).startOffset ?? n.range.start.offset;
}

export function endOf(n: LNode): number {
  return (n as { endOffset?: number }).endOffset ?? n.range.end.offset;
}

/** Where a property (its key) starts. */
export function propertyStartOf(p: LProperty): number {
  return (p as { keyStart?: number }).keyStart ?? p.range.start.offset;
}

/** The end of a property (its value's end, or its key's for an empty value). */
export function propertyEndOf(p: LProperty): number {
  return (p as { end?: number }).end ?? p.range.end.offset;
}

/**
 * The last property with one of these keys, as written (exact case): the value a repeated key
 * ends with in JSON, YAML and the Kubernetes API.
 */
export function lastProp(obj: LObject | undefined, ...keys: string[]): LProperty | undefined {
  if (!obj) return undefined;
  for (let i = obj.props.length - 1; i >= 0; i--) {
    const p = obj.props[i]!;
    if (keys.length === 1 ? p.key === keys[0] : keys.includes(p.key)) return p;
  }
  return undefined;
}
