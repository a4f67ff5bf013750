/**
 * The located nodes the HCL, JSON and YAML parsers build. They hold offsets and derive their
 * ranges when read: a repository of 10,000 files holds half a million ranges, and a range
 * object each would be most of the memory of a run (and of its garbage collection).
 *
 * They satisfy the interfaces of `located.ts`, so consumers and hand-built nodes (Terraform,
 * YAML alias copies) mix freely. A range assigned to a node replaces the derived one (and
 * its offsets).
 */
import { intern } from './intern.js';
import type { LArray, LNode, LObject, LProperty, LScalar, ScalarType, SourceRange } from './located.js';

/** Turns offsets into a range: a `LineIndex`, or a parser's mapping onto another file. */
export interface RangeSource {
  range(start: number, end: number): SourceRange;
}

/** A range given as is, whatever the offsets (see the setters below). */
class FixedRange implements RangeSource {
  constructor(private readonly r: SourceRange) {}

  range(): SourceRange {
    return this.r;
  }
}

/** A node spanning `[startOffset, endOffset)` of its file. */
abstract class SpanNode {
  constructor(
    private src: RangeSource,
    public startOffset: number,
    public endOffset: number,
  ) {}

  get range(): SourceRange {
    return this.src.range(this.startOffset, this.endOffset);
  }

  set range(r: SourceRange) {
    this.src = new FixedRange(r);
    this.startOffset = r.start.offset;
    this.endOffset = r.end.offset;
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
    this.value = typeof value === 'string' ? intern(value) : value;
    this.raw = intern(raw);
  }
}

export class ObjectNode extends SpanNode implements LObject {
  readonly type = 'object';

  /** `endOffset` is set again by a parser when it reaches the closing brace. */
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
  readonly type = 'array';

  constructor(
    public items: LNode[],
    src: RangeSource,
    startOffset: number,
    endOffset: number,
  ) {
    super(src, startOffset, endOffset);
  }
}

/** Both ranges of a property, given as they are (see the setters). */
class FixedPair implements RangeSource {
  constructor(
    readonly key: SourceRange,
    readonly whole: SourceRange,
  ) {}

  range(): SourceRange {
    return this.whole;
  }
}

/** `key = value`: the key's range is `[keyStart, keyEnd)`, the property's `[keyStart, end)`. */
export class PropertyNode implements LProperty {
  block?: boolean;
  readonly key: string;

  constructor(
    key: string,
    public value: LNode,
    private src: RangeSource,
    public keyStart: number,
    public keyEnd: number,
    public end: number,
  ) {
    this.key = intern(key);
  }

  get keyRange(): SourceRange {
    const s = this.src;
    return s instanceof FixedPair ? s.key : s.range(this.keyStart, this.keyEnd);
  }

  set keyRange(r: SourceRange) {
    this.fix(r, this.range);
  }

  get range(): SourceRange {
    return this.src.range(this.keyStart, this.end);
  }

  set range(r: SourceRange) {
    this.fix(this.keyRange, r);
  }

  private fix(keyRange: SourceRange, range: SourceRange): void {
    this.src = new FixedPair(keyRange, range);
    this.keyStart = keyRange.start.offset;
    this.keyEnd = keyRange.end.offset;
    this.end = range.end.offset;
  }
}

/** Where a node starts and ends, without building its range when the node has offsets. */
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
