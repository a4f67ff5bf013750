/**
 * Reports are written in chunks of UTF-16 code units (src/write.ts): a report on a large
 * repository is never converted to one UTF-8 buffer. The bytes on disk are the text's UTF-8,
 * whatever falls on a chunk's edge.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileCreatingFolder } from '../src/write.js';

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
