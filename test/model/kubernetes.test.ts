/**
 * The Kubernetes + Helm input: which workloads the manifests hold, what consul-k8s makes of
 * each pod (injected? transparent proxy? which service? which upstreams?) and where each
 * fact is written. Malformed values become located `invalid-annotation` issues.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, createInputs } from '../../src/inputs.js';
import { lintSources } from '../../src/lint.js';
import type { Located } from '../../src/model/located-ref.js';
import type { ScopeHint } from '../../src/model/scope.js';
import type { Workload } from '../../src/model/workloads.js';

function run(files: Record<string, string>, opts: { scopes?: Record<string, ScopeHint>; helmValues?: string[] } = {}) {
  const scopes = Object.entries(opts.scopes ?? {});
  const r = lintSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    {
      today: '2026-01-15',
      rules: [],
      inputs: opts.helmValues ? createInputs({ helmValues: (p) => opts.helmValues!.includes(p) }) : DEFAULT_INPUTS,
      scopeOf: (p) => scopes.find(([prefix]) => p.startsWith(prefix))?.[1] ?? {},
    },
  );
  const issues = r.normalized.flatMap((n) =>
    n.issues.filter((i) => i.ruleId === 'invalid-annotation').map((i) => `${n.path}:${i.range.start.line}:${i.range.start.column}-${i.range.end.line}:${i.range.end.column} ${i.message}`),
  );
  return { workloads: r.model.workloads, issues, files: r.result.files, model: r.model };
}

/** `file:line:col-endLine:endCol` */
function pos(l: Located | undefined): string | undefined {
  return l && `${l.file}:${l.range.start.line}:${l.range.start.column}-${l.range.end.line}:${l.range.end.column}`;
}

function byLabel(ws: readonly Workload[], label: string): Workload {
  const w = ws.find((x) => x.label === label);
  if (!w) throw new Error(`no workload ${label} in ${ws.map((x) => x.label).join(', ')}`);
  return w;
}

const FRONTEND = `apiVersion: v1
kind: Service
metadata:
  name: frontend
spec:
  selector:
    app: frontend
  ports:
    - port: 80
      targetPort: http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend-v2
  namespace: shop
spec:
  template:
    metadata:
      labels:
        app: frontend
      annotations:
        consul.hashicorp.com/connect-inject: "true"
        consul.hashicorp.com/connect-service-upstreams: "products-api:9090, payments:http:dc2"
        consul.hashicorp.com/transparent-proxy-exclude-inbound-ports: "9102"
    spec:
      containers:
        - name: frontend
          ports:
            - name: http
              containerPort: 8080
`;

describe('workloads from Deployments, Services and annotations', () => {
  it('reads a Deployment: name, namespace, injection, service, upstreams, exclusions, with positions', () => {
    // The Service is in namespace default, the Deployment in shop: it does not select the pods.
    const { workloads } = run({ 'k8s/frontend.yaml': FRONTEND });
    const w = byLabel(workloads, 'Deployment/frontend-v2');
    expect(w.k8sNamespace).toBe('shop');
    expect(pos(w.at)).toBe('k8s/frontend.yaml:15:3-15:20');
    expect(w.injected).toBe(true);
    expect(w.injectedSource).toBe('annotation');
    expect(pos(w.injectedAt)).toBe('k8s/frontend.yaml:23:9-23:52');
    expect(w.transparentProxy).toBe(true);
    expect(w.transparentProxySource).toBe('default');
    expect(w.transparentProxyAt).toBeUndefined();
    expect(w.services).toEqual(['frontend-v2']);
    expect(w.serviceSource).toBe('workload-name');
    expect(w.upstreams.map((u) => ({ service: u.service, port: u.port, datacenter: u.datacenter, at: pos(u.at) }))).toEqual([
      { service: 'products-api', port: '9090', datacenter: undefined, at: 'k8s/frontend.yaml:24:58-24:75' },
      { service: 'payments', port: 'http', datacenter: 'dc2', at: 'k8s/frontend.yaml:24:77-24:94' },
    ]);
    expect(w.exclusions.map((e) => ({ kind: e.kind, items: e.items, at: pos(e.at) }))).toEqual([
      { kind: 'inbound-ports', items: ['9102'], at: 'k8s/frontend.yaml:25:9-25:77' },
    ]);
  });

  it('the Kubernetes Service selecting the pods names the Consul service', () => {
    const { workloads } = run({ 'k8s/frontend.yaml': FRONTEND.replace('  namespace: shop\n', '') });
    const w = byLabel(workloads, 'Deployment/frontend-v2');
    expect(w.services).toEqual(['frontend']);
    expect(w.serviceSource).toBe('kubernetes-service');
    expect(pos(w.serviceAt)).toBe('k8s/frontend.yaml:4:3-4:17');
  });

  it('connect-service wins over the Service; kubernetes-service picks one of several Services', () => {
    const twoServices = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
---
apiVersion: v1
kind: Service
metadata:
  name: web-admin
spec:
  selector: { app: web }
`;
    const pod = (annotations: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-0\n  labels:\n    app: web\n  annotations:\n${annotations}spec:\n  containers: []\n`;
    expect(byLabel(run({ 's.yaml': twoServices, 'p.yaml': pod('    consul.hashicorp.com/connect-inject: "true"\n') }).workloads, 'Pod/web-0').services).toEqual(['web', 'web-admin']);
    const chosen = byLabel(run({ 's.yaml': twoServices, 'p.yaml': pod('    consul.hashicorp.com/kubernetes-service: web-admin\n') }).workloads, 'Pod/web-0');
    expect(chosen.services).toEqual(['web-admin']);
    expect(pos(chosen.serviceAt)).toBe('s.yaml:11:3-11:18');
    const named = byLabel(run({ 's.yaml': twoServices, 'p.yaml': pod('    consul.hashicorp.com/connect-service: "web-api"\n') }).workloads, 'Pod/web-0');
    expect(named.services).toEqual(['web-api']);
    expect(named.serviceSource).toBe('annotation');
    expect(pos(named.serviceAt)).toBe('p.yaml:8:5-8:52');
  });

  it('a Service selects the pods of its namespace that carry every pair of its selector', () => {
    const svc = (name: string, ns: string, selector: string) =>
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n  selector: ${selector}\n---\n`;
    const services =
      svc('web-canary', 'shop', '{ app: web, track: canary }') +
      svc('web-other-ns', 'ops', '{ app: web }') +
      svc('web-tier', 'shop', '{ tier: front, app: web }') +
      svc('web', 'shop', '{ app: web }');
    const pod = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-0\n  namespace: shop\n  labels: { app: web, tier: front, track: stable }\n  annotations:\n    consul.hashicorp.com/connect-inject: "true"\nspec:\n  containers: []\n`;
    const w = byLabel(run({ 's.yaml': services, 'p.yaml': pod }).workloads, 'Pod/web-0');
    expect(w.services).toEqual(['web', 'web-tier']);
    expect(w.serviceSource).toBe('kubernetes-service');
  });

  it('every workload kind, in List objects and multi-document files', () => {
    const tmpl = (extra = '') => `template:\n${extra}      metadata:\n        annotations:\n          consul.hashicorp.com/connect-inject: "true"\n`;
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: StatefulSet
    metadata: { name: db }
    spec:
      ${tmpl().replace(/\n {6}/g, '\n        ').replace(/^/, '')}  - apiVersion: apps/v1
    kind: DaemonSet
    metadata: { name: agent }
    spec:
      template:
        metadata:
          annotations:
            consul.hashicorp.com/connect-inject: "true"
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            consul.hashicorp.com/connect-inject: "true"
---
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    metadata:
      annotations:
        consul.hashicorp.com/connect-inject: "false"
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: rs
spec:
  template:
    metadata:
      annotations:
        consul.hashicorp.com/connect-inject: "true"
`;
    const { workloads } = run({ 'all.yaml': text });
    expect(workloads.map((w) => `${w.label}:${w.injected}`)).toEqual([
      'StatefulSet/db:true',
      'DaemonSet/agent:true',
      'CronJob/nightly:true',
      'Job/migrate:false',
      'ReplicaSet/rs:true',
    ]);
  });

  it('a manifest without Consul annotations stays "not Consul"; an injected one is linted', () => {
    const plain = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: { app: web }\n';
    const { files, workloads, model } = run({ 'plain.yaml': plain, 'k8s/frontend.yaml': FRONTEND });
    expect(files.map((f) => `${f.path}:${f.status}`)).toEqual(['k8s/frontend.yaml:linted', 'plain.yaml:not-consul']);
    expect(byLabel(workloads, 'Deployment/web').injected).toBe(false);
    // A pod without a sidecar is not a mesh service.
    expect(model.services().map((s) => s.name)).toEqual(['frontend-v2']);
  });

  it('JSON manifests are read as Kubernetes reads them: objects for this input, custom resources as entries', () => {
    const deployment = (annotations: Record<string, string>) =>
      JSON.stringify(
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'web' },
          spec: { template: { metadata: { labels: { app: 'web' }, annotations }, spec: { containers: [{ name: 'web', image: 'web:1' }] } } },
        },
        null,
        2,
      );
    const crd = '{\n  "apiVersion": "consul.hashicorp.com/v1alpha1",\n  "kind": "ServiceDefaults",\n  "metadata": { "name": "web" },\n  "spec": { "protocol": "http" }\n}\n';
    const { files, workloads, model } = run({
      'plain.json': deployment({}),
      'injected.json': deployment({ 'consul.hashicorp.com/connect-inject': 'true' }).replace('"web"', '"api"'),
      'web-defaults.json': crd,
    });
    expect(files.map((f) => `${f.path}:${f.status}:${f.entries}`)).toEqual(['injected.json:linted:0', 'plain.json:not-consul:0', 'web-defaults.json:linted:1']);
    expect(workloads.map((w) => `${w.label}:${w.injected}`).sort()).toEqual(['Deployment/api:true', 'Deployment/web:false']);
    const [entry] = model.entries;
    expect([entry!.kind, entry!.name, entry!.origin, entry!.str('Protocol')]).toEqual(['service-defaults', 'web', 'crd', 'http']);
    expect(pos(entry!.field('Protocol'))).toBe('web-defaults.json:5:13-5:31');
  });

  it('the partition and namespace of the config scopes apply', () => {
    const { workloads } = run({ 'team-a/frontend.yaml': FRONTEND }, { scopes: { 'team-a/': { partition: 'team-a', namespace: 'shop' } } });
    expect(workloads[0]!.scope.key).toBe('team-a');
    expect(workloads[0]!.consulNamespace).toBe('shop');
  });
});

const DEPLOY = (annotations: string, ns = 'shop') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: ${ns}
spec:
  template:
    metadata:
      annotations:
${annotations}`;

const NAMESPACE = (value: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    consul.hashicorp.com/transparent-proxy: "${value}"
`;

describe('transparent proxy: pod annotation > Namespace label > Helm > default', () => {
  const VALUES = 'connectInject:\n  enabled: true\n  transparentProxy:\n    defaultEnabled: false\n';

  it('the pod annotation wins', () => {
    const w = run({
      'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy: "true"\n'),
      'ns.yaml': NAMESPACE('false'),
      'values.yaml': VALUES,
    }).workloads[0]!;
    expect([w.transparentProxy, w.transparentProxySource, pos(w.transparentProxyAt)]).toEqual([true, 'annotation', 'api.yaml:11:9-11:55']);
  });

  it('then the Namespace label', () => {
    const w = run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n'), 'ns.yaml': NAMESPACE('false'), 'values.yaml': VALUES }).workloads[0]!;
    expect([w.transparentProxy, w.transparentProxySource, pos(w.transparentProxyAt)]).toEqual([false, 'namespace-label', 'ns.yaml:6:5-6:52']);
  });

  it('then the Helm default', () => {
    const w = run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n'), 'values.yaml': VALUES }).workloads[0]!;
    expect([w.transparentProxy, w.transparentProxySource, pos(w.transparentProxyAt)]).toEqual([false, 'helm', 'values.yaml:4:5-4:26']);
    expect(w.helmValues).toEqual(['values.yaml']);
  });

  it('a Namespace label of another namespace does not apply', () => {
    const w = run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n', 'web'), 'ns.yaml': NAMESPACE('false') }).workloads[0]!;
    expect(w.transparentProxySource).toBe('default');
  });
});

describe('Helm values of the consul chart', () => {
  const NO_ANN = DEPLOY('        prometheus.io/scrape: "true"\n');

  it('connectInject.default injects pods without the annotation', () => {
    const w = run({ 'api.yaml': NO_ANN, 'helm/values.yaml': 'connectInject:\n  default: true\n' }).workloads[0]!;
    expect([w.injected, w.injectedSource, pos(w.injectedAt)]).toEqual([true, 'helm-default', 'helm/values.yaml:2:3-2:16']);
  });

  it('without Helm values the chart default (false) applies', () => {
    const w = run({ 'api.yaml': NO_ANN }).workloads[0]!;
    expect([w.injected, w.injectedSource, w.injectedAt]).toEqual([false, 'helm-default', undefined]);
  });

  it('k8sDenyNamespaces and k8sAllowNamespaces come before the annotation', () => {
    const inj = DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n');
    const denied = run({ 'api.yaml': inj, 'values.yaml': 'connectInject:\n  k8sDenyNamespaces: ["shop"]\n' }).workloads[0]!;
    expect([denied.injected, denied.injectedSource, pos(denied.injectedAt)]).toEqual([false, 'namespace-denied', 'values.yaml:2:3-2:30']);
    const notAllowed = run({ 'api.yaml': inj, 'values.yaml': 'connectInject:\n  k8sAllowNamespaces: ["web"]\n' }).workloads[0]!;
    expect(notAllowed.injectedSource).toBe('namespace-denied');
    expect(run({ 'api.yaml': inj, 'values.yaml': 'connectInject:\n  k8sAllowNamespaces: ["*"]\n' }).workloads[0]!.injected).toBe(true);
    expect(run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n', 'kube-system') }).workloads[0]!.injected).toBe(false);
  });

  it('connectInject.enabled: false (or "-" with global.enabled: false) means no injector', () => {
    const inj = DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n');
    const off = run({ 'api.yaml': inj, 'values.yaml': 'connectInject:\n  enabled: false\n' }).workloads[0]!;
    expect([off.injected, off.injectedSource, pos(off.injectedAt)]).toEqual([false, 'helm-disabled', 'values.yaml:2:3-2:17']);
    const inherit = run({ 'api.yaml': inj, 'values.yaml': 'global:\n  enabled: false\nconnectInject:\n  enabled: "-"\n' }).workloads[0]!;
    expect([inherit.injectedSource, pos(inherit.injectedAt)]).toEqual(['helm-disabled', 'values.yaml:2:3-2:17']);
  });

  it('the nearest values files apply, merged in path order', () => {
    const files = {
      'clusters/dc1/values.yaml': 'connectInject:\n  default: true\n',
      'clusters/dc1/values-tproxy.yaml': 'connectInject:\n  transparentProxy:\n    defaultEnabled: false\n',
      'clusters/dc2/values.yaml': 'connectInject:\n  default: false\n',
      'clusters/dc1/apps/api.yaml': NO_ANN,
    };
    const w = run(files).workloads[0]!;
    expect([w.injected, w.transparentProxy]).toEqual([true, false]);
    expect(w.helmValues).toEqual(['clusters/dc1/values-tproxy.yaml', 'clusters/dc1/values.yaml']);
  });

  it('a values file named in the configuration needs no connectInject/global key', () => {
    const files = { 'consul.yaml': 'server:\n  replicas: 3\n', 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n') };
    expect(run(files).workloads[0]!.helmValues).toBeUndefined();
    expect(run(files, { helmValues: ['consul.yaml'] }).workloads[0]!.helmValues).toEqual(['consul.yaml']);
  });

  it('Consul namespaces: mirroring and the destination namespace', () => {
    const inj = DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n');
    const mirror = 'global:\n  enableConsulNamespaces: true\nconnectInject:\n  consulNamespaces:\n    mirroringK8S: true\n    mirroringK8SPrefix: k8s-\n';
    expect(run({ 'api.yaml': inj, 'values.yaml': mirror }).workloads[0]!.consulNamespace).toBe('k8s-shop');
    const dest = 'global:\n  enableConsulNamespaces: true\nconnectInject:\n  consulNamespaces:\n    consulDestinationNamespace: apps\n    mirroringK8S: false\n';
    expect(run({ 'api.yaml': inj, 'values.yaml': dest }).workloads[0]!.consulNamespace).toBe('apps');
    // mirroringK8S is true in the chart's values.yaml since consul-k8s 1.0.0 (hashicorp/consul-k8s#1601):
    // a destination namespace alone is ignored.
    const destOnly = 'global:\n  enableConsulNamespaces: true\nconnectInject:\n  consulNamespaces:\n    consulDestinationNamespace: apps\n';
    expect(run({ 'api.yaml': inj, 'values.yaml': destOnly }).workloads[0]!.consulNamespace).toBe('shop');
    // {{ if }} truth: the string "false" enables mirroring; the empty string does not.
    const quoted = (v: string) => `global:\n  enableConsulNamespaces: true\nconnectInject:\n  consulNamespaces:\n    consulDestinationNamespace: apps\n    mirroringK8S: ${v}\n`;
    expect(run({ 'api.yaml': inj, 'values.yaml': quoted('"false"') }).workloads[0]!.consulNamespace).toBe('shop');
    expect(run({ 'api.yaml': inj, 'values.yaml': quoted('""') }).workloads[0]!.consulNamespace).toBe('apps');
    expect(run({ 'api.yaml': inj }).workloads[0]!.consulNamespace).toBe('default');
  });

  it('CRDs go to the Consul namespace the controller writes them to', () => {
    // consul-k8s configentry_controller.go consulNamespace: namespaced kinds through
    // namespaces.ConsulNamespace(metadata.namespace, …); global kinds (ProxyDefaults, Mesh…) stay
    // in default; a ServiceIntentions keeps spec.destination.namespace, else the webhook's default
    // (serviceintentions_types.go DefaultNamespaceFields).
    const crds =
      'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  protocol: http\n' +
      '---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: ProxyDefaults\nmetadata:\n  name: global\n  namespace: shop\nspec:\n  config:\n    protocol: http\n' +
      '---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  destination:\n    name: api\n  sources:\n    - name: web\n      action: allow\n' +
      '---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: db\n  namespace: shop\nspec:\n  destination:\n    name: db\n    namespace: data\n  sources:\n    - name: api\n      action: allow\n';
    const nsOf = (values: Record<string, string>) =>
      run({ 'crds/api.yaml': crds, ...values }).model.entries.map((e) => `${e.kind}/${e.name}@${e.namespace}`);
    expect(nsOf({})).toEqual(['service-defaults/api@default', 'proxy-defaults/global@default', 'service-intentions/api@default', 'service-intentions/db@data']);
    expect(nsOf({ 'helm/values.yaml': 'global:\n  enableConsulNamespaces: true\n' })).toEqual([
      'service-defaults/api@shop',
      'proxy-defaults/global@default',
      'service-intentions/api@shop',
      'service-intentions/db@data',
    ]);
    expect(
      nsOf({ 'helm/values.yaml': 'global:\n  enableConsulNamespaces: true\nconnectInject:\n  consulNamespaces:\n    mirroringK8S: true\n    mirroringK8SPrefix: k8s-\n' }),
    ).toEqual(['service-defaults/api@k8s-shop', 'proxy-defaults/global@default', 'service-intentions/api@k8s-shop', 'service-intentions/db@data']);
    expect(
      nsOf({ 'helm/values.yaml': 'global:\n  enableConsulNamespaces: true\nconnectInject:\n  consulNamespaces:\n    mirroringK8S: false\n    consulDestinationNamespace: apps\n' }),
    ).toEqual(['service-defaults/api@apps', 'proxy-defaults/global@default', 'service-intentions/api@apps', 'service-intentions/db@data']);
    expect(nsOf({ 'helm/values.yaml': 'global:\n  enableConsulNamespaces: false\n' })).toEqual(nsOf({}));
  });

  it('values the injector cannot use', () => {
    const { issues } = run({
      'values.yaml': 'connectInject:\n  enabled: "false"\n  default: "yes"\n  k8sDenyNamespaces: kube-system\n  transparentProxy:\n    defaultEnabled: maybe\n',
    });
    expect(issues).toEqual([
      'values.yaml:2:3-2:19 connectInject.enabled is the string "false", not a boolean: the chart\'s templates treat every non-empty string as true, so the injector is enabled although the value says false; write true or false without quotes (or "-" to follow global.enabled)',
      'values.yaml:3:3-3:17 connectInject.default must be true or false: the chart passes it to the injector as -default-inject=yes, which fails to start with invalid boolean value "yes" for -default-inject: parse error',
      'values.yaml:6:5-6:26 connectInject.transparentProxy.defaultEnabled is the string "maybe", not a boolean: the chart tests it with {{ if }} (charts/consul/templates/connect-inject-deployment.yaml:160), where every non-empty string is true; write true or false without quotes',
      'values.yaml:4:3-4:33 connectInject.k8sDenyNamespaces must be a list of Kubernetes namespace names: the chart ranges over it to build -deny-k8s-namespace flags and fails to render a string',
    ]);
  });
});

describe('malformed annotations and labels are located issues', () => {
  it('transparent-proxy: "maybe" (consul-k8s: strconv.ParseBool)', () => {
    const { issues, workloads } = run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy: "maybe"\n') });
    expect(issues).toEqual([
      'api.yaml:11:9-11:56 Deployment/api: consul.hashicorp.com/transparent-proxy is "maybe": the injector rejects the pod with error determining if transparent proxy is enabled: strconv.ParseBool: parsing "maybe": invalid syntax; write "true" or "false".',
    ]);
    // The malformed value does not count: the fallback (here the default) decides.
    expect(workloads[0]!.transparentProxySource).toBe('default');
  });

  it('connect-inject: "yes"', () => {
    const { issues, workloads } = run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "yes"\n') });
    expect(issues).toEqual([
      'api.yaml:10:9-10:51 Deployment/api: consul.hashicorp.com/connect-inject is "yes": the injector rejects the pod with error checking if should inject: strconv.ParseBool: parsing "yes": invalid syntax; write "true" or "false".',
    ]);
    expect(workloads[0]!.injectedSource).toBe('helm-default');
  });

  it('an upstream without a port, at the entry inside the value', () => {
    const { issues, workloads } = run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/connect-service-upstreams: "db:5432,payments"\n') });
    expect(issues).toEqual([
      'api.yaml:11:66-11:74 Deployment/api: consul.hashicorp.com/connect-service-upstreams: invalid upstream local bind port "" in "payments": the entry has no port; consul-k8s expects <service>:<port>[:<datacenter>].',
    ]);
    expect(workloads[0]!.upstreams.map((u) => u.service)).toEqual(['db']);
  });

  it('a labeled upstream in the wrong shape, with namespaces on in Helm', () => {
    const { issues } = run({
      'values.yaml': 'global:\n  enableConsulNamespaces: true\n',
      'api.yaml': DEPLOY("        consul.hashicorp.com/connect-inject: 'true'\n        consul.hashicorp.com/connect-service-upstreams: 'static-server.svc.server.peer:1234'\n"),
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^api\.yaml:11:58-11:92 Deployment\/api: consul\.hashicorp\.com\/connect-service-upstreams: upstream structured incorrectly: static-server\.svc\.server\.peer:1234: /);
  });

  it('values from a Terraform template file (templatefile(".../consul.tpl")) decide the upstream grammar', () => {
    // hashicorp-education/learn-consul-get-started-kubernetes hcp-managed/eks/modules/eks-client/template/consul.tpl
    const ann = DEPLOY("        consul.hashicorp.com/connect-inject: 'true'\n        consul.hashicorp.com/connect-service-upstreams: 'backend.svc.shop.ns:9090'\n");
    const tpl = (ns: string) => `global:\n  datacenter: \${datacenter}\n  enableConsulNamespaces: ${ns}\nconnectInject:\n  enabled: true\n`;
    expect(run({ 'template/consul.tpl': tpl('true'), 'api.yaml': ann }).issues).toEqual([]);
    expect(run({ 'template/consul.tpl': tpl('false'), 'api.yaml': ann }).issues).toHaveLength(1);
    // Written with a template: unknown, so neither form is judged.
    expect(run({ 'template/consul.tpl': tpl('${enable_namespaces}'), 'api.yaml': ann }).issues).toEqual([]);
  });

  it('values written in a Terraform heredoc (local_file content, helm_release values) decide the upstream grammar', () => {
    // hashicorp-education/learn-consul-admin-partitions cluster-b.tf: local_sensitive_file "consul-values-b".
    const ann = DEPLOY("        consul.hashicorp.com/connect-inject: 'true'\n        consul.hashicorp.com/connect-service-upstreams: 'backend.svc.shop.ns:9090'\n");
    const tf = (ns: string) =>
      `resource "local_sensitive_file" "consul-values-b" {\n  filename = "\${path.module}/yamls/consul-values-b.yaml"\n  content  = <<EOT\nglobal:\n  datacenter: \${hcp_consul_cluster.main.datacenter}\n  enableConsulNamespaces: ${ns}\nconnectInject:\n  enabled: true\nEOT\n}\n`;
    expect(run({ 'cluster-b.tf': tf('true'), 'api.yaml': ann }).issues).toEqual([]);
    expect(run({ 'cluster-b.tf': tf('false'), 'api.yaml': ann }).issues).toHaveLength(1);
    expect(run({ 'cluster-b.tf': tf('true'), 'api.yaml': ann }).files.find((f) => f.path === 'cluster-b.tf')).toMatchObject({ status: 'linted' });
  });

  it('upstream problems of pods that are not injected are not reported', () => {
    const { issues } = run({
      'values.yaml': 'connectInject:\n  default: false\n',
      'api.yaml': DEPLOY('        consul.hashicorp.com/connect-service-upstreams: "payments"\n'),
    });
    expect(issues).toEqual([]);
  });

  it('a Namespace label ParseBool rejects', () => {
    expect(run({ 'ns.yaml': NAMESPACE('maybe') }).issues).toEqual([
      'ns.yaml:6:5-6:52 The label consul.hashicorp.com/transparent-proxy of Namespace "shop" is "maybe": consul-k8s fails to inject the pods of this namespace that do not set the annotation themselves, with strconv.ParseBool: parsing "maybe": invalid syntax; write "true" or "false".',
    ]);
  });

  it('a YAML bool where Kubernetes needs a string', () => {
    expect(run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: true\n') }).issues).toEqual([
      'api.yaml:10:9-10:50 The annotation consul.hashicorp.com/connect-inject of Deployment/api is a YAML bool, not a string: Kubernetes rejects the object (json: cannot unmarshal bool into Go struct field ObjectMeta.spec.template.metadata.annotations of type string); quote it: "true".',
    ]);
  });

  it('a pod annotation on the Deployment\'s own metadata', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  annotations:\n    consul.hashicorp.com/connect-inject: "true"\nspec:\n  template:\n    metadata:\n      labels: { app: api }\n';
    expect(run({ 'api.yaml': text }).issues).toEqual([
      'api.yaml:6:5-6:48 consul.hashicorp.com/connect-inject is set on the Deployment\'s own metadata, where consul-k8s never reads it: it reads the pod\'s annotations only, so move it to spec.template.metadata.annotations.',
    ]);
  });

  it('a multi-port pod with transparent proxy on', () => {
    const { issues } = run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/connect-service: "web,web-admin"\n') });
    expect(issues).toEqual([
      'api.yaml:11:9-11:62 Deployment/api lists 2 services in consul.hashicorp.com/connect-service (a multi-port pod) with transparent proxy on (the consul-k8s default): the injector rejects it with multi port services are not compatible with transparent proxy; set consul.hashicorp.com/transparent-proxy: "false" on the pod or register one service.',
    ]);
  });

  it('exclusion items that are not ports, CIDRs or user IDs (a smart quote from the docs)', () => {
    const { issues } = run({
      'api.yaml': DEPLOY(
        '        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy-exclude-inbound-ports: "8200, 8201”"\n        consul.hashicorp.com/transparent-proxy-exclude-outbound-cidrs: "3.3.3.3,3.3.3.3/24,10.0.0.0/33"\n        consul.hashicorp.com/transparent-proxy-exclude-uids: "4444,44444"\n',
      ),
    });
    expect(issues).toEqual([
      'api.yaml:11:9-11:84 Deployment/api: consul.hashicorp.com/transparent-proxy-exclude-inbound-ports holds "8201”", which is not a port number: the traffic redirection rules cannot be built and the pod does not start.',
      'api.yaml:12:9-12:104 Deployment/api: consul.hashicorp.com/transparent-proxy-exclude-outbound-cidrs holds "10.0.0.0/33", which is not an IP address or CIDR: the traffic redirection rules cannot be built and the pod does not start.',
    ]);
  });

  it('overwrite-probes ParseBool', () => {
    const { issues } = run({ 'api.yaml': DEPLOY('        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy-overwrite-probes: "on"\n') });
    expect(issues[0]).toMatch(/^api\.yaml:11:9-11:70 Deployment\/api: consul\.hashicorp\.com\/transparent-proxy-overwrite-probes is "on": the injector rejects the pod with error overwriting readiness or liveness probes: strconv\.ParseBool: parsing "on": invalid syntax/);
  });
});
