/**
 * Runs rules over the model and turns reports into findings with the severity the phase
 * and the user's settings give. A rule that throws becomes an internal-error finding for
 * that rule alone; the other rules still run.
 */
import type { MeshModel } from '../model/mesh.js';
import type { NormalizedFile } from '../model/normalize.js';
import { compareFindings, type Finding, type Phase, type RuleMeta, type Severity, type SeveritySetting } from './finding.js';
import type { Rule } from './rule.js';

export interface RunOptions {
  phase: Phase;
  today: string;
  /** Per-rule severity overrides (`--rule id=warning`, config file). */
  severities?: ReadonlyMap<string, SeveritySetting>;
}

export function effectiveSeverity(meta: RuleMeta, opts: RunOptions): SeveritySetting {
  const override = opts.severities?.get(meta.id);
  if (override) return override;
  if (opts.phase === 'enforce' && meta.enforceSeverity) return meta.enforceSeverity;
  return meta.defaultSeverity;
}

export interface RunResult {
  findings: Finding[];
  /** Rules that threw: id and message. */
  ruleErrors: { ruleId: string; message: string }[];
}

export function runRules(
  rules: readonly Rule[],
  model: MeshModel,
  files: readonly NormalizedFile[],
  opts: RunOptions,
): RunResult {
  const findings: Finding[] = [];
  const ruleErrors: RunResult['ruleErrors'] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const sev = effectiveSeverity(rule.meta, opts);
    if (sev === 'off') continue;
    const severity: Severity = sev;
    try {
      rule.check({
        model,
        files,
        phase: opts.phase,
        today: opts.today,
        report(d) {
          const f: Finding = {
            ruleId: rule.meta.id,
            severity,
            message: d.message,
            location: { file: d.at.file, range: d.at.range },
            related: (d.related ?? []).map((r) => ({ file: r.at.file, range: r.at.range, message: r.message })),
            subject: d.at.subject,
          };
          const key = `${f.ruleId}\u0000${f.location.file}\u0000${f.location.range.start.offset}\u0000${f.location.range.end.offset}\u0000${f.message}`;
          if (seen.has(key)) return;
          seen.add(key);
          findings.push(f);
        },
      });
    } catch (err) {
      ruleErrors.push({ ruleId: rule.meta.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  findings.sort(compareFindings);
  return { findings, ruleErrors };
}
