/**
 * Where consul Helm values apply: within their deployment target, and in charts as Helm reads
 * chart values (src/model/helm-charts.ts; Helm pkg/chartutil coalesce.go for globals).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { DEFAULT_INPUTS } from '../../src/inputs.js';
import { lintSources } from '../../src/lint.js';

function lint(files: Record<string, string>) {
  const run = lintSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { today: '2026-12-05', rules: RULES, inputs: DEFAULT_INPUTS },
  );
  return {
    run,
    findings: run.result.findings.filter((f) => f.ruleId === 'permissive-requires-transparent-proxy').map((f) => `${f.location.file}:${f.location.range.start.line}`),
    tproxy: Object.fromEntries(
      run.targets.flatMap((t) => t.model.workloads.map((w) => [`${t.target.name} ${w.label}`, `${w.transparentProxy}(${w.transparentProxySource})`])),
    ),
  };
}

const MESH = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\nspec:\n  allowEnablingPermissiveMutualTLS: true\n';
const SD = (name: string) => `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: ${name}\nspec:\n  mutualTLSMode: permissive\n`;
const DEPLOY = (name: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    metadata:\n      annotations:\n        consul.hashicorp.com/connect-inject: "true"\n    spec:\n      containers:\n        - name: ${name}\n          image: x\n`;
const TPROXY_OFF = 'connectInject:\n  enabled: true\n  transparentProxy:\n    defaultEnabled: false\n';

describe('Helm values apply within their deployment target', () => {
  it("dc1's values turn transparent proxy off in dc1 only, not in dc2 (which has none)", () => {
    const { findings, tproxy } = lint({
      'dc1/values.yaml': TPROXY_OFF,
      'dc1/mesh.yaml': MESH,
      'dc1/api.yaml': SD('api') + '---\n' + DEPLOY('api'),
      'dc2/mesh.yaml': MESH,
      'dc2/api.yaml': SD('api') + '---\n' + DEPLOY('api'),
    });
    expect(tproxy).toEqual({ 'dc1 Deployment/api': 'false(helm)', 'dc2 Deployment/api': 'true(default)' });
    expect(findings).toEqual(['dc1/api.yaml:6']);
  });

  it('values outside the variant folders are shared by both (one cluster setting for each)', () => {
    const { tproxy } = lint({
      'helm/values.yaml': TPROXY_OFF,
      'dc1/mesh.yaml': MESH,
      'dc1/api.yaml': SD('api') + '---\n' + DEPLOY('api'),
      'dc2/mesh.yaml': MESH,
      'dc2/api.yaml': SD('api') + '---\n' + DEPLOY('api'),
    });
    expect(tproxy).toEqual({ 'dc1 Deployment/api': 'false(helm)', 'dc2 Deployment/api': 'false(helm)' });
  });
});

describe('chart values as Helm reads them', () => {
  const APP = { 'apps/mesh.yaml': MESH, 'apps/api.yaml': SD('api') + '---\n' + DEPLOY('api') };

  it('a wrapper chart of the consul chart: its values under the dependency key apply, with the top-level global', () => {
    const { tproxy, run } = lint({
      ...APP,
      'apps/api.yaml': SD('api') + '---\n' + DEPLOY('api').replace('  name: api\n', '  name: api\n  namespace: shop\n'),
      'platform/consul/Chart.yaml': 'apiVersion: v2\nname: consul-wrapper\nversion: 1.0.0\ndependencies:\n  - name: consul\n    version: 1.6.1\n    repository: https://helm.releases.hashicorp.com\n',
      'platform/consul/values.yaml': `global:\n  enableConsulNamespaces: true\nconsul:\n  global:\n    enableConsulNamespaces: false\n    datacenter: dc1\n${TPROXY_OFF.replace(/^/gm, '  ')}`,
    });
    expect(tproxy).toEqual({ '. Deployment/api': 'false(helm)' });
    // The wrapper's global wins over consul.global (coalesceGlobals): namespaces are on, and
    // mirroring (the chart default) puts the pod of Kubernetes namespace shop in Consul namespace shop.
    expect(run.targets[0]!.model.workloads[0]!.consulNamespace).toBe('shop');
  });

  it('an alias names the key; consul settings written at the wrapper top level do not reach the subchart', () => {
    const chart = 'apiVersion: v2\nname: mesh\nversion: 1.0.0\ndependencies:\n  - name: consul\n    alias: mesh\n    version: 1.6.1\n    repository: https://helm.releases.hashicorp.com\n';
    expect(lint({ ...APP, 'platform/mesh/Chart.yaml': chart, 'platform/mesh/values.yaml': TPROXY_OFF }).tproxy).toEqual({ '. Deployment/api': 'true(default)' });
    expect(lint({ ...APP, 'platform/mesh/Chart.yaml': chart, 'platform/mesh/values-prod.yaml': `mesh:\n${TPROXY_OFF.replace(/^/gm, '  ')}` }).tproxy).toEqual({
      '. Deployment/api': 'false(helm)',
    });
  });

  it("an application chart's values are not consul values, even with global: and connectInject: keys", () => {
    const { tproxy } = lint({
      ...APP,
      'charts/payments/Chart.yaml': 'apiVersion: v2\nname: payments\nversion: 0.1.0\n',
      'charts/payments/values.yaml': `global:\n  environment: dev\n${TPROXY_OFF}`,
    });
    expect(tproxy).toEqual({ '. Deployment/api': 'true(default)' });
  });

  it("another chart's values with a global: (Bitnami, Prometheus, Vault) are not consul values; consul's global keys are", () => {
    const { run } = lint({
      ...APP,
      'helm/postgres-values.yaml': 'global:\n  postgresql:\n    auth:\n      postgresPassword: x\n',
      'prometheus/prometheus.yml': 'global:\n  scrape_interval: 15s\n',
      'helm/vault-values.yaml': 'global:\n  enabled: true\n  tlsDisable: false\nserver:\n  ha:\n    enabled: true\n',
      'helm/consul-values.yaml': 'global:\n  name: consul\n  datacenter: dc1\n',
      'helm/consul-image.yaml': 'global:\n  image: hashicorp/consul-enterprise:1.17.0-ent\n',
      'helm/gateways.yaml': 'meshGateway:\n  enabled: true\n',
    });
    expect(Object.fromEntries(run.result.files.filter((f) => f.path.includes('/') && !f.path.startsWith('apps/')).map((f) => [f.path, f.status]))).toEqual({
      'helm/consul-image.yaml': 'linted',
      'helm/consul-values.yaml': 'linted',
      'helm/gateways.yaml': 'linted',
      'helm/postgres-values.yaml': 'not-consul',
      'helm/vault-values.yaml': 'not-consul',
      'prometheus/prometheus.yml': 'not-consul',
    });
  });

  it('a vendored consul chart: its values.yaml is consul values', () => {
    const { tproxy } = lint({ ...APP, 'vendor/consul/Chart.yaml': 'apiVersion: v2\nname: consul\nversion: 1.6.1\n', 'vendor/consul/values.yaml': TPROXY_OFF });
    expect(tproxy).toEqual({ '. Deployment/api': 'false(helm)' });
  });
});
