/**
 * Reports are written in chunks of UTF-16 code units (src/write.ts): a report on a large
 * repository is never converted to one UTF-8 buffer. The bytes on disk are the text's UTF-8,
 * whatever falls on a chunk's edge.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCH_UNITS, batched, writeFileCreatingFolder } from '../src/write.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mtls-lint-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHUNK = 1 << 20;

function roundTrip(name: string, text: string): void {
  const file = path.join(dir, 'reports', name);
  writeFileCreatingFolder(file, text, dir);
  expect(readFileSync(file).equals(Buffer.from(text, 'utf8'))).toBe(true);
}

describe('a report written in chunks', () => {
  it('keeps a surrogate pair that straddles a chunk edge (an emoji at 1 MiB - 1)', () => {
    roundTrip('pair.json', `${'a'.repeat(CHUNK - 1)}😀${'b'.repeat(10)}\n`);
  });

  it('keeps multi-byte text across several chunks and a pair at the very end', () => {
    roundTrip('many.json', `${'é'.repeat(CHUNK)}${'z'.repeat(CHUNK + 3)}ü😀`);
  });

  it('writes an empty report and one of exactly one chunk', () => {
    roundTrip('empty.json', '');
    roundTrip('one.json', 'x'.repeat(CHUNK));
  });
});

describe('a report given in pieces', () => {
  it('is written as the pieces joined, whatever their sizes', () => {
    const pieces = ['{', `\n  "a": "${'x'.repeat(CHUNK + 5)}"`, ',\n  "b": "é😀"', '\n}\n'];
    const file = path.join(dir, 'reports', 'pieces.json');
    writeFileCreatingFolder(file, pieces, dir);
    expect(readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('joins small pieces into texts of about the batch size (not a write per piece)', () => {
    const pieces = Array.from({ length: 100 }, (_, i) => `${i},`);
    const texts = [...batched(pieces, 50)];
    expect(texts.join('')).toBe(pieces.join(''));
    expect(texts.length).toBeLessThan(10);
    expect(texts.slice(0, -1).every((t) => t.length >= 50)).toBe(true);
  });

  it('never ends a text between the halves of a surrogate pair split across pieces', () => {
    const texts = [...batched(['ab\ud83d', '\ude00cd'], 3)];
    expect(texts.join('')).toBe('ab😀cd');
    for (const t of texts) expect(/[\ud800-\udbff]$|^[\udc00-\udfff]/.test(t)).toBe(false);
  });

  it('by default, texts that stay below the 128 KiB of a V8 large object (freed only by a full collection)', () => {
    expect(BATCH_UNITS * 2).toBeLessThanOrEqual(64 * 1024);
    const pieces = Array.from({ length: 200 }, (_, i) => `${String(i).padStart(999, '.')}\n`);
    const texts = [...batched(pieces)];
    expect(texts.join('')).toBe(pieces.join(''));
    expect(texts.length).toBeGreaterThan(4);
    for (const t of texts) expect(t.length).toBeLessThan(BATCH_UNITS + 1000);
  });

  it('gives nothing for no pieces or only empty ones', () => {
    expect([...batched([])]).toEqual([]);
    expect([...batched(['', ''])]).toEqual([]);
  });
});
