/**
 * Every file of the shared corpus goes through the whole pipeline: it yields entries, a
 * located finding, or is recognised as something else (a registration, a Kubernetes
 * object, Helm values) — never an exception, never a finding without a position.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { DEFAULT_INPUTS } from '../src/inputs.js';
import { lintSources } from '../src/lint.js';
import { corpusBytes, corpusIndex, describeCorpus } from './corpus-files.js';

describeCorpus('corpus', () => {
  const index = corpusIndex();

  it('has the files INDEX.jsonl lists', () => {
    expect(index.length).toBeGreaterThan(1000);
  });

  it('runs every file through every rule without an exception', () => {
    const outcomes = new Map<string, number>();
    const perRule = new Map<string, number>();
    const unexplained: string[] = [];
    for (const item of index) {
      const run = lintSources([{ path: item.file, bytes: corpusBytes(item.file) }], {
        today: '2026-01-15',
        rules: RULES,
        inputs: DEFAULT_INPUTS,
      });
      expect(run.result.ruleErrors).toEqual([]);
      const nf = run.normalized[0];
      const parseErrors = run.result.findings.filter((f) => f.ruleId === 'parse-error').length;
      let outcome: string;
      if (!nf) outcome = 'skipped';
      else if (nf.entries.length > 0) outcome = 'entries';
      else if (parseErrors > 0) outcome = 'parse-error';
      else if (nf.registrations > 0) outcome = 'registration';
      else if (run.result.findings.length > 0) outcome = 'other-finding';
      else outcome = 'no-entries';
      const key = `${item.lang}/${outcome}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      if (item.category === 'config-entry' && (outcome === 'no-entries' || outcome === 'skipped')) unexplained.push(item.file);
      for (const f of run.result.findings) {
        perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
        expect(f.location.range.start.line).toBeGreaterThanOrEqual(1);
        expect(f.location.range.start.column).toBeGreaterThanOrEqual(1);
        expect(f.location.file).toBe(item.file);
      }
    }
    console.log('corpus outcomes by language:', Object.fromEntries([...outcomes].sort()));
    console.log('corpus findings by rule:', Object.fromEntries([...perRule].sort()));
    // A config-entry file either yields entries or a located finding.
    expect(unexplained).toEqual([]);
  });
});
