/**
 * `.gitignore` files of the linted repository, read as Git reads them (gitignore(5)): the
 * last matching line wins, `!` re-includes, a trailing `/` matches only folders, a pattern
 * with a `/` is anchored at its file's folder, one without matches at any depth, and
 * nothing below an ignored folder can be re-included.
 *
 * A pull request can commit a `.gitignore`, so its patterns are matched by the linear glob
 * matcher of src/config/glob.ts, never compiled to a backtracking regular expression.
 */
import path from 'node:path';
import { compileGlobWith, type PathMatcher } from './config/glob.js';
import { readInputFile } from './input-file.js';

/** A `.gitignore` larger than this is not read (Git's own limit is 100 MB; real ones are a few KB). */
export const MAX_GITIGNORE_BYTES = 1024 * 1024;

export interface GitignoreRule {
  matches: PathMatcher;
  negate: boolean;
  dirOnly: boolean;
}

/** The rules of one `.gitignore`; a line that is not a valid pattern is left out, as Git does. */
export function parseGitignore(text: string): GitignoreRule[] {
  const rules: GitignoreRule[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '' || line.startsWith('#')) continue;
    // Trailing spaces are dropped unless escaped with a backslash.
    line = line.replace(/(?<!\\)[ ]+$/, '');
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    }
    let dirOnly = false;
    if (line.endsWith('/') && !line.endsWith('\\/')) {
      dirOnly = true;
      line = line.replace(/\/+$/, '');
    }
    if (line === '') continue;
    const anchored = line.includes('/');
    const glob = anchored ? line.replace(/^\/+/, '') : `**/${line}`;
    try {
      rules.push({ matches: compileGlobWith(glob, { braces: false, coverBelow: false }), negate, dirOnly });
    } catch {
      /* not a pattern Git would match either */
    }
  }
  return rules;
}

/** Whether paths under a folder are ignored by the `.gitignore` files found there and above it. */
export class GitignoreFilter {
  /** Folder (relative to `top`, `''` for itself) → its rules. */
  private readonly byDir = new Map<string, GitignoreRule[]>();
  private hid = false;

  /** `top`: the repository root, or the walked folder when it is not in one. */
  constructor(
    private readonly top: string,
    private readonly cwd: string,
  ) {}

  /** Reads `<dir>/.gitignore` (absolute), when it is a bounded regular file inside the repository. */
  addFile(gitignoreAbs: string): void {
    const read = readInputFile(gitignoreAbs, this.cwd, MAX_GITIGNORE_BYTES);
    if (!read.ok) return;
    const rules = parseGitignore(read.text);
    if (rules.length > 0) this.byDir.set(this.rel(path.dirname(gitignoreAbs)), rules);
  }

  get empty(): boolean {
    return this.byDir.size === 0;
  }

  /**
   * Whether a path was judged ignored since the filter was made: when none was, a walk it
   * judged skipped nothing for a `.gitignore`, and git has no hidden tracked file to add.
   */
  get hidSomething(): boolean {
    return this.hid;
  }

  private rel(abs: string): string {
    return path.relative(this.top, abs).split(path.sep).join('/');
  }

  /**
   * Whether `abs` is ignored. Only the folders below `walkRoot` are judged: a folder named on
   * the command line is linted even when it is ignored.
   */
  ignored(abs: string, walkRoot: string): boolean {
    return this.ignoredPath(abs, walkRoot, false);
  }

  /**
   * Whether everything below the folder `abs` is ignored: it, or a folder between it and
   * `walkRoot`, is. Only the `.gitignore` files of the folders above it decide that.
   */
  ignoredFolder(abs: string, walkRoot: string): boolean {
    return this.ignoredPath(abs, walkRoot, true);
  }

  private ignoredPath(abs: string, walkRoot: string, folder: boolean): boolean {
    const rel = this.rel(abs);
    if (rel === '' || rel.startsWith('..')) return false;
    const segs = rel.split('/');
    const rootRel = this.rel(walkRoot);
    const from = rootRel === '' ? 1 : rootRel.split('/').length + 1;
    for (let k = from; k <= segs.length; k++) {
      const isDir = folder || k < segs.length;
      if (this.decide(segs, k, isDir)) {
        this.hid = true;
        return true;
      }
    }
    return false;
  }

  /** The verdict of the `.gitignore` files on the path made of the first `k` segments. */
  private decide(segs: string[], k: number, isDir: boolean): boolean {
    let ignored = false;
    // Shallower files first: a deeper `.gitignore` wins over its parents.
    for (let d = 0; d < k; d++) {
      const rules = this.byDir.get(segs.slice(0, d).join('/'));
      if (!rules) continue;
      const sub = segs.slice(d, k).join('/');
      for (const r of rules) {
        if (r.dirOnly && !isDir) continue;
        if (r.negate === ignored && r.matches(sub)) ignored = !r.negate;
      }
    }
    return ignored;
  }
}
