/**
 * Globs from the pull request (`.mtls-lint.yaml` include/exclude/scopes, a committed
 * `.gitignore`) are matched in linear time: patterns that make a backtracking regular
 * expression run for minutes end quickly, and the real findings elsewhere survive.
 * The time bound is the spawn timeout, a bound on the run and not a timing assertion;
 * the before/after times are measured by scripts/measure-hostile.mjs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, requireBuild } from '../e2e/helpers.js';
import { GOOD, makeRepo, removeRepo, write, type JsonReport } from './helpers.js';

beforeAll(requireBuild);

/** 14 stars: a backtracking matcher takes minutes on a 40-character name. */
const STARS = `${'*a'.repeat(14)}*b`;
const LONG_NAME = `${'a'.repeat(40)}.hcl`;
const DEEP = `${Array.from({ length: 30 }, (_, i) => `d${i}`).join('/')}/x.hcl`;
const GLOBSTARS = `${'**/'.repeat(10)}z`;

/** The built CLI as a GitHub workflow runs it, killed after 30 s. */
function run(dir: string): { code: number | null; signal: NodeJS.Signals | null; json: JsonReport | undefined } {
  const r = spawnSync(process.execPath, [BIN, '-f', 'json', '.'], {
    cwd: dir,
    env: cleanEnv({ CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, MTLS_LINT_NOW: '2026-01-15' }),
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  let json: JsonReport | undefined;
  try {
    json = JSON.parse(r.stdout) as JsonReport;
  } catch {
    json = undefined;
  }
  return { code: r.status, signal: r.signal, json };
}

function hostile(files: Record<string, string>): { code: number | null; signal: NodeJS.Signals | null; json: JsonReport | undefined } {
  const dir = makeRepo('mtls-redos-');
  try {
    for (const [rel, text] of Object.entries(files)) write(dir, rel, text);
    // At the top: `*` stays within a segment, so a long first segment is what backtracks.
    write(dir, LONG_NAME, 'Kind = "service-defaults"\nName = "long"\nMutualTLSMode = "permissive"\n');
    write(dir, path.posix.join('bad', DEEP), 'Kind = "service-defaults"\nName = "deep"\n');
    return run(dir);
  } finally {
    removeRepo(dir);
  }
}

function expectGoodSurvives(r: ReturnType<typeof hostile>): void {
  expect(r.signal).toBeNull();
  // Warnings only: exit 0 (a config problem would be 2, nothing linted).
  expect(r.code).toBe(0);
  expect(r.json?.findings.some((f) => f.file.startsWith(`${GOOD}/`) && f.ruleId === 'permissive-mtls')).toBe(true);
}

describe('globs from the pull request are matched in linear time', () => {
  it.each([
    ['exclude', `exclude:\n  - "${STARS}"\n`],
    // Alternatives that match the good files, so that the glob is not an unmatched-glob problem.
    ['include', `include:\n  - "{${STARS},**}"\n`],
    ['scopes', `scopes:\n  "{${STARS},good/**}":\n    partition: default\n`],
    ['exclude, ten **/', `exclude:\n  - "${GLOBSTARS}"\n`],
  ])('.mtls-lint.yaml %s with a backtracking pattern ends within the bound', (_what, config) => {
    expectGoodSurvives(hostile({ '.mtls-lint.yaml': config }));
  });

  it('a committed .gitignore with the same patterns ends within the bound and still ignores what it names', () => {
    const r = hostile({ '.gitignore': `${STARS}\n${GLOBSTARS}\n/${LONG_NAME}\n` });
    expectGoodSurvives(r);
    const paths = r.json?.files.map((f) => f.path) ?? [];
    expect(paths).toContain(`bad/${DEEP}`);
    expect(paths).not.toContain(LONG_NAME);
  });

  it('a character class that starts with ] is a member, not an empty class', () => {
    const r = hostile({ '.mtls-lint.yaml': 'exclude:\n  - "[]a]*.hcl"\n' });
    expectGoodSurvives(r);
    const paths = r.json?.files.map((f) => f.path) ?? [];
    expect(paths).toContain(`bad/${DEEP}`);
    expect(paths).not.toContain(LONG_NAME);
  });

  it('an unterminated character class is a located config problem, not a pattern passed through', () => {
    const dir = makeRepo('mtls-redos-');
    try {
      write(dir, '.mtls-lint.yaml', 'exclude:\n  - "team-[ab/**"\n');
      const r = spawnSync(process.execPath, [BIN, '.'], { cwd: dir, env: cleanEnv({ MTLS_LINT_NOW: '2026-01-15' }), encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/\.mtls-lint\.yaml:2:5: error: exclude\[0\] is not a valid glob \(a character class has no closing \]/);
    } finally {
      removeRepo(dir);
    }
  });

  it('a .gitignore line with an unterminated class matches nothing, as in Git', () => {
    const r = hostile({ '.gitignore': '[aaaa*.hcl\n' });
    expectGoodSurvives(r);
    expect(r.json?.files.map((f) => f.path)).toContain(LONG_NAME);
  });
});
