/**
 * Exceptions of `.mtls-lint.yaml`: a rule (or rules), a path glob and/or a service, a
 * reason, an optional `expires` date. Before that date, matching findings are suppressed
 * (SARIF kind `external`, the reason as justification). From that date on the exception
 * no longer applies: its findings count again, and an `expired-exception` finding says so,
 * located at the `expires` value.
 */
import type { ExceptionRule, ServiceSelector } from '../config/types.js';
import { KIND_NAMES } from '../model/kinds.js';
import type { Finding, RelatedLocation, Severity, SeveritySetting } from './finding.js';

export const EXPIRED_EXCEPTION = 'expired-exception';

/** The entry identity in a finding's subject (`kind/partition/namespace/name#field`), if it has one. */
export function subjectIdentity(subject: string): { kind: string; partition: string; namespace: string; name: string } | undefined {
  const hash = subject.indexOf('#');
  const parts = (hash < 0 ? subject : subject.slice(0, hash)).split('/');
  if (parts.length !== 4 || !KIND_NAMES.has(parts[0]!)) return undefined;
  return { kind: parts[0]!, partition: parts[1]!, namespace: parts[2]!, name: parts[3]! };
}

/** A Consul service a finding is about (from its entry, or from the workload it is reported at). */
export interface ServiceRef {
  name: string;
  partition: string;
  namespace: string;
}

/** Services of the workloads by subject (`k8s/<namespace>/<Kind>/<name>`), from the model. */
export type WorkloadServices = (subject: string) => readonly ServiceRef[] | undefined;

export function matchesService(subject: string, sel: ServiceSelector, workloadServices?: WorkloadServices): boolean {
  const id = subjectIdentity(subject);
  const hash = subject.indexOf('#');
  const refs: readonly ServiceRef[] = id ? [id] : (workloadServices?.(hash < 0 ? subject : subject.slice(0, hash)) ?? []);
  return refs.some(
    (r) =>
      r.name === sel.name &&
      (sel.partition === undefined || r.partition === sel.partition) &&
      (sel.namespace === undefined || r.namespace === sel.namespace),
  );
}

export interface ExceptionOptions {
  /** YYYY-MM-DD. */
  today: string;
  /** A finding's file (relative to the working directory) relative to the config's folder. */
  relToConfig: (file: string) => string;
  severityOf: (ruleId: string) => SeveritySetting | undefined;
  workloadServices?: WorkloadServices;
}

export function exceptionMatches(
  ex: ExceptionRule,
  f: Finding,
  relToConfig: (file: string) => string,
  workloadServices?: WorkloadServices,
): boolean {
  if (!ex.rules.includes(f.ruleId)) return false;
  if (ex.matchesPath && !ex.matchesPath(relToConfig(f.location.file))) return false;
  if (ex.service && !matchesService(f.subject, ex.service, workloadServices)) return false;
  return true;
}

export function isExpired(ex: ExceptionRule, today: string): boolean {
  return ex.expires !== undefined && today >= ex.expires;
}

export function describeTarget(ex: ExceptionRule): string {
  const parts: string[] = [];
  if (ex.service) {
    const where = [ex.service.namespace && `namespace "${ex.service.namespace}"`, ex.service.partition && `partition "${ex.service.partition}"`]
      .filter(Boolean)
      .join(' of ');
    parts.push(`service "${ex.service.name}"${where ? ` in ${where}` : ''}`);
  }
  if (ex.path) parts.push(`files "${ex.path}"`);
  return parts.join(' in ');
}

/** The exceptions of one rule, by what can be looked up. */
interface RuleBucket {
  byService: Map<string, number[]>;
  /** Path globs with no wildcard: they cover that path and everything below it. */
  byLiteralPath: Map<string, number[]>;
  /** The rest (wildcard paths): tried on every finding of the rule. */
  others: number[];
}

const GLOB_SYNTAX = /[*?[\]{}\\]/;

/** The literal path a glob names (as src/config/glob.ts normalises it), or undefined for a wildcard glob. */
function literalPath(glob: string): string | undefined {
  const g = glob.trim().replace(/^\.\/+/, '').replace(/^\/+/, '');
  if (g === '' || g.endsWith('/') || GLOB_SYNTAX.test(g)) return undefined;
  return g;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const l = map.get(key);
  if (l) l.push(i);
  else map.set(key, [i]);
}

/**
 * Exceptions indexed by rule, service name and literal path, so that a finding is tried only
 * against those that can cover it: a config with 20,000 exceptions (written by whoever opens
 * the pull request) costs a few lookups per finding, not 20,000 glob matches. The index only
 * narrows: each candidate is still matched in full, in the config's order.
 */
export class ExceptionIndex {
  private readonly byRule = new Map<string, RuleBucket>();

  constructor(private readonly exceptions: readonly ExceptionRule[]) {
    exceptions.forEach((ex, i) => {
      const literal = ex.path === undefined ? undefined : literalPath(ex.path);
      for (const rule of new Set(ex.rules)) {
        let b = this.byRule.get(rule);
        if (!b) this.byRule.set(rule, (b = { byService: new Map(), byLiteralPath: new Map(), others: [] }));
        if (ex.service) push(b.byService, ex.service.name, i);
        else if (literal !== undefined) push(b.byLiteralPath, literal, i);
        else b.others.push(i);
      }
    });
  }

  /** The exceptions that may cover `f`, in config order. */
  candidates(f: Finding, relToConfig: (file: string) => string, workloadServices?: WorkloadServices): ExceptionRule[] {
    const b = this.byRule.get(f.ruleId);
    if (!b) return [];
    const found: number[] = [...b.others];
    if (b.byService.size > 0) {
      const id = subjectIdentity(f.subject);
      const hash = f.subject.indexOf('#');
      const refs: readonly ServiceRef[] = id ? [id] : (workloadServices?.(hash < 0 ? f.subject : f.subject.slice(0, hash)) ?? []);
      for (const name of new Set(refs.map((r) => r.name))) found.push(...(b.byService.get(name) ?? []));
    }
    if (b.byLiteralPath.size > 0) {
      const rel = relToConfig(f.location.file);
      if (rel !== '..' && !rel.startsWith('../')) {
        // The path itself and each folder above it (a folder's glob covers what is below).
        for (let end = rel.length; end > 0; end = rel.lastIndexOf('/', end - 1)) found.push(...(b.byLiteralPath.get(rel.slice(0, end)) ?? []));
      }
    }
    if (found.length > 1) found.sort((x, y) => x - y);
    return found.map((i) => this.exceptions[i]!);
  }
}

/** Suppress what live exceptions cover; report expired ones. */
export function applyExceptions(
  findings: readonly Finding[],
  exceptions: readonly ExceptionRule[],
  opts: ExceptionOptions,
): Finding[] {
  if (exceptions.length === 0) return [...findings];
  const reported: Finding[] = [];
  const uncovered = new Map<ExceptionRule, Finding[]>();
  const index = new ExceptionIndex(exceptions);
  const out = findings.map((f) => {
    let result = f;
    for (const ex of index.candidates(f, opts.relToConfig, opts.workloadServices)) {
      if (!exceptionMatches(ex, f, opts.relToConfig, opts.workloadServices)) continue;
      if (isExpired(ex, opts.today)) {
        const l = uncovered.get(ex);
        if (l) l.push(f);
        else uncovered.set(ex, [f]);
        continue;
      }
      result = {
        ...result,
        suppressions: [...(result.suppressions ?? []), { kind: 'external', justification: ex.reason, location: ex.location }],
      };
    }
    return result;
  });

  const sev = opts.severityOf(EXPIRED_EXCEPTION);
  if (sev && sev !== 'off') {
    for (const ex of exceptions) {
      if (!isExpired(ex, opts.today)) continue;
      const back = uncovered.get(ex) ?? [];
      const related: RelatedLocation[] = back.slice(0, 10).map((f) => ({ ...f.location, message: `${f.ruleId}: no longer covered by the exception` }));
      const head = `The exception for ${ex.rules.join(', ')} on ${describeTarget(ex)} ("${ex.reason}") expired on ${ex.expires}`;
      const message =
        back.length > 0
          ? `${head}: the ${back.length === 1 ? 'finding' : `${back.length} findings`} it covered ${back.length === 1 ? 'counts' : 'count'} again; fix ${back.length === 1 ? 'it' : 'them'}, or agree on a new date.`
          : `${head} and no longer matches any finding: remove it.`;
      reported.push({
        ruleId: EXPIRED_EXCEPTION,
        severity: sev as Severity,
        message,
        location: ex.expiresLocation ?? ex.location,
        related,
        subject: `${ex.location.file}#exception:${ex.rules.join(',')}:${ex.path ?? ''}:${ex.service ? `${ex.service.partition ?? '*'}/${ex.service.namespace ?? '*'}/${ex.service.name}` : ''}`,
      });
    }
  }
  return [...out, ...reported];
}
