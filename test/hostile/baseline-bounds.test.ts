/**
 * A baseline is a file of the pull request: its size and entry count are bounded, and a
 * long list of stale entries is summarised (a million-entry baseline took 17.5 s and printed
 * a million lines). The bound on the run is the spawn timeout, not a timing assertion.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, requireBuild } from '../e2e/helpers.js';
import { GOOD, makeRepo, removeRepo, type JsonReport } from './helpers.js';

beforeAll(requireBuild);

const SLOW = process.env.MTLS_LINT_SLOW === '1';

/** `n` distinct entries for files inside the linted folder (so that, unmatched, they are stale). */
function baselineText(n: number): string {
  const entries: string[] = [];
  for (let i = 0; i < n; i++) entries.push(`{"ruleId":"permissive-mtls","file":"${GOOD}/f${i}.hcl","subject":"s","message":"m"}`);
  return `{"version":1,"entries":[${entries.join(',')}]}`;
}

function run(entries: number): { code: number | null; signal: NodeJS.Signals | null; stderr: string; json: JsonReport | undefined } {
  const dir = makeRepo('mtls-baseline-');
  try {
    writeFileSync(path.join(dir, 'base.json'), baselineText(entries));
    const r = spawnSync(process.execPath, [BIN, '-f', 'json', '--baseline', 'base.json', '.'], {
      cwd: dir,
      env: cleanEnv({ MTLS_LINT_NOW: '2026-01-15' }),
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    let json: JsonReport | undefined;
    try {
      json = JSON.parse(r.stdout) as JsonReport;
    } catch {
      json = undefined;
    }
    return { code: r.status, signal: r.signal, stderr: r.stderr, json };
  } finally {
    removeRepo(dir);
  }
}

describe('baselines are bounded', () => {
  it('a baseline of more than 100,000 entries is refused with one line', () => {
    const r = run(150_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtls-lint: --baseline base.json: holds 150000 entries, more than the 100000 a baseline may hold\n');
  });

  it('50,000 stale entries: the first 20 are listed and the rest counted; the real findings survive', () => {
    const r = run(50_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe(
      'mtls-lint: 50000 entries of the baseline base.json no longer match a finding (fixed or changed); remove them with --prune-baseline:',
    );
    expect(lines[1]).toBe(`  ${GOOD}/f0.hcl  permissive-mtls  s`);
    expect(lines[21]).toBe('  and 49980 more entries');
    expect(r.json?.findings.some((f) => f.file.startsWith(`${GOOD}/`) && f.ruleId === 'permissive-mtls' && f.severity === 'warning')).toBe(true);
  });

  it.skipIf(!SLOW)('a million-entry baseline is refused (MTLS_LINT_SLOW)', () => {
    const r = run(1_000_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^mtls-lint: --baseline base\.json: (is larger than|holds 1000000 entries)/);
  });
});
