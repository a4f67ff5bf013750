/**
 * Helm values of the consul chart (hashicorp/consul-k8s `charts/consul/values.yaml` and
 * `templates/connect-inject-deployment.yaml`): the settings that decide, for every pod,
 * whether it is injected and whether its proxy runs in transparent mode.
 *
 * A values file is a YAML document with a top-level `connectInject` or `global` key (and
 * no `apiVersion`/`kind`: not a Kubernetes object), or any document of a file the
 * configuration names (`InputOptions.helmValues`).
 */
import type { LNode, LObject, LProperty, LocatedDocument } from '../parse/located.js';
import { isTemplated } from '../parse/go-template.js';
import { parseGoBool } from './decode.js';
import type { Located } from './located-ref.js';
import { lastProp } from '../parse/nodes.js';

/** A value read from a values file, with where it is written. */
export interface HelmSetting<T> {
  value: T;
  at: Located;
  /** The dotted key, e.g. `connectInject.transparentProxy.defaultEnabled`. */
  key: string;
  /** Where the consul chart reads it (`charts/consul/templates/<file>:<line>`), for messages. */
  use?: string;
}

export interface HelmIssue {
  message: string;
  at: Located;
}

export interface HelmValues {
  file: string;
  /** `connectInject.enabled` (with `"-"`, `global.enabled`); chart default true. */
  injectorEnabled?: HelmSetting<boolean>;
  /** `connectInject.default` → `-default-inject`; chart default false. */
  defaultInject?: HelmSetting<boolean>;
  /** `connectInject.transparentProxy.defaultEnabled` → `-default-enable-transparent-proxy`; chart default true. */
  transparentProxyDefault?: HelmSetting<boolean>;
  /** `connectInject.k8sAllowNamespaces`; chart default `["*"]`. */
  allowNamespaces?: HelmSetting<string[]>;
  /** `connectInject.k8sDenyNamespaces`; chart default `[]`. */
  denyNamespaces?: HelmSetting<string[]>;
  /** `global.enableConsulNamespaces`. */
  consulNamespaces?: HelmSetting<boolean>;
  /** `connectInject.consulNamespaces.consulDestinationNamespace` (default `default`). */
  destinationNamespace?: HelmSetting<string>;
  /** `connectInject.consulNamespaces.mirroringK8S`. */
  mirroringK8S?: HelmSetting<boolean>;
  /** `connectInject.consulNamespaces.mirroringK8SPrefix`. */
  mirroringK8SPrefix?: HelmSetting<string>;
  /** `global.adminPartitions.enabled`. */
  adminPartitions?: HelmSetting<boolean>;
  /** `global.adminPartitions.name` (default `default`). */
  partitionName?: HelmSetting<string>;
  /** `global.datacenter`. */
  datacenter?: HelmSetting<string>;
  /** Values the injector cannot read. */
  issues: HelmIssue[];
  /** Dotted keys written with a template (`${enable_namespaces}`): set, to a value not known here. */
  templated?: string[];
}

/** Whether a YAML document is consul chart values: a top-level `connectInject` or `global`, not a Kubernetes object. */
export function looksLikeHelmValues(doc: LocatedDocument): boolean {
  const root = doc.root;
  if (root.type !== 'object') return false;
  if (root.props.some((p) => p.key === 'apiVersion' || p.key === 'kind')) return false;
  return root.props.some((p) => CONSUL_SECTIONS.has(p.key) || (p.key === 'global' && consulGlobal(p.value)));
}

/** Top-level sections only the consul chart has (hashicorp/consul-k8s charts/consul/values.yaml). */
const CONSUL_SECTIONS: ReadonlySet<string> = new Set(['connectInject', 'externalServers', 'syncCatalog', 'meshGateway', 'ingressGateways', 'terminatingGateways', 'webhookCertManager', 'telemetryCollector']);

/**
 * `global` keys only the consul chart has: many charts have a `global` (Bitnami's
 * `global.postgresql`, Vault's `global.tlsDisable`), and their values are not consul's.
 */
const CONSUL_GLOBALS: ReadonlySet<string> = new Set([
  'datacenter', 'peering', 'adminPartitions', 'imageK8S', 'imageConsulDataplane', 'secretsBackend', 'gossipEncryption', 'recursors',
  'enableConsulNamespaces', 'acls', 'enterpriseLicense', 'federation', 'consulAPITimeout', 'trustedCAs', 'experiments',
]);

function consulGlobal(global: LNode): boolean {
  if (global.type !== 'object') return false;
  return global.props.some(
    (p) =>
      CONSUL_GLOBALS.has(p.key) ||
      (p.key === 'name' && p.value.type === 'string' && p.value.value === 'consul') ||
      (p.key === 'image' && p.value.type === 'string' && /consul/i.test(String(p.value.value))),
  );
}

/**
 * The chart's templates and the flags they write (hashicorp/consul-k8s 2.1.0-dev, commit
 * a507b1d, `charts/consul/templates/connect-inject-deployment.yaml`).
 */
export const CHART_USE = {
  transparentProxyDefault: 'charts/consul/templates/connect-inject-deployment.yaml:160 ({{- if .Values.connectInject.transparentProxy.defaultEnabled }})',
  consulNamespaces: 'charts/consul/templates/connect-inject-deployment.yaml:215 ({{- if .Values.global.enableConsulNamespaces }})',
  mirroringK8S: 'charts/consul/templates/connect-inject-deployment.yaml:220 ({{- if and .Values.global.enableConsulNamespaces .Values.connectInject.consulNamespaces.mirroringK8S }})',
  mirroringK8SPrefix: 'charts/consul/templates/connect-inject-deployment.yaml:222 ({{- if .Values.connectInject.consulNamespaces.mirroringK8SPrefix }})',
  destinationNamespace: 'charts/consul/templates/connect-inject-deployment.yaml:217 ({{- if .Values.connectInject.consulNamespaces.consulDestinationNamespace }})',
} as const;

/**
 * A value as `{{ if }}` sees it (Go text/template `IsTrue`): false, 0, null and the empty
 * string, list or map are false; everything else, the string "false" included, is true.
 */
export function templateTruth(v: LNode): boolean {
  switch (v.type) {
    case 'boolean':
      return v.value === true;
    case 'number':
      return v.value !== 0;
    case 'string':
      return v.value !== '';
    case 'null':
      return false;
    case 'array':
      return v.items.length > 0;
    case 'object':
      return v.props.length > 0;
    default:
      return true;
  }
}

function child(obj: LObject | undefined, key: string): LObject | undefined {
  const v = lastProp(obj, key)?.value;
  return v?.type === 'object' ? v : undefined;
}

/** Read the settings of one values document. */
export function readHelmValues(file: string, doc: LocatedDocument): HelmValues {
  const out: HelmValues = { file, issues: [] };
  const root = doc.root;
  if (root.type !== 'object') return out;
  const loc = (p: LProperty, key: string): Located => ({ file, range: p.range, subject: `helm:${file}#${key}` });
  const global = child(root, 'global');
  const ci = child(root, 'connectInject');

  /** A boolean passed to the injector as a Go flag: YAML bool, or a string strconv.ParseBool reads. */
  const flagBool = (obj: LObject | undefined, name: string, key: string, flag: string): HelmSetting<boolean> | undefined => {
    const p = lastProp(obj, name);
    if (!p || p.value.type === 'null') return undefined;
    const v = p.value;
    const at = loc(p, key);
    if (v.type === 'boolean') return { value: v.value as boolean, at, key };
    const text = v.type === 'string' || v.type === 'number' ? String(v.value) : undefined;
    const parsed = text !== undefined ? parseGoBool(text) : undefined;
    if (parsed !== undefined) return { value: parsed, at, key };
    out.issues.push({
      at,
      message: `${key} must be true or false: the chart passes it to the injector as ${flag}=${text ?? '…'}, which fails to start with invalid boolean value "${text ?? ''}" for ${flag}: parse error`,
    });
    return undefined;
  };

  /**
   * A value the chart tests with `{{ if }}`: its template truth. A string is true unless empty,
   * so `"false"` turns the setting on: said where it is written.
   */
  const testedBool = (obj: LObject | undefined, name: string, key: string, use?: string): HelmSetting<boolean> | undefined => {
    const p = lastProp(obj, name);
    if (!p) return undefined;
    if (isTemplated(p.value)) {
      // Written with a template (`${enable_namespaces}` in a templatefile): unknown, not false.
      (out.templated ??= []).push(key);
      return undefined;
    }
    const at = loc(p, key);
    const value = templateTruth(p.value);
    if (p.value.type === 'string' && p.value.value !== '' && use) {
      const says = parseGoBool(String(p.value.value));
      out.issues.push({
        at,
        message: `${key} is the string ${JSON.stringify(p.value.value)}, not a boolean: the chart tests it with {{ if }} (${use.replace(/ \(.*$/, '')}), where every non-empty string is true${
          says === false ? ', so it is on although the value says false' : ''
        }; write true or false without quotes`,
      });
    }
    return { value, at, key, ...(use ? { use } : {}) };
  };

  const globalEnabled = lastProp(global, 'enabled');
  const enabledProp = lastProp(ci, 'enabled');
  if (enabledProp && enabledProp.value.type !== 'null') {
    const v = enabledProp.value;
    const at = loc(enabledProp, 'connectInject.enabled');
    if (v.type === 'boolean') out.injectorEnabled = { value: v.value as boolean, at, key: 'connectInject.enabled' };
    else if (v.type === 'string' && v.value === '-') {
      const g = globalEnabled?.value;
      const value = g?.type === 'boolean' ? (g.value as boolean) : true;
      out.injectorEnabled = { value, at: globalEnabled && g?.type === 'boolean' ? loc(globalEnabled, 'global.enabled') : at, key: 'global.enabled' };
    } else if (v.type === 'string') {
      // The chart's templates test the value for truth: any non-empty string enables the injector.
      out.injectorEnabled = { value: v.value !== '', at, key: 'connectInject.enabled' };
      if (v.value !== '') {
        out.issues.push({
          at,
          message: `connectInject.enabled is the string "${v.value}", not a boolean: the chart's templates treat every non-empty string as true${
            parseGoBool(String(v.value)) === false ? ', so the injector is enabled although the value says false' : ''
          }; write true or false without quotes (or "-" to follow global.enabled)`,
        });
      }
    }
  }
  // Absent, connectInject.enabled is true in the 1.x chart: global.enabled alone does not turn it off.

  out.defaultInject = flagBool(ci, 'default', 'connectInject.default', '-default-inject');
  out.transparentProxyDefault = testedBool(child(ci, 'transparentProxy'), 'defaultEnabled', 'connectInject.transparentProxy.defaultEnabled', CHART_USE.transparentProxyDefault);

  const nsList = (name: string): HelmSetting<string[]> | undefined => {
    const p = lastProp(ci, name);
    if (!p || p.value.type === 'null') return undefined;
    const key = `connectInject.${name}`;
    if (p.value.type !== 'array') {
      out.issues.push({
        at: loc(p, key),
        message: `${key} must be a list of Kubernetes namespace names: the chart ranges over it to build -${name === 'k8sAllowNamespaces' ? 'allow' : 'deny'}-k8s-namespace flags and fails to render a ${p.value.type}`,
      });
      return undefined;
    }
    const items = p.value.items.filter((i): i is LNode & { value: string } => i.type === 'string').map((i) => i.value);
    return { value: items, at: loc(p, key), key };
  };
  out.allowNamespaces = nsList('k8sAllowNamespaces');
  out.denyNamespaces = nsList('k8sDenyNamespaces');

  const plainString = (obj: LObject | undefined, name: string, key: string, use?: string): HelmSetting<string> | undefined => {
    const p = lastProp(obj, name);
    if (!p || (p.value.type !== 'string' && p.value.type !== 'number')) return undefined;
    return { value: String(p.value.value), at: loc(p, key), key, ...(use ? { use } : {}) };
  };
  out.consulNamespaces = testedBool(global, 'enableConsulNamespaces', 'global.enableConsulNamespaces', CHART_USE.consulNamespaces);
  const cns = child(ci, 'consulNamespaces');
  out.destinationNamespace = plainString(cns, 'consulDestinationNamespace', 'connectInject.consulNamespaces.consulDestinationNamespace', CHART_USE.destinationNamespace);
  out.mirroringK8S = testedBool(cns, 'mirroringK8S', 'connectInject.consulNamespaces.mirroringK8S', CHART_USE.mirroringK8S);
  out.mirroringK8SPrefix = plainString(cns, 'mirroringK8SPrefix', 'connectInject.consulNamespaces.mirroringK8SPrefix', CHART_USE.mirroringK8SPrefix);
  const ap = child(global, 'adminPartitions');
  out.adminPartitions = testedBool(ap, 'enabled', 'global.adminPartitions.enabled');
  out.partitionName = plainString(ap, 'name', 'global.adminPartitions.name');
  out.datacenter = plainString(global, 'datacenter', 'global.datacenter');
  return out;
}

const SETTING_KEYS = [
  'injectorEnabled',
  'defaultInject',
  'transparentProxyDefault',
  'allowNamespaces',
  'denyNamespaces',
  'consulNamespaces',
  'destinationNamespace',
  'mirroringK8S',
  'mirroringK8SPrefix',
  'adminPartitions',
  'partitionName',
  'datacenter',
] as const;

/** The settings a release installed with `-f a -f b …` sees: later files win, key by key. */
export function mergeHelmValues(files: readonly HelmValues[]): HelmValues | undefined {
  if (files.length === 0) return undefined;
  const out: HelmValues = { file: files[files.length - 1]!.file, issues: [] };
  const o = out as unknown as Record<string, unknown>;
  const templated = new Set<string>();
  for (const f of files) {
    const r = f as unknown as Record<string, unknown>;
    for (const k of SETTING_KEYS) {
      if (r[k] === undefined) continue;
      o[k] = r[k];
      templated.delete((r[k] as HelmSetting<unknown>).key);
    }
    for (const k of f.templated ?? []) templated.add(k);
  }
  if (templated.size > 0) out.templated = [...templated].sort();
  return out;
}

/** Number of leading directory segments two repository paths share. */
function sharedDirs(a: string, b: string): number {
  const da = a.split('/').slice(0, -1);
  const db = b.split('/').slice(0, -1);
  let n = 0;
  while (n < da.length && n < db.length && da[n] === db[n]) n++;
  return n;
}

/**
 * The items (values files, Namespace objects…) that apply to a file: those whose folder
 * shares the most leading folders with it (`clusters/dc1/values.yaml` for
 * `clusters/dc1/apps/web.yaml`, not `clusters/dc2/values.yaml`), in path order.
 */
export function nearest<T extends { file: string }>(items: readonly T[], file: string): T[] {
  let best = -1;
  let out: T[] = [];
  for (const it of items) {
    const s = sharedDirs(it.file, file);
    if (s > best) {
      best = s;
      out = [it];
    } else if (s === best) out.push(it);
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}


/**
 * The Consul namespace the injector and the CRD controller use for a Kubernetes namespace
 * (consul-k8s `namespaces.ConsulNamespace`): undefined without Consul namespaces; with them,
 * `<mirroringK8SPrefix><k8s namespace>` when mirroring (the chart's default since 1.0.0,
 * hashicorp/consul-k8s#1601), else `consulDestinationNamespace` (default `default`).
 */
export function consulNamespaceFor(helm: HelmValues | undefined, k8sNamespace: string): string | undefined {
  if (helm?.consulNamespaces?.value !== true) return undefined;
  if (helm.templated?.includes('connectInject.consulNamespaces.mirroringK8S')) return undefined;
  if (helm.mirroringK8S?.value ?? true) return `${helm.mirroringK8SPrefix?.value ?? ''}${k8sNamespace}`;
  return helm.destinationNamespace?.value || 'default';
}
