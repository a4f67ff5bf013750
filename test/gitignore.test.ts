import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitignoreFilter } from '../src/gitignore.js';

/** A folder with `.git` and the given `.gitignore` files; the verdict on each path. */
function verdicts(gitignores: Record<string, string>, paths: string[], walkRoot = ''): Record<string, boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mtls-gitignore-'));
  try {
    mkdirSync(path.join(dir, '.git'));
    const filter = new GitignoreFilter(dir, dir);
    for (const [folder, text] of Object.entries(gitignores)) {
      mkdirSync(path.join(dir, folder), { recursive: true });
      writeFileSync(path.join(dir, folder, '.gitignore'), text);
      filter.addFile(path.join(dir, folder, '.gitignore'));
    }
    return Object.fromEntries(paths.map((p) => [p, filter.ignored(path.join(dir, p), path.join(dir, walkRoot))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('.gitignore as Git reads it', () => {
  it('unanchored patterns match at any depth, anchored ones at their folder', () => {
    expect(verdicts({ '': 'gen.hcl\n/top.hcl\nsub/x.hcl\n' }, ['gen.hcl', 'a/b/gen.hcl', 'top.hcl', 'a/top.hcl', 'sub/x.hcl', 'a/sub/x.hcl'])).toEqual({
      'gen.hcl': true,
      'a/b/gen.hcl': true,
      'top.hcl': true,
      'a/top.hcl': false,
      'sub/x.hcl': true,
      'a/sub/x.hcl': false,
    });
  });

  it('a trailing slash matches folders only; everything below an ignored folder is ignored', () => {
    expect(verdicts({ '': 'build/\n' }, ['build', 'build/x.hcl', 'a/build/y/z.hcl'])).toEqual({ build: false, 'build/x.hcl': true, 'a/build/y/z.hcl': true });
  });

  it('the last matching line wins; ! re-includes a file but not below an ignored folder', () => {
    expect(verdicts({ '': '*.json\n!keep.json\nout/\n!out/keep.json\n' }, ['a.json', 'keep.json', 'out/keep.json'])).toEqual({
      'a.json': true,
      'keep.json': false,
      'out/keep.json': true,
    });
  });

  it('a deeper .gitignore wins over its parent, relative to its folder', () => {
    expect(verdicts({ '': '*.yaml\n', sub: '!/values.yaml\n' }, ['values.yaml', 'sub/values.yaml', 'sub/deeper/values.yaml'])).toEqual({
      'values.yaml': true,
      'sub/values.yaml': false,
      'sub/deeper/values.yaml': true,
    });
  });

  it('comments, blank lines, escaped #, ! and trailing spaces; no braces; ]-first classes', () => {
    expect(verdicts({ '': '# c\n\n\\#x\n\\!y\nz  \n{a,b}\n[]q]w\n' }, ['#x', '!y', 'z', '{a,b}', 'a', ']w', 'qw'])).toEqual({
      '#x': true,
      '!y': true,
      z: true,
      '{a,b}': true,
      a: false,
      ']w': true,
      qw: true,
    });
  });

  it('a folder named on the command line is linted even when ignored', () => {
    expect(verdicts({ '': 'vendor/\n' }, ['vendor/x.hcl'], 'vendor')).toEqual({ 'vendor/x.hcl': false });
  });
});
