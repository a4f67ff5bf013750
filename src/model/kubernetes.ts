/**
 * Kubernetes manifests as consul-k8s reads them: workloads (Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, Pod; also inside `List`
 * objects and multi-document files), the Namespace objects' labels and the Services that
 * select pods, together with the consul chart's Helm values (./helm.ts).
 *
 * What each pod becomes (hashicorp/consul-k8s control-plane/connect-inject):
 * - injected: kube-system / kube-public never; Helm `k8sDenyNamespaces`, then
 *   `k8sAllowNamespaces`; then the pod annotation `consul.hashicorp.com/connect-inject`
 *   (strconv.ParseBool); else Helm `connectInject.default` (false) — webhook/mesh_webhook.go
 *   `shouldInject`. No injector at all with `connectInject.enabled: false`.
 * - transparent proxy: pod annotation > the Namespace's label > Helm
 *   `connectInject.transparentProxy.defaultEnabled` (true) — common/common.go
 *   `TransparentProxyEnabled`; a value ParseBool rejects is an error.
 * - service name: the `connect-service` annotation (several, comma-separated, for a
 *   multi-port pod), else the Kubernetes Service whose Endpoints hold the pod (the Service
 *   selecting it; `consul.hashicorp.com/kubernetes-service` picks one), else — where the
 *   repository shows no Service — the workload's name.
 * - upstreams: `connect-service-upstreams` (./upstreams.ts); exclusions: the four
 *   `transparent-proxy-exclude-*` annotations (webhook/redirect_traffic.go).
 *
 * Values consul-k8s (or Kubernetes) rejects become `invalid-annotation` file issues with
 * the consul-k8s error text where it has one.
 */
import type { ParsedFile } from '../parse/index.js';
import type { LNode, LObject, LProperty, LScalar, LocatedDocument, SourceRange } from '../parse/located.js';
import { parseGoBool } from './decode.js';
import { consulNamespaceFor, looksLikeHelmValues, mergeHelmValues, nearest, readHelmValues, type HelmValues } from './helm.js';
import type { ConfigEntry } from './entries.js';
import type { Located } from './located-ref.js';
import type { NormalizedFile } from './normalize.js';
import { makeScope, type ScopeHint } from './scope.js';
import { goQuote, parseUpstreams, type UpstreamGrammar } from './upstreams.js';
import type { Exclusion, ExclusionKind, InjectedSource, TproxySource, Workload } from './workloads.js';
import { indexCharts, wrapperConsulValues } from './helm-charts.js';
import { lastProp } from '../parse/nodes.js';

const P = 'consul.hashicorp.com/';
export const ANNOTATIONS = {
  inject: `${P}connect-inject`,
  transparentProxy: `${P}transparent-proxy`,
  overwriteProbes: `${P}transparent-proxy-overwrite-probes`,
  service: `${P}connect-service`,
  upstreams: `${P}connect-service-upstreams`,
  kubernetesService: `${P}kubernetes-service`,
  excludeInboundPorts: `${P}transparent-proxy-exclude-inbound-ports`,
  excludeOutboundPorts: `${P}transparent-proxy-exclude-outbound-ports`,
  excludeOutboundCidrs: `${P}transparent-proxy-exclude-outbound-cidrs`,
  excludeUids: `${P}transparent-proxy-exclude-uids`,
} as const;

export const EXCLUSIONS: Record<string, ExclusionKind> = {
  [ANNOTATIONS.excludeInboundPorts]: 'inbound-ports',
  [ANNOTATIONS.excludeOutboundPorts]: 'outbound-ports',
  [ANNOTATIONS.excludeOutboundCidrs]: 'outbound-cidrs',
  [ANNOTATIONS.excludeUids]: 'uids',
};

/** Annotations consul-k8s reads from the pod only (never from a Deployment's own metadata). */
const POD_ANNOTATIONS = new Set<string>([
  ANNOTATIONS.inject,
  ANNOTATIONS.transparentProxy,
  ANNOTATIONS.overwriteProbes,
  ANNOTATIONS.service,
  ANNOTATIONS.upstreams,
  ANNOTATIONS.kubernetesService,
  `${P}connect-service-port`,
  ...Object.keys(EXCLUSIONS),
]);

/** Where the pod template sits in each workload kind (`[]`: the object is the pod). */
export const TEMPLATE_PATH: Record<string, readonly string[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Pod: [],
};

const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public']);

/** A `metadata.labels` / `metadata.annotations` entry. */
export interface StringEntry {
  key: string;
  /** The value as Kubernetes would hold it (a YAML bool or number as its text). */
  value: string;
  prop: LProperty;
  /** Set when the YAML value is not a string: Kubernetes rejects the object. */
  notString?: string;
}

export interface K8sObject {
  file: ParsedFile;
  node: LObject;
  kind: string;
  kindProp: LProperty;
  apiVersion?: string;
  name?: string;
  nameProp?: LProperty;
  namespace?: string;
  labels: Map<string, StringEntry>;
  annotations: Map<string, StringEntry>;
}

function objectAt(obj: LObject | undefined, path: readonly string[]): LObject | undefined {
  let cur: LObject | undefined = obj;
  for (const k of path) {
    const v = lastProp(cur, k)?.value;
    cur = v?.type === 'object' ? v : undefined;
  }
  return cur;
}

function str(n: LNode | undefined): string | undefined {
  return n && n.type === 'string' ? (n.value as string) : undefined;
}

function stringMap(obj: LObject | undefined): Map<string, StringEntry> {
  const m = new Map<string, StringEntry>();
  if (!obj) return m;
  for (const p of obj.props) {
    const v = p.value;
    if (v.type === 'string') m.set(p.key, { key: p.key, value: v.value as string, prop: p });
    else if (v.type === 'boolean' || v.type === 'number') m.set(p.key, { key: p.key, value: v.raw, prop: p, notString: v.type === 'boolean' ? 'bool' : 'number' });
    else if (v.type === 'null') m.set(p.key, { key: p.key, value: '', prop: p });
    else m.set(p.key, { key: p.key, value: '', prop: p, notString: v.type === 'object' ? 'map' : 'array' });
  }
  return m;
}

function metadataOf(node: LObject): { md?: LObject; labels: Map<string, StringEntry>; annotations: Map<string, StringEntry> } {
  const md = objectAt(node, ['metadata']);
  return { md, labels: stringMap(objectAt(md, ['labels'])), annotations: stringMap(objectAt(md, ['annotations'])) };
}

/** Kubernetes objects of one document; `List` (and `*List`) objects are expanded. */
export function kubernetesObjects(file: ParsedFile, root: LNode, depth = 0): K8sObject[] {
  if (root.type !== 'object' || depth > 8) return [];
  const kindProp = lastProp(root, 'kind');
  const kind = str(kindProp?.value);
  if (!kindProp || !kind) return [];
  const items = lastProp(root, 'items')?.value;
  if ((kind === 'List' || kind.endsWith('List')) && items?.type === 'array') {
    return items.items.flatMap((it) => kubernetesObjects(file, it, depth + 1));
  }
  const { md, labels, annotations } = metadataOf(root);
  const nameProp = lastProp(md, 'name');
  return [
    {
      file,
      node: root,
      kind,
      kindProp,
      apiVersion: str(lastProp(root, 'apiVersion')?.value),
      name: str(nameProp?.value),
      nameProp: str(nameProp?.value) !== undefined ? nameProp : undefined,
      namespace: str(lastProp(md, 'namespace')?.value),
      labels,
      annotations,
    },
  ];
}

export interface InputContext {
  scopeOf?: (path: string) => ScopeHint;
  /** Filled here: the files consul Helm values were read from. */
  helmFiles?: Set<string>;
}

export interface KubernetesInputOptions {
  /** Files the configuration names as consul Helm values, whatever their top-level keys. */
  helmValues?: (path: string) => boolean;
}

interface NamespaceObject {
  file: string;
  name: string;
  tproxy?: StringEntry;
}

interface ServiceObject {
  file: string;
  name: string;
  namespace: string;
  selector: Map<string, string>;
  nameAt: Located;
}

/** The issues of one file, with a stable subject, added to its NormalizedFile. */
class IssueSink {
  private readonly seen = new Set<string>();
  constructor(private readonly byPath: Map<string, NormalizedFile>) {}

  add(at: Located, message: string): void {
    const nf = this.byPath.get(at.file);
    if (!nf) return;
    const key = `${at.file}\u0000${at.range.start.offset}\u0000${at.range.end.offset}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    nf.issues.push({ ruleId: 'invalid-annotation', message, range: at.range, subject: at.subject });
  }
}

/**
 * Every workload of the repository with its facts, from the YAML documents that are not
 * config entries (`NormalizedFile.otherDocuments`). Problems go to the files' `issues`.
 */
export function collectWorkloads(
  parsed: readonly ParsedFile[],
  normalized: NormalizedFile[],
  ctx: InputContext = {},
  opts: KubernetesInputOptions = {},
): Workload[] {
  const parsedByPath = new Map(parsed.map((p) => [p.path, p]));
  const nfByPath = new Map(normalized.map((n) => [n.path, n]));
  const sink = new IssueSink(nfByPath);

  const helm: HelmValues[] = [];
  const objects: K8sObject[] = [];
  const charts = indexCharts(parsed);
  for (const nf of normalized) {
    const pf = parsedByPath.get(nf.path);
    if (!pf) continue;
    const named = opts.helmValues?.(nf.path) === true;
    // The documents of a file named as Helm values; else those of YAML files, and the JSON ones
    // written for Kubernetes, that are not Consul entries (normalize.ts).
    const docs: LocatedDocument[] =
      pf.format === 'yaml' ? nf.otherDocuments : named ? pf.result.documents : pf.format === 'json' ? nf.otherDocuments : [];
    // Values written inside Terraform (helm_release `values` heredocs): values only, never objects.
    const addValues = (doc: LocatedDocument) => {
      const hv = readHelmValues(nf.path, doc);
      helm.push(hv);
      ctx.helmFiles?.add(nf.path);
      for (const i of hv.issues) sink.add(i.at, i.message);
      nf.consulLike = true;
    };
    for (const doc of pf.result.embeddedValues ?? []) if (looksLikeHelmValues(doc)) addValues(doc);
    const chart = named ? undefined : charts.chartOf(nf.path);
    if (chart) {
      // A chart's values file is values, never objects: consul values only in the consul
      // chart or under a wrapper chart's consul dependency (src/model/helm-charts.ts).
      for (const doc of docs) {
        const values = chart.kind === 'consul' ? doc : chart.kind === 'wrapper' ? wrapperConsulValues(doc, chart.key) : undefined;
        if (values) addValues(values);
      }
      continue;
    }
    for (const doc of docs) {
      if (named || looksLikeHelmValues(doc)) addValues(doc);
      else objects.push(...kubernetesObjects(pf, doc.root));
    }
  }

  crdNamespaces(normalized, helm, ctx);

  const namespaces: NamespaceObject[] = [];
  const services: ServiceObject[] = [];
  const workloadObjects: K8sObject[] = [];
  for (const o of objects) {
    if (o.kind === 'Namespace' && o.name !== undefined && (o.apiVersion === undefined || o.apiVersion === 'v1')) {
      const tproxy = o.labels.get(ANNOTATIONS.transparentProxy);
      namespaces.push({ file: o.file.path, name: o.name, tproxy });
      if (tproxy) {
        checkNamespaceLabel(o, tproxy, sink);
        const nf = nfByPath.get(o.file.path);
        if (nf) nf.consulLike = true;
      }
    } else if (o.kind === 'Service' && o.name !== undefined && (o.apiVersion === undefined || o.apiVersion === 'v1')) {
      const sel = objectAt(o.node, ['spec', 'selector']);
      const selector = new Map<string, string>();
      for (const [k, v] of stringMap(sel)) selector.set(k, v.value);
      services.push({
        file: o.file.path,
        name: o.name,
        namespace: o.namespace ?? 'default',
        selector,
        nameAt: { file: o.file.path, range: o.nameProp!.range, subject: `k8s/${o.namespace ?? 'default'}/Service/${o.name}#metadata.name` },
      });
    } else if (TEMPLATE_PATH[o.kind] && !(o.apiVersion ?? '').includes('consul.hashicorp.com')) {
      workloadObjects.push(o);
    }
  }

  // The Helm values that apply to a file: found and merged once per file, not per workload.
  const helmByFile = new Map<string, { helm: HelmValues | undefined; helmFiles: string[] }>();
  const helmOf = (file: string) => {
    let h = helmByFile.get(file);
    if (!h) {
      const near = nearest(helm, file);
      helmByFile.set(file, (h = { helm: mergeHelmValues(near), helmFiles: near.map((x) => x.file) }));
    }
    return h;
  };
  // Indexed once: a repository with thousands of workloads and Services would otherwise
  // scan every Service for every workload.
  const namespacesByName = groupBy(namespaces, (n) => n.name);
  const servicesBySelector = indexServices(services);
  const out: Workload[] = [];
  for (const o of workloadObjects) {
    const w = buildWorkload(o, {
      ...helmOf(o.file.path),
      namespaces: namespacesByName,
      services: servicesBySelector,
      hint: ctx.scopeOf?.(o.file.path) ?? {},
      sink,
    });
    out.push(w);
    const nf = nfByPath.get(o.file.path);
    if (nf && (w.injected || hasConsulAnnotation(o))) nf.consulLike = true;
  }
  return out;
}

/**
 * Kinds the CRD controller writes to no Consul namespace of their own (their
 * `ConsulGlobalResource()` is true in consul-k8s control-plane/api/v1alpha1/*_types.go).
 */
const GLOBAL_CRD_KINDS = new Set(['proxy-defaults', 'mesh', 'exported-services', 'jwt-provider', 'control-plane-request-limit', 'rate-limit']);

/**
 * The Consul namespace of each CRD under the Helm values that apply to its file, as consul-k8s
 * decides it (control-plane/controllers/configentries/configentry_controller.go
 * `consulNamespace`): with Consul namespaces enabled, a namespaced kind goes to
 * `namespaces.ConsulNamespace(metadata.namespace, …)`, and a ServiceIntentions without
 * `spec.destination.namespace` gets that namespace from the webhook
 * (serviceintentions_types.go `DefaultNamespaceFields`). A declared target namespace wins.
 */
function crdNamespaces(normalized: NormalizedFile[], helm: readonly HelmValues[], ctx: InputContext): void {
  if (!helm.some((h) => h.consulNamespaces !== undefined)) return;
  for (const nf of normalized) {
    if (!nf.entries.some((e) => e.origin === 'crd') || ctx.scopeOf?.(nf.path)?.namespace) continue;
    const values = mergeHelmValues(nearest(helm, nf.path));
    nf.entries = nf.entries.map((e) => {
      if (e.origin !== 'crd' || !e.crd || GLOBAL_CRD_KINDS.has(e.kind)) return e;
      if (e.kind === 'service-intentions' && destinationNamespaceWritten(e)) return e;
      const ns = consulNamespaceFor(values, e.crd.k8sNamespace || 'default');
      return ns ? e.withNamespace(ns) : e;
    });
  }
}

function destinationNamespaceWritten(e: ConfigEntry): boolean {
  const dest = e.root.fields.get('Destination');
  const ns = dest?.value.type === 'object' ? dest.value.fields.get('Namespace') : undefined;
  return ns !== undefined && ns.value.type === 'scalar' && typeof ns.value.value === 'string' && ns.value.value !== '';
}

/**
 * Services by namespace and the first pair of their selector: a Service selects a pod only if
 * the pod has every pair, so the pod's own labels name the few Services to check (a
 * repository with thousands of workloads and Services would otherwise compare each pair).
 * Services without a selector select nothing and are left out.
 */
type ServiceIndex = ReadonlyMap<string, { service: ServiceObject; order: number }[]>;

function selectorKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`;
}

function indexServices(services: readonly ServiceObject[]): ServiceIndex {
  const out = new Map<string, { service: ServiceObject; order: number }[]>();
  services.forEach((service, order) => {
    const first = service.selector.entries().next();
    if (first.done) return;
    const k = selectorKey(service.namespace, first.value[0], first.value[1]);
    const list = out.get(k);
    if (list) list.push({ service, order });
    else out.set(k, [{ service, order }]);
  });
  return out;
}

/** The Services of a namespace whose whole selector matches the pod's labels, in file order. */
function selectingServices(index: ServiceIndex, namespace: string, podLabels: ReadonlyMap<string, StringEntry>): ServiceObject[] {
  const found: { service: ServiceObject; order: number }[] = [];
  for (const [k, label] of podLabels) {
    for (const c of index.get(selectorKey(namespace, k, label.value)) ?? []) {
      let all = true;
      for (const [sk, sv] of c.service.selector) if (podLabels.get(sk)?.value !== sv) all = false;
      if (all) found.push(c);
    }
  }
  return found.sort((a, b) => a.order - b.order).map((c) => c.service);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/**
 * The pod template of a workload (at its kind's `TEMPLATE_PATH`; the object itself for a
 * Pod); undefined for other kinds or when the template is missing.
 */
export function podTemplateOf(o: K8sObject): LObject | undefined {
  const path = TEMPLATE_PATH[o.kind];
  if (!path) return undefined;
  return path.length === 0 ? o.node : objectAt(o.node, path);
}

/** Whether the workload or its pod template carries a `consul.hashicorp.com/*` annotation. */
function hasConsulAnnotation(o: K8sObject): boolean {
  const template = podTemplateOf(o);
  const pod = template ? metadataOf(template).annotations : new Map<string, StringEntry>();
  return [...o.annotations.keys(), ...pod.keys()].some((k) => k.startsWith(P));
}

interface BuildContext {
  helm: HelmValues | undefined;
  helmFiles: string[];
  /** By name: a workload reads the Namespace objects of its own namespace only. */
  namespaces: ReadonlyMap<string, NamespaceObject[]>;
  /** The Services that can select a pod (`indexServices`). */
  services: ServiceIndex;
  hint: ScopeHint;
  sink: IssueSink;
}

function checkNamespaceLabel(o: K8sObject, label: StringEntry, sink: IssueSink): void {
  const at: Located = { file: o.file.path, range: label.prop.range, subject: `k8s/Namespace/${o.name}#labels.${label.key}` };
  if (label.notString) {
    sink.add(at, notStringMessage(`Namespace "${o.name}"`, 'label', label));
    return;
  }
  if (parseGoBool(label.value) === undefined) {
    sink.add(
      at,
      `The label ${label.key} of Namespace "${o.name}" is ${goQuote(label.value)}: consul-k8s fails to inject the pods of this namespace that do not set the annotation themselves, with strconv.ParseBool: parsing ${goQuote(label.value)}: invalid syntax; write "true" or "false".`,
    );
  }
}

function notStringMessage(owner: string, what: 'annotation' | 'label', e: StringEntry, field = `metadata.${what}s`): string {
  const quoteIt = e.notString === 'bool' || e.notString === 'number' ? `; quote it: "${e.value}"` : '; write a string';
  return `The ${what} ${e.key} of ${owner} is a YAML ${e.notString}, not a string: Kubernetes rejects the object (json: cannot unmarshal ${e.notString === 'map' ? 'object' : e.notString} into Go struct field ObjectMeta.${field} of type string)${quoteIt}.`;
}

function buildWorkload(o: K8sObject, c: BuildContext): Workload {
  const file = o.file.path;
  const k8sNamespace = o.namespace ?? 'default';
  const name = o.name ?? '';
  const label = `${o.kind}/${name || '(unnamed)'}`;
  const subject = `k8s/${k8sNamespace}/${o.kind}/${name}`;
  const at: Located = { file, range: (o.nameProp ?? o.kindProp).range, subject };
  const path = TEMPLATE_PATH[o.kind]!;
  const template = podTemplateOf(o);
  const pod = template ? metadataOf(template) : { labels: new Map<string, StringEntry>(), annotations: new Map<string, StringEntry>() };
  const podSpec = template ? objectAt(template, ['spec']) : undefined;
  const ann = pod.annotations;
  const annAt = (e: StringEntry): Located => ({ file, range: e.prop.range, subject: `${subject}#annotations.${e.key}` });
  const report = (e: StringEntry, message: string) => c.sink.add(annAt(e), message);
  const helm = c.helm;

  // Kubernetes holds annotations as strings: a YAML bool or number is rejected.
  const annField = [...path, 'metadata', 'annotations'].join('.');
  for (const e of ann.values()) if (e.key.startsWith(P) && e.notString) report(e, notStringMessage(label, 'annotation', e, annField));
  // consul-k8s reads the pod's annotations, never the controller's own.
  if (path.length > 0) {
    for (const e of o.annotations.values()) {
      if (!POD_ANNOTATIONS.has(e.key) || ann.has(e.key)) continue;
      c.sink.add(
        { file, range: e.prop.range, subject: `${subject}#metadata.annotations.${e.key}` },
        `${e.key} is set on the ${o.kind}'s own metadata, where consul-k8s never reads it: it reads the pod's annotations only, so move it to ${path.join('.')}.metadata.annotations.`,
      );
    }
  }

  // Injection (webhook/mesh_webhook.go shouldInject).
  let injected: boolean;
  let injectedSource: InjectedSource;
  let injectedAt: Located | undefined;
  const injectAnn = ann.get(ANNOTATIONS.inject);
  const deny = helm?.denyNamespaces;
  const allow = helm?.allowNamespaces;
  if (helm?.injectorEnabled?.value === false) {
    [injected, injectedSource, injectedAt] = [false, 'helm-disabled', helm.injectorEnabled.at];
  } else if (SYSTEM_NAMESPACES.has(k8sNamespace)) {
    [injected, injectedSource, injectedAt] = [false, 'namespace-denied', undefined];
  } else if (deny?.value.includes(k8sNamespace)) {
    [injected, injectedSource, injectedAt] = [false, 'namespace-denied', deny.at];
  } else if (allow && !allow.value.includes('*') && !allow.value.includes(k8sNamespace)) {
    [injected, injectedSource, injectedAt] = [false, 'namespace-denied', allow.at];
  } else {
    const parsedInject = injectAnn ? parseGoBool(injectAnn.value) : undefined;
    if (injectAnn && parsedInject === undefined && !injectAnn.notString) {
      report(
        injectAnn,
        `${label}: ${ANNOTATIONS.inject} is ${goQuote(injectAnn.value)}: the injector rejects the pod with error checking if should inject: strconv.ParseBool: parsing ${goQuote(injectAnn.value)}: invalid syntax; write "true" or "false".`,
      );
    }
    if (injectAnn && parsedInject !== undefined) {
      [injected, injectedSource, injectedAt] = [parsedInject, 'annotation', annAt(injectAnn)];
    } else {
      [injected, injectedSource, injectedAt] = [helm?.defaultInject?.value ?? false, 'helm-default', helm?.defaultInject?.at];
    }
  }
  // Whether consul-k8s reads the other annotations: the pod is injected, or the repository
  // holds no Helm values, so the cluster's connectInject.default is unknown.
  const read = injected || (injectedSource === 'helm-default' && !helm);

  // Transparent proxy (common/common.go TransparentProxyEnabled).
  const nsObj = nearest(c.namespaces.get(k8sNamespace) ?? [], file).pop();
  let transparentProxy: boolean;
  let transparentProxySource: TproxySource;
  let transparentProxyAt: Located | undefined;
  const tpAnn = ann.get(ANNOTATIONS.transparentProxy);
  const tpParsed = tpAnn ? parseGoBool(tpAnn.value) : undefined;
  const nsParsed = nsObj?.tproxy ? parseGoBool(nsObj.tproxy.value) : undefined;
  if (tpAnn && tpParsed === undefined && !tpAnn.notString && read) {
    report(
      tpAnn,
      `${label}: ${ANNOTATIONS.transparentProxy} is ${goQuote(tpAnn.value)}: the injector rejects the pod with error determining if transparent proxy is enabled: strconv.ParseBool: parsing ${goQuote(tpAnn.value)}: invalid syntax; write "true" or "false".`,
    );
  }
  if (tpAnn && tpParsed !== undefined) {
    [transparentProxy, transparentProxySource, transparentProxyAt] = [tpParsed, 'annotation', annAt(tpAnn)];
  } else if (nsObj?.tproxy && nsParsed !== undefined) {
    [transparentProxy, transparentProxySource, transparentProxyAt] = [
      nsParsed,
      'namespace-label',
      { file: nsObj.file, range: nsObj.tproxy.prop.range, subject: `k8s/Namespace/${nsObj.name}#labels.${nsObj.tproxy.key}` },
    ];
  } else if (helm?.transparentProxyDefault) {
    [transparentProxy, transparentProxySource, transparentProxyAt] = [helm.transparentProxyDefault.value, 'helm', helm.transparentProxyDefault.at];
  } else {
    [transparentProxy, transparentProxySource, transparentProxyAt] = [true, 'default', undefined];
  }
  const overwrite = ann.get(ANNOTATIONS.overwriteProbes);
  if (overwrite && read && !overwrite.notString && parseGoBool(overwrite.value) === undefined) {
    report(
      overwrite,
      `${label}: ${ANNOTATIONS.overwriteProbes} is ${goQuote(overwrite.value)}: the injector rejects the pod with error overwriting readiness or liveness probes: strconv.ParseBool: parsing ${goQuote(overwrite.value)}: invalid syntax; write "true" or "false".`,
    );
  }

  // Service names.
  const svcAnn = ann.get(ANNOTATIONS.service);
  let services: string[];
  let serviceSource: Workload['serviceSource'];
  let serviceAt: Located | undefined;
  if (svcAnn && svcAnn.value.trim() !== '') {
    services = svcAnn.value.split(',').map((s) => s.trim()).filter((s) => s !== '');
    serviceSource = 'annotation';
    serviceAt = annAt(svcAnn);
    if (services.length > 1 && injected && transparentProxy) {
      report(
        svcAnn,
        `${label} lists ${services.length} services in ${ANNOTATIONS.service} (a multi-port pod) with transparent proxy on (${describeTproxy(transparentProxySource)}): the injector rejects it with multi port services are not compatible with transparent proxy; set ${ANNOTATIONS.transparentProxy}: "false" on the pod or register one service.`,
      );
    }
  } else {
    const chosen = ann.get(ANNOTATIONS.kubernetesService);
    const podLabels = pod.labels;
    const selecting = selectingServices(c.services, k8sNamespace, podLabels).filter((s) => !chosen || s.name === chosen.value);
    if (chosen && chosen.value !== '') {
      services = [chosen.value];
      serviceSource = 'kubernetes-service';
      serviceAt = selecting[0]?.nameAt ?? annAt(chosen);
    } else if (selecting.length > 0) {
      const sorted = [...new Map(selecting.map((s) => [s.name, s])).values()].sort((a, b) => (a.name < b.name ? -1 : 1));
      services = sorted.map((s) => s.name);
      serviceSource = 'kubernetes-service';
      serviceAt = sorted[0]!.nameAt;
    } else {
      services = name ? [name] : [];
      serviceSource = 'workload-name';
      serviceAt = o.nameProp ? at : undefined;
    }
  }

  const consulNamespace = c.hint.namespace || consulNamespaceFor(helm, k8sNamespace) || 'default';

  // Upstreams.
  const grammar: UpstreamGrammar = {
    // Unknown (either form accepted) without values, or when values written with a template decide it.
    namespacesOrPartitions:
      !helm || (helm.consulNamespaces?.value !== true && helm.adminPartitions?.value !== true && helm.templated?.some((k) => k === 'global.enableConsulNamespaces' || k === 'global.adminPartitions.enabled'))
        ? undefined
        : helm.consulNamespaces?.value === true || helm.adminPartitions?.value === true,
    namedPorts: containerPortNames(podSpec),
  };
  const upstreams: Workload['upstreams'] = [];
  const preparedQueries: NonNullable<Workload['preparedQueries']> = [];
  const upAnn = ann.get(ANNOTATIONS.upstreams);
  if (upAnn && !upAnn.notString && upAnn.value !== '') {
    const res = parseUpstreams(upAnn.value, grammar);
    const sub = (start: number, end: number): Located => ({
      file,
      range: valueSubRange(o.file, upAnn.prop, start, end),
      subject: `${subject}#annotations.${upAnn.key}`,
    });
    for (const u of res.upstreams) {
      if (u.format === 'prepared_query') {
        preparedQueries.push({ query: u.service, port: u.port, at: sub(u.start, u.end) });
        continue;
      }
      upstreams.push({
        service: u.service,
        namespace: u.namespace || undefined,
        partition: u.partition || undefined,
        peer: u.peer || undefined,
        datacenter: u.datacenter || undefined,
        port: u.port,
        format: u.format,
        at: sub(u.start, u.end),
      });
    }
    if (read) {
      for (const e of res.errors) {
        c.sink.add(sub(e.start, e.end), `${label}: ${ANNOTATIONS.upstreams}: ${e.message}.`);
      }
    }
  }

  // Exclusions (webhook/redirect_traffic.go).
  const exclusions: Exclusion[] = [];
  for (const [key, kind] of Object.entries(EXCLUSIONS)) {
    const e = ann.get(key);
    if (!e || e.notString) continue;
    const items = e.value.split(',').map((s) => s.trim()).filter((s) => s !== '');
    exclusions.push({ annotation: key, value: e.value, at: annAt(e), kind, items });
    if (!read || !transparentProxy) continue;
    const bad = items.filter((i) => !validExclusion(kind, i));
    if (bad.length > 0) {
      report(
        e,
        `${label}: ${key} holds ${bad.map(goQuote).join(', ')}, ${bad.length === 1 ? 'which is not' : 'which are not'} ${EXCLUSION_ITEM[kind]}: the traffic redirection rules cannot be built and the pod does not start.`,
      );
    }
  }

  const hint = c.hint;
  return {
    label,
    kind: o.kind,
    name,
    k8sNamespace,
    services,
    serviceSource,
    serviceAt,
    scope: makeScope(hint.partition, hint.datacenter),
    consulNamespace,
    at,
    templateAt: template ? { file, range: template.range, subject: `${subject}#template` } : undefined,
    injected,
    injectedSource,
    injectedAt,
    transparentProxy,
    transparentProxySource,
    transparentProxyAt,
    upstreams,
    preparedQueries: preparedQueries.length > 0 ? preparedQueries : undefined,
    exclusions,
    helmValues: c.helmFiles.length > 0 ? c.helmFiles : undefined,
  };
}

export function describeTproxy(source: TproxySource): string {
  switch (source) {
    case 'annotation':
      return 'the pod annotation';
    case 'namespace-label':
      return 'the namespace label';
    case 'helm':
      return 'Helm connectInject.transparentProxy.defaultEnabled';
    case 'nomad':
      return 'the Nomad job\'s sidecar_service';
    case 'registration':
      return 'the service registration\'s proxy mode';
    case 'ecs':
      return 'the mesh-task module\'s enable_transparent_proxy';
    case 'ecs-version':
      return 'the mesh-task module\'s version';
    default:
      return 'the consul-k8s default';
  }
}

const EXCLUSION_ITEM: Record<ExclusionKind, string> = {
  'inbound-ports': 'a port number',
  'outbound-ports': 'a port number',
  'outbound-cidrs': 'an IP address or CIDR',
  uids: 'a numeric user ID',
};

function validExclusion(kind: ExclusionKind, item: string): boolean {
  switch (kind) {
    case 'inbound-ports':
    case 'outbound-ports': {
      if (!/^\d+$/.test(item)) return false;
      const n = Number(item);
      return n >= 1 && n <= 65535;
    }
    case 'uids':
      return /^\d+$/.test(item);
    case 'outbound-cidrs':
      return validCidr(item);
  }
}

function validCidr(s: string): boolean {
  const [addr, prefix, ...rest] = s.split('/');
  if (rest.length > 0 || !addr) return false;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(addr);
  let max: number;
  if (v4) {
    if (v4.slice(1).some((o) => Number(o) > 255)) return false;
    max = 32;
  } else if (/^[0-9a-fA-F:.]+$/.test(addr) && addr.includes(':')) {
    max = 128;
  } else return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= max;
}

function containerPortNames(podSpec: LObject | undefined): Set<string> | undefined {
  const containers = lastProp(podSpec, 'containers')?.value;
  if (!containers || containers.type !== 'array') return undefined;
  const names = new Set<string>();
  for (const c of containers.items) {
    if (c.type !== 'object') continue;
    const ports = lastProp(c, 'ports')?.value;
    if (ports?.type !== 'array') continue;
    for (const p of ports.items) {
      const n = p.type === 'object' ? str(lastProp(p, 'name')?.value) : undefined;
      if (n) names.add(n);
    }
  }
  return names;
}

/**
 * The range of `[start, end)` of a string value inside its property: exact when the value is
 * written on one line as a plain or simply quoted scalar, else the whole property.
 */
export function valueSubRange(file: ParsedFile, p: LProperty, start: number, end: number): SourceRange {
  const v = p.value as LScalar;
  if (v.type !== 'string') return p.range;
  const value = v.value as string;
  const raw = v.raw;
  let base: number | undefined;
  if (raw === value) base = v.range.start.offset;
  else if (raw.length === value.length + 2 && (raw[0] === '"' || raw[0] === "'") && raw.slice(1, -1) === value) base = v.range.start.offset + 1;
  if (base === undefined || /[\r\n]/.test(raw) || end <= start) return p.range;
  return file.lines.range(base + start, base + end);
}
