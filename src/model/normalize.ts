/**
 * Normalization: located documents → config entries. Decides what each document is
 * (a Consul config entry in HCL/JSON, a consul-k8s CRD, an agent service registration,
 * something for another input) and decodes entries the way Consul does.
 */
import { isNomadJob } from './nomad.js';
import type { LNode, LObject, LocatedDocument, LProperty, LScalar, SourceRange } from '../parse/located.js';
import { didYouMean } from '../suggest.js';
import { isTemplated } from '../parse/go-template.js';
import type { ParsedFile } from '../parse/index.js';
import { decodeObject, type DecodeIssue } from './decode.js';
import { CRD_SCHEMA } from './parts.js';
import { ConfigEntry, type EntryOrigin, type NotEvaluated } from './entries.js';
import { KIND_KEYS, KIND_NAMES, KINDS, kindSpec, kindSpecByCrd, looksLikeRegistration, REGISTRATION_KINDS } from './kinds.js';
import { obj, str, type FieldSpec, type KindSpec } from './schema.js';
import { makeScope, type ScopeHint } from './scope.js';
import { normalizeTerraformDocument } from './terraform.js';
import { lastProp } from '../parse/nodes.js';
import { kindAssignment, unreadKindsOf, type UnreadEntry } from './unread.js';

/** A problem with a file or document as a whole, reported by `parse-error`, `invalid-value` or `invalid-annotation`. */
export interface FileIssue {
  ruleId: 'parse-error' | 'invalid-value' | 'invalid-annotation';
  message: string;
  range: SourceRange;
  subject: string;
  atMost?: 'warning';
  related?: { range: SourceRange; message: string }[];
}

export interface NormalizedFile {
  path: string;
  entries: ConfigEntry[];
  /** Agent service registrations (a `Kind` such as connect-proxy): recognised, not linted. */
  registrations: number;
  /** Documents that are not Consul config entries, for the Kubernetes / Helm inputs. */
  otherDocuments: LocatedDocument[];
  /** Whether the file looks like Consul config: decides whether parse problems are findings. */
  consulLike: boolean;
  issues: FileIssue[];
  /**
   * A file that failed to parse but names a kind other entries depend on (`Kind = "mesh"`,
   * `kind: ServiceIntentions`): its partition scope (from the config's scopes) and the first
   * parse error, so a rule that finds no such entry can say which one could not be read (unread.ts).
   */
  unread?: UnreadEntry[];
  /** Places only a template's rendering knows (Helm chart templates): findings there are not raised. */
  unknownRanges?: SourceRange[];
  unknownObjects?: SourceRange[];
}

/**
 * What makes a file that does not parse (YAML, JSON, Terraform) look like Consul configuration:
 * a `consul.hashicorp.com` API group or annotation, a `Kind` key as Consul writes it, or a
 * lower-case `kind` whose value is a Consul kind (`kind = "service-defaults"`, `kind: Mesh`).
 * Every Kubernetes object has a lower-case `kind` (`kind: ConfigMap`): that alone is not Consul's.
 */
const CONSUL_HINT = new RegExp(
  `(^|[\\s{,"'])"?(Kind|KIND)"?\\s*[:=]|${kindAssignment([...KIND_NAMES, ...KINDS.flatMap((k) => k.crdKind ?? [])].join('|'))}(?![\\w-])|consul\\.hashicorp\\.com`,
  'm',
);
/**
 * The same for an `.hcl` file: a Consul entry written in HCL has its `Kind =` at the start of a
 * line (or `"Kind":` when written as JSON), an agent configuration its `config_entries`. An
 * indented `kind: Namespace` or a `consul.hashicorp.com/connect-inject` annotation is YAML inside
 * another tool's HCL2 (a heredoc of a jumppad or shipyard `template` block), whose `var.x` HCL v1
 * cannot read: not a problem of a Consul file.
 */
const CONSUL_HCL_HINT = /^(kind|Kind|KIND)\s*=|"(kind|Kind|KIND)"\s*:|^config_entries\b/m;

// A Nomad job specification (src/model/nomad.ts): its `kind = "api-gateway"` inside a
// `service` block is not a Consul config entry, and HCL v1 failing on its HCL2 syntax
// (`type = string`) is not a problem of a Consul file.

export function normalizeFile(file: ParsedFile, hint: ScopeHint = {}): NormalizedFile {
  const out: NormalizedFile = {
    path: file.path,
    entries: [],
    registrations: 0,
    otherDocuments: [],
    consulLike: false,
    issues: [],
    ...(file.result.unknownRanges?.length ? { unknownRanges: file.result.unknownRanges } : {}),
    ...(file.result.unknownObjects?.length ? { unknownObjects: file.result.unknownObjects } : {}),
  };
  const fatal = file.result.problems.filter((p) => p.fatal);

  for (const doc of file.result.documents) {
    if (file.format === 'terraform') normalizeTerraformDocument(file, doc, hint, out);
    else if (file.format === 'yaml' || (file.format === 'json' && isKubernetesObject(doc.root))) normalizeYamlDocument(file, doc, hint, out);
    else normalizeConsulDocument(file, doc, hint, out);
  }

  // The text is searched only for a file that failed to parse (every file's would be a scan each).
  if (fatal.length > 0 && (out.consulLike || (file.format === 'hcl' ? CONSUL_HCL_HINT : CONSUL_HINT).test(file.text ?? '')) && !isNomadJob(file)) {
    out.consulLike = true;
    for (const p of fatal) {
      // A .hcl file read as JSON: say why, and how to get the format the author meant.
      const note =
        file.formatNote && p === fatal[0]
          ? ` (the file ${file.formatNote}; write JSON, or remove the outer braces to write HCL)`
          : '';
      out.issues.push({
        ruleId: 'parse-error',
        message: `${p.message}${note}`,
        range: p.range,
        subject: `${file.path}#parse`,
      });
    }
  }
  if (fatal.length > 0 && out.consulLike) {
    const kinds = unreadKindsOf(file.text ?? '', new Set(out.entries.map((e) => e.kind)));
    if (kinds.length > 0) {
      const scopeKey = makeScope(hint.partition, hint.datacenter).key;
      out.unread = kinds.map((kind) => ({ kind, scopeKey, range: fatal[0]!.range }));
    }
  }
  // Non-fatal parser warnings (e.g. duplicate YAML keys) in Consul documents.
  if (out.consulLike) {
    for (const p of file.result.problems) {
      if (p.fatal) continue;
      out.issues.push({
        ruleId: 'parse-error',
        message: p.message,
        range: p.range,
        subject: `${file.path}#parse`,
        ...(p.atMost ? { atMost: p.atMost } : {}),
        ...(p.related ? { related: p.related } : {}),
      });
    }
  }
  return out;
}

function stringOf(n: LNode | undefined): string | undefined {
  return n && n.type === 'string' ? (n.value as string) : undefined;
}

/** Consul's kinds as a list, for did-you-mean. */
const KIND_LIST: readonly string[] = [...KIND_NAMES];

/**
 * Whether a top-level kind reads as written for Consul: `Kind` as Consul spells it, or a `kind`
 * whose value is a Consul kind or near one (a CRD kind, another case, a typo — which Consul
 * rejects, so they are reported). Many other JSON files have a `kind` of their own (Google API
 * discovery documents' `"kind": "discovery#restDescription"`, Azure templates' `"kind":
 * "StorageV2"`): they are not Consul's, and not an entry of an unknown kind.
 */
function meantForConsul(kindProp: LProperty | undefined): boolean {
  if (!kindProp) return false;
  if (kindProp.key === 'Kind') return true;
  const value = stringOf(kindProp.value);
  if (value === undefined) return false;
  return KIND_NAMES.has(value) || REGISTRATION_KINDS.has(value) || suggestKind(value) !== undefined || didYouMean(value, KIND_LIST) !== undefined;
}

/** CRD-style kind names written as a Consul Kind: `ServiceDefaults` → `service-defaults`. */
export function suggestKind(value: string): string | undefined {
  const byCrd = kindSpecByCrd(value);
  if (byCrd) return byCrd.kind;
  const lower = value.toLowerCase();
  if (KIND_NAMES.has(lower)) return lower;
  const dashed = value.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/_/g, '-').toLowerCase();
  if (KIND_NAMES.has(dashed)) return dashed;
  return undefined;
}

function normalizeConsulDocument(file: ParsedFile, doc: LocatedDocument, hint: ScopeHint, out: NormalizedFile): void {
  const root = doc.root;
  if (root.type === 'array') {
    // An API list response (`GET /v1/config/:kind`): each element is an entry.
    for (const item of root.items) {
      if (item.type === 'object' && meantForConsul(lastProp(item, 'Kind', 'kind'))) normalizeConsulObject(file, doc, item, hint, out, 'json');
    }
    return;
  }
  if (root.type !== 'object') return;
  const origin: EntryOrigin = file.format === 'json' ? 'json' : 'hcl';
  const kindProp = lastProp(root, 'Kind', 'kind');
  if (kindProp) {
    if (meantForConsul(kindProp)) normalizeConsulObject(file, doc, root, hint, out, origin);
    return;
  }
  const odd = root.props.find((p) => p.key.toLowerCase() === 'kind');
  if (odd) {
    out.consulLike = true;
    out.issues.push({
      ruleId: 'invalid-value',
      message: `Payload does not contain a kind/Kind key at the top level: Consul looks up only "Kind" or "kind", not "${odd.key}"`,
      range: odd.keyRange,
      subject: `${file.path}#kind`,
    });
    return;
  }
  // Agent configuration: `config_entries { bootstrap = [ { kind = ..., ... } ] }`.
  const ce = lastProp(root, 'config_entries');
  if (ce) {
    const ceObj = ce.value.type === 'array' && ce.value.items[0]?.type === 'object' ? ce.value.items[0] : ce.value;
    if (ceObj.type === 'object') {
      const agent = agentDatacenters(root);
      // The server writes its bootstrap entries into its own datacenter's store
      // (agent/consul/leader.go Server.bootstrapConfigEntries: `Datacenter: s.config.Datacenter`):
      // the datacenter the file declares is the entries' scope, as a scope hint's would be. A
      // datacenter the config's scopes give the file is the user's word and is kept.
      const declared = agent.datacenter !== undefined && !hint.datacenter;
      const entryHint = declared ? { ...hint, datacenter: agent.datacenter } : hint;
      const notApplied = agent.secondary ? secondaryNote(agent.datacenter!, agent.primary!) : undefined;
      for (const b of ceObj.props.filter((p) => p.key === 'bootstrap')) {
        const items = b.value.type === 'array' ? b.value.items : [b.value];
        for (const it of items) if (it.type === 'object') normalizeConsulObject(file, doc, it, entryHint, out, origin, notApplied, declared);
      }
    }
  }
}

/**
 * What Consul accepts as a datacenter name (agent/config/builder.go Builder.Validate:
 * `validDatacenter`, after lower-casing); an agent with another does not start. The length bound
 * is mtls-lint's: the name is repeated in messages.
 */
const VALID_DATACENTER = /^[a-z0-9_-]+$/;
const MAX_DATACENTER = 256;

/**
 * The datacenters an agent configuration declares, as Consul reads them
 * (agent/config/builder.go Builder.build: `strings.ToLower(stringVal(c.Datacenter))`, the same
 * for `primary_datacenter`; agent/config/deprecated.go applyDeprecatedConfig: `acl_datacenter`
 * is the primary datacenter when `primary_datacenter` is not set). A value Consul would not
 * accept says nothing here.
 */
function agentDatacenters(root: LObject): { datacenter?: string; primary?: string; secondary: boolean } {
  const dcOf = (key: string): string | undefined => {
    const v = stringOf(lastProp(root, key)?.value)?.toLowerCase();
    return v !== undefined && v.length <= MAX_DATACENTER && VALID_DATACENTER.test(v) ? v : undefined;
  };
  const datacenter = dcOf('datacenter');
  // applyDeprecatedConfig asks whether primary_datacenter is set, not whether it is valid.
  const primary = lastProp(root, 'primary_datacenter') ? dcOf('primary_datacenter') : dcOf('acl_datacenter');
  // Only when the file says both: a datacenter set in another file of the agent's -config-dir
  // (or Consul's default, dc1) is not known here, and the entries are then taken as written.
  return { datacenter, primary, secondary: datacenter !== undefined && primary !== undefined && datacenter !== primary };
}

/**
 * Why a secondary datacenter's bootstrap entries are in no store: its server never writes them
 * (agent/consul/leader.go Server.bootstrapConfigEntries returns first when PrimaryDatacenter is
 * set and is not Datacenter, "only bootstrap in the primary datacenter"); the primary's entries
 * replicate to it instead. The agent still decodes and validates them when it loads the file
 * (agent/config/builder.go: DecodeConfigEntry, Normalize, Validate), so their own problems stand.
 */
function secondaryNote(datacenter: string, primary: string): string {
  return `bootstrapped by a server of datacenter "${datacenter}", whose primary_datacenter is "${primary}": Consul bootstraps config entries only in the primary datacenter, so this entry is never written`;
}

function normalizeConsulObject(
  file: ParsedFile,
  doc: LocatedDocument,
  obj: LObject,
  hint: ScopeHint,
  out: NormalizedFile,
  origin: EntryOrigin,
  notApplied?: string,
  datacenterDeclared = false,
): void {
  out.consulLike = true;
  const kindProp = lastProp(obj, 'Kind', 'kind');
  if (!kindProp) {
    // An agent's `config_entries { bootstrap = [ … ] }` item without a kind (structs.DecodeConfigEntry).
    out.issues.push({
      ruleId: 'invalid-value',
      message: 'Payload does not contain a kind/Kind key at the top level: Consul rejects this config entry',
      range: obj.range,
      subject: `${file.path}#kind`,
    });
    return;
  }
  const kindValue = kindProp.value;
  const kindRange = kindProp.range;
  if (kindValue.type !== 'string') {
    out.issues.push({
      ruleId: 'invalid-value',
      message: 'Kind value in payload is not a string',
      range: kindValue.range,
      subject: `${file.path}#Kind`,
    });
    return;
  }
  const kind = kindValue.value as string;
  const spec = kindSpec(kind);
  if (REGISTRATION_KINDS.has(kind) && (!spec || looksLikeRegistration(obj.props.map((p) => p.key.toLowerCase())))) {
    out.registrations++;
    return;
  }
  const decoded = spec
    ? decodeObject(obj, spec.fields, { style: 'consul', repeats: origin === 'hcl' ? 'merge' : 'last', skipTopLevel: KIND_KEYS, unwrapSlices: true })
    : { value: { type: 'object' as const, node: obj, fields: new Map() }, issues: [] as DecodeIssue[] };
  const nameField = decoded.value.fields.get('Name');
  const name = nameField && nameField.value.type === 'scalar' && typeof nameField.value.value === 'string' ? nameField.value.value : '';
  const partField = decoded.value.fields.get('Partition');
  const nsField = decoded.value.fields.get('Namespace');
  const partition = scalarString(partField?.value) || hint.partition || 'default';
  const namespace = scalarString(nsField?.value) || hint.namespace || 'default';
  const scope = makeScope(partition, hint.datacenter);
  out.entries.push(
    new ConfigEntry({
      writtenKind: kind,
      spec,
      name: spec?.hasName === false ? spec.kind : spec?.kind === 'proxy-defaults' && name === '' ? 'global' : name,
      partition,
      namespace,
      scope,
      origin,
      file: file.path,
      range: obj.range,
      documentIndex: doc.index,
      kindRange,
      nameRange: nameField?.props[nameField.props.length - 1]!.range,
      root: decoded.value,
      raw: obj,
      issues: decoded.issues,
      ...(notApplied !== undefined ? { notApplied } : {}),
      ...(datacenterDeclared ? { datacenterDeclared: true as const } : {}),
    }),
  );
}

function scalarString(v: { type: string; value?: unknown } | undefined): string {
  return v && v.type === 'scalar' && typeof v.value === 'string' ? v.value : '';
}

const ENTRY_META_FIELDS = new Set(['Name', 'Partition', 'Namespace', 'Meta', 'CreateIndex', 'ModifyIndex']);

const CRD_FIELDS = new WeakMap<KindSpec, FieldSpec[]>();

/** Shared by the objects without annotations (never written to): an empty `Map` each is a table each. */
const NO_ANNOTATIONS = new Map<string, { value: string; range: SourceRange }>();

/**
 * The `spec` fields of a kind's CRD: the entry's fields minus what Kubernetes metadata carries
 * (built once per kind: decode caches its key tables by this array).
 */
function crdFields(spec: KindSpec): FieldSpec[] {
  let fields = CRD_FIELDS.get(spec);
  if (!fields) CRD_FIELDS.set(spec, (fields = buildCrdFields(spec)));
  return fields;
}

function buildCrdFields(spec: KindSpec): FieldSpec[] {
  const fields = spec.fields.filter((f) => !f.notInCrd && !ENTRY_META_FIELDS.has(f.name));
  if (spec.kind === 'service-intentions') {
    // consul-k8s names the destination in spec.destination, not metadata.name (§10).
    fields.unshift(obj('Destination', [str('Name'), str('Namespace', { enterprise: true })], { crd: 'destination' }));
  }
  return fields;
}

/**
 * A JSON document written for Kubernetes (`kubectl apply` takes JSON as well as YAML): a
 * string `apiVersion` and `kind` as Kubernetes spells them, and no Consul `Kind`. It is read
 * as a YAML document is (a custom resource, or an object for the Kubernetes input), not as a
 * Consul entry with an unknown kind.
 */
function isKubernetesObject(root: LNode): boolean {
  return root.type === 'object' && stringOf(lastProp(root, 'apiVersion')?.value) !== undefined && stringOf(lastProp(root, 'kind')?.value) !== undefined && !lastProp(root, 'Kind');
}

/**
 * The items of a `kind: List` (or `*List`, as `kubectl get … -o yaml` writes them): kubectl
 * applies each item as its own object (k8s.io/cli-runtime pkg/resource/visitor.go,
 * `FlattenListVisitor`), so a CRD among them is an entry like a standalone one, and an
 * object that is not goes to the Kubernetes input on its own.
 */
function listItems(root: LObject): LNode[] | undefined {
  const kind = stringOf(lastProp(root, 'kind')?.value);
  const items = lastProp(root, 'items')?.value;
  return kind && (kind === 'List' || kind.endsWith('List')) && items?.type === 'array' ? items.items : undefined;
}

/** A YAML document, or a JSON one written for Kubernetes (`isKubernetesObject`). */
function normalizeYamlDocument(file: ParsedFile, doc: LocatedDocument, hint: ScopeHint, out: NormalizedFile, depth = 0): void {
  const root = doc.root;
  if (root.type !== 'object') {
    out.otherDocuments.push(doc);
    return;
  }
  const items = depth < 8 ? listItems(root) : undefined;
  if (items) {
    for (const item of items) normalizeYamlDocument(file, { index: doc.index, root: item, range: item.range }, hint, out, depth + 1);
    return;
  }
  const apiVersionProp = lastProp(root, 'apiVersion');
  const apiVersion = stringOf(apiVersionProp?.value);
  const kindProp = lastProp(root, 'kind');
  const kind = stringOf(kindProp?.value);
  const oddApi = root.props.find((p) => p.key !== 'apiVersion' && p.key.toLowerCase() === 'apiversion');
  if (!apiVersion && oddApi && /consul\.hashicorp\.com/.test(stringOf(oddApi.value) ?? '')) {
    out.consulLike = true;
    out.issues.push({
      ruleId: 'parse-error',
      message: `"${oddApi.key}" must be spelled "apiVersion"; Kubernetes rejects an object without apiVersion`,
      range: oddApi.keyRange,
      subject: `${file.path}#${doc.index}#apiVersion`,
    });
    return;
  }
  if (apiVersion && /(^|\.)consul\.hashicorp\.com\//.test(apiVersion)) {
    out.consulLike = true;
    const spec = kind && apiVersion.startsWith('consul.hashicorp.com/') ? kindSpecByCrd(kind) : undefined;
    if (!spec) {
      // Other consul-k8s resources (PeeringAcceptor, GatewayClassConfig, v2 APIs): not config entries.
      out.otherDocuments.push(doc);
      return;
    }
    normalizeCrd(file, doc, root, spec, kind!, apiVersion, hint, out);
    return;
  }
  // A Consul entry written in YAML (docs render some this way): decode it as Consul would its JSON form.
  // `Kind` or `kind` (Consul's own lookup); without a Kubernetes apiVersion it is not a k8s object.
  const consulKind = lastProp(root, 'Kind') ?? (apiVersion ? undefined : lastProp(root, 'kind'));
  if (consulKind && KIND_NAMES.has(stringOf(consulKind.value) ?? '')) {
    normalizeConsulObject(file, doc, root, hint, out, 'yaml');
    return;
  }
  out.otherDocuments.push(doc);
}

function normalizeCrd(
  file: ParsedFile,
  doc: LocatedDocument,
  root: LObject,
  spec: KindSpec,
  crdKind: string,
  apiVersion: string,
  hint: ScopeHint,
  out: NormalizedFile,
): void {
  const kindProp = lastProp(root, 'kind')!;
  const metadata = lastProp(root, 'metadata')?.value;
  const md = metadata?.type === 'object' ? metadata : undefined;
  const mdNameProp = lastProp(md, 'name');
  const mdName = stringOf(mdNameProp?.value);
  let annotations = NO_ANNOTATIONS;
  const annObj = lastProp(md, 'annotations')?.value;
  if (annObj?.type === 'object') {
    for (const p of annObj.props) {
      if (p.value.type === 'string' || p.value.type === 'number' || p.value.type === 'boolean') {
        if (annotations === NO_ANNOTATIONS) annotations = new Map();
        annotations.set(p.key, { value: String(p.value.value), range: p.range });
      }
    }
  }
  const specProp = lastProp(root, 'spec');
  const written = specProp?.value.type === 'object' ? specProp.value : undefined;
  // The API server's schema check runs first: a wrong-typed field rejects the object, and the
  // rules read it as not set (the webhook never sees it, so its messages are not quoted).
  const typed = written ? CRD_SCHEMA.get().checkCrdTypes(crdKind, written) : undefined;
  const specObj = typed?.spec;
  const decoded = specObj
    ? decodeObject(specObj, crdFields(spec), { style: 'crd', repeats: 'last' })
    : { value: { type: 'object' as const, node: root, fields: new Map() }, issues: [] as DecodeIssue[] };
  for (const i of decoded.issues) if (i.code === 'unknown-key') i.path = `spec.${i.path}`;
  for (const t of typed?.errors ?? []) decoded.issues.push({ code: 'schema-type', path: t.path, message: t.message, range: t.range });
  if (specProp && !specObj && specProp.value.type !== 'null') {
    decoded.issues.push({ code: 'expected-object', path: 'spec', message: "'spec' expected a map", range: specProp.value.range });
  }

  let name = mdName ?? '';
  let nameRange: SourceRange | undefined = mdNameProp?.range;
  let namespace = hint.namespace || 'default';
  if (spec.kind === 'service-intentions') {
    const dest = decoded.value.fields.get('Destination');
    const dn = dest?.value.type === 'object' ? dest.value.fields.get('Name') : undefined;
    const dns = dest?.value.type === 'object' ? dest.value.fields.get('Namespace') : undefined;
    name = dn && dn.value.type === 'scalar' && typeof dn.value.value === 'string' ? dn.value.value : '';
    nameRange = dn?.props[dn.props.length - 1]!.range;
    if (dns && dns.value.type === 'scalar' && typeof dns.value.value === 'string' && dns.value.value) namespace = dns.value.value;
  }
  if (spec.hasName === false) name = spec.kind;
  const partition = hint.partition || 'default';
  // A chart template's name (`{{ include "app.fullname" . }}`) is known only once rendered.
  const destination = lastProp(specObj, 'destination')?.value;
  const nameNode =
    spec.kind === 'service-intentions'
      ? destination?.type === 'object'
        ? lastProp(destination, 'name')?.value
        : undefined
      : spec.hasName === false
        ? undefined
        : mdNameProp?.value;
  const notEvaluated: NotEvaluated[] = isTemplated(nameNode) ? [{ field: 'Name', expression: (nameNode as LScalar).raw, range: nameNode!.range }] : [];
  if (notEvaluated.length > 0) name = (nameNode as LScalar).raw;
  out.entries.push(
    new ConfigEntry({
      notEvaluated,
      writtenKind: crdKind,
      spec,
      name,
      partition,
      namespace,
      scope: makeScope(partition, hint.datacenter),
      origin: 'crd',
      file: file.path,
      range: root.range,
      documentIndex: doc.index,
      kindRange: kindProp.range,
      nameRange,
      root: decoded.value,
      raw: root,
      issues: decoded.issues,
      crd: {
        kind: crdKind,
        apiVersion,
        metadataName: mdName,
        metadataNameRange: mdNameProp?.range,
        k8sNamespace: stringOf(lastProp(md, 'namespace')?.value),
        annotations,
        spec: specObj,
      },
    }),
  );
}
