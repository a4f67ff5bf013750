/**
 * Writing reports and baselines on a checkout that a pull request's author controls: a
 * planted `mtls-lint.sarif -> /home/runner/.bashrc` or `out -> /etc` must not make the linter
 * write outside the repository. Nothing is written through a symlink: every existing folder on
 * the way (below the working directory) and the file itself must not be links, folders are
 * created one by one, and the text goes to a new temporary file beside the target (created
 * with O_EXCL | O_NOFOLLOW) that is then renamed over it — a rename replaces a name, it never
 * follows one.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A report path the linter refuses (exit 2 with this message). */
export class WriteRefused extends Error {}

function lstatOrNull(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Writes a report or baseline file, creating its folder (`-o reports/x.sarif` in a fresh
 * checkout). `cwd` is the folder whose contents may be hostile (the checkout); folders above
 * it are the user's.
 */
export function writeFileCreatingFolder(abs: string, text: string | Iterable<string>, cwd: string): void {
  try {
    writeNoFollow(path.resolve(abs), text, cwd);
  } catch (err) {
    if (err instanceof WriteRefused) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code) throw new WriteRefused(`cannot write ${path.relative(cwd, abs) || abs}: ${(err as Error).message}`);
    throw err;
  }
}

function writeNoFollow(target: string, text: string | Iterable<string>, cwd: string): void {
  const shown = path.relative(cwd, target) || target;
  const base = path.resolve(cwd);
  const inside = target.startsWith(base + path.sep);
  // Folders from the working directory down to the file's (or just the file's, outside it).
  const rel = inside ? path.relative(base, path.dirname(target)) : '';
  let dir = inside ? base : path.dirname(target);
  if (!inside) mkdirSync(dir, { recursive: true });
  for (const part of rel === '' ? [] : rel.split(path.sep)) {
    dir = path.join(dir, part);
    const st = lstatOrNull(dir);
    if (!st) mkdirSync(dir);
    else if (st.isSymbolicLink()) throw new WriteRefused(`cannot write ${shown}: ${path.relative(cwd, dir) || dir} is a symbolic link (reports are never written through a link)`);
    else if (!st.isDirectory()) throw new WriteRefused(`cannot write ${shown}: ${path.relative(cwd, dir) || dir} is not a folder`);
  }
  const st = lstatOrNull(target);
  if (st?.isSymbolicLink()) throw new WriteRefused(`cannot write ${shown}: it is a symbolic link (reports are never written through a link)`);
  if (st?.isDirectory()) throw new WriteRefused(`cannot write ${shown}: it is a folder`);
  if (st && !st.isFile()) throw new WriteRefused(`cannot write ${shown}: it is not a regular file`);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    if (typeof text === 'string') writeInChunks(fd, text);
    else for (const batch of batched(text)) writeInChunks(fd, batch);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * UTF-16 code units converted and written at a time: a report on a large repository is tens of
 * megabytes, and its UTF-8 bytes in one buffer would be as large again at the run's peak.
 */
const WRITE_CHUNK = 1 << 20;

function writeInChunks(fd: number, text: string): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + WRITE_CHUNK);
    // Never between the halves of a surrogate pair: each half alone would be written as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    writeSync(fd, text.slice(start, end));
    start = end;
  }
}

/**
 * Code units of a report given in pieces joined before a write. Small enough that the joined
 * text (64 KiB at most, two bytes a unit) is an ordinary young object that the next minor
 * collection frees: V8 puts a string over 128 KiB in its large-object space, which only a
 * full collection empties, so 1 Mi units at a time kept the whole report until the end.
 */
export const BATCH_UNITS = 1 << 15;

/**
 * A report given in pieces (a finding each: src/format/json.ts), joined into texts of about
 * `size` code units: a write per piece would be a system call per finding. A text never ends
 * between the halves of a surrogate pair (each half alone would be written as U+FFFD).
 */
export function* batched(pieces: Iterable<string>, size: number = BATCH_UNITS): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length < size) continue;
    let text = parts.join('');
    const last = text.charCodeAt(text.length - 1);
    const held = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
    if (held !== '') text = text.slice(0, -1);
    yield text;
    parts = [held];
    length = held.length;
  }
  if (length > 0) yield parts.join('');
}
