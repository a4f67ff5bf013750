/**
 * The command line runs from a V8 code cache the build makes (scripts/build-bin.mjs): the cache
 * must be there and accepted by the Node.js that runs the tests (else every run compiles the
 * script from source and the cache is only weight), and a run compiled from source must give
 * the same report. The loader is copied with one line added that says whether V8 took the cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, cleanEnv, cliScript, FIXTURES, requireBuild, ROOT } from './helpers.js';

const COMPILE = '{ filename: file, cachedData });';
let probe: string;
let fromSource: string;

beforeAll(() => {
  requireBuild();
  const loader = readFileSync(BIN, 'utf8');
  expect(loader.split(COMPILE)).toHaveLength(2);
  // Beside the loader, so that its relative URL of the script holds; named for this test file alone.
  probe = path.join(ROOT, 'dist/src', `code-cache-probe-${process.pid}.mjs`);
  writeFileSync(probe, loader.replace(COMPILE, `${COMPILE}\nprocess.stderr.write('cachedDataRejected=' + script.cachedDataRejected + '\\n');`));
  fromSource = path.join(ROOT, 'dist/src', `code-cache-none-${process.pid}.mjs`);
  writeFileSync(fromSource, loader.replace(COMPILE, '{ filename: file });'));
});

afterAll(() => {
  for (const f of [probe, fromSource]) if (f) rmSync(f, { force: true });
});

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
}

describe('the code cache', () => {
  test('is beside the script, and V8 accepts it', () => {
    expect(existsSync(`${cliScript()}.cache`)).toBe(true);
    const r = run(probe, ['--version']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('cachedDataRejected=false\n');
  });

  test('a run compiled from source gives the same report', () => {
    const args = ['--format', 'json', '--now', '2026-01-15', path.join(FIXTURES, 'onboarding')];
    const cached = run(BIN, args);
    const compiled = run(fromSource, args);
    expect(cached.status, cached.stderr).toBe(0);
    expect(compiled.status, compiled.stderr).toBe(0);
    expect(compiled.stdout).toBe(cached.stdout);
    expect(JSON.parse(cached.stdout).findings.length).toBeGreaterThan(0);
  });
});
