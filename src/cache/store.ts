/**
 * `--cache`: the records of prepared files (src/cache/prepared.ts) kept in one file between
 * runs, as ESLint keeps `.eslintcache`.
 *
 * The file is lines: a header (format, version, the build that wrote it, how many records),
 * then for each file a key line `[path, hash, settings]` and its record, JSON text on one line
 * (JSON.stringify never writes a raw line break). A run reads the key lines and keeps each
 * record as text until its file asks for it.
 *
 * The cache is not trusted: a file that is not one, is cut short, comes from another build,
 * is too large, is a link, or is committed to the repository (a pull request's author could
 * forge its records) is ignored with a note, and the run starts afresh. It is written to a
 * temporary file renamed over it (src/write.ts), so a concurrent run sees the old cache or
 * the new one, never half of one.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL, PACKAGE_ROOT } from '../version.js';
import { writeFileCreatingFolder } from '../write.js';
import { readSized } from '../read.js';
import { gitDir, isTracked } from '../git.js';
import { CODEC_VERSION } from './codec.js';
import type { FileCacheKey, PreparedCache } from './prepared.js';

/** The file name `--cache-location` defaults to, and takes inside a folder. */
export const CACHE_FILE_NAME = '.mtls-lint-cache';
/** A cache larger than this is not read (a 100,000-file repository's is about 450 MB). */
export const MAX_CACHE_BYTES = 1024 * 1024 * 1024;
const FORMAT = 'mtls-lint-cache';
const VERSION = 1;

interface Stored {
  hash: string;
  settings: string;
  record: string;
}

export class FileCache implements PreparedCache {
  readonly notes: string[] = [];
  /** Records read back, and records made afresh, in this run. */
  readonly stats = { hits: 0, stored: 0 };
  private readonly stored = new Map<string, Stored>();
  private readonly kept = new Map<string, Stored>();
  /** The cache file was read whole (not missing, not ignored). */
  private loaded = false;

  private constructor(
    /** Absolute path of the cache file. */
    readonly file: string,
    private readonly cwd: string,
    private readonly toolId: string,
  ) {}

  /** Opens the cache at `file` (absolute); never throws. */
  static open(file: string, opts: { cwd: string; toolId?: string }): FileCache {
    const cache = new FileCache(file, opts.cwd, opts.toolId ?? buildId());
    cache.load();
    return cache;
  }

  get(key: FileCacheKey): string | undefined {
    const s = this.stored.get(key.path);
    if (s && s.hash === key.hash && s.settings === key.settings) {
      this.stats.hits++;
      this.kept.set(key.path, s);
      return s.record;
    }
    return undefined;
  }

  set(key: FileCacheKey, record: string): void {
    if (record.includes('\n')) return;
    this.stats.stored++;
    this.kept.set(key.path, { hash: key.hash, settings: key.settings, record });
  }

  /**
   * Writes the records got or set in this run (nothing when they are the records read); a note
   * when it cannot, never an exception.
   */
  save(): string | undefined {
    if (this.stats.stored === 0 && this.kept.size === this.stored.size && this.loaded) return undefined;
    const lines = [JSON.stringify({ format: FORMAT, version: VERSION, tool: this.toolId, count: this.kept.size })];
    for (const [p, s] of [...this.kept].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      lines.push(JSON.stringify([p, s.hash, s.settings]), s.record);
    }
    try {
      writeFileCreatingFolder(this.file, lines.join('\n') + '\n', this.cwd);
      return undefined;
    } catch (err) {
      return `the cache ${this.shown()} was not written: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  private shown(): string {
    return path.relative(this.cwd, this.file) || this.file;
  }

  private ignore(why: string): void {
    this.stored.clear();
    this.notes.push(`the cache ${this.shown()} is ignored: ${why}; it is written afresh`);
  }

  private load(): void {
    const text = this.read();
    if (text === undefined) return;
    const lines = text.split('\n');
    let header: { format?: unknown; version?: unknown; tool?: unknown; count?: unknown };
    try {
      header = JSON.parse(lines[0]!) as typeof header;
    } catch {
      return this.ignore('it is not an mtls-lint cache');
    }
    if (typeof header !== 'object' || header === null || header.format !== FORMAT) return this.ignore('it is not an mtls-lint cache');
    if (header.version !== VERSION || header.tool !== this.toolId) {
      // Another build's records may mean something else: quietly started afresh, as ESLint does on an upgrade.
      return;
    }
    const count = header.count;
    // Complete: the header, two lines per record, and the final line break.
    if (typeof count !== 'number' || lines.length !== 2 + 2 * count || lines[lines.length - 1] !== '') {
      return this.ignore('it is incomplete (a run was interrupted while writing it?)');
    }
    for (let i = 1; i + 1 < lines.length; i += 2) {
      let key: unknown;
      try {
        key = JSON.parse(lines[i]!);
      } catch {
        return this.ignore(`line ${i + 1} is damaged`);
      }
      if (!Array.isArray(key) || key.length !== 3 || !key.every((k) => typeof k === 'string')) return this.ignore(`line ${i + 1} is damaged`);
      const [p, hash, settings] = key as [string, string, string];
      this.stored.set(p, { hash, settings, record: lines[i + 1]! });
    }
    this.loaded = true;
  }

  /** The cache file's text, or undefined (with a note when there is one but it is not read). */
  private read(): string | undefined {
    let st;
    try {
      st = lstatSync(this.file);
    } catch {
      return undefined;
    }
    if (st.isSymbolicLink()) return void this.ignore('it is a symbolic link (a cache is never read or written through a link)');
    if (st.isDirectory()) return void this.ignore('it is a folder');
    if (!st.isFile()) return void this.ignore('it is not a regular file');
    if (st.size > MAX_CACHE_BYTES) return void this.ignore(`it is larger than ${MAX_CACHE_BYTES / 1024 / 1024} MB`);
    if (isTracked(this.file)) return void this.ignore('it is committed to the repository, where anyone who changes the repository could forge its records');
    let fd: number;
    try {
      fd = openSync(this.file, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (err) {
      return void this.ignore(`it cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_CACHE_BYTES) return void this.ignore(`it is larger than ${MAX_CACHE_BYTES / 1024 / 1024} MB`);
      const bytes = readSized(fd, size);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    } catch (err) {
      return void this.ignore(`it cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * The cache file for `--cache-location` (relative to `cwd`): the path itself, or
 * `.mtls-lint-cache` inside it when it is a folder or ends with a separator. Without one,
 * `.mtls-lint-cache` in `cwd`; for the pre-commit hook (`inGitDir`), in the git folder of the
 * work tree, where `git add -A` does not pick it up and the hook never changes a work-tree file.
 */
export function cacheFile(location: string | undefined, cwd: string, inGitDir = false): string {
  const git = location === undefined && inGitDir ? gitDir(cwd) : undefined;
  if (git) return path.join(git, 'mtls-lint-cache');
  const abs = path.resolve(cwd, location ?? CACHE_FILE_NAME);
  if (location !== undefined && /[\\/]$/.test(location)) return path.join(abs, CACHE_FILE_NAME);
  try {
    if (statSync(abs).isDirectory() && !lstatSync(abs).isSymbolicLink()) return path.join(abs, CACHE_FILE_NAME);
  } catch {
    /* a new file */
  }
  return abs;
}

let built: string | undefined;

/**
 * The running build: a record written by other code may mean something else, and in
 * development the version stays while the code changes. The bundle's code is in a chunk
 * named by its content hash; otherwise (the Action's single file, tsc's output, tests) the
 * code itself is hashed.
 */
export function buildId(): string {
  if (built) return built;
  const here = fileURLToPath(import.meta.url);
  const chunk = /(?:chunk|cli)-[A-Z0-9]{8}\.c?js$/.exec(path.basename(here));
  const h = createHash('sha1').update(`${TOOL.version}\u0000${CODEC_VERSION}\u0000`);
  if (chunk) h.update(chunk[0]);
  else if (/[\\/]dist[\\/]action[\\/]/.test(here)) h.update(readFileSync(here));
  else for (const f of codeFiles()) h.update(f).update(readFileSync(f));
  built = `${TOOL.version}+${h.digest('hex').slice(0, 16)}`;
  return built;
}

/** The program's own source files (not bundled): `src/` and `rules/` of the package, sorted. */
function codeFiles(): string[] {
  const root = fileURLToPath(PACKAGE_ROOT);
  const here = fileURLToPath(import.meta.url);
  const base = here.includes(`${path.sep}dist${path.sep}`) ? path.join(root, 'dist') : root;
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(path.join(base, 'src'));
  walk(path.join(base, 'rules'));
  return out;
}
