/**
 * Reading the linter's own inputs from a checkout a pull request's author controls: the
 * config file and baselines. A planted `.mtls-lint.yaml -> /proc/self/environ` or
 * `baseline.json -> /dev/zero` must not be read, echoed, or hang the run: a file inside the
 * repository must resolve to a regular file inside it, any file is opened without blocking
 * (a FIFO never hangs) and read up to a bound.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

export type InputRead = { ok: true; text: string } | { ok: false; message: string };

/** The repository a working directory is in: the nearest folder with `.git`, else the folder itself. */
export function repositoryRoot(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(cwd);
    dir = up;
  }
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function within(p: string, dir: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

/**
 * The text of an input file, or why it is refused (`no such file`, `a symbolic link to a file
 * outside the repository`, `not a regular file`, `larger than …`). Never its content in a message.
 */
export function readInputFile(abs: string, cwd: string, maxBytes: number): InputRead {
  const root = repositoryRoot(cwd);
  const realRoot = realOrSelf(root);
  // A path the user gave outside the repository is theirs; one inside must stay inside.
  if (within(path.resolve(abs), root) && !within(realOrSelf(abs), realRoot)) {
    return { ok: false, message: 'is a symbolic link to a file outside the repository, which is not read' };
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading does not wait for a writer.
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? 'error'})` };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, message: 'is a directory' };
    if (!st.isFile()) return { ok: false, message: 'is not a regular file (a FIFO, socket or device is not read)' };
    if (st.size > maxBytes) return { ok: false, message: `is larger than ${formatBytes(maxBytes)}` };
    // Read at most one byte more than the bound: a file that grew is still refused.
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let len = 0;
    while (len < buf.length) {
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    if (len > maxBytes) return { ok: false, message: `is larger than ${formatBytes(maxBytes)}` };
    return { ok: true, text: buf.subarray(0, len).toString('utf8') };
  } catch (err) {
    return { ok: false, message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${n / 1024 / 1024} MB` : `${Math.round(n / 1024)} KB`;
}
