/**
 * `.mtls-lint.yaml` as the linter uses it, after validation. Every path pattern is
 * relative to the folder of the config file (`dir`); locations point into the file so
 * that findings about the configuration (an expired exception) can be shown in an editor.
 */
import type { Location, Phase, SeveritySetting } from '../engine/finding.js';
import type { SourceRange } from '../parse/located.js';
import type { ScopeHint } from '../model/scope.js';
import type { ClusterFacts } from '../model/workloads.js';
import type { PathMatcher } from './glob.js';

/** The file name looked up from the linted path upwards (shared with src/context.ts). */
export { CONFIG_FILE_NAME } from '../context.js';

/** A located problem with a config file: the run stops with exit code 2. */
export interface ConfigProblem {
  /** As shown to the user: relative to the working directory, `/` separators. */
  file: string;
  range: SourceRange;
  message: string;
}

export interface ScopeRule {
  pattern: string;
  matches: PathMatcher;
  hint: ScopeHint;
  /** The glob in the config file. */
  location?: Location;
}

/** A service an exception names; an omitted partition or namespace matches any. */
export interface ServiceSelector {
  name: string;
  partition?: string;
  namespace?: string;
}

export interface ExceptionRule {
  /** Rule ids the exception covers. */
  rules: string[];
  path?: string;
  matchesPath?: PathMatcher;
  service?: ServiceSelector;
  reason: string;
  /** YYYY-MM-DD: from this date on the exception no longer applies. */
  expires?: string;
  /** The exception item in the config file. */
  location: Location;
  /** The `expires` value, where expiry findings point. */
  expiresLocation?: Location;
}

/** A `targets:` item: what is applied together to one Consul cluster. */
export interface TargetRule {
  name: string;
  /** Globs of the files it holds, relative to the config's folder. */
  patterns: string[];
  matches: PathMatcher;
  datacenter?: string;
  partition?: string;
  kubeContext?: string;
  /** Cluster facts of this target (`clusterFacts` keys), over the file's `clusterFacts`. */
  facts?: Map<string, ClusterFacts>;
  /** The target's name in the config file. */
  location: Location;
  /** Each glob, for "matches no file". */
  patternLocations: Location[];
}

export interface LintConfig {
  /** Absolute path of the file; undefined for the built-in defaults (no config file). */
  path?: string;
  /** The file as shown in messages and findings: relative to the working directory. */
  displayPath?: string;
  /** Absolute folder patterns are relative to. */
  dir: string;
  phase?: Phase;
  /** `rules:` severities. */
  severities: Map<string, SeveritySetting>;
  include?: string[];
  exclude: string[];
  scopes: ScopeRule[];
  /** Cluster facts by scope key (`*`, `partition`, `dc/partition`), `*` already merged in. */
  facts: Map<string, ClusterFacts>;
  /** Globs of files that are the consul chart's Helm values, whatever their keys. */
  helmValues?: string[];
  exceptions: ExceptionRule[];
  /** `targets:`; empty: targets are inferred (src/targets/). */
  targets: TargetRule[];
}

export function defaultConfig(dir: string): LintConfig {
  return { dir, severities: new Map(), exclude: [], scopes: [], facts: new Map(), exceptions: [], targets: [] };
}
