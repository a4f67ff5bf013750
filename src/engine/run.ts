/**
 * Runs rules over the model and turns reports into findings with the severity the phase
 * and the user's settings give. A rule that throws becomes an internal-error finding for
 * that rule alone; the other rules still run.
 */
import type { MeshModel } from '../model/mesh.js';
import type { NormalizedFile } from '../model/normalize.js';
import type { SourceRange } from '../parse/located.js';
import { compareFindings, type Finding, type Phase, type RuleMeta, type Severity, type SeveritySetting } from './finding.js';
import type { Rule } from './rule.js';
import { addTime, type Timing } from './timing.js';

export interface RunOptions {
  phase: Phase;
  today: string;
  /** Per-rule severity overrides (`--rule id=warning`, config file). */
  severities?: ReadonlyMap<string, SeveritySetting>;
  /** Set: each rule's time is added to `timing.rules`. */
  timing?: Timing;
}

export function effectiveSeverity(meta: RuleMeta, opts: RunOptions): SeveritySetting {
  const override = opts.severities?.get(meta.id);
  if (override) return override;
  if (opts.phase === 'enforce' && meta.enforceSeverity) return meta.enforceSeverity;
  return meta.defaultSeverity;
}

/**
 * At most this many findings of one rule in one file are listed; the rest are counted in one
 * more finding of that rule, at the first one left out (a generated file with 100,000 entries
 * must not produce output too large to write). See docs/limits.md.
 */
export const MAX_FINDINGS_PER_RULE_AND_FILE = 1000;
/** At most this many related locations per finding; the last one says how many more there were. */
export const MAX_RELATED_PER_FINDING = 50;

const RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

/** The related locations of the many findings without any: one frozen list, not a list each kept to the end of the run. */
const NO_RELATED = Object.freeze([]) as unknown as never[];

export interface RunResult {
  findings: Finding[];
  /** Rules that threw: id and message. */
  ruleErrors: { ruleId: string; message: string }[];
}

/**
 * Where a finding points. A range from another file than its entry's (a kustomize patch applied
 * to a base resource) names that file; the range reported keeps only its positions.
 */
function placeOf(at: { file: string; range: SourceRange }): { file: string; range: SourceRange } {
  const file = at.range.file;
  return file === undefined ? { file: at.file, range: at.range } : { file, range: { start: at.range.start, end: at.range.end } };
}

export function runRules(
  rules: readonly Rule[],
  model: MeshModel,
  files: readonly NormalizedFile[],
  opts: RunOptions,
): RunResult {
  const reported: Finding[] = [];
  const ruleErrors: RunResult['ruleErrors'] = [];
  // The messages reported at each place by each rule: keyed by the place alone (a flat string,
  // join), since a key that held the message too was a copy of every message of the run.
  const seen = new Map<string, string | string[]>();
  // A finding about a value only a template's rendering knows is not raised.
  const unknown = new Map(files.filter((f) => f.unknownRanges || f.unknownObjects).map((f) => [f.path, f]));
  const isUnknown = (file: string, r: { start: { offset: number }; end: { offset: number } }) => {
    const f = unknown.get(file);
    if (!f) return false;
    if (f.unknownRanges?.some((u) => r.start.offset >= u.start.offset && r.end.offset <= u.end.offset)) return true;
    return f.unknownObjects?.some((u) => r.start.offset === u.start.offset && r.end.offset === u.end.offset) ?? false;
  };
  for (const rule of rules) {
    const sev = effectiveSeverity(rule.meta, opts);
    if (sev === 'off') continue;
    const severity: Severity = sev;
    const t0 = opts.timing?.now();
    try {
      rule.check({
        model,
        files,
        phase: opts.phase,
        today: opts.today,
        report(d) {
          const place = placeOf(d.at);
          if (unknown.size > 0 && isUnknown(place.file, place.range)) return;
          const related = (d.related ?? []).slice(0, MAX_RELATED_PER_FINDING).map((r) => ({ ...placeOf(r.at), message: r.message }));
          const more = (d.related?.length ?? 0) - related.length;
          if (more > 0) related[related.length - 1]!.message += ` (and ${more} more related locations, not listed)`;
          const f: Finding = {
            ruleId: rule.meta.id,
            severity: d.atMost && RANK[d.atMost] < RANK[severity] ? d.atMost : severity,
            message: d.message,
            location: place,
            related: related.length > 0 ? related : NO_RELATED,
            subject: d.at.subject,
          };
          if (d.fix && rule.meta.fixable) f.fix = { file: place.file, start: place.range.start.offset, end: place.range.end.offset, ...d.fix };
          const key = [f.ruleId, f.location.file, f.location.range.start.offset, f.location.range.end.offset].join('\u0000');
          const said = seen.get(key);
          if (said === undefined) seen.set(key, f.message);
          else if (typeof said === 'string') {
            if (said === f.message) return;
            seen.set(key, [said, f.message]);
          } else {
            if (said.includes(f.message)) return;
            said.push(f.message);
          }
          reported.push(f);
        },
      });
    } catch (err) {
      ruleErrors.push({ ruleId: rule.meta.id, message: err instanceof Error ? err.message : String(err) });
    }
    if (opts.timing && t0 !== undefined) addTime(opts.timing.rules, rule.meta.id, opts.timing.now() - t0);
  }
  const findings = limitPerRuleAndFile(reported);
  findings.sort(compareFindings);
  return { findings, ruleErrors };
}

/** The finding that stands for `left` findings not listed, at the first of them. */
function moreFindings(first: Finding, left: number): Finding {
  return {
    ...first,
    message: `${left} more ${first.ruleId} finding${left === 1 ? ' is' : 's are'} not listed for this file (the first of them is here): mtls-lint lists at most ${MAX_FINDINGS_PER_RULE_AND_FILE} findings per rule and file.`,
    related: [],
    subject: `${first.location.file}#more:${first.ruleId}`,
  };
}

/**
 * The same bound for findings made outside the rules (e.g. `invalid-suppression`): the first
 * MAX_FINDINGS_PER_RULE_AND_FILE of each rule and file, in order, and one finding for the rest.
 */
export function limitPerRuleAndFile(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const perFile = new Map<string, { listed: number; left: number; first?: Finding }>();
  for (const f of findings) {
    const fileKey = [f.ruleId, f.location.file].join('\u0000');
    let count = perFile.get(fileKey);
    if (!count) perFile.set(fileKey, (count = { listed: 0, left: 0 }));
    if (count.listed >= MAX_FINDINGS_PER_RULE_AND_FILE) {
      count.left++;
      count.first ??= f;
    } else {
      count.listed++;
      out.push(f);
    }
  }
  for (const { left, first } of perFile.values()) if (first) out.push(moreFindings(first, left));
  return out;
}
