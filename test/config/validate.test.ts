import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/validate.js';
import { RULE_IDS } from './helpers.js';

const parse = (text: string) => parseConfig(text, { displayPath: 'repo/.mtls-lint.yaml', path: '/x/repo/.mtls-lint.yaml', dir: '/x/repo', ruleIds: RULE_IDS });

function problems(text: string): string[] {
  const r = parse(text);
  if (r.ok) return [];
  return r.problems.map((p) => `${p.file}:${p.range.start.line}:${p.range.start.column}: ${p.message}`);
}

describe('.mtls-lint.yaml validation', () => {
  it('reads every key', () => {
    const r = parse(`
phase: enforce
rules:
  permissive-mtls: error
  strict-mode-implicit: off
include: [consul/**]
exclude: ["**/testdata/**"]
scopes:
  partitions/team-a: { partition: team-a }
  dc2/: { datacenter: dc2, namespace: ns }
clusterFacts:
  "*": { defaultIntentionPolicy: deny, transparentProxyDefault: true }
  team-a: { meshAllowsPermissive: true }
  dc2/team-a: { transparentProxyDefault: false }
exceptions:
  - rule: permissive-mtls
    path: consul/payments-*.json
    reason: OPS-1
    expires: 2026-03-31
  - rule: [permissive-mtls, permissive-without-intentions]
    service: { name: catalog, namespace: default }
    reason: OPS-2
  - rule: permissive-mtls
    service: web
    reason: OPS-3
`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.config;
    expect(c.phase).toBe('enforce');
    expect([...c.severities]).toEqual([
      ['permissive-mtls', 'error'],
      ['strict-mode-implicit', 'off'],
    ]);
    expect(c.include).toEqual(['consul/**']);
    expect(c.exclude).toEqual(['**/testdata/**']);
    expect(c.scopes.map((s) => [s.pattern, s.hint])).toEqual([
      ['partitions/team-a', { partition: 'team-a' }],
      ['dc2/', { datacenter: 'dc2', namespace: 'ns' }],
    ]);
    // `*` gives defaults, a partition to its datacenter-qualified scope.
    expect(Object.fromEntries(c.facts)).toEqual({
      '*': { defaultIntentionPolicy: 'deny', transparentProxyDefault: true },
      'team-a': { defaultIntentionPolicy: 'deny', transparentProxyDefault: true, meshAllowsPermissive: true },
      'dc2/team-a': { defaultIntentionPolicy: 'deny', transparentProxyDefault: false, meshAllowsPermissive: true },
    });
    expect(c.exceptions.map((e) => ({ rules: e.rules, path: e.path, service: e.service, reason: e.reason, expires: e.expires }))).toEqual([
      { rules: ['permissive-mtls'], path: 'consul/payments-*.json', service: undefined, reason: 'OPS-1', expires: '2026-03-31' },
      { rules: ['permissive-mtls', 'permissive-without-intentions'], path: undefined, service: { name: 'catalog', namespace: 'default' }, reason: 'OPS-2', expires: undefined },
      { rules: ['permissive-mtls'], path: undefined, service: { name: 'web' }, reason: 'OPS-3', expires: undefined },
    ]);
    expect(c.exceptions[0]!.expiresLocation?.range.start).toMatchObject({ line: 19, column: 5 });
    expect(c.exceptions[0]!.matchesPath!('consul/payments-defaults.json')).toBe(true);
  });

  it('reads targets', () => {
    const r = parse(
      'targets:\n  dc1:\n    files: ["clusters/dc1/**", "shared/**"]\n    datacenter: dc1\n    kubeContext: dc1-admin\n  dc2:\n    files: ["clusters/dc2/**"]\n    partition: team-b\n    clusterFacts:\n      "*": { meshAllowsPermissive: true }\n',
    );
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
    const [dc1, dc2] = r.config.targets;
    expect([dc1!.name, dc1!.patterns, dc1!.datacenter, dc1!.kubeContext, dc1!.matches('shared/x.hcl'), dc1!.matches('clusters/dc2/x.hcl')]).toEqual([
      'dc1', ['clusters/dc1/**', 'shared/**'], 'dc1', 'dc1-admin', true, false,
    ]);
    expect([dc2!.partition, dc2!.facts?.get('*'), dc2!.location.range.start.line, dc2!.patternLocations[0]!.range.start.column]).toEqual(['team-b', { meshAllowsPermissive: true }, 6, 13]);
  });

  it('accepts an empty file and a file of comments', () => {
    expect(parse('').ok).toBe(true);
    expect(parse('# nothing yet\n').ok).toBe(true);
  });

  it.each([
    ['an unknown top-level key, with a suggestion', 'exeptions: []\n', ['repo/.mtls-lint.yaml:1:1: unknown key "exeptions" (did you mean "exceptions"?); known keys: $schema, phase, rules, include, exclude, scopes, targets, clusterFacts, helmValues, exceptions']],
    ['a key in the wrong case', 'Phase: enforce\n', [/1:1: unknown key "Phase" \(did you mean "phase"\?\)/]],
    ['a bad phase', 'phase: enforced\n', ['repo/.mtls-lint.yaml:1:8: phase must be "onboarding" or "enforce", not "enforced" (did you mean "enforce"?)']],
    ['an unknown rule', 'rules:\n  permisive-mtls: off\n', ['repo/.mtls-lint.yaml:2:3: rules: unknown rule "permisive-mtls" (did you mean "permissive-mtls"?) (see mtls-lint --list-rules)']],
    ['an abbreviated severity', 'rules:\n  permissive-mtls: warn\n', ['repo/.mtls-lint.yaml:2:20: rules.permissive-mtls must be "off", "note", "warning" or "error", not "warn" (did you mean "warning"?)']],
    ['a boolean severity', 'rules:\n  permissive-mtls: false\n', [/2:20: rules.permissive-mtls must be .* not boolean false/]],
    ['include not a list', 'include: consul/**\n', ['repo/.mtls-lint.yaml:1:10: include must be a list of globs, not "consul/**"']],
    ['an empty include', 'include: []\n', [/1:10: include must list at least one glob/]],
    ['an unterminated character class', 'exclude:\n  - "team-[ab/**"\n', [/2:5: exclude\[0\] is not a valid glob \(a character class has no closing \]/]],
    ['a reversed range in a class', 'exclude:\n  - "x"\n  - team-[z-a]\n', [/3:5: exclude\[1\] is not a valid glob \(the range z-a in a character class is reversed\)/]],
    ['an unterminated class in an exception path', 'exceptions:\n  - rule: permissive-mtls\n    path: "a/[]"\n    reason: x\n', [/3:11: exceptions\[0\].path is not a valid glob \(a character class has no closing \]/]],
    ['an unknown scope key', 'scopes:\n  team-a: { partiton: team-a }\n', [/2:13: unknown key "partiton" in scopes."team-a" \(did you mean "partition"\?\)/]],
    ['an empty scope', 'scopes:\n  team-a: {}\n', [/2:11: scopes."team-a" must set partition, namespace or datacenter/]],
    ['a fact of the wrong type', 'clusterFacts:\n  default:\n    meshAllowsPermissive: "yes"\n', [/3:27: clusterFacts."default".meshAllowsPermissive must be true or false, not "yes"/]],
    ['an unknown fact', 'clusterFacts:\n  default:\n    meshAllowPermissive: true\n', [/3:5: unknown key "meshAllowPermissive" in clusterFacts."default" \(did you mean "meshAllowsPermissive"\?\)/]],
    ['a bad fact scope', 'clusterFacts:\n  a/b/c: {}\n', [/2:3: clusterFacts: "a\/b\/c" is not a scope/]],
    ['a bad policy', 'clusterFacts:\n  "*": { defaultIntentionPolicy: Allow }\n', [/2:34: .*must be "allow" or "deny", not "Allow" \(did you mean "allow"\?\)/]],
    ['a target without files', 'targets:\n  dc1: { datacenter: dc1 }\n', [/2:3: targets."dc1" must list the globs of its files \("files: \[...\]"\)/]],
    ['a target with an empty file list', 'targets:\n  dc1:\n    files: []\n', [/3:12: targets."dc1".files must list at least one glob/]],
    ['an unknown target key', 'targets:\n  dc1:\n    files: [a/**]\n    context: x\n', [/4:5: unknown key "context" in targets."dc1"; known keys: files, datacenter, partition, kubeContext, clusterFacts/]],
    ['a target fact of the wrong type', 'targets:\n  dc1:\n    files: [a/**]\n    clusterFacts:\n      "*": { meshAllowsPermissive: "yes" }\n', [/5:36: targets."dc1".clusterFacts."\*".meshAllowsPermissive must be true or false/]],
    ['exceptions not a list', 'exceptions:\n  rule: x\n', [/2:3: exceptions must be a list, not a mapping/]],
    [
      'an exception without reason or target',
      'exceptions:\n  - rule: permissive-mtls\n',
      [/2:5: exceptions\[0\] must say what it covers/, /2:5: exceptions\[0\] must give a reason/],
    ],
    ['an exception without rule', 'exceptions:\n  - path: a.hcl\n    reason: x\n', [/2:5: exceptions\[0\] must name the rule it covers/]],
    ['an exception with an unknown rule', 'exceptions:\n  - rule: [permissive-mtls, permisive-expired]\n    path: a\n    reason: x\n', [/2:29: exceptions\[0\].rule\[1\]: unknown rule "permisive-expired" \(did you mean "permissive-expired"\?\)/]],
    ['an empty reason', 'exceptions:\n  - rule: permissive-mtls\n    path: a\n    reason: "  "\n', [/4:13: exceptions\[0\].reason must not be empty/]],
    ['a bad date', 'exceptions:\n  - rule: permissive-mtls\n    path: a\n    reason: x\n    expires: 2026-02-30\n', [/5:14: exceptions\[0\].expires must be a date written YYYY-MM-DD, not "2026-02-30"/]],
    ['a service without name', 'exceptions:\n  - rule: permissive-mtls\n    service: { partition: a }\n    reason: x\n', [/3:14: exceptions\[0\].service must have a name/]],
    ['an unknown exception key', 'exceptions:\n  - rule: permissive-mtls\n    path: a\n    reason: x\n    expiry: 2026-01-01\n', [/5:5: unknown key "expiry" in exceptions\[0\] \(did you mean "expires"\?\)/]],
    ['a YAML syntax error', 'rules:\n\tpermissive-mtls: off\n', [/repo\/.mtls-lint.yaml:2:1: /]],
    ['a duplicate key', 'phase: enforce\nphase: onboarding\n', [/2:1: .*[Dd]uplicate/]],
    ['two documents', 'phase: enforce\n---\nphase: onboarding\n', [/2:1: the configuration must be a single YAML document/]],
    ['not a mapping', '- a\n- b\n', [/1:1: the file must be a mapping, not a list/]],
  ])('reports %s, located', (_, text, expected) => {
    const got = problems(text);
    expect(got.length, got.join('\n')).toBe(expected.length);
    expected.forEach((e, i) => {
      if (typeof e === 'string') expect(got[i]).toBe(e);
      else expect(got[i]).toMatch(e);
    });
  });
});
