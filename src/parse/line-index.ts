import type { Position, SourceRange } from './located.js';

/**
 * Maps offsets to 1-based line/column. Line breaks are LF, CRLF and lone CR (as SARIF
 * counts them), so a CRLF or old-Mac file gets the same line numbers an editor shows.
 */
export class LineIndex {
  /**
   * The offset each line starts at. In a text shorter than 65,536 code units, a string of
   * those offsets as char codes: a line costs 1 or 2 bytes rather than an array slot's 8, and
   * the run keeps an index for each of its files (100,000 files: 19 MB of arrays).
   */
  private readonly starts: string | number[];
  /** The text's length (not the text: the index lives as long as the run, the text need not). */
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    const starts = [0];
    if (text.indexOf('\r') === -1) {
      // LF only (almost every file): the search for each break is native, not a loop over every code unit.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    // Otherwise an exact-size copy: a pushed-to array keeps spare capacity.
    this.starts = text.length <= MAX_PACKED ? packed(starts) : starts.slice();
  }

  private get lineCount(): number {
    return this.starts.length;
  }

  private startOf(i: number): number {
    const s = this.starts;
    return typeof s === 'string' ? s.charCodeAt(i) : s[i]!;
  }

  /** The offset where 1-based `line` starts; the end of the text past the last line. */
  lineStart(line: number): number {
    if (line < 1) return 0;
    return line - 1 < this.lineCount ? this.startOf(line - 1) : this.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.lineCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.startOf(mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.startOf(lo) + 1, offset: o };
  }

  /**
   * A range whose line/column are computed when read: a parse tree holds several ranges
   * per key, and 100k files of them must fit in memory.
   */
  range(startOffset: number, endOffset: number): SourceRange {
    return new OffsetRange(this, startOffset, endOffset);
  }
}

/** The largest text whose line starts fit in char codes (a start is at most the text's length). */
const MAX_PACKED = 0xffff;

/** Offsets below 65,536 as one string (in chunks: `fromCharCode` takes its codes as arguments). */
function packed(starts: readonly number[]): string {
  if (starts.length <= CHUNK) return String.fromCharCode(...starts);
  const parts: string[] = [];
  for (let i = 0; i < starts.length; i += CHUNK) parts.push(String.fromCharCode(...starts.slice(i, i + CHUNK)));
  return parts.join('');
}

const CHUNK = 4096;

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
