/**
 * The walk for the default file patterns (every `**\/*.<extension>` of DEFAULT_INCLUDE, the
 * folders of ALWAYS_IGNORE left out, exclusions that are plain paths): one `readdir` per
 * folder and a test of each name's ending, where a glob library matched every path against
 * compiled patterns (3,000 files: ~80 ms → ~15 ms). It gives what globby gave for those
 * patterns with the options of src/discover-globs.ts — names matched ignoring ASCII case,
 * dotfiles and dot-folders walked, symbolic links listed but never followed, unreadable
 * folders passed over — and test/discover.test.ts compares the two on a tree of corner cases.
 *
 * Folders that the `.gitignore` files ignore are not entered: nothing below them is linted
 * (src/gitignore.ts: nothing below an ignored folder can be re-included), and generated or
 * vendored trees are where most files of a large repository are.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { GitignoreFilter } from './gitignore.js';

export type EntryKind = 'file' | 'dir' | 'symlink' | 'other';

/** An entry to lint or to skip with a reason: absolute path, what the directory entry is. */
export interface Listed {
  abs: string;
  kind: EntryKind;
}

/** What a directory entry is (Node fills in the type where the file system does not give it). */
export function entryKind(d: Pick<Dirent, 'isFile' | 'isDirectory' | 'isSymbolicLink'>): EntryKind {
  if (d.isSymbolicLink()) return 'symlink';
  if (d.isDirectory()) return 'dir';
  return d.isFile() ? 'file' : 'other';
}

/** Lower-cases A-Z only: the glob matcher's case-insensitive match of these ASCII patterns. */
function asciiLower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

export interface WalkOptions {
  /** File name endings, lower case, each with its dot (`.hcl`): `**\/*.hcl` matches `.hcl` too. */
  extensions: readonly string[];
  /** Folder names never entered, lower case (`node_modules`, `.git`, …). */
  prunedFolders: ReadonlySet<string>;
  /** Paths relative to the root (`/` separators) left out, with everything below them. */
  excluded?: (rel: string) => boolean;
  /** Receives the `.gitignore` files found (before the entries beside them are judged). */
  gitignore: GitignoreFilter;
}

/**
 * The entries below `root` whose name has one of the extensions (files, folders, links and
 * other special files alike: the caller decides what to read), in no particular order.
 */
export function walk(root: string, opts: WalkOptions): Listed[] {
  const out: Listed[] = [];
  const { extensions, prunedFolders, excluded, gitignore } = opts;
  const named = (lower: string) => extensions.some((ext) => lower.endsWith(ext));
  const folders: { abs: string; rel: string }[] = [{ abs: root, rel: '' }];
  for (let next = folders.pop(); next !== undefined; next = folders.pop()) {
    let dirents: Dirent[];
    try {
      dirents = readdirSync(next.abs, { withFileTypes: true });
    } catch {
      continue; // unreadable, or gone since its parent was read
    }
    const relOf = (name: string) => (next!.rel === '' ? name : `${next!.rel}/${name}`);
    // A name holds no separator and the folder's path is normalized: no path.join per entry.
    const prefix = next.abs.endsWith(path.sep) ? next.abs : next.abs + path.sep;
    // The folder's own `.gitignore` judges the entries beside it: read it first.
    for (const d of dirents) {
      if (d.name === '.gitignore' && d.isFile() && !excluded?.(relOf(d.name))) gitignore.addFile(prefix + d.name);
    }
    for (const d of dirents) {
      const lower = asciiLower(d.name);
      const isDir = d.isDirectory();
      if (!isDir && !named(lower)) continue;
      const rel = relOf(d.name);
      if (excluded?.(rel)) continue;
      const abs = prefix + d.name;
      if (isDir) {
        if (prunedFolders.has(lower)) continue;
        if (named(lower)) out.push({ abs, kind: 'dir' });
        if (gitignore.empty || !gitignore.ignoredFolder(abs, root)) folders.push({ abs, rel });
      } else {
        out.push({ abs, kind: entryKind(d) });
      }
    }
  }
  return out;
}
