/**
 * `--cache` end to end: the built binary on copies of every fixture, cold, warm, and warm after
 * one file changed, gives the report a run without the cache gives.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, copyFixture, FIXTURES, remove, requireBuild, tempDir } from './helpers.js';

beforeAll(requireBuild);

const NOW = ['--now', '2026-06-01'];

/** The first linted file of a repository, by name (what is changed between runs). */
function firstFile(dir: string): string {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)).map((f) => path.join(n, f)) : [n]));
  return walk(dir).find((f) => /\.(hcl|json|ya?ml|tf)$/.test(f) && !f.startsWith('.'))!;
}

// Every fixture in the slow suite (five runs of the binary each); three of them otherwise. The
// in-process test (test/cache/codec.test.ts) goes through every fixture either way.
const SLOW = process.env.MTLS_LINT_SLOW === '1';

describe('--cache gives the report of a run without it', () => {
  const names = readdirSync(FIXTURES)
    .sort()
    .filter((n) => SLOW || ['helm-chart', 'onboarding', 'targets-terraform'].includes(n));
  it.each(names)('fixtures/%s: cold, warm, and after a file changed', (name) => {
    const dir = copyFixture(name);
    try {
      const report = (...extra: string[]) => cli(['-f', 'json', ...NOW, ...extra, '.'], { cwd: dir, env: { TIMING: '1' } });
      const plain = report();
      const cold = report('--cache');
      expect(cold.stdout).toBe(plain.stdout);
      expect(cold.code).toBe(plain.code);
      expect(existsSync(path.join(dir, '.mtls-lint-cache'))).toBe(true);
      const warm = report('--cache');
      expect(warm.stdout).toBe(plain.stdout);
      expect(warm.stderr).toMatch(/cache: \d+ files restored, 0 stored afresh/);
      // Terraform and chart templates are worth a record (HCL, JSON and plainly read YAML are not).
      if (name === 'helm-chart' || name === 'targets-terraform') expect(warm.stderr).toMatch(/cache: [1-9]\d* files restored/);
      // A change that keeps the meaning (a trailing line break): that file is read afresh, the rest as before.
      appendFileSync(path.join(dir, firstFile(dir)), '\n');
      const touched = report('--cache');
      expect(touched.stderr).toMatch(/cache: \d+ files restored, [01] stored afresh/);
      expect(touched.stdout).toBe(report().stdout);
    } finally {
      remove(dir);
    }
  });
});

describe('--cache and the command line', () => {
  it('--cache-location puts the cache where it says; --no-cache writes none; a damaged cache is a note', () => {
    const dir = copyFixture('onboarding');
    try {
      const plain = cli(['-f', 'json', ...NOW, '.'], { cwd: dir });
      const at = cli(['-f', 'json', ...NOW, '--cache', '--cache-location', 'caches/', '.'], { cwd: dir });
      expect(at.stdout).toBe(plain.stdout);
      expect(existsSync(path.join(dir, 'caches', '.mtls-lint-cache'))).toBe(true);
      expect(existsSync(path.join(dir, '.mtls-lint-cache'))).toBe(false);
      cli(['--pre-commit', '--no-cache', ...NOW, '.'], { cwd: dir });
      expect(existsSync(path.join(dir, '.mtls-lint-cache'))).toBe(false);
      appendFileSync(path.join(dir, 'caches', '.mtls-lint-cache'), 'garbage');
      const damaged = cli(['-f', 'json', ...NOW, '--cache', '--cache-location', 'caches', '.'], { cwd: dir });
      expect(damaged.stdout).toBe(plain.stdout);
      expect(damaged.stderr).toContain('mtls-lint: the cache caches/.mtls-lint-cache is ignored: it is incomplete');
      expect(readFileSync(path.join(dir, 'caches', '.mtls-lint-cache'), 'utf8')).not.toContain('garbage');
    } finally {
      remove(dir);
    }
  });

  it('--pre-commit keeps its cache in the git folder, where `git add -A` does not take it', () => {
    const dir = copyFixture('onboarding');
    try {
      const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
      if (git('init', '-q').status !== 0) throw new Error('git is needed for this test');
      git('add', '-A');
      const status = git('status', '--porcelain', '--untracked-files=all').stdout;
      const named = path.join('consul', firstFile(path.join(dir, 'consul')));
      const first = cli(['--pre-commit', '-f', 'json', ...NOW, named], { cwd: dir, env: { TIMING: '1' } });
      expect(existsSync(path.join(dir, '.git', 'mtls-lint-cache'))).toBe(true);
      expect(existsSync(path.join(dir, '.mtls-lint-cache'))).toBe(false);
      expect(git('status', '--porcelain', '--untracked-files=all').stdout).toBe(status);
      const second = cli(['--pre-commit', '-f', 'json', ...NOW, named], { cwd: dir, env: { TIMING: '1' } });
      expect(second.stderr).toMatch(/cache: \d+ files restored, 0 stored afresh/);
      expect(second.stdout).toBe(first.stdout);
    } finally {
      remove(dir);
    }
  });

  it('--pre-commit outside a git work tree keeps a cache in the folder; a cache location inside the repository is never linted', () => {
    const dir = copyFixture('onboarding');
    try {
      cli(['--pre-commit', ...NOW, '.'], { cwd: dir });
      expect(existsSync(path.join(dir, '.mtls-lint-cache'))).toBe(true);
      const json = cli(['-f', 'json', ...NOW, '--cache', '--cache-location', 'cache.json', '.'], { cwd: dir });
      const again = cli(['-f', 'json', ...NOW, '--cache', '--cache-location', 'cache.json', '.'], { cwd: dir });
      expect(existsSync(path.join(dir, 'cache.json'))).toBe(true);
      expect(JSON.parse(again.stdout).files.map((f: { path: string }) => f.path)).not.toContain('cache.json');
      expect(again.stdout).toBe(json.stdout);
    } finally {
      remove(dir);
    }
  });

  it('a cache planted in a pull request as a link to a file outside is neither read nor written through', () => {
    const dir = copyFixture('onboarding');
    const outside = tempDir();
    try {
      const victim = path.join(outside, 'victim');
      writeFileSync(victim, 'precious\n');
      symlinkSync(victim, path.join(dir, '.mtls-lint-cache'));
      const plain = cli(['-f', 'json', ...NOW, '.'], { cwd: dir });
      const run = cli(['-f', 'json', ...NOW, '--cache', '.'], { cwd: dir });
      expect(run.stdout).toBe(plain.stdout);
      expect(run.code).toBe(plain.code);
      expect(run.stderr).toContain('the cache .mtls-lint-cache is ignored: it is a symbolic link');
      expect(run.stderr).toContain('the cache .mtls-lint-cache was not written');
      expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    } finally {
      remove(dir);
      remove(outside);
    }
  });
});
