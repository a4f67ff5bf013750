/**
 * Scenario tests: each folder under fixtures/ is a small repository, run through every
 * registered rule; `expected.json` beside it lists the findings a user should see.
 *
 * Expected findings of rules that are not registered (yet) are skipped, and an expected
 * finding without `message` does not check the message (rules owned by others may still
 * word theirs); every finding of a registered rule must be expected.
 *
 * `expected.json`: `{ description, options?: { phase, today, scopes, facts }, exitCode,
 * findings: [{ ruleId, severity, file, line, column, endLine?, endColumn?, message?, related? }] }`
 * with paths relative to the fixture folder. Every folder with an `expected.json` is a scenario.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../rules/index.js';
import type { Finding, Phase } from '../src/engine/finding.js';
import { DEFAULT_INPUTS } from '../src/inputs.js';
import { lintSources, type SourceFile } from '../src/lint.js';
import type { ScopeHint } from '../src/model/scope.js';
import type { ClusterFacts } from '../src/model/workloads.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

interface ExpectedFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'note';
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message?: string;
  /** `file:line:column` of each related location. */
  related?: string[];
}

interface Expected {
  description: string;
  options?: {
    phase?: Phase;
    today?: string;
    /** Path prefix (relative to the fixture) → scope hint, as the config's `scopes`. */
    scopes?: Record<string, ScopeHint>;
    facts?: Record<string, ClusterFacts>;
  };
  exitCode: 0 | 1;
  findings: ExpectedFinding[];
}

/** Every file of a fixture folder except its expectations, with `/` separators, sorted. */
function readFixture(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (rel: string) => {
    for (const d of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(p);
      else if (p !== 'expected.json') out.push({ path: p, bytes: readFileSync(path.join(dir, p)) });
    }
  };
  walk('');
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function lintFixture(name: string, exp: Expected) {
  const scopes = Object.entries(exp.options?.scopes ?? {});
  const { result } = lintSources(readFixture(path.join(FIXTURES, name)), {
    rules: RULES,
    phase: exp.options?.phase,
    today: exp.options?.today ?? '2026-01-15',
    facts: new Map(Object.entries(exp.options?.facts ?? {})),
    scopeOf: (p) => scopes.find(([prefix]) => p.startsWith(prefix))?.[1] ?? {},
    inputs: DEFAULT_INPUTS,
  });
  return result;
}

/** The CLI's exit code with the default `--fail-on error`. */
function exitCode(findings: Finding[]): number {
  return findings.some((f) => f.severity === 'error' && !(f.suppressions && f.suppressions.length > 0)) ? 1 : 0;
}

function view(f: Finding, exp: ExpectedFinding | undefined): ExpectedFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.location.file,
    line: f.location.range.start.line,
    column: f.location.range.start.column,
    ...(exp?.endLine !== undefined ? { endLine: f.location.range.end.line } : {}),
    ...(exp?.endColumn !== undefined ? { endColumn: f.location.range.end.column } : {}),
    ...(!exp || exp.message !== undefined ? { message: f.message } : {}),
    ...(exp?.related !== undefined ? { related: f.related.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`) } : {}),
  };
}

const SCENARIOS = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => {
    try {
      readFileSync(path.join(FIXTURES, name, 'expected.json'));
      return true;
    } catch {
      return false;
    }
  })
  .sort();

describe('scenarios', () => {
  it('has the scenarios the rule set is specified with', () => {
    expect(SCENARIOS).toEqual(
      expect.arrayContaining([
        'crd-multi-document',
        'docs-json-list-form',
        'no-consul-files',
        'onboarding',
        'permissive-not-allowed-no-mesh',
        'permissive-not-allowed-other-partition',
        'permissive-not-allowed-same-partition',
        'resecured',
      ]),
    );
  });

  for (const name of SCENARIOS) {
    const exp = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${exp.description}`, () => {
      const result = lintFixture(name, exp);
      expect(result.ruleErrors).toEqual([]);
      const wanted = exp.findings.filter((e) => ruleById(e.ruleId) !== undefined);
      const key = (f: { ruleId: string; file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`;
      const remaining = [...wanted];
      const got = result.findings.map((f) => {
        const k = key({ ruleId: f.ruleId, file: f.location.file, line: f.location.range.start.line, column: f.location.range.start.column });
        const i = remaining.findIndex((e) => key(e) === k);
        const match = i >= 0 ? remaining.splice(i, 1)[0] : undefined;
        return view(f, match);
      });
      const sortKey = (f: ExpectedFinding) => `${key(f)} ${f.message ?? ''}`;
      const sorted = (l: ExpectedFinding[]) => [...l].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
      expect(sorted(got)).toEqual(sorted(wanted));
      expect(exitCode(result.findings)).toBe(exp.exitCode);
    });
  }
});
