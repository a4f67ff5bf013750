/**
 * Programmatic API: `lint(options)` discovers, reads and lints files from disk.
 */
import { readFileSync } from 'node:fs';
import { RULES } from '../rules/index.js';
import type { Rule } from './engine/rule.js';
import type { Phase, SeveritySetting } from './engine/finding.js';
import type { LintResult } from './engine/result.js';
import { discover, discoverStaged, toRel, type DiscoverResult } from './discover.js';
import { narrowResult, resolveContext, type LintContext } from './context.js';
import { lintPrepared, lintSources, prepareSource, type LintRun, type ModelInput, type PreparedSource, type SourceFile } from './lint.js';
import type { ScopeHint } from './model/scope.js';
import type { ClusterFacts } from './model/workloads.js';
import { PACKAGE_ROOT } from './version.js';
import { readSource } from './read.js';
import { createInputs, DEFAULT_INPUTS } from './inputs.js';
import path from 'node:path';
import { ConfigResolver } from './config/load.js';
import { configScopeOf, declaredTargetsOf, unmatchedGlobs, groupByConfig, type Project, helmValuesOf, inRunScope, mergeRuns, mergeSeverities, relToConfig } from './config/projects.js';
import type { ConfigProblem, LintConfig } from './config/types.js';
import { applyBaseline, baselineScope, type Baseline, type BaselineEntry } from './engine/baseline.js';
import { applyControls } from './engine/controls.js';
import { buildResult } from './lint.js';
import { prepareCached, type PreparedCache } from './cache/prepared.js';
import { timed, timedAsync, type Timing } from './engine/timing.js';
import { whenLoaded } from './lazy.js';
import { YAML_COMPOSED, YAML_EVENTS } from './parse/readers.js';
import { CRD_SCHEMA } from './model/parts.js';
import { isKustomization } from './kustomize/index.js';
import { releaseParseTrees } from './model/release.js';

export type { LintResult } from './engine/result.js';
export type { Finding, Severity, Phase } from './engine/finding.js';
export { lintSources } from './lint.js';
export { RULES } from '../rules/index.js';

export { MAX_FILE_BYTES } from './read.js';

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
  /** `--config`: this file governs every linted path instead of the nearest `.mtls-lint.yaml`. */
  configFile?: string;
  /** False: do not look `.mtls-lint.yaml` up (built-in defaults, unless `configFile`). */
  useConfigFiles?: boolean;
  /** `--baseline`: findings it records do not fail the run (src/engine/baseline.ts). */
  baseline?: { path: string; baseline: Baseline };
  /** Set: the time of each stage and rule is added to it (`TIMING`, src/engine/timing.ts). */
  timing?: Timing;
  /** The rules to run; default all (`RULES`). `mtls-lint status` reads only the model and runs none. */
  rules?: readonly Rule[];
  /**
   * `--pre-commit`: with files named in a git work tree, the context is the git index (what the
   * commit will hold), not the files on disk (discoverStaged); elsewhere, as without it.
   */
  staged?: boolean;
  /** `--cache`: files unchanged since a run that stored them are restored, not parsed again (src/cache/). */
  cache?: PreparedCache;
  /**
   * Keep every file's parse trees in `parsed` (for callers that read them). By default the trees
   * of config-entry files go once normalized (src/model/release.ts), unless the run needs them
   * again: a project with a kustomization, files named as Helm values, inputs of the caller's.
   */
  keepParseTrees?: boolean;
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

/**
 * Each file read and prepared (decoded, parsed, normalized) in turn: its bytes go at once.
 * A file whose reader is not loaded yet waits for it (src/lazy.ts).
 */
async function readAll(
  files: { abs: string; rel: string }[],
  scopeOf?: (path: string) => ScopeHint,
  timing?: Timing,
  fromIndex?: ReadonlyMap<string, SourceFile>,
  cache?: PreparedCache,
  release?: (path: string) => boolean,
): Promise<PreparedSource[]> {
  const out: PreparedSource[] = [];
  for (const f of files) {
    const src = timed(timing, 'read', () => fromIndex?.get(f.abs) ?? readSource(f.abs, f.rel));
    const made = whenLoaded(() => (cache ? prepareCached(src, cache, scopeOf, timing) : prepareSource(src, scopeOf, timing)));
    const prepared = made instanceof Promise ? await made : made;
    // After the cache stored its record: a record holds the whole file.
    if (prepared.skipReason === undefined && release?.(prepared.path)) timed(timing, 'normalize', () => releaseParseTrees(prepared.parsed, prepared.normalized));
    out.push(prepared);
  }
  return out;
}

/**
 * Which files of a project may let their parse trees go (src/model/release.ts): none when the
 * caller keeps them, brings its own inputs, or the project builds kustomize overlays (from its
 * resources' documents); else all but those named as Helm values (read again as values).
 */
function releasing(opts: LintFsOptions, files: readonly { rel: string }[], helmNamed: ((path: string) => boolean) | undefined): ((path: string) => boolean) | undefined {
  if (opts.keepParseTrees || opts.inputs !== undefined) return undefined;
  if (files.some((f) => isKustomization(f.rel))) return undefined;
  return helmNamed ? (p) => !helmNamed(p) : () => true;
}

/**
 * Targets are built synchronously, and a kustomization's inline patches are YAML read and
 * its resources normalized (CRDs checked against their schemas) then: what that needs is
 * loaded first for a run that holds one.
 */
async function loadForTargets(sources: readonly PreparedSource[]): Promise<void> {
  if (sources.some((s) => isKustomization(s.path))) {
    await Promise.all([YAML_EVENTS.load(), YAML_COMPOSED.load(), CRD_SCHEMA.load()]);
  }
}

export interface FsLintRun extends LintRun {
  missing: string[];
  /** What the model was built from and what is reported (src/context.ts). */
  context: LintContext;
  /** Invalid `.mtls-lint.yaml` (located): nothing was linted; the CLI exits 2. */
  configProblems: ConfigProblem[];
  /** Each config in force and the run of the files it governs (src/config/projects.ts). */
  projects: { config: LintConfig; run: LintRun }[];
  /** With `baseline`: how many findings it matched, and its stale entries. */
  baseline?: { path: string; matched: number; stale: BaselineEntry[] };
  /** Whether a file (relative to cwd) is within the linted paths (for baselines). */
  inRun: (file: string) => boolean;
}

/**
 * The files to lint, grouped by the config that governs them (src/config/projects.ts), and the
 * named paths that do not exist. A function of its own so that `lint` does not keep the
 * discovered list (a path pair for each of 100,000 files) for the whole run.
 */
async function discoverProjects(
  opts: LintFsOptions,
  context: LintContext,
  resolver: ConfigResolver,
  stagedFound: DiscoverResult | undefined,
): Promise<{ missing: string[]; projects: Project[] }> {
  const found =
    stagedFound ??
    (await timedAsync(opts.timing, 'discover', () =>
      discover({
        cwd: opts.cwd,
        paths: context.discoverPaths,
        include: opts.include,
        exclude: opts.exclude,
        followExternalSymlinks: opts.followExternalSymlinks,
      }),
    ));
  const projects = await timedAsync(opts.timing, 'configuration', () =>
    groupByConfig(found, resolver, context, opts.baseline ? [path.resolve(opts.cwd, opts.baseline.path)] : []),
  );
  return { missing: found.missing, projects };
}

export async function lint(opts: LintFsOptions): Promise<FsLintRun> {
  // Context (src/context.ts): named files are linted against their whole repository.
  const timing = opts.timing;
  const context = await resolveContext(opts.cwd, opts.paths);
  // pre-commit: the commit's content (the git index) is the context, not untracked files on disk.
  const staged =
    opts.staged && context.reportOnly
      ? timed(timing, 'discover', () =>
          discoverStaged({
            cwd: opts.cwd,
            paths: context.discoverPaths,
            roots: context.roots,
            named: opts.paths,
            include: opts.include,
            exclude: opts.exclude,
          }),
        )
      : undefined;
  // Config (src/config/): the nearest .mtls-lint.yaml of each file, or --config; one run per config.
  const today = opts.today ?? todayUtc();
  const resolver = new ConfigResolver(
    opts.cwd,
    RULES.map((r) => r.meta.id),
    opts.configFile === undefined ? undefined : path.resolve(opts.cwd, opts.configFile),
    opts.useConfigFiles !== false,
  );
  const { missing, projects } = await discoverProjects(opts, context, resolver, staged?.found);
  const inRun = inRunScope(context, opts.cwd);
  const problems = [...resolver.problems, ...projects.flatMap((p) => unmatchedGlobs(p, opts.cwd))];
  if (problems.length > 0) {
    const empty = lintSources([], { today, rules: RULES, cwd: opts.cwd });
    return { ...empty, missing, context, configProblems: problems, projects: [], inRun };
  }
  const runs: { config: LintConfig; run: LintRun }[] = [];
  for (const p of projects) {
    const scopeOf = opts.scopeOf ?? configScopeOf(p.config, opts.cwd);
    const helmNamed = p.config.helmValues ? helmValuesOf(p.config, opts.cwd) : undefined;
    const sources = await readAll(p.files, scopeOf, timing, staged?.content, opts.cache, releasing(opts, p.files, helmNamed));
    // Read: the discovered paths (a pair for each of 100,000 files) are not kept for the run.
    p.files = [];
    for (const s of p.skipped) sources.push({ path: s.rel, skipReason: s.reason });
    await loadForTargets(sources);
    const run = lintPrepared(sources, {
      phase: opts.phase ?? p.config.phase,
      today,
      rules: opts.rules ?? RULES,
      severities: mergeSeverities(p.config.severities, opts.severities),
      scopeOf,
      facts: opts.facts ?? p.config.facts,
      inputs: opts.inputs ?? (helmNamed ? createInputs({ helmValues: helmNamed }) : DEFAULT_INPUTS),
      docs: ruleDocs,
      cwd: opts.cwd,
      timing,
      targets: declaredTargetsOf(p.config, opts.cwd),
    });
    // Suppressions and exceptions, after the rules (src/engine/controls.ts).
    const controlled = timed(timing, 'suppressions and exceptions', () =>
      applyControls(run, { today, config: p.config, relToConfig: relToConfig(p.config, opts.cwd) }),
    );
    runs.push({ config: p.config, run: controlled });
  }
  const run = mergeRuns(runs.map((r) => r.run));
  // Report only what was named (no-op when a directory is the context).
  let result = narrowResult(run.result, context);
  let baseline: FsLintRun['baseline'];
  if (opts.baseline) {
    const abs = path.resolve(opts.cwd, opts.baseline.path);
    const label = toRel(opts.cwd, abs);
    const b = applyBaseline(result.findings, opts.baseline.baseline, baselineScope(abs, opts.cwd, inRun), label);
    result = buildResult(result.files, b.findings, result.rules, result.ruleErrors, result.stats.entries, result.phase, result.cwd);
    baseline = { path: label, matched: b.matched, stale: b.stale };
  }
  return { ...run, result, missing, context, configProblems: [], projects: runs, baseline, inRun };
}

export type { LintRun };
export type LintOutput = LintResult;
