/**
 * From discovered files to projects: each file is governed by the nearest
 * `.mtls-lint.yaml` at or above it (or the `--config` file), and the files of one config
 * are linted together, as one model, with that config's settings. A folder with its own
 * config file is a project of its own; its files are not mixed into the parent's model
 * (src/context.ts treats that folder as a repository root too, so a file linted alone
 * gives the same findings as the folder).
 */
import path from 'node:path';
import type { SeveritySetting } from '../engine/finding.js';
import { toRel, type DiscoveredFile, type DiscoverResult, type SkippedPath } from '../discover.js';
import { inScope, isUnder, type LintContext } from '../context.js';
import { buildResult, type LintRun } from '../lint.js';
import { MeshModel } from '../model/mesh.js';
import type { ScopeHint } from '../model/scope.js';
import type { ClusterFacts, Workload } from '../model/workloads.js';
import type { ConfigResolver } from './load.js';
import { compileGlob } from './glob.js';
import { CONFIG_FILE_NAME, type ConfigProblem, type LintConfig } from './types.js';
import type { DeclaredTarget } from '../targets/index.js';

export interface Project {
  config: LintConfig;
  files: DiscoveredFile[];
  skipped: SkippedPath[];
}

/** A path relative to the working directory, relative to the config's folder. */
export function relToConfig(config: LintConfig, cwd: string): (file: string) => string {
  return (file) => toRel(config.dir, path.resolve(cwd, file));
}

/** The scope hint of a file from the config's `scopes` (every matching glob, later ones win). */
export function configScopeOf(config: LintConfig, cwd: string): (file: string) => ScopeHint {
  const rel = relToConfig(config, cwd);
  return (file) => {
    const hint: ScopeHint = {};
    if (config.scopes.length === 0 && config.targets.length === 0) return hint;
    const r = rel(file);
    // A declared target's cluster first (the first target that holds the file), then `scopes`.
    const t = config.targets.find((x) => x.matches(r));
    if (t?.datacenter !== undefined) hint.datacenter = t.datacenter;
    if (t?.partition !== undefined) hint.partition = t.partition;
    for (const s of config.scopes) if (s.matches(r)) Object.assign(hint, s.hint);
    return hint;
  };
}

function selected(config: LintConfig, cwd: string): (file: string) => boolean {
  const rel = relToConfig(config, cwd);
  const include = config.include?.map(compileGlob);
  const exclude = config.exclude.map(compileGlob);
  if (!include && exclude.length === 0) return () => true;
  return (file) => {
    const r = rel(file);
    if (exclude.some((m) => m(r))) return false;
    return !include || include.some((m) => m(r));
  };
}

/** The config's `helmValues` globs as the Kubernetes input's matcher (undefined: none). */
export function helmValuesOf(config: LintConfig, cwd: string): ((file: string) => boolean) | undefined {
  if (!config.helmValues?.length) return undefined;
  const rel = relToConfig(config, cwd);
  const globs = config.helmValues.map(compileGlob);
  return (file) => globs.some((m) => m(rel(file)));
}

/** `--rule` on the command line wins over `rules:` in the config. */
export function mergeSeverities(
  fromConfig: ReadonlyMap<string, SeveritySetting>,
  fromCli?: ReadonlyMap<string, SeveritySetting>,
): Map<string, SeveritySetting> {
  return new Map([...fromConfig, ...(fromCli ?? [])]);
}

/**
 * Group discovered files by the config that governs them, dropping what a config's
 * include/exclude leaves out, config files themselves and any path in `ignore`.
 */
export async function groupByConfig(
  found: Pick<DiscoverResult, 'files' | 'skipped'>,
  resolver: ConfigResolver,
  context: LintContext,
  ignore: readonly string[] = [],
): Promise<Project[]> {
  const cwd = resolver.cwd;
  const byKey = new Map<string, Project>();
  const selectors = new Map<LintConfig, (file: string) => boolean>();
  const ignored = new Set(ignore.map((p) => path.resolve(p)));
  const projectOf = async (dir: string): Promise<Project | undefined> => {
    const config = await resolver.configFor(dir, true);
    if (!config) return undefined;
    const k = config.path ?? '';
    let p = byKey.get(k);
    if (!p) {
      p = { config, files: [], skipped: [] };
      byKey.set(k, p);
    }
    return p;
  };
  // The config of a file is its folder's: resolved once per folder, in the order files come.
  const skippedAbs = found.skipped.map((s) => path.resolve(cwd, s.rel));
  const byDir = new Map<string, Project | undefined>();
  for (const abs of [...found.files.map((f) => f.abs), ...skippedAbs]) {
    const dir = path.dirname(abs);
    if (!byDir.has(dir)) byDir.set(dir, await projectOf(dir));
  }
  const selectorOf = (p: Project): ((file: string) => boolean) => {
    let sel = selectors.get(p.config);
    if (!sel) selectors.set(p.config, (sel = selected(p.config, cwd)));
    return sel;
  };
  for (const f of found.files) {
    if (path.basename(f.abs) === CONFIG_FILE_NAME || ignored.has(f.abs)) continue;
    const p = byDir.get(path.dirname(f.abs));
    if (p && selectorOf(p)(f.rel)) p.files.push(f);
  }
  found.skipped.forEach((s, i) => {
    const p = byDir.get(path.dirname(skippedAbs[i]!));
    if (p && selectorOf(p)(s.rel)) p.skipped.push(s);
  });
  if (byKey.size === 0) {
    // Nothing to lint: still resolve the config of the linted folder (its errors count).
    const config = await resolver.configFor(context.roots[0] ?? cwd, true);
    if (config) byKey.set(config.path ?? '', { config, files: [], skipped: [] });
  }
  return [...byKey.values()].sort((a, b) => ((a.config.path ?? '') < (b.config.path ?? '') ? -1 : 1));
}

/** One run from the runs of several projects (files and findings side by side). */
export function mergeRuns(runs: readonly LintRun[]): LintRun {
  if (runs.length === 1) return runs[0]!;
  const first = runs[0]!;
  const files = runs.flatMap((r) => r.result.files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const findings = runs.flatMap((r) => r.result.findings);
  const ruleErrors = runs.flatMap((r) => r.result.ruleErrors);
  const entries = runs.reduce((n, r) => n + r.result.stats.entries, 0);
  const facts = new Map<string, ClusterFacts>();
  for (const r of runs) for (const [k, v] of r.model.facts) if (!facts.has(k)) facts.set(k, v);
  const workloads: Workload[] = runs.flatMap((r) => [...r.model.workloads]);
  return {
    result: buildResult(files, findings, first.result.rules, ruleErrors, entries, first.result.phase, first.result.cwd),
    model: new MeshModel(runs.flatMap((r) => [...r.model.entries]), workloads, facts),
    targets: runs.flatMap((r) => r.targets),
    parsed: runs.flatMap((r) => r.parsed),
    normalized: runs.flatMap((r) => r.normalized),
  };
}

/** Whether a file (relative to the working directory) is within what this run lints. */
export function inRunScope(context: LintContext, cwd: string): (file: string) => boolean {
  const scope = context.reportOnly;
  if (scope) return (f) => inScope(f, scope);
  const roots = context.roots.map((r) => toRel(cwd, r));
  return (f) => roots.some((d) => isUnder(f, d));
}

/** The config's `targets:` as the target stage reads them (paths relative to the working directory). */
export function declaredTargetsOf(config: LintConfig, cwd: string): DeclaredTarget[] {
  const rel = relToConfig(config, cwd);
  return config.targets.map((t) => ({
    name: t.name,
    patterns: t.patterns,
    matches: (file: string) => t.matches(rel(file)),
    ...(t.datacenter !== undefined ? { datacenter: t.datacenter } : {}),
    ...(t.partition !== undefined ? { partition: t.partition } : {}),
    ...(t.kubeContext !== undefined ? { kubeContext: t.kubeContext } : {}),
    ...(t.facts !== undefined ? { facts: t.facts } : {}),
  }));
}

/**
 * Globs of `targets:` and `scopes` that match none of the project's files: a mistyped path
 * would silently leave files out of their cluster. Located at the glob.
 */
export function unmatchedGlobs(project: Project, cwd: string): ConfigProblem[] {
  const { config } = project;
  if (!config.displayPath) return [];
  const rel = relToConfig(config, cwd);
  const files = [...project.files.map((f) => rel(f.rel)), ...project.skipped.map((s) => rel(s.rel))];
  const problems: ConfigProblem[] = [];
  for (const t of config.targets) {
    t.patterns.forEach((pattern, i) => {
      const m = compileGlob(pattern);
      if (files.some((f) => m(f))) return;
      const at = t.patternLocations[i] ?? t.location;
      problems.push({ file: at.file, range: at.range, message: `targets."${t.name}": the glob "${pattern}" matches no file` });
    });
  }
  for (const s of config.scopes) {
    if (!s.location || files.some((f) => s.matches(f))) continue;
    problems.push({ file: s.location.file, range: s.location.range, message: `scopes: the glob "${s.pattern}" matches no file` });
  }
  return problems;
}
