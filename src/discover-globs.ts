/**
 * The listing for include or exclude globs other than the defaults (the API's `include` and
 * `exclude` options): globby's, whose glob dialect (micromatch) those options are written in.
 * Loaded only when such globs are given: the default walk (src/walk.ts) needs none of it, and
 * the glob libraries are a sixth of the bundle every run would otherwise load.
 */
import path from 'node:path';
import { globbySync } from 'globby';
import { entryKind, type Listed } from './walk.js';

/**
 * The entries under `root` that `include` matches and `ignore` does not, and its `.gitignore`
 * files (regular files only, names exactly `.gitignore`), case-insensitively, with dotfiles,
 * not following symbolic links.
 */
export function listByGlobs(root: string, include: readonly string[], ignore: readonly string[]): { entries: Listed[]; gitignores: string[] } {
  // Synchronous, as ESLint enumerates files: globby's asynchronous gitignore filter makes a
  // promise and a stat per file (10,000 files: ~0.8 s instead of ~0.2 s). The entries
  // carry their directory entry type, so only symbolic links need another call.
  // `.gitignore` files are read by src/gitignore.ts (linear-time matching), not by globby,
  // whose gitignore filter compiles a pull request's patterns to backtracking expressions.
  const found = globbySync([...include, '**/.gitignore'], {
    cwd: root,
    absolute: true,
    dot: true,
    gitignore: false,
    ignore: [...ignore],
    followSymbolicLinks: false,
    onlyFiles: false,
    suppressErrors: true,
    caseSensitiveMatch: false,
    objectMode: true,
  });
  const entries: Listed[] = [];
  const gitignores: string[] = [];
  for (const entry of found) {
    const abs = path.normalize(entry.path);
    const name = path.basename(abs);
    const kind = entryKind(entry.dirent);
    // The pattern is matched ignoring case: `.GitIgnore` came only with it too.
    if (name.toLowerCase() === '.gitignore') {
      if (name === '.gitignore' && kind === 'file') gitignores.push(abs);
      continue;
    }
    entries.push({ abs, kind });
  }
  return { entries, gitignores };
}
