/**
 * Parsing and validating `.mtls-lint.yaml`. Pure: text in, a config or located problems
 * out (every problem has a line and column; unknown keys and values get a did-you-mean).
 * docs/configuration.md documents every key; schema/mtls-lint.schema.json describes the
 * same shape for editors (built by `configJsonSchema`, kept equal by a test).
 */
import type { Phase, SeveritySetting } from '../engine/finding.js';
import type { ScopeHint } from '../model/scope.js';
import type { ClusterFacts } from '../model/workloads.js';
import { LineIndex } from '../parse/line-index.js';
import type { LNode, LProperty, SourceRange } from '../parse/located.js';
import { parseYaml } from '../parse/yaml-read.js';
import { compileGlob, globProblem } from './glob.js';
import { suggestion } from '../suggest.js';
import { defaultConfig, type ConfigProblem, type ExceptionRule, type LintConfig, type ScopeRule, type ServiceSelector, type TargetRule } from './types.js';

export const TOP_LEVEL_KEYS = ['$schema', 'phase', 'rules', 'include', 'exclude', 'scopes', 'targets', 'clusterFacts', 'helmValues', 'exceptions'] as const;
export const TARGET_KEYS = ['files', 'datacenter', 'partition', 'kubeContext', 'clusterFacts'] as const;
export const PHASES = ['onboarding', 'enforce'] as const;
export const SEVERITY_SETTINGS = ['off', 'note', 'warning', 'error'] as const;
export const SCOPE_KEYS = ['partition', 'namespace', 'datacenter'] as const;
export const FACT_KEYS = ['meshAllowsPermissive', 'defaultIntentionPolicy', 'transparentProxyDefault'] as const;
export const EXCEPTION_KEYS = ['rule', 'path', 'service', 'reason', 'expires'] as const;
export const SERVICE_KEYS = ['name', 'partition', 'namespace'] as const;
/** A scope key of `clusterFacts`: `*`, `<partition>` or `<datacenter>/<partition>`. */
export const FACT_SCOPE_PATTERN = /^(\*|[^/\s]+(\/[^/\s]+)?)$/;

export interface ParseConfigOptions {
  /** The file as shown in problems (relative to the working directory). */
  displayPath: string;
  /** Absolute path of the file. */
  path: string;
  /** Absolute folder of the file. */
  dir: string;
  /** Every rule id the linter knows. */
  ruleIds: readonly string[];
}

export type ConfigParse = { ok: true; config: LintConfig } | { ok: false; problems: ConfigProblem[] };

/** A real calendar date written as YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function describe(n: LNode): string {
  if (n.type === 'object') return 'a mapping';
  if (n.type === 'array') return 'a list';
  if (n.type === 'null') return 'empty';
  if (n.type === 'string') return `"${String(n.value)}"`;
  return `${n.type} ${String(n.value)}`;
}

class Checker {
  readonly problems: ConfigProblem[] = [];

  constructor(readonly file: string) {}

  error(range: SourceRange, message: string): void {
    this.problems.push({ file: this.file, range, message });
  }

  /** The props of a mapping, reporting unknown keys with a suggestion. */
  mapping(n: LNode, what: string, known?: readonly string[]): LProperty[] | undefined {
    if (n.type !== 'object') {
      this.error(n.range, `${what} must be a mapping, not ${describe(n)}`);
      return undefined;
    }
    if (!known) return n.props;
    const ok: LProperty[] = [];
    for (const p of n.props) {
      if (known.includes(p.key)) ok.push(p);
      else {
        const where = what === 'the file' ? '' : ` in ${what}`;
        this.error(p.keyRange, `unknown key "${p.key}"${where}${suggestion(p.key, known)}; known keys: ${known.join(', ')}`);
      }
    }
    return ok;
  }

  string(n: LNode, what: string, opts: { nonEmpty?: boolean } = {}): string | undefined {
    if (n.type !== 'string') {
      this.error(n.range, `${what} must be a string, not ${describe(n)}`);
      return undefined;
    }
    const v = n.value as string;
    if (opts.nonEmpty && v.trim() === '') {
      this.error(n.range, `${what} must not be empty`);
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(n: LNode, what: string, values: readonly T[]): T | undefined {
    const v = n.type === 'string' ? (n.value as string) : undefined;
    if (v !== undefined && (values as readonly string[]).includes(v)) return v as T;
    const got = n.type === 'string' ? `"${v}"` : describe(n);
    this.error(n.range, `${what} must be ${values.map((x) => `"${x}"`).join(', ').replace(/, ([^,]*)$/, ' or $1')}, not ${got}${v !== undefined ? suggestion(v, values) : ''}`);
    return undefined;
  }

  boolean(n: LNode, what: string): boolean | undefined {
    if (n.type === 'boolean') return n.value as boolean;
    this.error(n.range, `${what} must be true or false, not ${describe(n)}`);
    return undefined;
  }

  globList(n: LNode, what: string): string[] | undefined {
    if (n.type !== 'array') {
      this.error(n.range, `${what} must be a list of globs, not ${describe(n)}`);
      return undefined;
    }
    const out: string[] = [];
    n.items.forEach((item, i) => {
      const g = this.glob(item, `${what}[${i}]`);
      if (g !== undefined) out.push(g);
    });
    return out;
  }

  glob(n: LNode, what: string): string | undefined {
    const g = this.string(n, what);
    if (g === undefined) return undefined;
    const p = globProblem(g);
    if (p) {
      this.error(n.range, `${what} ${p}`);
      return undefined;
    }
    return g;
  }

  ruleId(n: LNode, what: string, ruleIds: readonly string[]): string | undefined {
    const id = this.string(n, what, { nonEmpty: true });
    if (id === undefined) return undefined;
    if (!ruleIds.includes(id)) {
      this.error(n.range, `${what}: unknown rule "${id}"${suggestion(id, ruleIds)} (see mtls-lint --list-rules)`);
      return undefined;
    }
    return id;
  }
}

export function parseConfig(text: string, opts: ParseConfigOptions): ConfigParse {
  const c = new Checker(opts.displayPath);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(body);
  // Our own file, YAML 1.2: `off` is a severity here, not false.
  const parsed = parseYaml(body, lines, '1.2');
  for (const p of parsed.problems) c.error(p.range, p.message);
  if (c.problems.length > 0) return { ok: false, problems: c.problems };
  const config = defaultConfig(opts.dir);
  config.path = opts.path;
  config.displayPath = opts.displayPath;
  if (parsed.documents.length === 0) return { ok: true, config };
  if (parsed.documents.length > 1) {
    c.error(parsed.documents[1]!.range, 'the configuration must be a single YAML document');
    return { ok: false, problems: c.problems };
  }
  const root = parsed.documents[0]!.root;
  if (root.type === 'null') return { ok: true, config };
  const props = c.mapping(root, 'the file', TOP_LEVEL_KEYS);
  for (const p of props ?? []) {
    const v = p.value;
    switch (p.key as (typeof TOP_LEVEL_KEYS)[number]) {
      case '$schema':
        c.string(v, '$schema');
        break;
      case 'phase':
        config.phase = c.oneOf<Phase>(v, 'phase', PHASES);
        break;
      case 'rules':
        readRules(c, v, opts.ruleIds, config.severities);
        break;
      case 'include': {
        const g = c.globList(v, 'include');
        if (g && g.length === 0) c.error(v.range, 'include must list at least one glob (leave the key out to lint every file)');
        else if (g) config.include = g;
        break;
      }
      case 'exclude':
        config.exclude = c.globList(v, 'exclude') ?? [];
        break;
      case 'scopes':
        config.scopes = readScopes(c, v, opts.displayPath);
        break;
      case 'targets':
        config.targets = readTargets(c, v, opts.displayPath);
        break;
      case 'clusterFacts':
        config.facts = readFacts(c, v);
        break;
      case 'helmValues':
        config.helmValues = c.globList(v, 'helmValues');
        break;
      case 'exceptions':
        config.exceptions = readExceptions(c, v, opts);
        break;
    }
  }
  c.problems.sort((x, y) => x.range.start.offset - y.range.start.offset);
  return c.problems.length > 0 ? { ok: false, problems: c.problems } : { ok: true, config };
}

function readRules(c: Checker, n: LNode, ruleIds: readonly string[], out: Map<string, SeveritySetting>): void {
  for (const p of c.mapping(n, 'rules') ?? []) {
    if (!ruleIds.includes(p.key)) {
      c.error(p.keyRange, `rules: unknown rule "${p.key}"${suggestion(p.key, ruleIds)} (see mtls-lint --list-rules)`);
      continue;
    }
    const sev = c.oneOf<SeveritySetting>(p.value, `rules.${p.key}`, SEVERITY_SETTINGS);
    if (sev) out.set(p.key, sev);
  }
}

function readScopes(c: Checker, n: LNode, file: string): ScopeRule[] {
  const out: ScopeRule[] = [];
  for (const p of c.mapping(n, 'scopes') ?? []) {
    const problem = globProblem(p.key);
    if (problem) {
      c.error(p.keyRange, `scopes: the glob "${p.key}" ${problem}`);
      continue;
    }
    const what = `scopes."${p.key}"`;
    const fields = c.mapping(p.value, what, SCOPE_KEYS);
    if (!fields) continue;
    if (fields.length === 0 && p.value.type === 'object' && p.value.props.length === 0) {
      c.error(p.value.range, `${what} must set partition, namespace or datacenter`);
      continue;
    }
    const hint: ScopeHint = {};
    for (const f of fields) {
      const v = c.string(f.value, `${what}.${f.key}`, { nonEmpty: true });
      if (v !== undefined) hint[f.key as keyof ScopeHint] = v;
    }
    out.push({ pattern: p.key, matches: compileGlob(p.key), hint, location: { file, range: p.keyRange } });
  }
  return out;
}

function readTargets(c: Checker, n: LNode, file: string): TargetRule[] {
  const out: TargetRule[] = [];
  for (const p of c.mapping(n, 'targets') ?? []) {
    const what = `targets."${p.key}"`;
    if (p.key.trim() === '') {
      c.error(p.keyRange, 'targets: a target needs a name');
      continue;
    }
    const fields = c.mapping(p.value, what, TARGET_KEYS);
    if (!fields) continue;
    const get = (k: string) => fields.find((f) => f.key === k);
    const files = get('files');
    if (!files) {
      c.error(p.keyRange, `${what} must list the globs of its files ("files: [...]")`);
      continue;
    }
    const patterns = c.globList(files.value, `${what}.files`);
    if (!patterns) continue;
    if (patterns.length === 0) {
      c.error(files.value.range, `${what}.files must list at least one glob`);
      continue;
    }
    const t: TargetRule = {
      name: p.key,
      patterns,
      matches: ((globs) => (f: string) => globs.some((g) => g(f)))(patterns.map(compileGlob)),
      location: { file, range: p.keyRange },
      patternLocations: files.value.type === 'array' ? files.value.items.map((i) => ({ file, range: i.range })) : [],
    };
    for (const k of ['datacenter', 'partition', 'kubeContext'] as const) {
      const f = get(k);
      if (!f) continue;
      const v = c.string(f.value, `${what}.${k}`, { nonEmpty: true });
      if (v !== undefined) t[k] = v;
    }
    const facts = get('clusterFacts');
    if (facts) t.facts = readFacts(c, facts.value, `${what}.clusterFacts`);
    out.push(t);
  }
  return out;
}

function readFacts(c: Checker, n: LNode, where = 'clusterFacts'): Map<string, ClusterFacts> {
  const raw = new Map<string, ClusterFacts>();
  for (const p of c.mapping(n, where) ?? []) {
    if (!FACT_SCOPE_PATTERN.test(p.key)) {
      c.error(p.keyRange, `${where}: "${p.key}" is not a scope: write "*", a partition ("default") or a datacenter and partition ("dc2/default")`);
      continue;
    }
    const what = `${where}."${p.key}"`;
    const facts: ClusterFacts = {};
    for (const f of c.mapping(p.value, what, FACT_KEYS) ?? []) {
      const k = f.key as (typeof FACT_KEYS)[number];
      if (k === 'defaultIntentionPolicy') {
        const v = c.oneOf(f.value, `${what}.${k}`, ['allow', 'deny'] as const);
        if (v) facts.defaultIntentionPolicy = v;
      } else {
        const v = c.boolean(f.value, `${what}.${k}`);
        if (v !== undefined) facts[k] = v;
      }
    }
    raw.set(p.key, facts);
  }
  return mergeFacts(raw);
}

/**
 * `*` gives defaults to every scope, a partition to its datacenter-qualified scopes:
 * each key's facts are merged with the less specific ones, so `MeshModel.factsOf`
 * (key, then partition, then `*`) finds the complete set.
 */
export function mergeFacts(raw: ReadonlyMap<string, ClusterFacts>): Map<string, ClusterFacts> {
  const star = raw.get('*') ?? {};
  const out = new Map<string, ClusterFacts>();
  for (const [k, v] of raw) {
    if (k === '*') out.set(k, { ...v });
    else if (k.includes('/')) out.set(k, { ...star, ...(raw.get(k.slice(k.indexOf('/') + 1)) ?? {}), ...v });
    else out.set(k, { ...star, ...v });
  }
  return out;
}

function readExceptions(c: Checker, n: LNode, opts: ParseConfigOptions): ExceptionRule[] {
  if (n.type !== 'array') {
    c.error(n.range, `exceptions must be a list, not ${describe(n)}`);
    return [];
  }
  const out: ExceptionRule[] = [];
  n.items.forEach((item, i) => {
    const what = `exceptions[${i}]`;
    const fields = c.mapping(item, what, EXCEPTION_KEYS);
    if (!fields) return;
    const get = (k: string) => fields.find((f) => f.key === k);
    const before = c.problems.length;
    const ex: Partial<ExceptionRule> = { location: { file: opts.displayPath, range: item.range } };

    const rule = get('rule');
    if (!rule) c.error(item.range, `${what} must name the rule it covers ("rule: <rule-id>")`);
    else if (rule.value.type === 'array') {
      const ids = rule.value.items.map((r, j) => c.ruleId(r, `${what}.rule[${j}]`, opts.ruleIds));
      if (rule.value.items.length === 0) c.error(rule.value.range, `${what}.rule must name at least one rule`);
      ex.rules = ids.filter((x): x is string => x !== undefined);
    } else {
      const id = c.ruleId(rule.value, `${what}.rule`, opts.ruleIds);
      ex.rules = id ? [id] : [];
    }

    const path = get('path');
    if (path) {
      ex.path = c.glob(path.value, `${what}.path`);
      if (ex.path !== undefined) ex.matchesPath = compileGlob(ex.path);
    }
    const service = get('service');
    if (service) ex.service = readService(c, service.value, `${what}.service`);
    if (!path && !service) c.error(item.range, `${what} must say what it covers: a "path" glob, a "service", or both`);

    const reason = get('reason');
    if (!reason) c.error(item.range, `${what} must give a reason ("reason: <why this is acceptable>")`);
    else ex.reason = c.string(reason.value, `${what}.reason`, { nonEmpty: true });

    const expires = get('expires');
    if (expires) {
      const v = expires.value;
      if (v.type === 'string' && isIsoDate(v.value as string)) {
        ex.expires = v.value as string;
        ex.expiresLocation = { file: opts.displayPath, range: expires.range };
      } else {
        c.error(v.range, `${what}.expires must be a date written YYYY-MM-DD, not ${describe(v)}`);
      }
    }
    if (c.problems.length === before) out.push(ex as ExceptionRule);
  });
  return out;
}

function readService(c: Checker, n: LNode, what: string): ServiceSelector | undefined {
  if (n.type === 'string') {
    const name = c.string(n, what, { nonEmpty: true });
    return name === undefined ? undefined : { name };
  }
  const fields = c.mapping(n, what, SERVICE_KEYS);
  if (!fields) return undefined;
  const sel: Partial<ServiceSelector> = {};
  for (const f of fields) {
    const v = c.string(f.value, `${what}.${f.key}`, { nonEmpty: true });
    if (v !== undefined) sel[f.key as keyof ServiceSelector] = v;
  }
  if (!fields.some((f) => f.key === 'name')) {
    c.error(n.range, `${what} must have a name`);
    return undefined;
  }
  return sel.name ? (sel as ServiceSelector) : undefined;
}

