import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES, readSource } from '../src/read.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mtls-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const abs = path.join(dir, name);
  writeFileSync(abs, content);
  return abs;
}

describe('readSource', () => {
  test('a file: its bytes, exactly', () => {
    const text = 'Kind = "mesh"\n# ünïcode\n';
    const r = readSource(file('mesh.hcl', text), 'mesh.hcl');
    expect(r.skipReason).toBeUndefined();
    expect(Buffer.from(r.bytes!).toString('utf8')).toBe(text);
  });

  test('an empty file: no bytes, not skipped', () => {
    const r = readSource(file('empty.json', ''), 'empty.json');
    expect(r).toEqual({ path: 'empty.json', bytes: expect.any(Uint8Array) });
    expect(r.bytes!.length).toBe(0);
  });

  test.runIf(process.platform === 'linux')('a file whose size the kernel does not report (procfs) is read to its end', () => {
    const r = readSource('/proc/self/status', 'status');
    expect(Buffer.from(r.bytes!).toString('utf8')).toMatch(/^Name:/);
  });

  test('exactly the limit is read; one byte more is skipped and says why', () => {
    expect(readSource(file('max.json', Buffer.alloc(MAX_FILE_BYTES, 0x20)), 'max.json').bytes!.length).toBe(MAX_FILE_BYTES);
    expect(readSource(file('over.json', Buffer.alloc(MAX_FILE_BYTES + 1, 0x20)), 'over.json')).toEqual({ path: 'over.json', skipReason: 'larger than 5 MB' });
  });

  test('a directory or a missing file is skipped with the reason, never thrown', () => {
    const sub = path.join(dir, 'folder.yaml');
    mkdirSync(sub);
    expect(readSource(sub, 'folder.yaml')).toEqual({ path: 'folder.yaml', skipReason: 'not a regular file' });
    expect(readSource(path.join(dir, 'gone.hcl'), 'gone.hcl')).toEqual({ path: 'gone.hcl', skipReason: 'cannot be read (ENOENT)' });
  });
});

describe('readSource: the bytes of each file are its own', () => {
  test('a file read after another leaves the first one\'s bytes as they were', () => {
    const a = readSource(file('a.yaml', 'kind: A\n'), 'a.yaml');
    const b = readSource(file('b.yaml', 'kind: B\n'), 'b.yaml');
    expect(Buffer.from(a.bytes!).toString('utf8')).toBe('kind: A\n');
    expect(Buffer.from(b.bytes!).toString('utf8')).toBe('kind: B\n');
  });
});
