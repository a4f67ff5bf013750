/**
 * One harness for every rule (stylelint's accept/reject tables, ESLint's RuleTester):
 * a case is a set of in-memory files; reject cases list the exact findings expected.
 */
import { describe, expect, it } from 'vitest';
import type { Phase, SeveritySetting } from '../src/engine/finding.js';
import type { Rule } from '../src/engine/rule.js';
import { DEFAULT_INPUTS } from '../src/inputs.js';
import { lintSources } from '../src/lint.js';
import { compileGlob } from '../src/config/glob.js';
import type { ScopeHint } from '../src/model/scope.js';
import type { ClusterFacts } from '../src/model/workloads.js';

export interface CaseOptions {
  phase?: Phase;
  today?: string;
  facts?: Record<string, ClusterFacts>;
  /** Path prefix → scope hint, e.g. `{ 'team-a/': { partition: 'a' } }`. */
  scopes?: Record<string, ScopeHint>;
  severity?: SeveritySetting;
  /** Declared deployment targets: name → globs (`.mtls-lint.yaml` `targets:`). */
  targets?: Record<string, string[]>;
}

export interface AcceptCase extends CaseOptions {
  description?: string;
  files: Record<string, string>;
}

export interface ExpectedFinding {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string | RegExp;
  severity?: 'error' | 'warning' | 'note';
  /** Expected related locations, as `file:line:column`. */
  related?: string[];
}

export interface RejectCase extends AcceptCase {
  findings: ExpectedFinding[];
}

export function runRule(rule: Rule, c: AcceptCase) {
  const sources = Object.entries(c.files).map(([path, text]) => ({ path, text }));
  const scopes = Object.entries(c.scopes ?? {});
  const { result } = lintSources(sources, {
    rules: [rule],
    phase: c.phase,
    today: c.today ?? '2026-01-15',
    facts: new Map(Object.entries(c.facts ?? {})),
    scopeOf: (p) => scopes.find(([prefix]) => p.startsWith(prefix))?.[1] ?? {},
    severities: c.severity ? new Map([[rule.meta.id, c.severity]]) : undefined,
    inputs: DEFAULT_INPUTS,
    targets: Object.entries(c.targets ?? {}).map(([name, patterns]) => {
      const globs = patterns.map(compileGlob);
      return { name, patterns, matches: (p: string) => globs.some((g) => g(p)) };
    }),
  });
  if (result.ruleErrors.length > 0) throw new Error(`rule crashed: ${result.ruleErrors[0]!.message}`);
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

export function ruleTester(rule: Rule, cases: { accept: AcceptCase[]; reject: RejectCase[] }): void {
  describe(rule.meta.id, () => {
    cases.accept.forEach((c, i) => {
      it(`accepts: ${c.description ?? `case ${i + 1}`}`, () => {
        const found = runRule(rule, c);
        expect(found.map((f) => `${f.location.file}:${f.location.range.start.line}:${f.location.range.start.column} ${f.message}`)).toEqual([]);
      });
    });
    cases.reject.forEach((c, i) => {
      it(`rejects: ${c.description ?? `case ${i + 1}`}`, () => {
        const found = runRule(rule, c);
        expect(found.length, found.map((f) => `${f.location.file}:${f.location.range.start.line}:${f.location.range.start.column} ${f.message}`).join('\n')).toBe(c.findings.length);
        c.findings.forEach((exp, j) => {
          const f = found[j]!;
          const got = {
            file: f.location.file,
            line: f.location.range.start.line,
            column: f.location.range.start.column,
            ...(exp.endLine !== undefined ? { endLine: f.location.range.end.line } : {}),
            ...(exp.endColumn !== undefined ? { endColumn: f.location.range.end.column } : {}),
            ...(exp.severity ? { severity: f.severity } : {}),
            ...(exp.related ? { related: f.related.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`) } : {}),
          };
          const { message, ...pos } = exp;
          expect(got).toEqual(pos);
          if (typeof message === 'string') expect(f.message).toBe(message);
          else expect(f.message).toMatch(message);
        });
      });
    });
  });
}
