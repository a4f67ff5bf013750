/**
 * pre-commit in a git repository: the context is what the commit will hold — the git index
 * (tracked and staged content) — not untracked files or unstaged edits on disk; outside git,
 * the files on disk as before. A committed .gitignore does not hide a tracked Consul file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { discoverStaged } from '../../src/discover.js';
import { BIN, cleanEnv, cli, remove, requireBuild, requireTool, tempDir } from './helpers.js';

const git = requireTool('git');

const API_PERMISSIVE = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n';
const API_STRICT = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "strict"\n';
const MESH_ALLOWS = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n';

interface JsonOut {
  findings: { ruleId: string; file: string; line: number }[];
  summary: { filesLinted: number; filesSkipped: number; skippedReasons: Record<string, number> };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

function gitIn(dir: string, ...args: string[]): void {
  const r = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: cleanEnv({
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: path.join(dir, '.no-global-gitconfig'),
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    }),
  });
  expect(r.status, r.stderr).toBe(0);
}

function lintJson(dir: string, args: string[]): { code: number | null; out: JsonOut } {
  const r = cli(['--format', 'json', ...args], { cwd: dir });
  expect(r.stderr).toBe('');
  return { code: r.code, out: JSON.parse(r.stdout) as JsonOut };
}

const rules = (out: JsonOut) => out.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`);

describe.skipIf(!git.ok)('pre-commit context in a git repository: the index', () => {
  let dir: string | undefined;
  beforeAll(() => requireBuild());
  afterEach(() => {
    if (dir) remove(dir);
    dir = undefined;
  });

  function repo(): string {
    dir = tempDir('mtls-git-index-');
    gitIn(dir, 'init', '-q', '-b', 'main');
    return dir;
  }

  it('an untracked mesh.hcl on disk does not let a staged permissive api.hcl pass (was: it did, and CI failed)', () => {
    const d = repo();
    write(d, { 'api.hcl': API_PERMISSIVE, 'mesh.hcl': MESH_ALLOWS });
    gitIn(d, 'add', 'api.hcl');
    const staged = lintJson(d, ['--pre-commit', 'api.hcl']);
    expect(staged.code).toBe(1);
    expect(rules(staged.out)).toContain('permissive-not-allowed api.hcl:3');
    // Staging the mesh entry puts it in the commit, and so in the context.
    gitIn(d, 'add', 'mesh.hcl');
    expect(rules(lintJson(d, ['--pre-commit', 'api.hcl']).out)).not.toContain('permissive-not-allowed api.hcl:3');
    // Without --pre-commit, the files on disk are the context (as before).
    gitIn(d, 'rm', '-q', '--cached', 'mesh.hcl');
    expect(rules(lintJson(d, ['api.hcl']).out)).not.toContain('permissive-not-allowed api.hcl:3');
  });

  it('the staged content is linted, not the unstaged edit on disk', () => {
    const d = repo();
    write(d, { 'api.hcl': API_PERMISSIVE, 'mesh.hcl': MESH_ALLOWS });
    gitIn(d, 'add', '-A');
    write(d, { 'api.hcl': API_STRICT });
    expect(rules(lintJson(d, ['--pre-commit', 'api.hcl']).out)).toContain('permissive-mtls api.hcl:3');
    expect(rules(lintJson(d, ['api.hcl']).out)).not.toContain('permissive-mtls api.hcl:3');
  });

  it('a mesh entry staged for deletion is not in the context, though it is still on disk', () => {
    const d = repo();
    write(d, { 'api.hcl': API_PERMISSIVE, 'mesh.hcl': MESH_ALLOWS });
    gitIn(d, 'add', '-A');
    gitIn(d, 'commit', '-q', '-m', 'onboarding');
    gitIn(d, 'rm', '-q', '--cached', 'mesh.hcl');
    expect(rules(lintJson(d, ['--pre-commit', 'api.hcl']).out)).toContain('permissive-not-allowed api.hcl:3');
  });

  it('a tracked mesh.hcl that a committed .gitignore matches is linted, with files named and with a directory', () => {
    const d = repo();
    write(d, { '.gitignore': '*.hcl\n', 'api.hcl': API_PERMISSIVE, 'mesh.hcl': MESH_ALLOWS });
    gitIn(d, 'add', '.gitignore');
    gitIn(d, 'add', '-f', 'api.hcl', 'mesh.hcl');
    gitIn(d, 'commit', '-q', '-m', 'onboarding');
    const staged = lintJson(d, ['--pre-commit', 'api.hcl']);
    expect(rules(staged.out)).not.toContain('permissive-not-allowed api.hcl:3');
    // A directory walk honours .gitignore, but asks git for the tracked files it hides (was: 0 files linted).
    const walked = lintJson(d, ['.']);
    expect(walked.out.summary.filesLinted).toBe(2);
    expect(rules(walked.out)).toContain('permissive-mtls api.hcl:3');
    expect(rules(walked.out)).not.toContain('permissive-not-allowed api.hcl:3');
  });

  it('git is asked for tracked files a .gitignore hides only when the walk hid something for a .gitignore', () => {
    const d = repo();
    // A `git` first on PATH that logs its arguments, then runs the real one.
    const bin = path.join(d, '.bin');
    const log = path.join(d, '.git-calls');
    mkdirSync(bin);
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    const env = { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
    const calls = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
    write(d, { '.gitignore': 'build/\n*.log\n', 'api.hcl': API_PERMISSIVE, 'mesh.hcl': MESH_ALLOWS });
    gitIn(d, 'add', '-A');
    gitIn(d, 'commit', '-q', '-m', 'onboarding');
    const plain = cli(['--format', 'json', '.'], { cwd: d, env });
    expect((JSON.parse(plain.stdout) as JsonOut).summary.filesLinted).toBe(2);
    expect(calls()).not.toContain('ls-files');
    // Nor is node:child_process loaded (src/git.ts loads it when git is first run).
    const hook = path.join(d, '.builtins.mjs');
    const loaded = path.join(d, '.builtins');
    writeFileSync(hook, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')));\n`);
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, BIN, '--format', 'json', '.'], { cwd: d, env: cleanEnv(env), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(plain.code);
    expect(readFileSync(loaded, 'utf8').split('\n')).not.toContain('NativeModule child_process');
    // Now the .gitignore hides a committed file: git is asked, and the file is linted.
    write(d, { '.gitignore': 'build/\n*.log\nmesh.hcl\n' });
    gitIn(d, 'add', '.gitignore');
    const hidden = cli(['--format', 'json', '.'], { cwd: d, env });
    expect(calls()).toContain('ls-files -z --cached --ignored --exclude-standard');
    expect((JSON.parse(hidden.stdout) as JsonOut).summary.filesLinted).toBe(2);
    expect(rules(JSON.parse(hidden.stdout) as JsonOut)).not.toContain('permissive-not-allowed api.hcl:3');
  });

  it('a symbolic link in the index is listed as skipped, not followed', () => {
    const d = repo();
    write(d, { 'api.hcl': API_PERMISSIVE, 'real/mesh.hcl': MESH_ALLOWS });
    const link = spawnSync('ln', ['-s', 'real/mesh.hcl', 'mesh.hcl'], { cwd: d });
    if (link.status !== 0) return; // no symbolic links here (the walk's own tests cover the reason)
    gitIn(d, 'add', '-A');
    const staged = discoverStaged({ cwd: d, paths: ['.'], roots: [d], named: ['api.hcl'] });
    expect(staged?.found.skipped).toEqual([{ rel: 'mesh.hcl', reason: 'symbolic link in the git index (not followed)' }]);
    expect(staged?.found.files.map((f) => f.rel)).toEqual(['api.hcl', 'real/mesh.hcl']);
  });
});

describe('pre-commit context outside git: the files on disk', () => {
  it('an untracked-like mesh.hcl beside the named file counts, as before', () => {
    requireBuild();
    const d = tempDir('mtls-no-git-');
    try {
      write(d, { '.mtls-lint.yaml': '', 'api.hcl': API_PERMISSIVE, 'mesh.hcl': MESH_ALLOWS });
      expect(rules(lintJson(d, ['--pre-commit', 'api.hcl']).out)).not.toContain('permissive-not-allowed api.hcl:3');
    } finally {
      remove(d);
    }
  });
});
