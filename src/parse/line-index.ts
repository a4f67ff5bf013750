import type { Position, SourceRange } from './located.js';

/**
 * Maps offsets to 1-based line/column. Line breaks are LF, CRLF and lone CR (as SARIF
 * counts them), so a CRLF or old-Mac file gets the same line numbers an editor shows.
 */
export class LineIndex {
  private readonly starts: number[];
  /** The text's length (not the text: the index lives as long as the run, the text need not). */
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    // An exact-size copy: the index lives as long as the run, and a pushed-to array keeps spare capacity.
    this.starts = starts.slice();
  }

  /** The offset where 1-based `line` starts; the end of the text past the last line. */
  lineStart(line: number): number {
    return line < 1 ? 0 : (this.starts[line - 1] ?? this.length);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }

  /**
   * A range whose line/column are computed when read: a parse tree holds several ranges
   * per key, and 100k files of them must fit in memory.
   */
  range(startOffset: number, endOffset: number): SourceRange {
    return new OffsetRange(this, startOffset, endOffset);
  }
}

export class OffsetRange implements SourceRange {
  constructor(
    readonly lines: LineIndex,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {}

  get start(): Position {
    return this.lines.position(this.startOffset);
  }

  get end(): Position {
    return this.lines.position(this.endOffset);
  }

  toJSON(): { start: Position; end: Position } {
    return { start: this.start, end: this.end };
  }
}
