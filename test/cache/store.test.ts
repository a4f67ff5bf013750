import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildId, CACHE_FILE_NAME, cacheFile, FileCache, MAX_CACHE_BYTES } from '../../src/cache/store.js';

const dirs: string[] = [];
function temp(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'mtls-cache-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const KEY = { path: 'a/api.hcl', hash: 'h1', settings: '{}' };
const TOOL = 'test-build';

/** A cache at `file` holding one record for KEY. */
function written(file: string, toolId = TOOL): void {
  const c = FileCache.open(file, { cwd: path.dirname(file), toolId });
  c.set(KEY, '{"root":[0]}');
  expect(c.save()).toBeUndefined();
}

describe('FileCache', () => {
  it('gives back a record for an equal key in a later run, and nothing for a changed file or setting', () => {
    const file = path.join(temp(), CACHE_FILE_NAME);
    written(file);
    const c = FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL });
    expect(c.notes).toEqual([]);
    expect(c.get(KEY)).toBe('{"root":[0]}');
    expect(c.get({ ...KEY, hash: 'h2' })).toBeUndefined();
    expect(c.get({ ...KEY, settings: '{"partition":"web"}' })).toBeUndefined();
    expect(c.stats).toEqual({ hits: 1, stored: 0 });
  });

  it('keeps only the files of the last run (a deleted file drops out)', () => {
    const file = path.join(temp(), CACHE_FILE_NAME);
    const first = FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL });
    first.set(KEY, '"a"');
    first.set({ ...KEY, path: 'gone.hcl' }, '"b"');
    first.save();
    const second = FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL });
    expect(second.get(KEY)).toBe('"a"');
    second.save();
    const third = FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL });
    expect(third.get({ ...KEY, path: 'gone.hcl' })).toBeUndefined();
    expect(third.get(KEY)).toBe('"a"');
  });

  it('is not written again when the run read every record it holds and made none', () => {
    const file = path.join(temp(), CACHE_FILE_NAME);
    written(file);
    const before = statSync(file).ino;
    const c = FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL });
    expect(c.get(KEY)).toBe('{"root":[0]}');
    expect(c.save()).toBeUndefined();
    expect(statSync(file).ino).toBe(before);
    // A record made afresh: written (a rename, so a new file).
    const d = FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL });
    d.get(KEY);
    d.set({ ...KEY, path: 'b.hcl' }, '"b"');
    d.save();
    expect(statSync(file).ino).not.toBe(before);
  });

  it("starts afresh, without a note, on another build's cache", () => {
    const file = path.join(temp(), CACHE_FILE_NAME);
    written(file, 'other-build');
    const c = FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL });
    expect(c.notes).toEqual([]);
    expect(c.get(KEY)).toBeUndefined();
  });

  it.each([
    ['not a cache', () => 'hello\n', 'it is not an mtls-lint cache'],
    ['another format', () => '{"format":"eslint"}\n', 'it is not an mtls-lint cache'],
    ['cut short', (text: string) => text.slice(0, text.length - 5), 'it is incomplete'],
    ['a record missing', (text: string) => text.split('\n').slice(0, 2).join('\n') + '\n', 'it is incomplete'],
    ['a damaged key line', (text: string) => text.replace('["a/api.hcl"', '["a/api.hcl'), 'line 2 is damaged'],
  ])('ignores a cache that is %s, with a note, and writes it afresh', (_name, damage, note) => {
    const file = path.join(temp(), CACHE_FILE_NAME);
    written(file);
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    const c = FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL });
    expect(c.notes.join('\n')).toContain(note);
    expect(c.get(KEY)).toBeUndefined();
    c.set(KEY, '"fresh"');
    c.save();
    expect(FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL }).get(KEY)).toBe('"fresh"');
  });

  it('does not read a cache larger than the bound', () => {
    const file = path.join(temp(), CACHE_FILE_NAME);
    writeFileSync(file, '');
    truncateSync(file, MAX_CACHE_BYTES + 1); // sparse: no disk used
    const c = FileCache.open(file, { cwd: path.dirname(file), toolId: TOOL });
    expect(c.notes.join('\n')).toContain('larger than');
  });

  it('neither reads nor writes through a symbolic link (one planted in a repository points outside it)', () => {
    const repo = temp();
    const outside = temp();
    const target = path.join(outside, 'victim');
    written(target);
    const before = readFileSync(target, 'utf8');
    symlinkSync(target, path.join(repo, CACHE_FILE_NAME));
    const c = FileCache.open(path.join(repo, CACHE_FILE_NAME), { cwd: repo, toolId: TOOL });
    expect(c.notes.join('\n')).toContain('symbolic link');
    expect(c.get(KEY)).toBeUndefined();
    c.set(KEY, '"forged"');
    expect(c.save()).toContain('symbolic link');
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('ignores a cache committed to the repository: its records could be forged', () => {
    const repo = temp();
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    if (git('init', '-q').status !== 0) throw new Error('git is needed for this test');
    const file = path.join(repo, CACHE_FILE_NAME);
    written(file);
    expect(git('add', CACHE_FILE_NAME).status).toBe(0);
    const c = FileCache.open(file, { cwd: repo, toolId: TOOL });
    expect(c.notes.join('\n')).toContain('committed to the repository');
    expect(c.get(KEY)).toBeUndefined();
  });

  // Each run also reads the cache on every round: a half-written file would be a note, and exit 1.
  it('leaves a valid cache when two runs write it at once', () => {
    const dir = temp();
    const file = path.join(dir, CACHE_FILE_NAME);
    const store = path.resolve(__dirname, '../../dist/src/cache/store.js');
    const script = (n: number) =>
      `import { FileCache } from ${JSON.stringify(store)};` +
      `for (let i = 0; i < 40; i++) { const c = FileCache.open(${JSON.stringify(file)}, { cwd: ${JSON.stringify(dir)}, toolId: 't' });` +
      `for (let k = 0; k < 200; k++) c.set({ path: 'f' + k, hash: '${n}', settings: '{}' }, JSON.stringify('x'.repeat(500)));` +
      `const note = c.save(); if (note || c.notes.length) { console.error(note, c.notes); process.exit(1); } }`;
    const run = (n: number) =>
      new Promise<number | null>((resolve) => {
        const p = spawn(process.execPath, ['--input-type=module', '-e', script(n)], { stdio: ['ignore', 'ignore', 'inherit'] });
        p.on('exit', resolve);
      });
    return Promise.all([run(1), run(2)]).then((codes) => {
      expect(codes).toEqual([0, 0]);
      const c = FileCache.open(file, { cwd: dir, toolId: 't' });
      expect(c.notes).toEqual([]);
      const one = c.get({ path: 'f0', hash: '1', settings: '{}' }) ?? c.get({ path: 'f0', hash: '2', settings: '{}' });
      expect(one).toBe(JSON.stringify('x'.repeat(500)));
    });
  }, 60_000);
});

describe('cacheFile', () => {
  it('is .mtls-lint-cache in the working folder by default, and inside a folder given', () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'caches'));
    expect(cacheFile(undefined, dir)).toBe(path.join(dir, CACHE_FILE_NAME));
    expect(cacheFile('caches', dir)).toBe(path.join(dir, 'caches', CACHE_FILE_NAME));
    expect(cacheFile('new/', dir)).toBe(path.join(dir, 'new', CACHE_FILE_NAME));
    expect(cacheFile('my.cache', dir)).toBe(path.join(dir, 'my.cache'));
    expect(existsSync(path.join(dir, 'new'))).toBe(false);
  });

  it('a folder at the cache file path is said, not read', () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'x'));
    const c = FileCache.open(path.join(dir, 'x'), { cwd: dir, toolId: TOOL });
    expect(c.notes.join('\n')).toContain('it is a folder');
  });
});

describe('buildId', () => {
  it('names the version and the code that runs', () => {
    expect(buildId()).toMatch(/^\d+\.\d+\.\d+[^+]*\+[0-9a-f]{16}$/);
    expect(buildId()).toBe(buildId());
  });
});
