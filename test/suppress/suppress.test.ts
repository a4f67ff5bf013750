import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { applyDirectives, collectDirectives, parseDirectiveBody } from '../../src/engine/suppress.js';
import type { Finding } from '../../src/engine/finding.js';
import { DEFAULT_INPUTS } from '../../src/inputs.js';
import { lintSources } from '../../src/lint.js';
import { lintWithControls, runCli } from '../config/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const MESH = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';

describe('directive syntax', () => {
  it.each([
    ['permissive-mtls -- why', ['permissive-mtls'], 'why'],
    ['permissive-mtls, permissive-expired -- why -- really', ['permissive-mtls', 'permissive-expired'], 'why -- really'],
    ['permissive-mtls,permissive-expired--x', ['permissive-mtls,permissive-expired--x'].flatMap((s) => s.split(',')), ''],
    ['permissive-mtls', ['permissive-mtls'], ''],
    ['-- only a reason', [], 'only a reason'],
  ])('%s', (body, rules, reason) => {
    expect(parseDirectiveBody(body)).toEqual({ rules, reason });
  });
});

describe('suppressions over fixtures/suppressions', () => {
  it('suppressed findings do not count; the mistakes are reported; exit 0', async () => {
    const r = await runCli(['-f', 'json', 'fixtures/suppressions']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const rows = json.findings.map((f: Json) => `${f.file.replace('fixtures/suppressions/', '')}:${f.line} ${f.ruleId}${f.suppressed ? ` [${f.suppressions.map((s: Json) => `${s.kind}@${s.location.line}: ${s.justification}`).join('; ')}]` : ''}`);
    expect(rows).toEqual([
      'consul/billing-defaults.hcl:5 permissive-mtls [inSource@1: billing is onboarded by the payments team, OPS-388]',
      'consul/billing-defaults.hcl:5 permissive-without-intentions [inSource@1: billing is onboarded by the payments team, OPS-388]',
      'consul/legacy-defaults.hcl:5 invalid-suppression',
      'consul/legacy-defaults.hcl:6 permissive-mtls',
      'consul/legacy-defaults.hcl:6 permissive-without-intentions',
      'consul/legacy-defaults.hcl:8 invalid-suppression',
      'consul/mesh.hcl:7 mesh-destinations-only-disabled [inSource@6: the legacy database is outside the mesh until OPS-412]',
      'consul/web-defaults.hcl:3 invalid-suppression',
      'k8s/api.yaml:9 permissive-mtls [inSource@6: api is onboarded in Q3, OPS-501]',
      'k8s/api.yaml:9 permissive-without-intentions [inSource@6: api is onboarded in Q3, OPS-501]',
      'k8s/api.yaml:18 permissive-mtls [inSource@17: search is onboarded in Q3, OPS-502]',
      'k8s/api.yaml:18 permissive-without-intentions [inSource@17: search is onboarded in Q3, OPS-502]',
    ]);
    expect(json.summary).toMatchObject({ errors: 0, warnings: 5, suppressed: 7 });
  });

  it('SARIF carries the suppressions, kind inSource, the reason as justification', async () => {
    const r = await runCli(['-f', 'sarif', 'fixtures/suppressions']);
    const results = JSON.parse(r.stdout).runs[0].results;
    const sup = results.filter((x: Json) => x.suppressions);
    expect(sup).toHaveLength(7);
    expect(sup[0].suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'billing is onboarded by the payments team, OPS-388',
        location: { physicalLocation: expect.objectContaining({ region: expect.objectContaining({ startLine: 1, startColumn: 1 }) }) },
      },
    ]);
  });

  it('text hides suppressed findings unless --include-suppressed', async () => {
    const plain = await runCli(['fixtures/suppressions']);
    expect(plain.stdout).not.toContain('billing is onboarded');
    expect(plain.stdout).toMatch(/✖ 5 problems \(0 errors, 5 warnings, 0 notes\), 7 suppressed/);
    const all = await runCli(['--include-suppressed', 'fixtures/suppressions']);
    expect(all.stdout).toContain('(suppressed: billing is onboarded by the payments team, OPS-388)  permissive-mtls');
  });

  it('a suppressed error does not fail the run', async () => {
    const r = lintWithControls({ 'a.hcl': 'Kind = "service-defaults"\nName = "a"\n# mtls-lint-disable-next-line permissive-not-allowed, permissive-without-intentions -- the live mesh allows it, OPS-9\nMutualTLSMode = "permissive"\n' });
    expect(r.findings.find((f) => f.ruleId === 'permissive-not-allowed')?.suppressions).toHaveLength(1);
    expect(r.stats).toMatchObject({ errors: 0, warnings: 1, suppressed: 2 });
  });
});

describe('object suppressions', () => {
  it('the Meta key of an HCL entry covers the entry', () => {
    const r = lintWithControls({
      'mesh.hcl': MESH,
      'a.hcl': 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "permissive"\nMeta {\n  "mtls-lint.io/suppress" = "permissive-mtls, permissive-without-intentions -- OPS-5"\n}\n',
    });
    expect(r.findings.map((f) => `${f.ruleId} ${f.suppressions?.[0]?.justification ?? ''}`)).toEqual([
      'permissive-mtls OPS-5',
      'permissive-without-intentions OPS-5',
    ]);
  });

  it('an annotation covers its own object only, not the next document', () => {
    const r = lintWithControls({
      'mesh.hcl': MESH,
      'a.yaml':
        'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: a\n  annotations:\n    mtls-lint.io/suppress: "permissive-mtls -- OPS-6"\nspec:\n  mutualTLSMode: permissive\n---\n' +
        'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: b\nspec:\n  mutualTLSMode: permissive\n',
    });
    expect(r.findings.filter((f) => f.ruleId === 'permissive-mtls').map((f) => `${f.location.range.start.line} ${f.suppressions ? 'suppressed' : 'reported'}`)).toEqual([
      '8 suppressed',
      '15 reported',
    ]);
  });

  it('an annotation on a Deployment covers the workload findings inside it', () => {
    const r = lintWithControls({
      'mesh.hcl': MESH,
      'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n',
      'deploy.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  annotations:\n    mtls-lint.io/suppress: "permissive-requires-transparent-proxy -- explicit upstreams until OPS-503"\n' +
        'spec:\n  template:\n    metadata:\n      annotations:\n        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy: "false"\n    spec:\n      containers: []\n',
    });
    const f = r.findings.find((x) => x.ruleId === 'permissive-requires-transparent-proxy')!;
    expect(f.location.file).toBe('deploy.yaml');
    expect(f.suppressions?.map((x) => `${x.kind} ${x.justification} @${x.location?.range.start.line}`)).toEqual(['inSource explicit upstreams until OPS-503 @6']);
    expect(r.findings.filter((x) => x.ruleId === 'invalid-suppression')).toEqual([]);
  });

  it('an annotation on a CronJob\'s pod template (spec.jobTemplate.spec.template) covers the findings inside it', () => {
    const r = lintWithControls({
      'mesh.hcl': MESH,
      'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n',
      'cron.yaml':
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: api\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        metadata:\n          annotations:\n' +
        '            mtls-lint.io/suppress: "permissive-requires-transparent-proxy -- batch job calls explicit upstreams, OPS-505"\n' +
        '            consul.hashicorp.com/connect-inject: "true"\n            consul.hashicorp.com/transparent-proxy: "false"\n        spec:\n          containers: []\n',
    });
    const f = r.findings.find((x) => x.ruleId === 'permissive-requires-transparent-proxy')!;
    expect(f.location.file).toBe('cron.yaml');
    expect(f.suppressions?.map((x) => `${x.kind} ${x.justification} @${x.location?.range.start.line}`)).toEqual(['inSource batch job calls explicit upstreams, OPS-505 @12']);
    expect(r.findings.filter((x) => x.ruleId === 'invalid-suppression')).toEqual([]);
  });

  it('annotations on the objects of a kind: List (and their pod templates) cover the findings inside them', () => {
    const list =
      'apiVersion: v1\nkind: List\nitems:\n' +
      '  - apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: api\n    spec:\n      template:\n        metadata:\n          annotations:\n' +
      '            mtls-lint.io/suppress: "permissive-requires-transparent-proxy -- explicit upstreams until OPS-503"\n' +
      '            consul.hashicorp.com/connect-inject: "true"\n            consul.hashicorp.com/transparent-proxy: "false"\n        spec:\n          containers: []\n' +
      '  - apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n      annotations:\n        mtls-lint.io/suppress: "permissive-requires-transparent-proxy -- explicit upstreams until OPS-506"\n' +
      '    spec:\n      template:\n        metadata:\n          annotations:\n            consul.hashicorp.com/connect-inject: "true"\n            consul.hashicorp.com/transparent-proxy: "false"\n        spec:\n          containers: []\n';
    const r = lintWithControls({
      'mesh.hcl': MESH,
      'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n',
      'web.hcl': 'Kind = "service-defaults"\nName = "web"\nMutualTLSMode = "permissive"\n',
      'list.yaml': list,
    });
    const found = r.findings.filter((x) => x.ruleId === 'permissive-requires-transparent-proxy' && x.location.file === 'list.yaml');
    expect(found.map((f) => `${f.location.range.start.line} ${f.suppressions?.map((x) => `${x.justification} @${x.location?.range.start.line}`).join('; ') ?? 'reported'}`)).toEqual([
      '14 explicit upstreams until OPS-503 @12',
      '28 explicit upstreams until OPS-506 @22',
    ]);
    expect(r.findings.filter((x) => x.ruleId === 'invalid-suppression')).toEqual([]);
  });

  it('the annotation of a Consul CRD inside a kind: List covers that entry only', () => {
    const item = (name: string, ann: string) =>
      `  - apiVersion: consul.hashicorp.com/v1alpha1\n    kind: ServiceDefaults\n    metadata:\n      name: ${name}\n${ann}    spec:\n      mutualTLSMode: permissive\n`;
    const r = lintWithControls({
      'mesh.hcl': MESH,
      'list.yaml':
        'apiVersion: v1\nkind: List\nitems:\n' +
        item('a', '      annotations:\n        mtls-lint.io/suppress: "permissive-mtls -- OPS-7"\n') +
        item('b', ''),
    });
    expect(r.findings.filter((f) => f.ruleId === 'permissive-mtls').map((f) => `${f.location.range.start.line}:${f.location.range.start.column} ${f.suppressions?.[0]?.justification ?? 'reported'}`)).toEqual([
      '11:7 OPS-7',
      '17:7 reported',
    ]);
    expect(r.stats).toMatchObject({ suppressed: 1 });
  });

  it('annotations on Kubernetes workloads and pod templates cover findings inside them', () => {
    const deployment =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  annotations:\n    mtls-lint.io/suppress: "permissive-requires-transparent-proxy -- explicit upstreams until OPS-503"\n' +
      'spec:\n  template:\n    metadata:\n      annotations:\n        mtls-lint.io/suppress: "permissive-mtls -- OPS-504"\n        consul.hashicorp.com/transparent-proxy: "false"\n    spec:\n      containers: []\n';
    const run = lintSources([{ path: 'deploy.yaml', text: deployment }], { rules: RULES, today: '2026-01-15', inputs: DEFAULT_INPUTS });
    const directives = collectDirectives(run.parsed, run.normalized);
    expect(directives.map((d) => `${d.kind} ${d.location.range.start.line} ${d.rules.join(',')} [${d.range!.start.line}-${d.range!.end.line}]`)).toEqual([
      'object 6 permissive-requires-transparent-proxy [1-14]',
      'object 11 permissive-mtls [9-14]',
    ]);
    const at = (line: number) => ({ start: { line, column: 9, offset: deployment.split('\n').slice(0, line - 1).join('\n').length + 9 }, end: { line, column: 20, offset: deployment.split('\n').slice(0, line - 1).join('\n').length + 20 } });
    const finding = (ruleId: string, line: number): Finding => ({ ruleId, severity: 'error', message: 'm', location: { file: 'deploy.yaml', range: at(line) }, related: [], subject: 's' });
    const ids = new Set(RULES.map((r) => r.meta.id));
    const { findings, invalid } = applyDirectives(
      [finding('permissive-requires-transparent-proxy', 12), finding('permissive-mtls', 12), finding('permissive-mtls', 4)],
      directives,
      { knownRules: ids, severityOf: () => 'warning' },
    );
    expect(findings.map((f) => f.suppressions?.[0]?.justification ?? '-')).toEqual(['explicit upstreams until OPS-503', 'OPS-504', '-']);
    expect(invalid).toEqual([]);
  });
});
