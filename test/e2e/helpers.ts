/** Running the built binary (dist/src/bin.js) the way a user, pre-commit or CI does. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, inject } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'dist/src/bin.js');
export const FIXTURES = path.join(ROOT, 'fixtures');

/** The command line's script that dist/src/bin.js runs (scripts/build-bin.mjs). */
export function cliScript(): string {
  const chunks = path.join(ROOT, 'dist/src/chunks');
  const name = readdirSync(chunks).find((f) => /^cli-[A-Z0-9]+\.cjs$/.test(f));
  if (!name) throw new Error('the build has no command-line script in dist/src/chunks');
  return path.join(chunks, name);
}

/** Call in beforeAll: the end-to-end tests need the build from test/global-setup.ts. */
export function requireBuild(): void {
  const err = inject('buildError');
  if (err) throw new Error(err);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a plain terminal-less run: no CI, no colour variables. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_)|^(CI|NO_COLOR|FORCE_COLOR|TIMING)$/.test(k)) delete env[k];
  }
  return { ...env, ...extra };
}

export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'mtls-e2e-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** `files` (paths relative to `dir`) written into `dir`, folders made; `dir` returned. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** A temporary repository holding `files`: `remove` it when done. */
export function tempRepo(files: Record<string, string>, prefix = 'mtls-e2e-'): string {
  return writeFiles(tempDir(prefix), files);
}

/** `tempRepo` for a test file (call it at its top level): the repositories it makes go after each test. */
export function tempRepos(prefix: string): (files: Record<string, string>) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) remove(d);
  });
  return (files) => {
    const dir = tempRepo(files, prefix);
    made.push(dir);
    return dir;
  };
}

export function copyFixture(name: string, into = tempDir()): string {
  cpSync(path.join(FIXTURES, name), into, { recursive: true });
  return into;
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A tool on PATH, or why not. In CI the tool must be there: a missing one fails the test. */
export function requireTool(cmd: string, args = ['--version']): { ok: true; version: string } | { ok: false; why: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
  if (r.status === 0) return { ok: true, version: (r.stdout || r.stderr).trim() };
  const why = `${cmd} is not available (${r.error?.message ?? r.stderr.trim()})`;
  if (process.env.CI) throw new Error(`${why}; .ci/run must install it`);
  console.warn(`skipping: ${why}`);
  return { ok: false, why };
}
