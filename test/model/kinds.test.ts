import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, describeCorpus, itCorpus } from '../corpus-files.js';

import {
  KIND_NAMES,
  KINDS,
  REGISTRATION_KINDS,
  kindSpec,
  kindSpecByCrd,
  looksLikeRegistration,
} from '../../src/model/kinds.js';
import { crdName, type FieldSpec, type FieldType } from '../../src/model/schema.js';
import { parseAllDocuments } from 'yaml';

// HashiCorp's HCL v1 compiled to JavaScript: the oracle for HCL files (DESIGN.md).
const hcl = createRequire(import.meta.url)('js-hcl-parser') as { parse(text: string): string };

const CORPUS = CORPUS_DIR;

interface IndexEntry {
  file: string;
  lang: string;
  category: string;
  kinds?: string[];
  note?: string;
}

function corpusIndex(): IndexEntry[] {
  return readFileSync(join(CORPUS, 'INDEX.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as IndexEntry);
}

/** JSON.parse, or undefined for the corpus files that are not valid JSON (kept on purpose). */
function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(CORPUS, file), 'utf8'));
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The field a key decodes into: exact or case-insensitive name, or an alias (lower-cased, as HookTranslateKeys does). */
function findField(fields: readonly FieldSpec[], key: string): FieldSpec | undefined {
  const lower = key.toLowerCase();
  return (
    fields.find((f) => f.name === key) ??
    fields.find((f) => f.name.toLowerCase() === lower) ??
    fields.find((f) => (f.alias ?? []).includes(lower))
  );
}

/** Every key path in `value` that no field of `fields` accepts (Kind excluded at the top). */
function unknownKeys(fields: readonly FieldSpec[], value: Record<string, unknown>, path = ''): string[] {
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (path === '' && (key === 'Kind' || key === 'kind')) continue;
    const f = findField(fields, key);
    if (!f) {
      out.push(path + key);
      continue;
    }
    out.push(...unknownIn(f.type, v, `${path}${key}.`));
  }
  return out;
}

function unknownIn(type: FieldType, v: unknown, path: string): string[] {
  if (type.t === 'object') {
    // A one-element list is accepted for a struct (HookWeakDecodeFromSlice).
    const items = Array.isArray(v) ? v : [v];
    return items.filter(isObject).flatMap((o) => unknownKeys(type.fields, o, path));
  }
  if (type.t === 'list') {
    const items = Array.isArray(v) ? v : [v];
    return items.flatMap((item) => unknownIn(type.of, item, path));
  }
  if (type.t === 'map' && type.values) {
    // HCL v1 gives `Subsets { v1 { … } }` as a list of objects.
    const values = type.values;
    const maps = (Array.isArray(v) ? v : [v]).filter(isObject);
    return maps.flatMap((m) => Object.entries(m).flatMap(([k, item]) => unknownIn(values, item, `${path}${k}.`)));
  }
  return [];
}

/** The same walk for a CRD spec: keys are the consul-k8s JSON tags, matched exactly. */
function unknownCrdKeys(fields: readonly FieldSpec[], value: Record<string, unknown>, path = ''): string[] {
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const f = fields.find((x) => !x.notInCrd && crdName(x) === key);
    if (!f) {
      out.push(path + key);
      continue;
    }
    out.push(...unknownCrdIn(f.type, v, `${path}${key}.`));
  }
  return out;
}

function unknownCrdIn(type: FieldType, v: unknown, path: string): string[] {
  const items = Array.isArray(v) ? v : [v];
  if (type.t === 'object') return items.filter(isObject).flatMap((o) => unknownCrdKeys(type.fields, o, path));
  if (type.t === 'list') return items.flatMap((item) => unknownCrdIn(type.of, item, path));
  if (type.t === 'map' && type.values) {
    const values = type.values;
    return items
      .filter(isObject)
      .flatMap((m) => Object.entries(m).flatMap(([k, item]) => unknownCrdIn(values, item, `${path}${k}.`)));
  }
  return [];
}

function* walkFields(fields: readonly FieldSpec[], path = ''): Generator<[string, FieldSpec]> {
  for (const f of fields) {
    yield [path + f.name, f];
    let t: FieldType = f.type;
    while (t.t === 'list') t = t.of;
    if (t.t === 'map' && t.values) t = t.values;
    if (t.t === 'object') yield* walkFields(t.fields, `${path}${f.name}.`);
  }
}

/** The field at a dotted path of Go names, e.g. `TLS.Incoming.TLSMinVersion`. */
function fieldAt(kind: string, dotted: string): FieldSpec {
  const spec = kindSpec(kind);
  if (!spec) throw new Error(`no spec for ${kind}`);
  for (const [path, f] of walkFields(spec.fields)) if (path === dotted) return f;
  throw new Error(`no field ${dotted} in ${kind}`);
}

describe('KINDS', () => {
  it('lists every kind api.MakeConfigEntry knows, once', () => {
    expect([...KIND_NAMES].sort()).toEqual(
      [
        'api-gateway',
        'control-plane-request-limit',
        'exported-services',
        'file-system-certificate',
        'http-route',
        'ingress-gateway',
        'inline-certificate',
        'jwt-provider',
        'mesh',
        'proxy-defaults',
        'sameness-group',
        'service-defaults',
        'service-intentions',
        'service-resolver',
        'service-router',
        'service-splitter',
        'tcp-route',
        'terminating-gateway',
      ].sort(),
    );
    expect(KIND_NAMES.size).toBe(KINDS.length);
  });

  it('looks kinds up exactly, and CRD kinds by their consul-k8s name', () => {
    expect(kindSpec('service-defaults')?.crdKind).toBe('ServiceDefaults');
    expect(kindSpec('Service-Defaults')).toBeUndefined();
    expect(kindSpec('ServiceDefaults')).toBeUndefined();
    expect(kindSpecByCrd('ServiceIntentions')?.kind).toBe('service-intentions');
    expect(kindSpecByCrd('ControlPlaneRequestLimit')?.kind).toBe('control-plane-request-limit');
    expect(kindSpecByCrd('service-defaults')).toBeUndefined();
    const crdKinds = KINDS.flatMap((k) => (k.crdKind ? [k.crdKind] : [])).sort();
    expect(crdKinds).toEqual(
      [
        'ControlPlaneRequestLimit',
        'ExportedServices',
        'IngressGateway',
        'JWTProvider',
        'Mesh',
        'ProxyDefaults',
        'SamenessGroup',
        'ServiceDefaults',
        'ServiceIntentions',
        'ServiceResolver',
        'ServiceRouter',
        'ServiceSplitter',
        'TerminatingGateway',
      ].sort(),
    );
  });

  it('gives mesh, and only mesh, no Name field', () => {
    for (const k of KINDS) {
      const hasNameField = k.fields.some((f) => f.name === 'Name');
      expect(k.hasName, k.kind).toBe(k.kind !== 'mesh');
      expect(hasNameField, k.kind).toBe(k.hasName);
    }
  });

  it('never lists Kind at the top level, and marks top-level Namespace/Partition enterprise', () => {
    for (const k of KINDS) {
      expect(k.fields.some((f) => f.name.toLowerCase() === 'kind'), k.kind).toBe(false);
      for (const f of k.fields) {
        if (f.name === 'Namespace' || f.name === 'Partition') expect(f.enterprise, `${k.kind}.${f.name}`).toBe(true);
      }
      expect(k.fields.find((f) => f.name === 'Meta')?.type, k.kind).toEqual({ t: 'map' });
    }
  });

  it('has no duplicate keys (names or aliases, case-insensitively) in any struct', () => {
    const check = (fields: readonly FieldSpec[], where: string): void => {
      const seen = new Set<string>();
      for (const f of fields) {
        for (const key of [f.name.toLowerCase(), ...(f.alias ?? [])]) {
          // An alias equal to the lower-cased name (AccessLogs `enabled`) is redundant, not a clash.
          if (key === f.name.toLowerCase() && seen.has(key) && (f.alias ?? []).includes(key)) continue;
          expect(seen.has(key), `${where}: ${key}`).toBe(false);
          seen.add(key);
        }
        for (const a of f.alias ?? []) expect(a, `${where}.${f.name}`).toBe(a.toLowerCase());
      }
    };
    for (const k of KINDS) {
      check(k.fields, k.kind);
      for (const [path, f] of walkFields(k.fields)) {
        let t: FieldType = f.type;
        while (t.t === 'list') t = t.of;
        if (t.t === 'map' && t.values) t = t.values;
        if (t.t === 'object') check(t.fields, `${k.kind}.${path}`);
      }
    }
  });

  it('keeps the snake_case aliases the structs declare', () => {
    expect(fieldAt('service-defaults', 'MutualTLSMode').alias).toEqual(['mutual_tls_mode']);
    expect(fieldAt('proxy-defaults', 'MutualTLSMode').alias).toEqual(['mutual_tls_mode']);
    expect(fieldAt('mesh', 'AllowEnablingPermissiveMutualTLS').alias).toEqual(['allow_enabling_permissive_mutual_tls']);
    expect(fieldAt('mesh', 'TransparentProxy.MeshDestinationsOnly').alias).toEqual(['mesh_destinations_only']);
    expect(fieldAt('service-defaults', 'Expose.Paths.ParsedFromCheck').alias).toEqual(['parsed_from_check']);
    expect(fieldAt('exported-services', 'Services.Consumers.Peer').alias).toEqual(['peer_name']);
    expect(fieldAt('service-intentions', 'Sources.Action').alias).toBeUndefined();
  });

  it('types fields as the Go structs do', () => {
    expect(fieldAt('proxy-defaults', 'Config').type).toEqual({ t: 'map' });
    expect(fieldAt('service-resolver', 'ConnectTimeout').type).toEqual({ t: 'duration' });
    expect(fieldAt('service-defaults', 'UpstreamConfig.Defaults.PassiveHealthCheck.Interval').type).toEqual({
      t: 'duration',
    });
    expect(fieldAt('service-intentions', 'Sources').type.t).toBe('list');
    expect(fieldAt('service-defaults', 'TransparentProxy').type.t).toBe('object');
    expect(fieldAt('service-splitter', 'Splits.Weight').type).toEqual({ t: 'float', bits: 32 });
    expect(fieldAt('service-resolver', 'LoadBalancer.RingHashConfig.MinimumRingSize').type).toEqual({ t: 'int', unsigned: true });
    const subsets = fieldAt('service-resolver', 'Subsets').type;
    expect(subsets.t === 'map' && subsets.values?.t).toBe('object');
  });
});

describe('CRD names', () => {
  it.each([
    ['service-defaults', 'MutualTLSMode', 'mutualTLSMode'],
    ['proxy-defaults', 'MutualTLSMode', 'mutualTLSMode'],
    ['mesh', 'AllowEnablingPermissiveMutualTLS', 'allowEnablingPermissiveMutualTLS'],
    ['mesh', 'TransparentProxy.MeshDestinationsOnly', 'meshDestinationsOnly'],
    ['mesh', 'TLS.Incoming.TLSMinVersion', 'tlsMinVersion'],
    ['mesh', 'TLS', 'tls'],
    ['service-defaults', 'UpstreamConfig', 'upstreamConfig'],
    ['service-defaults', 'EnvoyExtensions', 'envoyExtensions'],
    ['service-defaults', 'ExternalSNI', 'externalSNI'],
    ['service-defaults', 'UpstreamConfig.Overrides.EnvoyListenerJSON', 'envoyListenerJSON'],
    ['proxy-defaults', 'AccessLogs.JSONFormat', 'jsonFormat'],
    ['terminating-gateway', 'Services.CAFile', 'caFile'],
    ['jwt-provider', 'JSONWebKeySet', 'jsonWebKeySet'],
    ['jwt-provider', 'JSONWebKeySet.Remote.URI', 'uri'],
    // consul-k8s tags RemoteJWKS.UseSNI `json:",omitempty"`: the JSON key is the Go name.
    ['jwt-provider', 'JSONWebKeySet.Remote.UseSNI', 'UseSNI'],
    ['control-plane-request-limit', 'ConnectCA', 'connectCA'],
    ['control-plane-request-limit', 'KV', 'kv'],
  ])('%s %s → %s', (kind, path, expected) => {
    expect(crdName(fieldAt(kind, path))).toBe(expected);
  });

  it('marks what Kubernetes sets rather than the spec as notInCrd', () => {
    for (const k of KINDS) {
      if (!k.crdKind) continue;
      for (const name of ['Name', 'Meta', 'Namespace', 'Partition', 'CreateIndex', 'ModifyIndex']) {
        const f = k.fields.find((x) => x.name === name);
        if (f) expect(f.notInCrd, `${k.kind}.${name}`).toBe(true);
      }
    }
    expect(fieldAt('service-defaults', 'MutualTLSMode').notInCrd).toBeUndefined();
    expect(fieldAt('service-intentions', 'Sources.LegacyID').notInCrd).toBe(true);
    expect(fieldAt('control-plane-request-limit', 'DNS').notInCrd).toBe(true);
  });
});

describeCorpus('corpus config entries', () => {
  const index = corpusIndex();
  const entries = index.filter((e) => e.category === 'config-entry');

  it('has a spec for every kind value found (placeholders and CRD-style values aside)', () => {
    const missing = new Set<string>();
    for (const e of entries) {
      for (const kind of e.kinds ?? []) {
        if (/[<>[\]{}\s]/.test(kind)) continue; // placeholder such as `<supported kind>`
        if (/^[A-Z]/.test(kind)) {
          // CRD-style value (`ServiceDefaults`): Consul rejects it, but it names a CRD kind.
          expect(kindSpecByCrd(kind), `${e.file}: ${kind}`).toBeDefined();
          continue;
        }
        if (!kindSpec(kind)) missing.add(`${e.file}: ${kind}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  const HANDPICKED = [
    'consul/api-docs.config__1.json', // service-defaults
    'consul/api-docs.config__4.json', // service-defaults, API response with CreateIndex/ModifyIndex
  ];

  it.each(HANDPICKED)('accepts every key of %s', (file) => {
    const doc = readJson(file);
    expect(isObject(doc)).toBe(true);
    const o = doc as Record<string, unknown>;
    const spec = kindSpec(String(o.Kind ?? o.kind));
    expect(spec).toBeDefined();
    expect(unknownKeys(spec!.fields, o)).toEqual([]);
  });

  it('accepts every key, at every depth, of the JSON mesh/proxy-defaults/service-defaults/service-intentions examples', () => {
    const checked: string[] = [];
    const problems: string[] = [];
    for (const e of entries) {
      if (e.lang !== 'json') continue;
      const doc = readJson(e.file);
      if (!isObject(doc)) continue;
      const kind = doc.Kind ?? doc.kind;
      if (kind !== 'mesh' && kind !== 'proxy-defaults' && kind !== 'service-defaults' && kind !== 'service-intentions')
        continue;
      checked.push(e.file);
      for (const key of unknownKeys(kindSpec(kind)!.fields, doc)) problems.push(`${e.file}: ${key}`);
    }
    expect(checked.length).toBeGreaterThanOrEqual(20);
    expect(problems).toEqual([]);
  });

  it('accepts every top-level key of every JSON config entry of a known kind', () => {
    const problems: string[] = [];
    for (const e of entries) {
      if (e.lang !== 'json') continue;
      const doc = readJson(e.file);
      if (!isObject(doc)) continue;
      const spec = kindSpec(String(doc.Kind ?? doc.kind));
      if (!spec) continue;
      for (const key of Object.keys(doc)) {
        if (key === 'Kind' || key === 'kind') continue;
        if (!findField(spec.fields, key)) problems.push(`${e.file}: ${key}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describeCorpus('whole corpus', () => {
  const index = corpusIndex();

  it('decodes every HCL and JSON config entry with no unknown key, except known doc errors', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const e of index) {
      if (e.category !== 'config-entry' || (e.lang !== 'json' && e.lang !== 'hcl')) continue;
      let doc: unknown;
      try {
        const text = readFileSync(join(CORPUS, e.file), 'utf8');
        doc = e.lang === 'json' ? JSON.parse(text) : JSON.parse(hcl.parse(text));
      } catch {
        continue; // kept-as-written invalid input; the parsers report it
      }
      if (!isObject(doc)) continue;
      const spec = kindSpec(String(doc.Kind ?? doc.kind));
      if (!spec) continue;
      checked++;
      const unknown = unknownKeys(spec.fields, doc);
      if (unknown.length > 0) problems.push(`${e.file}: ${unknown.join(' ')}`);
    }
    expect(checked).toBeGreaterThan(350);
    expect(problems).toEqual([
      // Several entries concatenated in one block: the keys of the later ones merge into the first.
      'consul/api-docs.discovery-chain__7.hcl: default_subset protocol subsets',
      'consul/api-docs.discovery-chain__10.hcl: config subsets',
      // A real doc error, fixed later: `mode` inside a per-category limit.
      'consul/docs.connect.config-entries.control-plane-request-limit@pre-c38b9bf8d__1.hcl: acl.mode',
    ]);
  });

  it('finds every CRD spec key through crdName, except known doc errors and CRD-only fields', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const e of index) {
      if (e.category !== 'k8s-crd') continue;
      let docs: unknown[];
      try {
        docs = parseAllDocuments(readFileSync(join(CORPUS, e.file), 'utf8')).map((d) => d.toJS() as unknown);
      } catch {
        continue;
      }
      for (const doc of docs) {
        if (!isObject(doc) || doc.apiVersion !== 'consul.hashicorp.com/v1alpha1' || !isObject(doc.spec)) continue;
        const spec = kindSpecByCrd(String(doc.kind));
        if (!spec) continue;
        checked++;
        // ServiceIntentions: spec.destination {name, namespace} stands for Name/Namespace.
        const { destination: _destination, ...rest } = doc.spec;
        const body = doc.kind === 'ServiceIntentions' ? rest : doc.spec;
        const unknown = unknownCrdKeys(spec.fields, body);
        if (unknown.length > 0) problems.push(`${e.file}: ${unknown.join(' ')}`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(problems).toEqual([
      'consul/docs.connect.config-entries.ingress-gateway__2.yaml: tls.tlsSMinVersion listeners.services.tls.maxConnections listeners.services.tls.maxPendingRequests listeners.services.tls.maxConcurrentRequests listeners.services.tls.passiveHealthCheck',
      // The CRD tag is retryPolicyBackOff (jwtprovider_types.go).
      'consul/docs.connect.config-entries.jwt-provider__3.yaml: jsonWebKeySet.remote.retryPolicy.retryPolicyBackoff',
      'consul/docs.connect.config-entries.proxy-defaults__2.yaml: meta EnvoyExtensions expose.paths.protocol:= <protocol of the listener>',
      // The docs list fields the consul-k8s structs do not have.
      'consul/docs.connect.config-entries.service-defaults__2.yaml: upstreamConfig.overrides.balanceOutboundConnections upstreamConfig.defaults.balanceOutboundConnections envoyExtensions.consulVersion envoyExtensions.envoyVersion',
      'consul/docs.connect.config-entries.service-intentions__2.yaml: sources.permissions.header description',
      'consul/docs.connect.config-entries.service-intentions__26.yaml: sources.http',
      'consul/docs.connect.config-entries.service-resolver__3.yaml: redirect.servicesubset failover.`*`.<namespaceName> service loadBalancer.hashPolicies.session loadBalancer.hashPolicies.ttl loadBalancer.hashPolicies.path',
      'consul/docs.connect.config-entries.service-router__3.yaml: destination',
      'consul/docs.connect.proxies.envoy-extensions.usage.lambda__3.yaml: envoyExtensions.name = "builtin/aws/lambda" arguments',
      'consul/docs.connect.proxies.envoy-extensions.usage.lua__3.yaml: protocol envoyExtensions.name = "builtin/lua" arguments',
      'consul/docs.k8s.l7-traffic.failover-tproxy__3.yaml: [ { name: frontend, action: allow } ]',
      'consul/docs.connect.distributed-tracing@pre-ddc6f158e__8.yaml: protocol',
      'consul/docs.connect.config-entries.service-intentions@pre-acc13b33f__2.yaml: sources.permissions.header description',
      'consul/docs.connect.config-entries.service-intentions@pre-acc13b33f__26.yaml: sources.http',
      // A consul-k8s-only field (credential rotation), not a Consul LinkedService field.
      'consul-k8s/control-plane.config.samples.consul_v1alpha1_proxydefaults__1.yaml: foo',
      'consul-k8s/control-plane.config.samples.consul_v1alpha1_serviceintentions__1.yaml: foo',
      'consul-k8s/control-plane.config.samples.consul_v1alpha1_serviceresolver__1.yaml: foo',
      'consul-k8s/control-plane.config.samples.consul_v1alpha1_servicesplitter__1.yaml: foo',
    ]);
  });
});

describe('registrations', () => {
  it('lists the api/agent.go service kinds', () => {
    expect([...REGISTRATION_KINDS].sort()).toEqual(
      ['api-gateway', 'connect-proxy', 'ingress-gateway', 'mesh-gateway', 'terminating-gateway'].sort(),
    );
  });

  it('tells registrations from config entries by their top-level keys', () => {
    expect(looksLikeRegistration(['kind', 'name', 'port', 'proxy'])).toBe(true);
    expect(looksLikeRegistration(['kind', 'id', 'service', 'address'])).toBe(true);
    expect(looksLikeRegistration(['kind', 'name', 'listeners', 'tls'])).toBe(false);
    expect(looksLikeRegistration(['kind', 'name', 'services', 'namespace', 'meta'])).toBe(false);
    expect(looksLikeRegistration([])).toBe(false);
  });

  itCorpus('flags the JSON registrations of the corpus and none of its JSON config entries', () => {
    const index = corpusIndex();
    let registrations = 0;
    for (const e of index) {
      if (e.lang !== 'json') continue;
      const doc = readJson(e.file);
      if (!isObject(doc) || (doc.Kind === undefined && doc.kind === undefined)) continue;
      const keys = Object.keys(doc).map((k) => k.toLowerCase());
      if (e.category === 'service-registration') {
        registrations++;
        expect(looksLikeRegistration(keys), e.file).toBe(true);
      } else if (e.category === 'config-entry') {
        expect(looksLikeRegistration(keys), e.file).toBe(false);
      }
    }
    expect(registrations).toBeGreaterThan(0);
  });
});
