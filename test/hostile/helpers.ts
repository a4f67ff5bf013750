/**
 * Hostile repositories for the built CLI: a copy of fixtures/onboarding (the "good" files,
 * whose findings must survive) plus the bad file of a case. Runs `node dist/src/bin.js` with
 * `--format json` and a text report on the side, as CI would.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, cleanEnv, FIXTURES, ROOT } from '../e2e/helpers.js';

export const GOOD = 'good';

export interface JsonReport {
  summary: { errors: number; warnings: number; notes: number; filesSkipped: number; entries: number };
  files: { path: string; status: string; reason?: string; format?: string; entries: number }[];
  findings: { ruleId: string; severity: string; message: string; file: string; line: number; column: number; endLine: number; endColumn: number }[];
  ruleErrors: unknown[];
}

export interface HostileRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  json: JsonReport;
  text: string;
  ms: number;
}

/** A temporary folder with fixtures/onboarding copied to `good/`. */
export function makeRepo(prefix = 'mtls-hostile-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(path.join(FIXTURES, 'onboarding'), path.join(dir, GOOD), { recursive: true });
  return dir;
}

export function removeRepo(dir: string): void {
  // Undo chmod 000 and the like so that the folder can be removed.
  const walk = (p: string): void => {
    const st = lstatSync(p, { throwIfNoEntry: false });
    if (!st || st.isSymbolicLink()) return;
    chmodSync(p, st.isDirectory() ? 0o755 : 0o644);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
  };
  walk(dir);
  rmSync(dir, { recursive: true, force: true });
}

const NOBODY = 65534;
/** Root ignores file permissions. */
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/** Whether `nobody` can run the built CLI here (the checkout must be readable by others). */
function nobodyCanRun(): boolean {
  const probe = `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`;
  return spawnSync(process.execPath, ['-e', probe], { uid: NOBODY, gid: NOBODY, timeout: 30_000 }).status === 0;
}

/** As root, the runs that test permissions switch to `nobody` so that they mean something. */
export const RUN_AS_NOBODY = IS_ROOT && nobodyCanRun();
/** Permission tests mean nothing as root when `nobody` cannot run the CLI: they are skipped. */
export const PERMISSIONS_TESTABLE = !IS_ROOT || RUN_AS_NOBODY;

/** Make everything under `dir` readable (and folders enterable) by anyone, for `nobody` runs. */
export function openUp(dir: string): void {
  const st = statSync(dir);
  chmodSync(dir, st.isDirectory() ? 0o755 : 0o644);
  if (st.isDirectory()) for (const e of readdirSync(dir, { withFileTypes: true })) if (!e.isSymbolicLink()) openUp(path.join(dir, e.name));
}

/**
 * Runs the built CLI in `cwd` on `paths` (default `.`): JSON on standard output, the text
 * report written to a file outside the repository.
 */
export function lintRepo(cwd: string, opts: { paths?: string[]; args?: string[]; asNobody?: boolean; env?: Record<string, string> } = {}): HostileRun {
  const out = mkdtempSync(path.join(tmpdir(), 'mtls-hostile-out-'));
  try {
    const textFile = path.join(out, 'report.txt');
    const asNobody = opts.asNobody === true && RUN_AS_NOBODY;
    if (asNobody) chmodSync(out, 0o777);
    const started = performance.now();
    const r = spawnSync(process.execPath, [BIN, '-f', 'json', '--output', `text=${textFile}`, ...(opts.args ?? []), ...(opts.paths ?? ['.'])], {
      cwd,
      env: cleanEnv({ MTLS_LINT_NOW: '2026-01-15', ...opts.env }),
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 1024 * 1024 * 1024,
      ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    const ms = performance.now() - started;
    let json: JsonReport;
    try {
      json = JSON.parse(r.stdout) as JsonReport;
    } catch {
      throw new Error(`no JSON report (exit ${r.status ?? r.signal}):\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(0, 4000)}`);
    }
    let text = '';
    try {
      text = readFileSync(textFile, 'utf8');
    } catch {
      /* checked by the caller */
    }
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, json, text, ms };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A finding reduced to what must not change when a bad file joins the repository. */
export function findingKey(f: JsonReport['findings'][number]): string {
  return `${f.ruleId} ${f.severity} ${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`;
}

export function goodFindings(r: JsonReport): string[] {
  return r.findings.filter((f) => f.file.startsWith(`${GOOD}/`)).map(findingKey).sort();
}

export function write(dir: string, rel: string, data: string | Uint8Array): string {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, data);
  return rel;
}

export { ROOT };
