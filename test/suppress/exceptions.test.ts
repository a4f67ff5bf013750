import { describe, expect, it } from 'vitest';
import { matchesService, subjectIdentity } from '../../src/engine/exceptions.js';
import { lintWithControls, runCli } from '../config/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const row = (f: Json) => `${f.file.replace('fixtures/exceptions/', '')}:${f.line} ${f.severity} ${f.ruleId}${f.suppressed ? ` [${f.suppressions[0].kind}: ${f.suppressions[0].justification}]` : ''}`;

describe('exceptions in .mtls-lint.yaml (fixtures/exceptions)', () => {
  it('before expires: matching findings are suppressed (kind external); exit 0', async () => {
    const r = await runCli(['-f', 'json', '--now', '2026-03-30', 'fixtures/exceptions']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.map(row)).toEqual([
      'consul/catalog-defaults.hcl:4 warning permissive-mtls [external: catalog keeps plaintext health checks until the load balancer moves, OPS-1300]',
      'consul/mesh.hcl:6 warning mesh-destinations-only-disabled [external: outbound traffic to the legacy database leaves the mesh until OPS-1301]',
      'consul/payments-defaults.json:5 warning permissive-mtls [external: payments callers move into the mesh in Q1, OPS-1234]',
      'consul/payments-defaults.json:5 warning permissive-without-intentions [external: payments callers move into the mesh in Q1, OPS-1234]',
    ]);
  });

  it('from the expires date on: the findings count again and expired-exception points at the date; exit 1', async () => {
    const r = await runCli(['-f', 'json', 'fixtures/exceptions'], { env: { MTLS_LINT_NOW: '2026-03-31' } });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings.map(row)).toEqual([
      '.mtls-lint.yaml:7 error expired-exception',
      'consul/catalog-defaults.hcl:4 warning permissive-mtls [external: catalog keeps plaintext health checks until the load balancer moves, OPS-1300]',
      'consul/mesh.hcl:6 warning mesh-destinations-only-disabled [external: outbound traffic to the legacy database leaves the mesh until OPS-1301]',
      'consul/payments-defaults.json:5 warning permissive-mtls',
      'consul/payments-defaults.json:5 warning permissive-without-intentions',
    ]);
    const expired = findings[0];
    expect([expired.line, expired.column, expired.endLine, expired.endColumn]).toEqual([7, 5, 7, 24]);
    expect(expired.message).toBe(
      'The exception for permissive-mtls, permissive-without-intentions on files "consul/payments-*.json" ("payments callers move into the mesh in Q1, OPS-1234") expired on 2026-03-31: the 2 findings it covered count again; fix them, or agree on a new date.',
    );
    expect(expired.related.map((x: Json) => `${x.file}:${x.line} ${x.message}`)).toEqual([
      'fixtures/exceptions/consul/payments-defaults.json:5 permissive-mtls: no longer covered by the exception',
      'fixtures/exceptions/consul/payments-defaults.json:5 permissive-without-intentions: no longer covered by the exception',
    ]);
  });

  it('SARIF: kind external, the exception as the suppression location', async () => {
    const r = await runCli(['-f', 'sarif', '--now', '2026-03-30', 'fixtures/exceptions']);
    const s = JSON.parse(r.stdout).runs[0].results[0].suppressions[0];
    expect(s).toMatchObject({ kind: 'external', justification: 'catalog keeps plaintext health checks until the load balancer moves, OPS-1300' });
    expect(s.location.physicalLocation.artifactLocation.uri).toMatch(/fixtures\/exceptions\/\.mtls-lint\.yaml$/);
  });

  it('an expired exception that matches nothing asks to be removed', () => {
    const r = lintWithControls(
      { 'a.hcl': 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "strict"\n' },
      { today: '2026-05-01', config: 'exceptions:\n  - rule: permissive-mtls\n    service: a\n    reason: onboarding\n    expires: 2026-04-30\n' },
    );
    expect(r.findings.map((f) => `${f.location.file}:${f.location.range.start.line} ${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
      '.mtls-lint.yaml:5 error expired-exception The exception for permissive-mtls on service "a" ("onboarding") expired on 2026-04-30 and no longer matches any finding: remove it.',
    ]);
  });

  it('a service exception covers the entries named after the service, in the partition and namespace given', () => {
    const files = {
      'a.hcl': 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "permissive"\n',
      'b.hcl': 'Kind = "service-defaults"\nName = "a"\nNamespace = "other"\nMutualTLSMode = "permissive"\n',
    };
    const r = lintWithControls(files, { config: 'exceptions:\n  - rule: [permissive-mtls, permissive-not-allowed]\n    service: { name: a, namespace: default }\n    reason: OPS-1\n' });
    expect(r.findings.filter((f) => f.ruleId !== 'permissive-without-intentions').map((f) => `${f.location.file} ${f.ruleId} ${f.suppressions ? 'suppressed' : 'reported'}`)).toEqual([
      'a.hcl permissive-mtls suppressed',
      'a.hcl permissive-not-allowed suppressed',
      'b.hcl permissive-mtls reported',
      'b.hcl permissive-not-allowed reported',
    ]);
  });

  it('a service exception covers findings at the workloads that register as the service', () => {
    const r = lintWithControls(
      {
        'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n',
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n',
        'deploy.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      annotations:\n        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy: "false"\n    spec:\n      containers: []\n',
      },
      { config: 'exceptions:\n  - rule: permissive-requires-transparent-proxy\n    service: api\n    reason: explicit upstreams until OPS-9\n' },
    );
    const f = r.findings.find((x) => x.ruleId === 'permissive-requires-transparent-proxy')!;
    expect(f.location.file).toBe('deploy.yaml');
    expect(f.suppressions?.map((x) => `${x.kind} ${x.justification}`)).toEqual(['external explicit upstreams until OPS-9']);
  });

  it('reads the entry identity from a finding subject', () => {
    expect(subjectIdentity('service-defaults/default/ns/api#MutualTLSMode')).toEqual({ kind: 'service-defaults', partition: 'default', namespace: 'ns', name: 'api' });
    expect(subjectIdentity('consul/a/b/c.hcl#parse')).toBeUndefined();
    expect(matchesService('service-intentions/team-a/default/api#Sources[0]', { name: 'api', partition: 'team-a' })).toBe(true);
    expect(matchesService('service-intentions/team-a/default/api#Sources[0]', { name: 'api', partition: 'default' })).toBe(false);
  });
});
