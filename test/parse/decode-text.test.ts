import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/index.js';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
  it('UTF-8, with its BOM noted and removed; invalid bytes become U+FFFD', () => {
    expect(decodeText(new TextEncoder().encode('Kind = "mesh" # ü'))).toEqual({ ok: true, text: 'Kind = "mesh" # ü', hadBom: false, encoding: 'utf-8' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a', hadBom: true, encoding: 'utf-8' });
    expect(decodeText(bytes(0x61, 0xff, 0x62))).toMatchObject({ ok: true, text: 'a\ufffdb' });
  });

  it('UTF-16 with a BOM, either order; invalid UTF-16 and NUL bytes are refused', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0x00))).toEqual({ ok: true, text: 'a', hadBom: true, encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x61))).toEqual({ ok: true, text: 'a', hadBom: true, encoding: 'utf-16be' });
    expect(decodeText(bytes(0xff, 0xfe, 0x61))).toEqual({ ok: false, reason: 'invalid UTF-16' });
    expect(decodeText(bytes(0x61, 0x00))).toEqual({ ok: false, reason: 'binary file (contains NUL bytes)' });
  });

  // The decoders are made once and shared: what one file leaves unfinished must not reach the next.
  it('a file is decoded alone, whatever the file before it ended with', () => {
    expect(decodeText(bytes(0x61, 0xc3))).toMatchObject({ text: 'a\ufffd' }); // a truncated "ü"
    expect(decodeText(bytes(0xbc, 0x62))).toMatchObject({ text: '\ufffdb' });
    expect(decodeText(bytes(0xff, 0xfe, 0x3d, 0xd8))).toEqual({ ok: false, reason: 'invalid UTF-16' }); // a lone high surrogate
    expect(decodeText(bytes(0xff, 0xfe, 0x00, 0xde))).toEqual({ ok: false, reason: 'invalid UTF-16' }); // a lone low surrogate
    expect(decodeText(bytes(0xff, 0xfe, 0x62, 0x00))).toEqual({ ok: true, text: 'b', hadBom: true, encoding: 'utf-16le' });
  });
});
