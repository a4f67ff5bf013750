import { beforeAll, describe, expect, test } from 'vitest';
import { cli, requireBuild } from './helpers.js';

beforeAll(requireBuild);

describe('a Helm chart (built binary)', () => {
  test('templates are read as templates: the literal permissive setting, no parse error, nothing about templated values', () => {
    const r = cli(['fixtures/helm-chart', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { ruleId: string; file: string; line: number; column: number }) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'permissive-mtls fixtures/helm-chart/charts/payments/templates/consul.yaml:10:3',
    ]);
    expect(r.code).toBe(0);
  });
});

describe('consul chart values decide namespaces and transparent proxy (built binary)', () => {
  test('namespaces mirrored by the chart default, "false" read as {{ if }} reads it, .tpl values no parse error', () => {
    const r = cli(['fixtures/helm-consul-namespaces', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    const found = json.findings.map((f: { ruleId: string; file: string; line: number; column: number }) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
    expect(found).toEqual([
      'permissive-mtls fixtures/helm-consul-namespaces/apps/billing/consul.yaml:8:3',
      'invalid-annotation fixtures/helm-consul-namespaces/consul/values.yaml:12:5',
    ]);
    // The CRD is in the Consul namespace of its Kubernetes namespace (mirroringK8S defaults to true).
    expect(json.findings[0].message).toContain('Service "billing" (namespace "billing")');
    // Not expected: transparent proxy is on ("false" is a non-empty string), so no
    // permissive-requires-transparent-proxy; the .ns. upstream is valid with namespaces on.
    expect(found.some((f: string) => f.startsWith('permissive-requires-transparent-proxy') || f.startsWith('parse-error'))).toBe(false);
    const files = json.files.map((f: { path: string; status: string }) => `${f.path} ${f.status}`);
    expect(files).toContain('fixtures/helm-consul-namespaces/terraform/eks-client/template/consul.tpl linted');
    expect(r.code).toBe(1);
  });
});
