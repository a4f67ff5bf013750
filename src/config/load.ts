/**
 * Finding and reading `.mtls-lint.yaml`: the nearest one from a linted path upwards (as
 * ESLint looks its configuration up; `--config` overrides). The walk stops at the
 * repository root (a folder holding `.git`), so a stray file above the repository does
 * not apply. A folder with its own config file is a project of its own (src/context.ts
 * treats it as a repository root too).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { toRel } from '../discover.js';
import { MAX_FILE_BYTES } from '../read.js';
import { readInputFile } from '../input-file.js';
import { CONFIG_FILE_NAME, defaultConfig, type ConfigProblem, type LintConfig } from './types.js';
import { parseConfig, type ConfigParse } from './validate.js';
import { whenLoaded } from '../lazy.js';

const NOWHERE = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

async function isFile(p: string): Promise<boolean> {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

/** A config file larger than this is refused, as a linted file would be (docs/limits.md). */
export const MAX_CONFIG_BYTES = MAX_FILE_BYTES;

/** Read and validate one config file. */
export async function loadConfigFile(absPath: string, cwd: string, ruleIds: readonly string[]): Promise<ConfigParse> {
  const displayPath = toRel(cwd, absPath);
  const read = readInputFile(absPath, cwd, MAX_CONFIG_BYTES);
  if (!read.ok) return { ok: false, problems: [{ file: displayPath, range: NOWHERE, message: `configuration file ${read.message}` }] };
  const text = read.text;
  // Read with the composing YAML reader (YAML 1.2), loaded then.
  return whenLoaded(() => parseConfig(text, { displayPath, path: absPath, dir: path.dirname(absPath), ruleIds }));
}

/**
 * Which config governs which file. With `--config`, one file for everything; otherwise
 * the nearest `.mtls-lint.yaml` at or above each file's folder, read once each.
 */
export class ConfigResolver {
  private readonly nearest = new Map<string, Promise<string | undefined>>();
  private readonly loaded = new Map<string, Promise<ConfigParse>>();
  readonly problems: ConfigProblem[] = [];

  constructor(
    readonly cwd: string,
    readonly ruleIds: readonly string[],
    /** Absolute path given with `--config`. */
    readonly override?: string,
    /** False: no lookup, the built-in defaults (unless `override`). */
    readonly lookup = true,
  ) {}

  /** The nearest config file of a folder (absolute), or undefined. */
  nearestFile(dir: string): Promise<string | undefined> {
    const abs = path.resolve(dir);
    let p = this.nearest.get(abs);
    if (!p) {
      p = (async () => {
        const candidate = path.join(abs, CONFIG_FILE_NAME);
        if (await isFile(candidate)) return candidate;
        if (await exists(path.join(abs, '.git'))) return undefined;
        const up = path.dirname(abs);
        return up === abs ? undefined : this.nearestFile(up);
      })();
      this.nearest.set(abs, p);
    }
    return p;
  }

  /** The config in force for a file or folder (absolute path). */
  async configFor(absPath: string, isDir = false): Promise<LintConfig | undefined> {
    const file = this.override ?? (this.lookup ? await this.nearestFile(isDir ? absPath : path.dirname(absPath)) : undefined);
    if (!file) return defaultConfig(this.cwd);
    let p = this.loaded.get(file);
    if (!p) {
      p = loadConfigFile(file, this.cwd, this.ruleIds).then((r) => {
        if (!r.ok) this.problems.push(...r.problems);
        return r;
      });
      this.loaded.set(file, p);
    }
    const r = await p;
    return r.ok ? r.config : undefined;
  }
}
