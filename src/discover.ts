/**
 * Which files to read. Touches the file system (with `read.ts`, the only stages that do).
 * Paths are reported relative to `cwd` with `/` separators, sorted.
 */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileGlob, type PathMatcher } from './config/glob.js';
import { gitTopLevel, readBlobs, readIndex, trackedIgnored, type IndexEntry } from './git.js';
import type { SourceFile } from './lint.js';
import { MAX_FILE_BYTES } from './read.js';
import { GitignoreFilter } from './gitignore.js';
import { repositoryRoot } from './input-file.js';
import { walk, type Listed } from './walk.js';

export const DEFAULT_INCLUDE = ['**/*.hcl', '**/*.json', '**/*.yaml', '**/*.yml', '**/*.tf', '**/*.tpl', '**/*.tftpl', '**/*.nomad'];
export const ALWAYS_IGNORE = ['**/node_modules/**', '**/.git/**', '**/.terraform/**', '**/.hg/**', '**/.svn/**'];

export interface DiscoveredFile {
  abs: string;
  /** Relative to the base directory, `/` separators. */
  rel: string;
  /** Read from the git index (`discoverStaged`): the content is this blob, not the file on disk. */
  oid?: string;
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
  const below = belowBase(base, abs);
  if (below !== undefined) return below;
  const r = path.relative(base, abs);
  return (r === '' ? '.' : r).split(path.sep).join('/');
}

/** `base` and whether it is an absolute POSIX path as path.resolve writes it (the last one asked: a run asks of one or two). */
let lastBase: { base: string; normal: boolean } | undefined;

/**
 * The part of `abs` after `base/`, when both are normalized POSIX paths and `abs` is below
 * `base`: what path.relative gives then, without resolving both paths (it did, for each of
 * a repository's files). Undefined otherwise, and path.relative decides.
 */
export function belowBase(base: string, abs: string): string | undefined {
  if (path.sep !== '/') return undefined;
  if (lastBase?.base !== base) lastBase = { base, normal: path.isAbsolute(base) && path.resolve(base) === base };
  if (!lastBase.normal) return undefined;
  const from = base === '/' ? 1 : base.length + 1;
  if (abs.length <= from || !abs.startsWith(base) || abs.charCodeAt(from - 1) !== 47) return undefined;
  const rest = abs.slice(from);
  if (rest.charCodeAt(0) === 47 || rest.endsWith('/') || rest.includes('//')) return undefined;
  // `.` and `..` segments: path.relative resolves them (`.github` is just a name).
  if (rest.charCodeAt(0) === 46 || rest.includes('/.')) {
    for (const seg of rest.split('/')) if (seg === '.' || seg === '..') return undefined;
  }
  return rest;
}

export async function discover(opts: DiscoverOptions): Promise<DiscoverResult> {
  const include = opts.include && opts.include.length > 0 ? opts.include : DEFAULT_INCLUDE;
  const ignore = [...ALWAYS_IGNORE, ...(opts.exclude ?? [])];
  const files = new Map<string, DiscoveredFile>();
  const skipped: SkippedPath[] = [];
  const missing: string[] = [];
  const base = opts.cwd;

  for (const given of opts.paths.length > 0 ? opts.paths : ['.']) {
    const abs = path.resolve(base, given);
    let st;
    try {
      st = statSync(abs);
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
    const gitignore = gitignoreOf(abs, base);
    // A link is judged against the folder being linted, not the working directory: run from a
    // parent folder, `sub/x.hcl -> ../secret.hcl` still leaves what was asked for.
    let walkedReal = abs;
    try {
      walkedReal = realpathSync(abs);
    } catch {
      /* keep the given path */
    }
    const entries = await listEntries(abs, include, ignore, opts.include === undefined || opts.include.length === 0, opts.exclude ?? [], gitignore);
    for (const entry of entries) {
      const fAbs = entry.abs;
      if (!gitignore.empty && gitignore.ignored(fAbs, abs)) continue;
      const kind = entry.kind;
      if (kind === 'dir') {
        skipped.push({ rel: toRel(base, fAbs), reason: 'a directory named like a config file' });
        continue;
      }
      if (kind === 'symlink') {
        const reason = symlinkSkipReason(fAbs, walkedReal, opts.followExternalSymlinks === true);
        if (reason) {
          skipped.push({ rel: toRel(base, fAbs), reason });
          continue;
        }
      } else if (kind !== 'file') {
        skipped.push({ rel: toRel(base, fAbs), reason: 'not a regular file' });
        continue;
      }
      files.set(fAbs, { abs: fAbs, rel: toRel(base, fAbs) });
    }
    // A committed file that a .gitignore matches is still deployed: the walk above, which
    // honours .gitignore, does not see it, so git is asked for it — when the walk left out
    // anything for a .gitignore (else git's answer holds only files the walk found, and
    // starting git is most of a one-file run's discovery).
    if (gitignore.hidSomething) addTrackedIgnored(abs, base, walkedReal, include, ignore, opts.followExternalSymlinks === true, files, skipped);
  }
  const sorted = [...files.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  skipped.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files: sorted, skipped, missing };
}

/** The filter of the `.gitignore` files of the folders above `dir`, up to its repository's root. */
function gitignoreOf(dir: string, cwd: string): GitignoreFilter {
  const root = repositoryRoot(dir);
  const filter = new GitignoreFilter(root, cwd);
  for (let d = path.dirname(dir); (d + path.sep).startsWith(root + path.sep); ) {
    filter.addFile(path.join(d, '.gitignore'));
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return filter;
}

/** The default patterns' endings (`**\/*.hcl` → `.hcl`), lower case. */
const DEFAULT_EXTENSIONS = DEFAULT_INCLUDE.map((g) => g.slice('**/*'.length).toLowerCase());
/** The folders of ALWAYS_IGNORE (`**\/node_modules/**` → `node_modules`). */
const PRUNED_FOLDERS: ReadonlySet<string> = new Set(ALWAYS_IGNORE.map((g) => g.slice('**/'.length, -'/**'.length)));
/**
 * An exclusion that is a plain relative path (what the CLI passes: the cache file): matched
 * by the walk as micromatch matches such a pattern (the whole path, ignoring case as a
 * case-insensitive RegExp does). Anything else is a glob for micromatch.
 */
const PLAIN_PATH = /^[\w.~%=:, -]+(?:\/[\w.~%=:, -]+)*$/;

function plainPathMatcher(excludes: readonly string[]): ((rel: string) => boolean) | undefined {
  if (excludes.length === 0) return undefined;
  const res = excludes.map((e) => new RegExp(`^${escapeRegExp(e)}$`, 'i'));
  return (rel) => res.some((re) => re.test(rel));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isPlainPath(p: string): boolean {
  return PLAIN_PATH.test(p) && p.split('/').every((seg) => seg !== '.' && seg !== '..');
}

/**
 * The entries of one walked folder that the patterns match, its `.gitignore` files added to
 * `gitignore`: the walk of src/walk.ts for the default patterns and plain-path exclusions,
 * globby's listing (loaded then) for any other glob.
 */
async function listEntries(
  root: string,
  include: readonly string[],
  ignore: readonly string[],
  defaultInclude: boolean,
  exclude: readonly string[],
  gitignore: GitignoreFilter,
): Promise<Listed[]> {
  if (defaultInclude && exclude.every(isPlainPath)) {
    return walk(root, { extensions: DEFAULT_EXTENSIONS, prunedFolders: PRUNED_FOLDERS, excluded: plainPathMatcher(exclude), gitignore });
  }
  const { listByGlobs } = await import('./discover-globs.js');
  const listed = listByGlobs(root, include, ignore);
  for (const g of listed.gitignores) gitignore.addFile(g);
  return listed.entries;
}

/** Why a symbolic link is not read, or undefined when its target is a regular file to read. */
function symlinkSkipReason(abs: string, baseReal: string, followExternal: boolean): string | undefined {
  let target: string;
  try {
    target = realpathSync(abs);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link';
  }
  const inside = target === baseReal || target.startsWith(baseReal + path.sep);
  if (!inside && !followExternal) return 'symbolic link to a path outside the linted directory';
  let tst;
  try {
    tst = statSync(target);
  } catch {
    return 'broken symbolic link';
  }
  if (tst.isFile()) return undefined;
  const what = tst.isDirectory() ? 'a directory' : 'something that is not a regular file';
  return `symbolic link to ${what} (not followed)`;
}

/** Matchers for include/exclude globs, case-insensitive as the walk's (`caseSensitiveMatch: false`). */
function matcher(globs: readonly string[]): PathMatcher {
  const ms = globs.map((g) => compileGlob(g.toLowerCase()));
  return (rel) => {
    const lower = rel.toLowerCase();
    return ms.some((m) => m(lower));
  };
}

function addTrackedIgnored(
  dir: string,
  base: string,
  baseReal: string,
  include: readonly string[],
  ignore: readonly string[],
  followExternal: boolean,
  files: Map<string, DiscoveredFile>,
  skipped: SkippedPath[],
): void {
  const tracked = trackedIgnored(dir);
  if (!tracked || tracked.length === 0) return;
  const included = matcher(include);
  const ignored = matcher(ignore);
  for (const rel of tracked) {
    if (!included(rel) || ignored(rel)) continue;
    const fAbs = path.join(dir, ...rel.split('/'));
    if (files.has(fAbs)) continue;
    let st;
    try {
      st = lstatSync(fAbs);
    } catch {
      continue; // deleted in the work tree: nothing on disk to read
    }
    const reason = st.isSymbolicLink() ? symlinkSkipReason(fAbs, baseReal, followExternal) : st.isFile() ? undefined : 'not a regular file';
    if (reason) skipped.push({ rel: toRel(base, fAbs), reason });
    else files.set(fAbs, { abs: fAbs, rel: toRel(base, fAbs) });
  }
}

export interface StagedDiscovery {
  found: DiscoverResult;
  /** The content of each file read from the index, by absolute path. */
  content: Map<string, SourceFile>;
}

/**
 * The files of the next commit (pre-commit): in each root, the git index at stage 0 — tracked
 * and staged content, not untracked files, not unstaged edits, whatever .gitignore says — and
 * the named files (those not in the index are read from disk, as named). Undefined when a root
 * is not in a git work tree or git cannot be run: then the file system is the context.
 */
export function discoverStaged(opts: DiscoverOptions & { roots: readonly string[]; named: readonly string[] }): StagedDiscovery | undefined {
  const include = matcher(opts.include && opts.include.length > 0 ? opts.include : DEFAULT_INCLUDE);
  const ignored = matcher([...ALWAYS_IGNORE, ...(opts.exclude ?? [])]);
  const base = opts.cwd;
  const indexes = new Map<string, IndexEntry[]>();
  const files = new Map<string, DiscoveredFile>();
  const skipped: SkippedPath[] = [];
  const tops = new Map<string, string>();
  for (const root of opts.roots) {
    const top = gitTopLevel(root);
    if (!top) return undefined;
    let entries = indexes.get(top);
    if (!entries) {
      entries = readIndex(top);
      if (!entries) return undefined;
      indexes.set(top, entries);
    }
    for (const e of entries) {
      const abs = path.join(top, ...e.path.split('/'));
      const rel = toRel(root, abs);
      if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) continue;
      if (!include(rel) || ignored(rel)) continue;
      add(e, abs, top);
    }
  }
  function add(e: IndexEntry, abs: string, top: string): void {
    if (e.mode === '160000') return; // a submodule: another repository
    if (e.mode === '120000') {
      skipped.push({ rel: toRel(base, abs), reason: 'symbolic link in the git index (not followed)' });
      return;
    }
    files.set(abs, { abs, rel: toRel(base, abs), oid: e.oid });
    tops.set(abs, top);
  }
  // Named files are read whatever their extension (as ESLint does), from the index when they are in it.
  const missing: string[] = [];
  for (const given of opts.named) {
    const abs = path.resolve(base, given);
    if (files.has(abs)) continue;
    let inIndex = false;
    for (const [top, entries] of indexes) {
      const rel = toRel(top, abs);
      const e = entries.find((x) => x.path === rel);
      if (e) {
        add(e, abs, top);
        inIndex = true;
        break;
      }
    }
    if (inIndex) continue;
    if (existsSync(abs) && statSync(abs).isFile()) files.set(abs, { abs, rel: toRel(base, abs) });
    else if (!existsSync(abs)) missing.push(given);
  }
  const content = new Map<string, SourceFile>();
  const byTop = new Map<string, DiscoveredFile[]>();
  for (const f of files.values()) {
    if (!f.oid) continue;
    const top = tops.get(f.abs)!;
    const list = byTop.get(top);
    if (list) list.push(f);
    else byTop.set(top, [f]);
  }
  for (const [top, list] of byTop) {
    const blobs = readBlobs(top, list.map((f) => f.oid!), MAX_FILE_BYTES);
    if (!blobs) return undefined;
    for (const f of list) {
      const b = blobs.get(f.oid!);
      content.set(
        f.abs,
        b === undefined
          ? { path: f.rel, skipReason: 'cannot be read from the git index' }
          : typeof b === 'number'
            ? { path: f.rel, skipReason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` }
            : { path: f.rel, bytes: b },
      );
    }
  }
  const sorted = [...files.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  skipped.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { found: { files: sorted, skipped, missing }, content };
}
