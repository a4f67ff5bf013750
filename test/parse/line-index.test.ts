import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/parse/line-index.js';

/** Line and column of every offset by a scan from the start: what the index must answer. */
function reference(text: string, offset: number): { line: number; column: number; offset: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let start = 0;
  for (let i = 0; i < o; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: o - start + 1, offset: o };
}

function lines(count: number, width: number, eol: string): string {
  return Array.from({ length: count }, (_, i) => String(i % 10).repeat(width)).join(eol);
}

describe('LineIndex', () => {
  it.each([
    ['empty', ''],
    ['LF', 'a\nbc\n\nd'],
    ['LF at both ends', '\n\na\n'],
    ['CRLF', 'a\r\nbc\r\n\r\nd\r\n'],
    ['lone CR', 'a\rbc\r\rd'],
    ['mixed', '\n\r\n\ra\r\n'],
  ])('positions in a %s text', (_name, text) => {
    const index = new LineIndex(text);
    for (let o = -1; o <= text.length + 1; o++) expect(index.position(o)).toEqual(reference(text, o));
  });

  // Texts below 65,536 code units keep their line starts as char codes; longer ones as numbers.
  it.each([
    ['65,535 code units', lines(4096, 15, '\n').slice(0, 65535)],
    ['65,536 code units', lines(4096, 15, '\n').slice(0, 65536)],
    ['200,000 code units, CRLF', lines(10000, 18, '\r\n')],
    ['a line start at 65,535', `${'x'.repeat(65534)}\n`],
  ])('positions and line starts in a text of %s', (_name, text) => {
    const index = new LineIndex(text);
    const step = Math.max(1, Math.floor(text.length / 3000));
    for (let o = 0; o <= text.length; o += step) expect(index.position(o)).toEqual(reference(text, o));
    for (const o of [text.length - 1, text.length, text.length + 5]) expect(index.position(o)).toEqual(reference(text, o));
    const lineCount = reference(text, text.length).line;
    expect(index.lineStart(0)).toBe(0);
    expect(index.lineStart(lineCount)).toBe(text.length - reference(text, text.length).column + 1);
    expect(index.lineStart(lineCount + 1)).toBe(text.length);
  });
});
