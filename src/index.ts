/**
 * Programmatic API: `lint(options)` discovers, reads and lints files from disk.
 */
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { RULES } from '../rules/index.js';
import type { Phase, SeveritySetting } from './engine/finding.js';
import type { LintResult } from './engine/result.js';
import { discover } from './discover.js';
import { lintSources, type LintRun, type ModelInput, type SourceFile } from './lint.js';
import type { ScopeHint } from './model/scope.js';
import type { ClusterFacts } from './model/workloads.js';
import { PACKAGE_ROOT } from './version.js';
import { DEFAULT_INPUTS } from './inputs.js';

export type { LintResult } from './engine/result.js';
export type { Finding, Severity, Phase } from './engine/finding.js';
export { lintSources } from './lint.js';
export { RULES } from '../rules/index.js';

/** Files larger than this are skipped and counted, never parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LintFsOptions {
  cwd: string;
  paths: string[];
  phase?: Phase;
  today?: string;
  include?: string[];
  exclude?: string[];
  severities?: ReadonlyMap<string, SeveritySetting>;
  scopeOf?: (path: string) => ScopeHint;
  facts?: ReadonlyMap<string, ClusterFacts>;
  inputs?: readonly ModelInput[];
  followExternalSymlinks?: boolean;
}

let docsCache: Map<string, { text: string; markdown: string }> | undefined;

/** Each rule's page (rules/<id>.md), shipped in the package. */
export function ruleDocs(): Map<string, { text: string; markdown: string }> {
  if (docsCache) return docsCache;
  docsCache = new Map();
  for (const r of RULES) {
    try {
      const markdown = readFileSync(new URL(r.meta.docsUrl, PACKAGE_ROOT), 'utf8');
      docsCache.set(r.meta.id, { markdown, text: markdownToText(markdown) });
    } catch {
      /* a missing page is caught by tests, not at run time */
    }
  }
  return docsCache;
}

function markdownToText(md: string): string {
  return md
    .replace(/```[a-z]*\n/g, '')
    .replace(/```/g, '')
    .replace(/^#+\s*/gm, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .trim();
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

async function readSource(abs: string, rel: string): Promise<SourceFile> {
  let fh;
  try {
    fh = await open(abs, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { path: rel, skipReason: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot be read (${code ?? 'error'})` };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { path: rel, skipReason: 'not a regular file' };
    if (st.size > MAX_FILE_BYTES) {
      return { path: rel, skipReason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    }
    const bytes = await fh.readFile();
    return { path: rel, bytes };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { path: rel, skipReason: code === 'EISDIR' ? 'a directory named like a config file' : `cannot be read (${code ?? 'error'})` };
  } finally {
    await fh.close();
  }
}

/** Read files with bounded concurrency, in discovery order. */
async function readAll(files: { abs: string; rel: string }[]): Promise<SourceFile[]> {
  const out: SourceFile[] = new Array(files.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(32, files.length) }, async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await readSource(files[i]!.abs, files[i]!.rel);
    }
  });
  await Promise.all(workers);
  return out;
}

export interface FsLintRun extends LintRun {
  missing: string[];
}

export async function lint(opts: LintFsOptions): Promise<FsLintRun> {
  const found = await discover({
    cwd: opts.cwd,
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude,
    followExternalSymlinks: opts.followExternalSymlinks,
  });
  const sources = await readAll(found.files);
  for (const s of found.skipped) sources.push({ path: s.rel, skipReason: s.reason });
  const run = lintSources(sources, {
    phase: opts.phase,
    today: opts.today ?? todayUtc(),
    rules: RULES,
    severities: opts.severities,
    scopeOf: opts.scopeOf,
    facts: opts.facts,
    inputs: opts.inputs ?? DEFAULT_INPUTS,
    docs: ruleDocs(),
    cwd: opts.cwd,
  });
  return { ...run, missing: found.missing };
}

export type { LintRun };
export type LintOutput = LintResult;
