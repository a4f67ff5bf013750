/**
 * What git knows about the repository being linted: the index (tracked and staged content,
 * what a commit will hold) and the tracked files a `.gitignore` matches. With `discover.ts`
 * and `read.ts`, the only module that touches the file system (through git).
 *
 * git is run with argument arrays (no shell), a time limit and bounded output; fsmonitor
 * hooks and optional locks are off, so reading the index neither runs a configured command
 * nor writes to the repository. Without git, or outside a work tree, every function says so
 * (undefined) and the caller keeps to the file system.
 */
import type { spawnSync as SpawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const GIT_TIMEOUT_MS = 60_000;
/** `git ls-files` output at most (a 64 MB listing is some 500,000 paths). */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;
/** Blob bytes asked of one `git cat-file --batch` (files larger than MAX_FILE_BYTES are not asked for). */
const MAX_BATCH_BYTES = 64 * 1024 * 1024;

// Loaded when git is first run: most runs never start it (no work tree, or nothing hidden by a
// .gitignore), and loading it (with `net` and streams) is some 7 ms of every start-up.
let spawnSync: typeof SpawnSync | undefined;

function git(args: string[], cwd: string, input?: string, maxBuffer = MAX_LISTING_BYTES): Buffer | undefined {
  spawnSync ??= (createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')).spawnSync;
  const r = spawnSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args], {
    cwd,
    input,
    maxBuffer,
    timeout: GIT_TIMEOUT_MS,
    windowsHide: true,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  if (r.error || r.status !== 0 || !Buffer.isBuffer(r.stdout)) return undefined;
  return r.stdout;
}

/** Whether `dir` or a folder above it holds `.git` (a directory, or a file in worktrees): no process for the common case. */
function insideWorkTree(dir: string): boolean {
  for (let d = path.resolve(dir); ; ) {
    if (existsSync(path.join(d, '.git'))) return true;
    const up = path.dirname(d);
    if (up === d) return false;
    d = up;
  }
}

/** The top folder of the git work tree holding `dir`, or undefined (no git, not a work tree). */
export function gitTopLevel(dir: string): string | undefined {
  if (!insideWorkTree(dir)) return undefined;
  const out = git(['rev-parse', '--show-toplevel'], dir);
  const top = out?.toString('utf8').trim();
  return top ? path.resolve(top) : undefined;
}

/** The git folder of the work tree holding `dir` (`.git`, or a worktree's folder), or undefined. */
export function gitDir(dir: string): string | undefined {
  if (!insideWorkTree(dir)) return undefined;
  const out = git(['rev-parse', '--absolute-git-dir'], dir);
  const d = out?.toString('utf8').trim();
  return d ? path.resolve(d) : undefined;
}

/** Whether git tracks `file` (it is in the index of the work tree it is in). */
export function isTracked(file: string): boolean {
  const dir = path.dirname(file);
  // Inside a git folder (the pre-commit hook's cache) nothing is tracked, and git would refuse to look.
  if (!insideWorkTree(dir) || path.resolve(dir).split(path.sep).includes('.git')) return false;
  const out = git(['ls-files', '-z', '--', path.basename(file)], dir);
  return out !== undefined && out.length > 0;
}

export interface IndexEntry {
  /** Relative to the top level, `/` separators. */
  path: string;
  /** `100644`, `100755` (files), `120000` (symbolic link), `160000` (submodule). */
  mode: string;
  oid: string;
}

/**
 * The index at merge stage 0 (`git ls-files -s -z`): what the next commit holds. Entries of a
 * conflicted path (stages 1–3) are left out: such a path cannot be committed as it is.
 */
export function readIndex(top: string): IndexEntry[] | undefined {
  const out = git(['ls-files', '-s', '-z'], top);
  if (!out) return undefined;
  const entries: IndexEntry[] = [];
  for (const rec of out.toString('utf8').split('\0')) {
    // `<mode> <oid> <stage>\t<path>`
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode, oid, stage] = rec.slice(0, tab).split(' ');
    if (!mode || !oid || stage !== '0') continue;
    entries.push({ path: rec.slice(tab + 1), mode, oid });
  }
  return entries;
}

/**
 * The content of blobs (`git cat-file --batch`), by object id; a blob larger than `maxBytes`
 * is not read and maps to its size. Undefined when git fails.
 */
export function readBlobs(top: string, oids: readonly string[], maxBytes: number): Map<string, Uint8Array | number> | undefined {
  const out = new Map<string, Uint8Array | number>();
  const unique = [...new Set(oids)];
  if (unique.length === 0) return out;
  // Sizes first (`--batch-check`), so that no blob past the limit is ever read.
  const check = git(['cat-file', '--batch-check'], top, `${unique.join('\n')}\n`);
  if (!check) return undefined;
  const wanted: { oid: string; size: number }[] = [];
  for (const line of check.toString('utf8').split('\n')) {
    const [oid, type, size] = line.split(' ');
    if (!oid || type !== 'blob' || size === undefined) continue;
    const n = Number(size);
    if (n > maxBytes) out.set(oid, n);
    else wanted.push({ oid, size: n });
  }
  for (let i = 0; i < wanted.length; ) {
    const batch: { oid: string; size: number }[] = [];
    let bytes = 0;
    for (; i < wanted.length && (batch.length === 0 || bytes + wanted[i]!.size <= MAX_BATCH_BYTES); i++) {
      batch.push(wanted[i]!);
      bytes += wanted[i]!.size;
    }
    // Each blob: `<oid> blob <size>\n<content>\n`; the header is short.
    const got = git(['cat-file', '--batch'], top, `${batch.map((b) => b.oid).join('\n')}\n`, bytes + batch.length * 128 + 1024);
    if (!got) return undefined;
    let pos = 0;
    while (pos < got.length) {
      const nl = got.indexOf(0x0a, pos);
      if (nl < 0) break;
      const [oid, type, size] = got.subarray(pos, nl).toString('utf8').split(' ');
      const n = Number(size);
      if (!oid || type !== 'blob' || !Number.isFinite(n)) break;
      out.set(oid, got.subarray(nl + 1, nl + 1 + n));
      pos = nl + 1 + n + 1;
    }
  }
  return out;
}

/**
 * Tracked files under `dir` that a `.gitignore` (or `.git/info/exclude`, `core.excludesFile`)
 * matches (`git ls-files -c -i --exclude-standard`): a walk that honours `.gitignore` does not
 * see them, yet they are committed. Paths relative to `dir`; undefined without git.
 */
export function trackedIgnored(dir: string): string[] | undefined {
  if (!insideWorkTree(dir)) return undefined;
  const out = git(['ls-files', '-z', '--cached', '--ignored', '--exclude-standard', '--', '.'], dir);
  if (!out) return undefined;
  return out.toString('utf8').split('\0').filter((p) => p !== '');
}
