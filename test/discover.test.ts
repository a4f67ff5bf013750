import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALWAYS_IGNORE, belowBase, DEFAULT_INCLUDE, discover, toRel } from '../src/discover.js';
import { listByGlobs } from '../src/discover-globs.js';
import { GitignoreFilter } from '../src/gitignore.js';
import { walk } from '../src/walk.js';

const EXTENSIONS = DEFAULT_INCLUDE.map((g) => g.slice('**/*'.length));
const PRUNED = new Set(ALWAYS_IGNORE.map((g) => g.slice('**/'.length, -'/**'.length)));

/**
 * Corner cases of names, kinds and folders: what the walk of src/walk.ts must list exactly as
 * globby lists the default patterns (the listing it replaced, kept for other globs).
 */
function cornerCases(dir: string): void {
  const file = (rel: string, text = 'Kind = "mesh"\n') => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  for (const rel of [
    'api.hcl', '.hcl', '..hcl', 'UPPER.HCL', 'mixed.Yaml', 'x.yml.bak', 'notes.txt', 'sp ace.tf', 'nl\nx.tf', 'é.JSON',
    'star*.json', 'q?.yaml', '[x].yaml', '{a,b}.yaml', '!bang.hcl', 'job.NOMAD', 'tpl.tftpl', 'a.tpl',
    'a/node_modules/n.hcl', 'a/Node_Modules/x/n.hcl', 'deep/x/node_modules/y/z.hcl', '.git/g.hcl', '.GIT/g.hcl', 'sub/.terraform/t.tf', 'b/.svn/s.hcl',
    'b/.Hg/h.hcl', 'b/.ſvn/s.hcl', 'b/node_modules.hcl/in.hcl', '.github/workflows/ci.yaml', 'c/[x]/k.json', 'd.yaml/in.yaml', 'e/in.hcl',
    'e/.GitIgnore', 'excl/f.hcl', 'excl/inner/g.hcl', 'exclfile.json', 'EXCLdir/h.hcl', 'ign/deep/z.hcl', 'ign/deep/.gitignore', 'kept/y.hcl', 'kept/drop.hcl',
    'kept/folder.yaml/w.hcl',
  ]) {
    file(rel);
  }
  file('.gitignore', 'ign/\n!ign/deep/z.hcl\n');
  file('kept/.gitignore', 'drop.hcl\nfolder.yaml/\n');
  file('ign/deep/.gitignore', '!z.hcl\n');
  mkdirSync(path.join(dir, 'gitignore-folder/.gitignore'), { recursive: true });
  symlinkSync('../api.hcl', path.join(dir, 'e/link.hcl'));
  symlinkSync('e', path.join(dir, 'e2.yaml'));
  symlinkSync('/etc/hostname', path.join(dir, 'out.json'));
  symlinkSync('missing.hcl', path.join(dir, 'broken.hcl'));
  mkdirSync(path.join(dir, 'linked'));
  symlinkSync('../kept/.gitignore', path.join(dir, 'linked/.gitignore'));
  symlinkSync('..', path.join(dir, 'linked/up'));
  spawnSync('mkfifo', [path.join(dir, 'fifo.hcl')]);
}

const sortedEntries = (entries: { abs: string; kind: string }[]) => entries.map((e) => `${e.kind} ${e.abs}`).sort();

describe('the default walk lists what globby listed for the default patterns', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtls-walk-'));
    cornerCases(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const exclude of [[], ['excl', 'EXCLFILE.json'], ['excldir', 'e/.gitignore', 'kept/y.hcl']]) {
    it(`entries and .gitignore files, excluding ${JSON.stringify(exclude)}`, () => {
      const viaGlobs = listByGlobs(dir, DEFAULT_INCLUDE, [...ALWAYS_IGNORE, ...exclude]);
      // Folders the .gitignore files ignore are not entered by the walk: compared without any.
      const empty = new GitignoreFilter(dir, dir);
      const seen: string[] = [];
      const spy = Object.assign(Object.create(empty) as GitignoreFilter, { addFile: (f: string) => seen.push(f) });
      const excluded = exclude.length === 0 ? undefined : (rel: string) => exclude.some((e) => e.toLowerCase() === rel.toLowerCase());
      const walked = walk(dir, { extensions: EXTENSIONS, prunedFolders: PRUNED, excluded, gitignore: spy });
      expect(sortedEntries(walked)).toEqual(sortedEntries(viaGlobs.entries));
      expect(seen.sort()).toEqual([...viaGlobs.gitignores].sort());
      expect(walked.length).toBeGreaterThan(20);
    });
  }
});

describe('discover keeps what it did with globby', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtls-discover-'));
    cornerCases(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the same files and skipped entries as with the glob listing (default patterns)', async () => {
    const viaWalk = await discover({ cwd: dir, paths: ['.'] });
    // Any other include pattern takes the glob listing; a redundant one lists the same files.
    const viaGlobs = await discover({ cwd: dir, paths: ['.'], include: [...DEFAULT_INCLUDE, '**/*.HCL'] });
    expect(viaWalk).toEqual(viaGlobs);
  });

  it('.gitignore: an ignored folder is not entered and nothing below it comes back; a deeper file ignores beside it', async () => {
    const { files, skipped } = await discover({ cwd: dir, paths: ['.'] });
    const rels = [...files.map((f) => f.rel), ...skipped.map((s) => s.rel)];
    expect(rels.filter((r) => r.startsWith('ign/'))).toEqual([]);
    expect(rels).toContain('kept/y.hcl');
    expect(rels).not.toContain('kept/drop.hcl');
    expect(rels).not.toContain('kept/folder.yaml/w.hcl');
  });

  it('folders never linted, in any case; a look-alike name is linted', async () => {
    const rels = (await discover({ cwd: dir, paths: ['.'] })).files.map((f) => f.rel);
    for (const r of ['a/node_modules/n.hcl', 'a/Node_Modules/x/n.hcl', 'deep/x/node_modules/y/z.hcl', '.git/g.hcl', '.GIT/g.hcl', 'sub/.terraform/t.tf', 'b/.svn/s.hcl', 'b/.Hg/h.hcl']) {
      expect(rels).not.toContain(r);
    }
    expect(rels).toEqual(expect.arrayContaining(['b/.ſvn/s.hcl', 'b/node_modules.hcl/in.hcl', '.github/workflows/ci.yaml', 'UPPER.HCL', '.hcl', 'nl\nx.tf']));
  });

  it('symbolic links are listed, never followed: a link inside is read, outside or to a folder is skipped with its reason', async () => {
    const { files, skipped } = await discover({ cwd: dir, paths: ['.'] });
    expect(files.map((f) => f.rel)).toContain('e/link.hcl');
    expect(files.map((f) => f.rel).filter((r) => r.startsWith('e2.yaml/') || r.startsWith('linked/up/'))).toEqual([]);
    expect(skipped).toEqual(
      expect.arrayContaining([
        { rel: 'out.json', reason: 'symbolic link to a path outside the linted directory' },
        { rel: 'e2.yaml', reason: 'symbolic link to a directory (not followed)' },
        { rel: 'broken.hcl', reason: 'broken symbolic link' },
        { rel: 'd.yaml', reason: 'a directory named like a config file' },
      ]),
    );
    if (skipped.some((s) => s.rel === 'fifo.hcl')) expect(skipped).toContainEqual({ rel: 'fifo.hcl', reason: 'not a regular file' });
  });

  it('an exclusion that is a plain path leaves out that file or folder, ignoring case', async () => {
    const { files } = await discover({ cwd: dir, paths: ['.'], exclude: ['EXCL', 'exclfile.json'] });
    const rels = files.map((f) => f.rel);
    expect(rels.filter((r) => r.startsWith('excl/') || r === 'exclfile.json')).toEqual([]);
    expect(rels).toContain('EXCLdir/h.hcl');
  });

  it('a name with a backslash is listed as it is (globby listed `back\\slash.json` as `back/slash.json`, then unreadable)', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'mtls-discover-'));
    try {
      writeFileSync(path.join(d, 'back\\slash.json'), '{}');
      expect((await discover({ cwd: d, paths: ['.'] })).files.map((f) => f.rel)).toEqual(['back\\slash.json']);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('toRel: a path relative to a folder, as path.relative gives it', () => {
  // Paths below a normalized folder are cut without path.relative; any other goes through it.
  it.runIf(path.sep === '/').each([
    ['/repo', '/repo/a.yaml'],
    ['/repo', '/repo/deep/er/a.yaml'],
    ['/repo', '/repo/.github/a.yaml'],
    ['/repo', '/repo/..a/a.yaml'],
    ['/repo', '/repo/a/./b.yaml'],
    ['/repo', '/repo/a/../b.yaml'],
    ['/repo', '/repo/../elsewhere/b.yaml'],
    ['/repo', '/repo//a.yaml'],
    ['/repo', '/repo/a/'],
    ['/repo', '/repo'],
    ['/repo', '/repository/a.yaml'],
    ['/repo', '/other/a.yaml'],
    ['/repo/', '/repo/a.yaml'],
    ['/repo/./x', '/repo/x/a.yaml'],
    ['/', '/a.yaml'],
    ['/', '/a/b.yaml'],
  ])('%s, %s', (base, abs) => {
    const r = path.relative(base, abs);
    expect(toRel(base, abs)).toBe(r === '' ? '.' : r);
  });

  it.runIf(path.sep === '/')('takes the short way exactly for normalized paths below the folder', () => {
    expect(belowBase('/repo', '/repo/a/b.yaml')).toBe('a/b.yaml');
    expect(belowBase('/repo', '/repo/.github/a.yaml')).toBe('.github/a.yaml');
    expect(belowBase('/repo', '/repo/a/../b.yaml')).toBeUndefined();
    expect(belowBase('/repo/', '/repo/a.yaml')).toBeUndefined();
    expect(belowBase('/repo', '/repository/a.yaml')).toBeUndefined();
  });
});
