/**
 * Which files to read. Touches the file system (with `read.ts`, the only stage that does).
 * Paths are reported relative to `cwd` with `/` separators, sorted.
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { globby } from 'globby';

export const DEFAULT_INCLUDE = ['**/*.hcl', '**/*.json', '**/*.yaml', '**/*.yml', '**/*.tf'];
export const ALWAYS_IGNORE = ['**/node_modules/**', '**/.git/**', '**/.terraform/**', '**/.hg/**', '**/.svn/**'];

export interface DiscoveredFile {
  abs: string;
  /** Relative to the base directory, `/` separators. */
  rel: string;
}

export interface SkippedPath {
  rel: string;
  reason: string;
}

export interface DiscoverOptions {
  cwd: string;
  paths: string[];
  include?: string[];
  exclude?: string[];
  /** Follow symlinks that point outside the base directory. */
  followExternalSymlinks?: boolean;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  skipped: SkippedPath[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
}

export function toRel(base: string, abs: string): string {
  const r = path.relative(base, abs);
  return (r === '' ? '.' : r).split(path.sep).join('/');
}

export async function discover(opts: DiscoverOptions): Promise<DiscoverResult> {
  const include = opts.include && opts.include.length > 0 ? opts.include : DEFAULT_INCLUDE;
  const ignore = [...ALWAYS_IGNORE, ...(opts.exclude ?? [])];
  const files = new Map<string, DiscoveredFile>();
  const skipped: SkippedPath[] = [];
  const missing: string[] = [];
  const base = opts.cwd;
  let baseReal = base;
  try {
    baseReal = await realpath(base);
  } catch {
    /* keep the given path */
  }

  for (const given of opts.paths.length > 0 ? opts.paths : ['.']) {
    const abs = path.resolve(base, given);
    let st;
    try {
      st = await stat(abs);
    } catch {
      missing.push(given);
      continue;
    }
    if (st.isFile()) {
      // A file named explicitly is read whatever its extension (as ESLint does).
      files.set(abs, { abs, rel: toRel(base, abs) });
      continue;
    }
    if (!st.isDirectory()) {
      skipped.push({ rel: toRel(base, abs), reason: 'not a regular file' });
      continue;
    }
    const found = await globby(include, {
      cwd: abs,
      absolute: true,
      dot: true,
      gitignore: true,
      ignore,
      followSymbolicLinks: false,
      onlyFiles: false,
      suppressErrors: true,
      caseSensitiveMatch: false,
    });
    for (const f of found) {
      const fAbs = path.normalize(f);
      let lst;
      try {
        lst = await lstat(fAbs);
      } catch {
        skipped.push({ rel: toRel(base, fAbs), reason: 'cannot be read' });
        continue;
      }
      if (lst.isDirectory()) {
        skipped.push({ rel: toRel(base, fAbs), reason: 'a directory named like a config file' });
        continue;
      }
      if (lst.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(fAbs);
        } catch (err) {
          const loop = (err as NodeJS.ErrnoException).code === 'ELOOP';
          skipped.push({ rel: toRel(base, fAbs), reason: loop ? 'symbolic link loop' : 'broken symbolic link' });
          continue;
        }
        const inside = target === baseReal || target.startsWith(baseReal + path.sep);
        if (!inside && !opts.followExternalSymlinks) {
          skipped.push({ rel: toRel(base, fAbs), reason: 'symbolic link to a path outside the linted directory' });
          continue;
        }
        let tst;
        try {
          tst = await stat(target);
        } catch {
          skipped.push({ rel: toRel(base, fAbs), reason: 'broken symbolic link' });
          continue;
        }
        if (!tst.isFile()) {
          const what = tst.isDirectory() ? 'a directory' : 'something that is not a regular file';
          skipped.push({ rel: toRel(base, fAbs), reason: `symbolic link to ${what} (not followed)` });
          continue;
        }
      } else if (!lst.isFile()) {
        skipped.push({ rel: toRel(base, fAbs), reason: 'not a regular file' });
        continue;
      }
      files.set(fAbs, { abs: fAbs, rel: toRel(base, fAbs) });
    }
  }
  const sorted = [...files.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  skipped.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files: sorted, skipped, missing };
}
