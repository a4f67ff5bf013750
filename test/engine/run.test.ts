import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run.js';
import { lintSources } from '../../src/lint.js';
import { MeshModel } from '../../src/model/mesh.js';

const SD = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n';

/** A rule that reports, at the entry's Name and Kind, the messages it is given in order. */
function reporting(messages: { at: 'name' | 'kind'; message: string; related?: boolean }[]) {
  return defineRule({
    meta: { id: 'test-rule', description: 'test', category: 'hygiene', defaultSeverity: 'warning', docsUrl: 'rules/test-rule.md' },
    check({ model, report }) {
      const e = model.entries[0]!;
      for (const m of messages) {
        report({ at: m.at === 'name' ? e.nameAt! : e.kindAt, message: m.message, related: m.related ? [{ at: e.kindAt, message: 'here' }] : undefined });
      }
    },
  });
}

function run(messages: Parameters<typeof reporting>[0]) {
  const { normalized } = lintSources([{ path: 'api.hcl', text: SD }], { today: '2026-01-15', rules: [] });
  const model = new MeshModel(normalized.flatMap((n) => n.entries));
  return runRules([reporting(messages)], model, normalized, { phase: 'onboarding', today: '2026-01-15' }).findings;
}

describe('runRules', () => {
  it('lists a finding a rule reports twice at one place once, and every other message there', () => {
    const findings = run([
      { at: 'name', message: 'a' },
      { at: 'name', message: 'b' },
      { at: 'name', message: 'a' },
      { at: 'kind', message: 'a' },
      { at: 'name', message: 'c' },
      { at: 'name', message: 'b' },
      { at: 'kind', message: 'a' },
    ]);
    expect(findings.map((f) => `${f.location.range.start.line}:${f.location.range.start.column} ${f.message}`)).toEqual(['1:1 a', '2:1 a', '2:1 b', '2:1 c']);
  });

  it('gives the findings without related locations one frozen empty list (read-only once made)', () => {
    const [a, b, c] = run([
      { at: 'name', message: 'a' },
      { at: 'name', message: 'b' },
      { at: 'name', message: 'c', related: true },
    ]);
    expect(a!.related).toBe(b!.related);
    expect(Object.isFrozen(a!.related)).toBe(true);
    expect(c!.related.map((r) => r.message)).toEqual(['here']);
  });
});
