/**
 * The workflow controls applied to a run after the rules: in-source suppressions
 * (comments, object annotations) with their `invalid-suppression` findings, then the
 * config's exceptions with their `expired-exception` findings. Pure: the run and the
 * config in, the run with its result rebuilt out (suppressed findings stay, marked).
 * The baseline comes last, over the whole run (src/engine/baseline.ts, src/index.ts).
 */
import type { LintConfig } from '../config/types.js';
import { buildResult, type LintRun } from '../lint.js';
import { applyExceptions, type ServiceRef } from './exceptions.js';
import { suppressInSource } from './suppress.js';

export interface ControlOptions {
  /** YYYY-MM-DD: exception expiry is compared with it. */
  today: string;
  config?: LintConfig;
  /** A finding's file (relative to the working directory) relative to the config's folder. */
  relToConfig?: (file: string) => string;
  /** Rule ids directives may name (default: the rules of the run). */
  knownRules?: readonly string[];
}

export function applyControls(run: LintRun, opts: ControlOptions): LintRun {
  const r = run.result;
  const severities = new Map(r.rules.map((x) => [x.id, x.severity]));
  const severityOf = (id: string) => severities.get(id);
  const knownRules = new Set(opts.knownRules ?? r.rules.map((x) => x.id));
  let { findings } = suppressInSource(run, { knownRules, severityOf });
  const byWorkload = new Map<string, ServiceRef[]>();
  for (const w of run.model.workloads) {
    const key = w.at.subject.split('#')[0]!;
    const refs = w.services.map((name) => ({ name, partition: w.scope.partition, namespace: w.consulNamespace }));
    byWorkload.set(key, [...(byWorkload.get(key) ?? []), ...refs]);
  }
  findings = applyExceptions(findings, opts.config?.exceptions ?? [], {
    today: opts.today,
    relToConfig: opts.relToConfig ?? ((f) => f),
    severityOf,
    workloadServices: (subject) => byWorkload.get(subject),
  });
  return { ...run, result: buildResult(r.files, findings, r.rules, r.ruleErrors, r.stats.entries, r.phase, r.cwd) };
}
