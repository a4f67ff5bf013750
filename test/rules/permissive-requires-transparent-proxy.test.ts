import { describe, expect, it } from 'vitest';
import rule from '../../rules/permissive-requires-transparent-proxy.js';
import type { Phase } from '../../src/engine/finding.js';
import { runRules } from '../../src/engine/run.js';
import { lintSources } from '../../src/lint.js';
import type { Located } from '../../src/model/located-ref.js';
import { MeshModel } from '../../src/model/mesh.js';
import { makeScope } from '../../src/model/scope.js';
import type { ClusterFacts, TproxySource, Workload } from '../../src/model/workloads.js';
import { ruleTester } from '../rule-tester.js';

const MESH = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n';
const SD_PERMISSIVE = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n';
const NO_EFFECT = 'Consul builds the permissive listener only for proxies in transparent mode, so MutualTLSMode = "permissive" has no effect';

ruleTester(rule, {
  accept: [
    {
      description: 'permissive with no Mode (JSON, TransparentProxy as a one-element list)',
      files: {
        'api.json':
          '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": "permissive",\n  "TransparentProxy": [ { "DialedDirectly": true } ]\n}\n',
      },
    },
    {
      description: 'permissive with Mode = "transparent"',
      files: { 'mesh.hcl': MESH, 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\nMode = "transparent"\n' },
    },
    {
      description: 'a service-defaults Mode = "transparent" overrides proxy-defaults Mode = "direct"',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMode = "direct"\n',
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\nMode = "transparent"\n',
      },
    },
    {
      description: 'direct but strict',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "strict"\nMode = "direct"\n' },
    },
    {
      description: 'proxy-defaults Mode = "direct" in another partition',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nPartition = "other"\nMode = "direct"\n',
        'api.hcl': SD_PERMISSIVE,
      },
    },
    {
      description: 'look-alike: control-plane-request-limit Mode = "permissive"',
      files: {
        'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n',
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMode = "direct"\n',
      },
    },
    {
      description: 'CRD spec.mode is rejected by the webhook (crd-rejected-field), so it sets nothing',
      files: {
        'api.yaml':
          'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n  mode: direct\n',
      },
    },
    {
      description: 'the cluster fact transparentProxyDefault: false in another partition',
      facts: { other: { transparentProxyDefault: false } },
      files: { 'api.hcl': SD_PERMISSIVE },
    },
    {
      description: 'the cluster fact transparentProxyDefault: true',
      facts: { default: { transparentProxyDefault: true } },
      files: { 'api.hcl': SD_PERMISSIVE },
    },
  ],
  reject: [
    {
      description: 'HCL: Mode = "direct" in the same service-defaults',
      files: { 'mesh.hcl': MESH, 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\nMode = "direct"\n' },
      findings: [
        {
          file: 'api.hcl',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          severity: 'error',
          message: `Service "api" in partition "default" is permissive but its proxy Mode is "direct" (from service-defaults "api"); ${NO_EFFECT}: set Mode = "transparent" for "api", or leave MutualTLSMode unset.`,
          related: ['api.hcl:4:1'],
        },
      ],
    },
    {
      description: 'error in phase enforce too',
      phase: 'enforce',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\nMode = "direct"\n' },
      findings: [{ file: 'api.hcl', line: 3, column: 1, severity: 'error', message: /^Service "api" in partition "default" is permissive/ }],
    },
    {
      description: 'JSON with snake_case and lower-case keys',
      files: { 'api.json': '{\n  "kind": "service-defaults",\n  "name": "api",\n  "mutual_tls_mode": "permissive",\n  "mode": "direct"\n}\n' },
      findings: [{ file: 'api.json', line: 4, column: 3, endLine: 4, endColumn: 34, message: /^Service "api" .* "direct" \(from service-defaults "api"\)/, related: ['api.json:5:3'] }],
    },
    {
      description: 'HCL upper-case keys',
      files: { 'api.hcl': 'kind = "service-defaults"\nname = "api"\nMUTUALTLSMODE = "permissive"\nMODE = "direct"\n' },
      findings: [{ file: 'api.hcl', line: 3, column: 1, endColumn: 29, message: /^Service "api" /, related: ['api.hcl:4:1'] }],
    },
    {
      description: 'Mode = "direct" from proxy-defaults without a service override',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMode = "direct"\n',
        'api.hcl': SD_PERMISSIVE,
        'web.hcl': 'Kind = "service-defaults"\nName = "web"\nMutualTLSMode = "permissive"\nMode = ""\n',
      },
      findings: [
        { file: 'api.hcl', line: 3, column: 1, message: /^Service "api" .* "direct" \(from proxy-defaults "global"\)/, related: ['pd.hcl:3:1'] },
        { file: 'web.hcl', line: 3, column: 1, message: /^Service "web" .* "direct" \(from proxy-defaults "global"\)/, related: ['pd.hcl:3:1'] },
      ],
    },
    {
      description: 'permissive from proxy-defaults, Mode = "direct" in the service-defaults: at the service Mode',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n',
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMode = "direct"\n',
      },
      findings: [{ file: 'api.hcl', line: 3, column: 1, endColumn: 16, message: /^Service "api" .* \(from service-defaults "api"\)/, related: ['pd.hcl:3:1'] }],
    },
    {
      description: 'proxy-defaults with both: one finding at proxy-defaults',
      files: {
        'pd.json': '{\n  "Kind": "proxy-defaults",\n  "Name": "global",\n  "MutualTLSMode": "permissive",\n  "Mode": "direct"\n}\n',
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\n',
      },
      findings: [
        {
          file: 'pd.json',
          line: 4,
          column: 3,
          endColumn: 32,
          message: `proxy-defaults in partition "default" sets MutualTLSMode = "permissive" together with Mode = "direct"; ${NO_EFFECT} on every service that inherits both: set Mode = "transparent" (or leave it unset and let consul-k8s register transparent proxies).`,
          related: ['pd.json:5:3'],
        },
      ],
    },
    {
      description: 'partitions: entries with Partition = "x" pair within x only',
      files: {
        'pd-x.hcl': 'Kind = "proxy-defaults"\nName = "global"\nPartition = "x"\nMode = "direct"\n',
        'api-x.hcl': 'Kind = "service-defaults"\nName = "api"\nPartition = "x"\nMutualTLSMode = "permissive"\n',
        'api.hcl': SD_PERMISSIVE,
      },
      findings: [{ file: 'api-x.hcl', line: 4, column: 1, message: /^Service "api" in partition "x" is permissive/, related: ['pd-x.hcl:4:1'] }],
    },
    {
      description: 'partitions from the config scopes, with a datacenter',
      scopes: { 'team-a/': { partition: 'a', datacenter: 'dc2' } },
      files: {
        'team-a/pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMode = "direct"\n',
        'team-a/api.hcl': SD_PERMISSIVE,
        'api.hcl': SD_PERMISSIVE,
      },
      findings: [{ file: 'team-a/api.hcl', line: 3, column: 1, message: /^Service "api" in partition "a" of datacenter "dc2" is permissive/ }],
    },
    {
      description: 'the cluster fact transparentProxyDefault: false',
      facts: { default: { transparentProxyDefault: false } },
      files: { 'api.hcl': SD_PERMISSIVE },
      findings: [
        {
          file: 'api.hcl',
          line: 3,
          column: 1,
          message: `Service "api" in partition "default" is permissive but the cluster fact transparentProxyDefault: false says its pods run without transparent proxy unless they opt in; ${NO_EFFECT}: annotate the pods of "api" with consul.hashicorp.com/transparent-proxy: "true".`,
        },
      ],
    },
    {
      description: 'the cluster fact with a permissive proxy-defaults: one finding at proxy-defaults',
      facts: { default: { transparentProxyDefault: false } },
      files: {
        'pd.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ProxyDefaults\nmetadata:\n  name: global\nspec:\n  mutualTLSMode: permissive\n',
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\n',
      },
      findings: [{ file: 'pd.yaml', line: 6, column: 3, message: /^proxy-defaults in partition "default" sets MutualTLSMode = "permissive" but the cluster fact transparentProxyDefault: false/ }],
    },
  ],
});

// ---------------------------------------------------------------------------------------
// Kubernetes workloads: the Kubernetes input that fills `Workload`s is written separately,
// so these cases build the model directly from entries plus hand-made workloads.
// ---------------------------------------------------------------------------------------

/** The located line of `needle` in `text` (the trimmed line, as a parser would range a `key: value`). */
function lineOf(file: string, text: string, needle: string): Located {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const endOffset = text.indexOf('\n', offset);
  return {
    file,
    range: { start: { line, column, offset }, end: { line, column: column + (endOffset - offset), offset: endOffset } },
    subject: `${file}#${needle}`,
  };
}

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    metadata:
      annotations:
        consul.hashicorp.com/connect-inject: "true"
        consul.hashicorp.com/transparent-proxy: "false"
`;

function workload(label: string, opts: Partial<Workload> & { tproxy: boolean; source: TproxySource; tpAt?: Located; partition?: string }): Workload {
  const at = lineOf('deploy.yaml', DEPLOY, 'template:');
  return {
    label,
    k8sNamespace: 'default',
    services: ['api'],
    serviceSource: 'workload-name',
    scope: makeScope(opts.partition),
    consulNamespace: 'default',
    at,
    injected: true,
    injectedSource: 'annotation',
    transparentProxy: opts.tproxy,
    transparentProxySource: opts.source,
    transparentProxyAt: opts.tpAt,
    upstreams: [],
    exclusions: [],
    ...opts,
  };
}

function runWithWorkloads(files: Record<string, string>, workloads: Workload[], facts: Record<string, ClusterFacts> = {}, phase: Phase = 'onboarding') {
  const { normalized } = lintSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { today: '2026-01-15', rules: [] },
  );
  const model = new MeshModel(normalized.flatMap((n) => n.entries), workloads, new Map(Object.entries(facts)));
  const { findings, ruleErrors } = runRules([rule], model, normalized, { phase, today: '2026-01-15' });
  expect(ruleErrors).toEqual([]);
  return findings.map((f) => ({
    at: `${f.location.file}:${f.location.range.start.line}:${f.location.range.start.column}`,
    severity: f.severity,
    message: f.message,
    related: f.related.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`),
  }));
}

describe('permissive-requires-transparent-proxy with Kubernetes workloads', () => {
  const SD_YAML = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n';
  const annotationAt = lineOf('deploy.yaml', DEPLOY, 'consul.hashicorp.com/transparent-proxy');

  it('reports the transparent-proxy: "false" annotation, with MutualTLSMode related', () => {
    const found = runWithWorkloads({ 'sd.yaml': SD_YAML }, [workload('Deployment/api', { tproxy: false, source: 'annotation', tpAt: annotationAt })]);
    expect(found).toEqual([
      {
        at: 'deploy.yaml:10:9',
        severity: 'error',
        message: `Service "api" in partition "default" is permissive but the pod annotation consul.hashicorp.com/transparent-proxy: "false" turns transparent proxy off for Deployment/api; ${NO_EFFECT}: annotate the pods with consul.hashicorp.com/transparent-proxy: "true".`,
        related: ['sd.yaml:6:3'],
      },
    ]);
  });

  it('groups workloads turned off by one namespace label into one finding', () => {
    const NS = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    consul.hashicorp.com/transparent-proxy: "false"\n';
    const labelAt = lineOf('ns.yaml', NS, 'consul.hashicorp.com/transparent-proxy');
    const found = runWithWorkloads({ 'sd.yaml': SD_YAML, 'ns.yaml': NS }, [
      workload('StatefulSet/api-b', { tproxy: false, source: 'namespace-label', tpAt: labelAt }),
      workload('Deployment/api', { tproxy: false, source: 'namespace-label', tpAt: labelAt }),
    ]);
    // Issue 13 item 6: a namespace label is shared; the finding is anchored at the service's MutualTLSMode.
    expect(found).toHaveLength(1);
    expect(found[0]!.at).toBe('sd.yaml:6:3');
    expect(found[0]!.related).toEqual(['ns.yaml:6:5']);
    expect(found[0]!.message).toMatch(/the namespace label consul\.hashicorp\.com\/transparent-proxy: "false" turns transparent proxy off for Deployment\/api and StatefulSet\/api-b;/);
  });

  it('reports a Helm default that turns it off', () => {
    const VALUES = 'connectInject:\n  enabled: true\n  transparentProxy:\n    defaultEnabled: false\n';
    const helmAt = lineOf('values.yaml', VALUES, 'defaultEnabled');
    const found = runWithWorkloads({ 'api.hcl': SD_PERMISSIVE, 'values.yaml': VALUES }, [workload('Deployment/api', { tproxy: false, source: 'helm', tpAt: helmAt })]);
    // Issue 13 item 6: at the service's MutualTLSMode, the Helm value related.
    expect(found.map((f) => f.at)).toEqual(['api.hcl:3:1']);
    expect(found[0]!.message).toMatch(/the Helm value connectInject\.transparentProxy\.defaultEnabled = false turns transparent proxy off for Deployment\/api/);
    expect(found[0]!.related).toEqual(['values.yaml:4:5']);
  });

  it('a workload without transparentProxyAt is reported at the workload', () => {
    const found = runWithWorkloads({ 'api.hcl': SD_PERMISSIVE }, [workload('Deployment/api', { tproxy: false, source: 'default' })]);
    expect(found.map((f) => f.at)).toEqual(['deploy.yaml:6:3']);
  });

  it('a workload with transparent proxy registers Mode = "transparent", which wins over a config Mode = "direct"', () => {
    const files = { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMode = "direct"\n', 'api.hcl': SD_PERMISSIVE };
    expect(runWithWorkloads(files, [workload('Deployment/api', { tproxy: true, source: 'annotation', tpAt: annotationAt })])).toEqual([]);
    // …and the cluster fact is about pods that the repository does not show.
    expect(runWithWorkloads({ 'api.hcl': SD_PERMISSIVE }, [workload('Deployment/api', { tproxy: true, source: 'namespace-label' })], { default: { transparentProxyDefault: false } })).toEqual([]);
  });

  it('ignores workloads that are not injected, and workloads of another partition', () => {
    const files = { 'api.hcl': SD_PERMISSIVE };
    expect(runWithWorkloads(files, [workload('Deployment/api', { tproxy: false, source: 'annotation', tpAt: annotationAt, injected: false })])).toEqual([]);
    expect(runWithWorkloads(files, [workload('Deployment/api', { tproxy: false, source: 'annotation', tpAt: annotationAt, partition: 'other' })])).toEqual([]);
  });

  it('a workload of a service that is permissive through proxy-defaults', () => {
    const files = { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n' };
    const found = runWithWorkloads(files, [workload('Deployment/api', { tproxy: false, source: 'annotation', tpAt: annotationAt })], {}, 'enforce');
    expect(found).toEqual([
      expect.objectContaining({ at: 'deploy.yaml:10:9', severity: 'error', related: ['pd.hcl:3:1'] }),
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// The same cases from real manifests: the Kubernetes input (src/model/kubernetes.ts) reads
// Deployments, Namespace labels and Helm values into the workloads this rule judges.
// ---------------------------------------------------------------------------------------

const K8S_SD = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n';
const k8sDeploy = (annotations: string, ns = 'shop') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: ${ns}\nspec:\n  selector:\n    app: api\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api-v1\n  namespace: ${ns}\nspec:\n  template:\n    metadata:\n      labels:\n        app: api\n      annotations:\n        consul.hashicorp.com/connect-inject: "true"\n${annotations}`;

ruleTester(rule, {
  accept: [
    {
      description: 'k8s: an injected Deployment with transparent proxy on by default',
      files: { 'sd.yaml': K8S_SD, 'api.yaml': k8sDeploy('') },
    },
    {
      description: 'k8s: the pod annotation "true" wins over a Namespace label "false"',
      files: {
        'sd.yaml': K8S_SD,
        'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    consul.hashicorp.com/transparent-proxy: "false"\n',
        'api.yaml': k8sDeploy('        consul.hashicorp.com/transparent-proxy: "true"\n'),
      },
    },
    {
      description: 'k8s: a pod that is not injected is not judged here (permissive-service-not-in-mesh is)',
      files: { 'sd.yaml': K8S_SD, 'api.yaml': k8sDeploy('        consul.hashicorp.com/transparent-proxy: "false"\n').replace('connect-inject: "true"', 'connect-inject: "false"') },
    },    {
      // hashicorp/consul-k8s charts/consul/templates/connect-inject-deployment.yaml:160 tests
      // the value with {{ if }}: the string "false" is true (-default-enable-transparent-proxy=true).
      description: 'k8s: Helm defaultEnabled: "false" (a string) leaves transparent proxy on',
      files: {
        'sd.yaml': K8S_SD,
        'helm/values.yaml': 'connectInject:\n  enabled: true\n  transparentProxy:\n    defaultEnabled: "false"\n',
        'api.yaml': k8sDeploy(''),
      },
    },
  ],
  reject: [
    {
      description: 'k8s: the pod annotation transparent-proxy: "false", found through the Service that selects the pods',
      files: { 'sd.yaml': K8S_SD, 'api.yaml': k8sDeploy('        consul.hashicorp.com/transparent-proxy: "false"\n') },
      findings: [
        {
          file: 'api.yaml',
          line: 22,
          column: 9,
          message: /^Service "api" in partition "default" is permissive but the pod annotation consul\.hashicorp\.com\/transparent-proxy: "false" turns transparent proxy off for Deployment\/api-v1;/,
          related: ['sd.yaml:6:3'],
        },
      ],
    },
    {
      description: 'k8s: the Namespace label turns it off',
      files: {
        'sd.yaml': K8S_SD,
        'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    consul.hashicorp.com/transparent-proxy: "false"\n',
        'api.yaml': k8sDeploy(''),
      },
      findings: [{ file: 'sd.yaml', line: 6, column: 3, message: /the namespace label consul\.hashicorp\.com\/transparent-proxy: "false" turns transparent proxy off for Deployment\/api-v1/, related: ['ns.yaml:6:5'] }],
    },
    {
      description: 'k8s: the Helm default turns it off',
      files: {
        'sd.yaml': K8S_SD,
        'helm/values.yaml': 'connectInject:\n  enabled: true\n  transparentProxy:\n    defaultEnabled: false\n',
        'api.yaml': k8sDeploy(''),
      },
      findings: [{ file: 'sd.yaml', line: 6, column: 3, message: /the Helm value connectInject\.transparentProxy\.defaultEnabled = false turns transparent proxy off/, related: ['helm/values.yaml:4:5'] }],
    },
    {
      // Values written in Terraform, as hashicorp/learn-consul-terraform and
      // learn-consul-admin-partitions write them (helm_release values = [<<EOT …], local_file content).
      description: 'k8s: the Helm default written in a helm_release values heredoc turns it off',
      files: {
        'sd.yaml': K8S_SD,
        'terraform/consul.tf':
          'resource "helm_release" "consul" {\n  name  = "consul"\n  chart = "consul"\n  values = [<<-EOT\n    global:\n      datacenter: ${var.datacenter}\n    connectInject:\n      enabled: true\n      transparentProxy:\n        defaultEnabled: false\n    EOT\n  ]\n}\n',
        'api.yaml': k8sDeploy(''),
      },
      findings: [{ file: 'sd.yaml', line: 6, column: 3, message: /the Helm value connectInject\.transparentProxy\.defaultEnabled = false turns transparent proxy off/, related: ['terraform/consul.tf:10:9'] }],
    },
  ],
});

/**
 * A Nomad job as hashicorp/nomad's job-specification docs write one (connect.mdx, proxy.mdx):
 * the proxy is transparent only with `transparent_proxy {}` (transparent_proxy.mdx); Nomad
 * registers the sidecar without a Mode otherwise (command/agent/consul/connect.go).
 */
const HCL2_VARS = [
  'variable "datacenters" {',
  '  description = "A list of datacenters in the region which are eligible for task placement."',
  '  type        = list(string)',
  '  default     = ["*"]',
  '}',
  '',
  'variable "api_port" {',
  '  default = 9001',
  '}',
  '',
].join('\n');

function nomadJob(proxyBody: string): string {
  return [
    'job "countdash" {',
    '  datacenters = ["dc1"]',
    '',
    '  group "api" {',
    '    network {',
    '      mode = "bridge"',
    '    }',
    '',
    '    service {',
    '      name = "count-api"',
    '      port = "9001"',
    '',
    '      connect {',
    '        sidecar_service {',
    `          proxy {${proxyBody}}`,
    '        }',
    '      }',
    '    }',
    '',
    '    task "web" {',
    '      driver = "docker"',
    '      config {',
    '        image = "hashicorpdev/counter-api:v3"',
    '        args  = ["-listen", ":${NOMAD_PORT_http}"]',
    '      }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}
const PD_PERMISSIVE = 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n';

ruleTester(rule, {
  accept: [
    {
      description: 'Nomad: the job sets transparent_proxy {}, permissive proxy-defaults take effect',
      files: { 'consul/mesh.hcl': MESH, 'consul/proxy-defaults.hcl': PD_PERMISSIVE, 'jobs/countdash.nomad.hcl': nomadJob('\n            transparent_proxy {}\n          ') },
    },
    {
      description: 'Nomad: a job without a sidecar_service is no mesh service',
      files: {
        'consul/mesh.hcl': MESH,
        'consul/api.hcl': 'Kind = "service-defaults"\nName = "count-api"\nMutualTLSMode = "permissive"\n',
        'jobs/countdash.nomad.hcl': nomadJob('').replace('sidecar_service', 'sidecar_task'),
      },
    },
  ],
  reject: [
    {
      description: 'Nomad: permissive proxy-defaults while the job has no transparent_proxy (permissive has no effect there)',
      files: { 'consul/mesh.hcl': MESH, 'consul/proxy-defaults.hcl': PD_PERMISSIVE, 'jobs/countdash.nomad.hcl': nomadJob('') },
      findings: [
        {
          file: 'jobs/countdash.nomad.hcl',
          line: 14,
          column: 9,
          severity: 'error',
          message: `Service "count-api" in partition "default" is permissive but a Nomad sidecar_service without a transparent_proxy block turns transparent proxy off for Nomad job "countdash" group "api" service "count-api"; ${NO_EFFECT}: add transparent_proxy {} to connect { sidecar_service { proxy { … } } } in the job (Nomad 1.8+, bridge networking, consul-cni plugin).`,
          related: ['consul/proxy-defaults.hcl:3:1'],
        },
      ],
    },
    {
      description: 'Nomad: a permissive service-defaults for the job\'s service, job file named *.hcl',
      files: {
        'consul/api.hcl': 'Kind = "service-defaults"\nName = "count-api"\nMutualTLSMode = "permissive"\n',
        'jobs/countdash.hcl': nomadJob(''),
      },
      findings: [{ file: 'jobs/countdash.hcl', line: 14, column: 9, message: /^Service "count-api" in partition "default" is permissive but a Nomad sidecar_service/, related: ['consul/api.hcl:3:1'] }],
    },
    {
      // Nomad reads jobs as HCL2; HCL v1 fails on `type = list(string)` (hashicorp-education/
      // learn-consul-nomad-vm shared/jobs/*.nomad.hcl all start with such variable blocks).
      description: 'Nomad: an HCL2 job (variable blocks, var.x, interpolated ports) is read as HCL2',
      files: {
        'consul/api.hcl': 'Kind = "service-defaults"\nName = "count-api"\nMutualTLSMode = "permissive"\n',
        'jobs/countdash.nomad.hcl': HCL2_VARS + nomadJob('').replace('datacenters = ["dc1"]', 'datacenters = var.datacenters').replace('port = "9001"', 'port = "${var.api_port}"'),
      },
      findings: [{ file: 'jobs/countdash.nomad.hcl', line: 23, column: 9, message: /^Service "count-api" in partition "default" is permissive but a Nomad sidecar_service/, related: ['consul/api.hcl:3:1'] }],
    },
  ],
});

ruleTester(rule, {
  accept: [
    {
      description: 'Nomad: an HCL2 job whose service sets transparent_proxy {}',
      files: {
        'consul/api.hcl': 'Kind = "service-defaults"\nName = "count-api"\nMutualTLSMode = "permissive"\n',
        'jobs/countdash.nomad.hcl': HCL2_VARS + nomadJob('\n            transparent_proxy {\n              exclude_outbound_ports = [var.metrics_port]\n            }\n          '),
      },
    },
  ],
  reject: [],
});

/**
 * A consul-ecs mesh-task module as hashicorp-education/learn-consul-ecs writes one
 * (hcp-managed/hashicups-ecs/ecs-services-and-tasks-with-consul.tf); transparent proxy from
 * `enable_transparent_proxy` (hashicorp/terraform-aws-consul-ecs modules/mesh-task, v0.8.0+).
 */
function meshTask(args: string): string {
  return [
    'module "payments" {',
    '  source  = "hashicorp/consul-ecs/aws//modules/mesh-task"',
    args,
    '',
    '  # The name this service will be registered as in Consul.',
    '  consul_service_name = "payments"',
    '  port                = 7070',
    '  consul_server_hosts = substr(hcp_consul_cluster.main.consul_private_endpoint_url, 8, -1)',
    '  family              = "${local.name}-payments"',
    '  container_definitions = [',
    '    {',
    '      name  = "payments"',
    '      image = "hashicorpdemoapp/payments:v0.0.16"',
    '    }',
    '  ]',
    '}',
    '',
  ].join('\n');
}
const SD_PAYMENTS = 'Kind = "service-defaults"\nName = "payments"\nMutualTLSMode = "permissive"\n';

ruleTester(rule, {
  accept: [
    { description: 'ECS: mesh-task 0.8.1 (transparent proxy by default)', files: { 'consul/payments.hcl': SD_PAYMENTS, 'ecs/tasks.tf': meshTask('  version = "0.8.1"\n  requires_compatibilities = ["EC2"]') } },
    { description: 'ECS: mesh-task without a version (the latest)', files: { 'consul/payments.hcl': SD_PAYMENTS, 'ecs/tasks.tf': meshTask('') } },
    { description: 'ECS: enable_transparent_proxy = var.tproxy is not evaluated', files: { 'consul/payments.hcl': SD_PAYMENTS, 'ecs/tasks.tf': meshTask('  version = "0.9.4"\n  enable_transparent_proxy = var.tproxy') } },
    { description: 'ECS: a version constraint that admits both (~> 0.7) is not decided', files: { 'consul/payments.hcl': SD_PAYMENTS, 'ecs/tasks.tf': meshTask('  version = "~> 0.7"') } },
  ],
  reject: [
    {
      description: 'ECS: mesh-task 0.7.3 predates transparent proxy (learn-consul-ecs pins it)',
      files: { 'consul/payments.hcl': SD_PAYMENTS, 'ecs/tasks.tf': meshTask('  version = "0.7.3"') },
      findings: [
        {
          // The task's own setting anchors the finding (as a pod annotation does); the service's mode is related.
          file: 'ecs/tasks.tf',
          line: 3,
          column: 3,
          message: `Service "payments" in partition "default" is permissive but a consul-ecs mesh-task module version before 0.8.0 (which has no transparent proxy) turns transparent proxy off for ECS task (module "payments", consul-ecs mesh-task); ${NO_EFFECT}: use mesh-task 0.8.0 or later with enable_transparent_proxy = true (the default there; ECS EC2 launch type only).`,
          related: ['consul/payments.hcl:3:1'],
        },
      ],
    },
    {
      description: 'ECS: enable_transparent_proxy = false (a Fargate task)',
      files: { 'consul/payments.hcl': SD_PAYMENTS, 'ecs/tasks.tf': meshTask('  version = "~> 0.8.0"\n  enable_transparent_proxy = false') },
      findings: [{ file: 'ecs/tasks.tf', line: 4, column: 3, message: /is permissive but the consul-ecs mesh-task module's enable_transparent_proxy = false turns transparent proxy off/, related: ['consul/payments.hcl:3:1'] }],
    },
  ],
});

/** A Consul agent service definition with a sidecar (consul docs: deploy-sidecar-services). */
function agentService(mode: string): string {
  return `service {\n  name = "web"\n  port = 8080\n  connect {\n    sidecar_service {\n      proxy {\n        mode = "${mode}"\n      }\n    }\n  }\n}\n`;
}
const SD_WEB = 'Kind = "service-defaults"\nName = "web"\nMutualTLSMode = "permissive"\n';

ruleTester(rule, {
  accept: [
    {
      description: 'agent registration: mode = "transparent" wins over proxy-defaults Mode = "direct"',
      files: {
        'consul/pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMode = "direct"\n',
        'consul/web-defaults.hcl': SD_WEB,
        'services/web.hcl': agentService('transparent'),
      },
    },
  ],
  reject: [
    {
      description: 'agent registration: connect.sidecar_service.proxy.mode = "direct" for a permissive service',
      files: { 'consul/web-defaults.hcl': SD_WEB, 'services/web.hcl': agentService('direct') },
      findings: [
        {
          file: 'services/web.hcl',
          line: 7,
          column: 9,
          message: `Service "web" in partition "default" is permissive but the service registration's connect.sidecar_service.proxy.mode = "direct" turns transparent proxy off for service registration "web"; ${NO_EFFECT}: register the sidecar with mode = "transparent" and redirect its traffic (consul connect redirect-traffic).`,
          related: ['consul/web-defaults.hcl:3:1'],
        },
      ],
    },
  ],
});
