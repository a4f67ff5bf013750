/**
 * The `invalid-suppression` rule as a table (the shape of test/rule-tester.ts): it is
 * reported by the suppression stage after every rule has run, so the harness runs all
 * rules and the controls, and looks at that rule's findings only.
 */
import { describe, expect, it } from 'vitest';
import { lintWithControls } from '../config/helpers.js';

interface Case {
  description: string;
  files: Record<string, string>;
  config?: string;
  findings?: { file: string; line: number; column: number; endLine?: number; endColumn?: number; message: string | RegExp }[];
}

const MESH = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';
const svc = (name: string, mode: string, before = '') =>
  `Kind = "service-defaults"\nName = "${name}"\n${before}MutualTLSMode = "${mode}"\n`;
const INTENTION = (name: string) => `Kind = "service-intentions"\nName = "${name}"\nSources = [\n  {\n    Name   = "web"\n    Action = "allow"\n  }\n]\n`;

const accept: Case[] = [
  { description: 'a used next-line directive with a reason (#)', files: { 'mesh.hcl': MESH, 'i.hcl': INTENTION('a'), 'a.hcl': svc('a', 'permissive', '# mtls-lint-disable-next-line permissive-mtls -- onboarding, OPS-1\n') } },
  { description: 'a used next-line directive (//)', files: { 'mesh.hcl': MESH, 'i.hcl': INTENTION('a'), 'a.hcl': svc('a', 'permissive', '// mtls-lint-disable-next-line permissive-mtls -- onboarding, OPS-1\n') } },
  { description: 'a used next-line directive (/* */)', files: { 'mesh.hcl': MESH, 'i.hcl': INTENTION('a'), 'a.hcl': svc('a', 'permissive', '/* mtls-lint-disable-next-line permissive-mtls -- onboarding, OPS-1 */\n') } },
  { description: 'a used file directive for two rules', files: { 'mesh.hcl': MESH, 'a.hcl': `# mtls-lint-disable-file permissive-mtls, permissive-without-intentions -- onboarding\n${svc('a', 'permissive')}` } },
  {
    description: 'a used CRD annotation',
    files: {
      'mesh.hcl': MESH,
      'i.hcl': INTENTION('a'),
      'a.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: a\n  annotations:\n    mtls-lint.io/suppress: "permissive-mtls -- onboarding"\nspec:\n  mutualTLSMode: permissive\n',
    },
  },
  { description: 'a comment that only mentions mtls-lint', files: { 'a.hcl': `# see mtls-lint-disable-next-line in the docs\n# mtls-lint/permissive-until is a Meta key\n${svc('a', 'strict')}` } },
  {
    description: 'a directive for a rule turned off in this run',
    files: { 'a.hcl': svc('a', 'strict', '# mtls-lint-disable-next-line permissive-mtls -- x\n') },
    config: 'rules:\n  permissive-mtls: off\n',
  },
];

const reject: Case[] = [
  {
    description: 'no reason (and the finding stays)',
    files: { 'mesh.hcl': MESH, 'i.hcl': INTENTION('a'), 'a.hcl': svc('a', 'permissive', '# mtls-lint-disable-next-line permissive-mtls\n') },
    findings: [{ file: 'a.hcl', line: 3, column: 1, endLine: 3, endColumn: 46, message: 'The mtls-lint-disable-next-line directive for permissive-mtls gives no reason, so it suppresses nothing: add " -- <why this is acceptable>" after the rule ids.' }],
  },
  {
    description: 'an empty reason',
    files: { 'mesh.hcl': MESH, 'i.hcl': INTENTION('a'), 'a.hcl': svc('a', 'permissive', '# mtls-lint-disable-next-line permissive-mtls --\n') },
    findings: [{ file: 'a.hcl', line: 3, column: 1, message: /gives no reason/ }],
  },
  {
    description: 'an unknown rule, with a suggestion',
    files: { 'mesh.hcl': MESH, 'i.hcl': INTENTION('a'), 'a.hcl': svc('a', 'permissive', '# mtls-lint-disable-next-line permisive-mtls -- onboarding\n') },
    findings: [{ file: 'a.hcl', line: 3, column: 1, message: 'The mtls-lint-disable-next-line directive names "permisive-mtls", which is not a rule of mtls-lint (did you mean "permissive-mtls"?); it suppresses nothing.' }],
  },
  {
    description: 'unused: nothing on the next line',
    files: { 'a.hcl': svc('a', 'strict', '# mtls-lint-disable-next-line permissive-mtls -- onboarding\n') },
    findings: [{ file: 'a.hcl', line: 3, column: 1, message: 'The mtls-lint-disable-next-line directive for permissive-mtls suppresses nothing: no permissive-mtls finding on line 4; remove it.' }],
  },
  {
    description: 'unused: one rule of two',
    files: { 'mesh.hcl': MESH, 'i.hcl': INTENTION('a'), 'a.hcl': svc('a', 'permissive', '# mtls-lint-disable-next-line permissive-mtls, permissive-not-allowed -- onboarding\n') },
    findings: [{ file: 'a.hcl', line: 3, column: 1, message: 'The mtls-lint-disable-next-line directive for permissive-not-allowed suppresses nothing: no permissive-not-allowed finding on line 4; remove it from the list.' }],
  },
  {
    description: 'unused: a file directive',
    files: { 'a.hcl': `// mtls-lint-disable-file permissive-mtls -- onboarding\n${svc('a', 'strict')}` },
    findings: [{ file: 'a.hcl', line: 1, column: 1, message: /directive for permissive-mtls suppresses nothing: no permissive-mtls finding in this file; remove it\./ }],
  },
  {
    description: 'unused: a YAML comment',
    files: { 'a.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: a\nspec:\n  # mtls-lint-disable-next-line permissive-mtls -- onboarding\n  mutualTLSMode: strict\n' },
    findings: [{ file: 'a.yaml', line: 6, column: 3, message: /no permissive-mtls finding on line 7/ }],
  },
  {
    description: 'unused: an annotation',
    files: { 'a.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: a\n  annotations:\n    mtls-lint.io/suppress: "permissive-mtls -- onboarding"\nspec:\n  mutualTLSMode: strict\n' },
    findings: [{ file: 'a.yaml', line: 6, column: 5, message: 'The mtls-lint.io/suppress annotation for permissive-mtls suppresses nothing: no permissive-mtls finding in this object; remove it.' }],
  },
  {
    description: 'an annotation without a reason',
    files: { 'mesh.hcl': MESH, 'i.hcl': INTENTION('a'), 'a.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: a\n  annotations:\n    mtls-lint.io/suppress: permissive-mtls\nspec:\n  mutualTLSMode: permissive\n' },
    findings: [{ file: 'a.yaml', line: 6, column: 5, message: /^The mtls-lint.io\/suppress annotation for permissive-mtls gives no reason/ }],
  },
  {
    description: 'no rule',
    files: { 'a.hcl': svc('a', 'strict', '# mtls-lint-disable-next-line -- because\n') },
    findings: [{ file: 'a.hcl', line: 3, column: 1, message: 'The mtls-lint-disable-next-line directive names no rule: write the rule ids to suppress, then " -- " and the reason.' }],
  },
  {
    description: 'not a directive (ESLint habit)',
    files: { 'a.hcl': svc('a', 'strict', '# mtls-lint-disable permissive-mtls -- because\n') },
    findings: [{ file: 'a.hcl', line: 3, column: 1, message: /^"mtls-lint-disable" is not a directive mtls-lint knows \(did you mean "mtls-lint-disable-file"\?\)/ }],
  },
  {
    description: 'naming invalid-suppression itself',
    files: { 'a.hcl': `# mtls-lint-disable-file invalid-suppression -- quiet please\n${svc('a', 'strict')}` },
    findings: [{ file: 'a.hcl', line: 1, column: 1, message: /names invalid-suppression, which cannot be suppressed in the source/ }],
  },
];

function found(files: Record<string, string>, config?: string) {
  return lintWithControls(files, { config }).findings.filter((f) => f.ruleId === 'invalid-suppression');
}

describe('invalid-suppression', () => {
  it.each(accept)('accepts: $description', ({ files, config }) => {
    expect(found(files, config).map((f) => `${f.location.file}:${f.location.range.start.line} ${f.message}`)).toEqual([]);
  });
  it.each(reject)('rejects: $description', ({ files, findings }) => {
    const got = found(files);
    expect(got.length, got.map((f) => f.message).join('\n')).toBe(findings!.length);
    findings!.forEach((e, i) => {
      const f = got[i]!;
      expect(f.severity).toBe('warning');
      const pos = {
        file: f.location.file,
        line: f.location.range.start.line,
        column: f.location.range.start.column,
        ...(e.endLine !== undefined ? { endLine: f.location.range.end.line } : {}),
        ...(e.endColumn !== undefined ? { endColumn: f.location.range.end.column } : {}),
      };
      const { message, ...expected } = e;
      expect(pos).toEqual(expected);
      if (typeof message === 'string') expect(f.message).toBe(message);
      else expect(f.message).toMatch(message);
    });
  });

  it('a reasonless directive leaves its finding unsuppressed', () => {
    const r = lintWithControls({ 'mesh.hcl': MESH, 'i.hcl': INTENTION('a'), 'a.hcl': svc('a', 'permissive', '# mtls-lint-disable-next-line permissive-mtls\n') });
    const f = r.findings.find((x) => x.ruleId === 'permissive-mtls')!;
    expect(f.suppressions).toBeUndefined();
  });

  it('is off when its severity is off', () => {
    const r = lintWithControls({ 'a.hcl': svc('a', 'strict', '# mtls-lint-disable-next-line permissive-mtls\n') }, { config: 'rules:\n  invalid-suppression: off\n' });
    expect(r.findings.filter((f) => f.ruleId === 'invalid-suppression')).toEqual([]);
  });
});
