/**
 * What the model is built from, and what findings are reported for.
 *
 * pre-commit (and an editor, or a user) names files; the rules need the whole repository
 * (the mesh entry that allows permissive mode lives in another file). So:
 * - a directory given (or no path at all): that directory is the whole context, and
 *   every finding in it is reported;
 * - a file given: the model is built from its repository root (the nearest ancestor
 *   with `.mtls-lint.yaml`, else the git root, else the working directory), and
 *   findings are reported only for the files named (and for the directories named with
 *   them).
 * Paths stay relative to the working directory, as everywhere else.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { toRel } from './discover.js';
import type { LintResult } from './engine/result.js';
import type { Finding } from './engine/finding.js';
import { buildResult } from './lint.js';

export const CONFIG_FILE_NAME = '.mtls-lint.yaml';

export interface LintContext {
  /** Absolute directories whose files build the model. */
  roots: string[];
  /** What to hand to `discover` (relative to cwd): the roots, then the paths as given. */
  discoverPaths: string[];
  /** Set when files were named: only findings in these are reported. */
  reportOnly?: ReportScope;
}

export interface ReportScope {
  /** cwd-relative, `/` separators. */
  files: Set<string>;
  /** Directories named together with files (cwd-relative, `/` separators; `.` for cwd). */
  dirs: string[];
}

async function kindOf(p: string): Promise<'file' | 'dir' | 'other' | 'missing'> {
  try {
    const st = statSync(p);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
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

/**
 * The repository root of a directory: walking up, the first folder that holds
 * `.mtls-lint.yaml` or `.git` (a directory, or a file in worktrees and submodules);
 * `fallback` when there is neither.
 */
export async function findRepositoryRoot(startDir: string, fallback: string): Promise<string> {
  let dir = path.resolve(startDir);
  for (;;) {
    if (await exists(path.join(dir, CONFIG_FILE_NAME))) return dir;
    if (await exists(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(fallback);
    dir = up;
  }
}

export async function resolveContext(cwd: string, paths: readonly string[]): Promise<LintContext> {
  const given = paths.length > 0 ? [...paths] : ['.'];
  const kinds = await Promise.all(given.map((p) => kindOf(path.resolve(cwd, p))));
  if (!kinds.includes('file')) return { roots: given.map((p) => path.resolve(cwd, p)), discoverPaths: given };

  const roots = new Set<string>();
  const files = new Set<string>();
  const dirs: string[] = [];
  for (let i = 0; i < given.length; i++) {
    const abs = path.resolve(cwd, given[i]!);
    if (kinds[i] === 'file') {
      roots.add(await findRepositoryRoot(path.dirname(abs), cwd));
      files.add(toRel(cwd, abs));
    } else if (kinds[i] === 'dir') {
      roots.add(abs);
      dirs.push(toRel(cwd, abs));
    }
  }
  const rootList = [...roots].sort();
  return {
    roots: rootList,
    discoverPaths: [...rootList.map((r) => toRel(cwd, r)), ...given],
    reportOnly: { files, dirs },
  };
}

/** Whether a path relative to the working directory is `dir` or inside it (`.`: the working directory). */
export function isUnder(file: string, dir: string): boolean {
  return dir === '.' ? file !== '..' && !file.startsWith('../') : file === dir || file.startsWith(`${dir}/`);
}

/** Whether a file (relative to the working directory) is one the report covers. */
export function inScope(file: string, scope: ReportScope): boolean {
  return scope.files.has(file) || scope.dirs.some((d) => isUnder(file, d));
}

/**
 * The result as reported: file records of the named files only, the summary counted again
 * over them (so "1 file linted" means the file you named). Findings in the named files, and
 * those in other files that a named file causes: a rule anchors a finding at the entry it is
 * about and relates its causes (the mesh entry, the Helm value), so a finding elsewhere with
 * a related location in a named file is one the change to that file brings about.
 */
export function narrowResult(result: LintResult, ctx: LintContext): LintResult {
  const scope = ctx.reportOnly;
  if (!scope) return result;
  const files = result.files.filter((f) => inScope(f.path, scope));
  const findings: Finding[] = [];
  for (const f of result.findings) {
    if (inScope(f.location.file, scope)) findings.push(f);
    else {
      const cause = f.related.find((r) => inScope(r.file, scope));
      if (cause) findings.push({ ...f, causedBy: cause.file });
    }
  }
  const entries = files.reduce((n, f) => n + f.entries, 0);
  return buildResult(files, findings, result.rules, result.ruleErrors, entries, result.phase, result.cwd);
}
