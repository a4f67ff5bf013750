/**
 * Reading a discovered file: its bytes, or why it was not read. With `discover.ts`, the only
 * stage that touches the file system.
 *
 * Reads are synchronous, as ESLint's are: the files are small and parsing them is
 * synchronous anyway, and a promise per open/stat/read/close costs several times the read
 * itself (10,000 files from the page cache: ~0.1 s synchronously, ~0.5 s through
 * `fs/promises`).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SourceFile } from './lint.js';

/** Files larger than this are skipped and counted, never parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const TOO_LARGE = `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;

export function readSource(abs: string, rel: string): SourceFile {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { path: rel, skipReason: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot be read (${code ?? 'error'})` };
  }
  // A directory opens on POSIX systems: `fstat` tells it from a file.
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { path: rel, skipReason: 'not a regular file' };
    if (st.size > MAX_FILE_BYTES) return { path: rel, skipReason: TOO_LARGE };
    const bytes = st.size === 0 ? readUnsized(fd) : readSized(fd, st.size);
    if (!bytes) return { path: rel, skipReason: TOO_LARGE };
    return { path: rel, bytes };
  } catch (err) {
    return { path: rel, skipReason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * The content of an open regular file whose size `fstat` just gave, up to that size (a file
 * that grows meanwhile is read as it was; one that shrinks, as it is).
 */
export function readSized(fd: number, size: number): Uint8Array {
  // From Node's shared pool when small (most files): an ArrayBuffer of its own per file costs
  // more to make and to collect than reading the file. The bytes are decoded and let go at once.
  const buf = Buffer.allocUnsafe(size);
  let len = 0;
  while (len < size) {
    const n = readSync(fd, buf, len, size - len, null);
    if (n === 0) break;
    len += n;
  }
  return len === size ? buf : buf.subarray(0, len);
}

/** A size of 0 may be a file whose size the kernel does not know (procfs): read what comes. */
function readUnsized(fd: number): Uint8Array | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    total += n;
    if (total > MAX_FILE_BYTES) return undefined;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks);
}
