/**
 * Every message of `invalid-value`, in one place: the framing (who rejects what, and the
 * fix) and the exact error texts of Consul and consul-k8s they quote. Sources:
 * hashicorp/consul `agent/structs/config_entry.go`, `config_entry_mesh.go`,
 * `config_entry_intentions.go`, `connect_proxy_config.go`, `types/tls.go`,
 * `agent/consul/state/config_entry.go`; hashicorp/consul-k8s
 * `control-plane/api/v1alpha1/*_types.go` (webhook `Validate`).
 */
import type { ConfigEntry } from '../../src/model/entries.js';
import { describeScope } from '../../src/model/scope.js';

/** Go's `%q` for the strings that occur here. */
export const q = (s: string): string => JSON.stringify(s);

/** `service-defaults "api" in partition "default"`, or the CRD kind for Kubernetes objects. */
function who(e: ConfigEntry): string {
  const label = e.crd ? (e.spec?.hasName === false ? e.crd.kind : `${e.crd.kind} "${e.name}"`) : e.label;
  return `${label} in ${describeScope(e.scope)}`;
}

const tail = (fix: string): string => (fix ? `; ${fix}` : '');

/** The framing: who rejects the entry, with their exact text in backticks, then the fix. */
export const frame = {
  consul: (e: ConfigEntry, err: string, fix: string) =>
    `${who(e)}: Consul rejects it with \`${err}\`${tail(fix)}.`,
  /** A CRD that passes the webhook but that Consul rejects when the controller writes it. */
  consulOnSync: (e: ConfigEntry, err: string, fix: string) =>
    `${who(e)}: Consul rejects it when the controller syncs it (the resource stays Synced=False) with \`${err}\`${tail(fix)}.`,
  /** Checks only recent Consul releases make. */
  newerConsul: (e: ConfigEntry, err: string, fix: string) =>
    `${who(e)}: Consul releases since 1.20 reject it with \`${err}\` (older ones store it)${tail(fix)}.`,
  webhook: (e: ConfigEntry, err: string, fix: string) =>
    `${who(e)}: the consul-k8s admission webhook rejects it with \`${err}\`${tail(fix)}.`,
  /** Shape errors in a CRD: the API server's schema validation refuses the object. */
  schema: (e: ConfigEntry, err: string, fix: string) =>
    `${who(e)}: Kubernetes rejects it (the CRD schema does not allow this shape: ${err})${tail(fix)}.`,
  /** An entry whose Kind Consul does not know: named by its written Kind and Name. */
  unknownKind: (e: ConfigEntry, name: string | undefined, fix: string) =>
    `${q(e.writtenKind)} entry${name ? ` ${q(name)}` : ''} in ${describeScope(e.scope)}: Consul rejects it with \`invalid config entry kind: ${e.writtenKind}\`${tail(fix)}.`,
  l7Protocol: (e: ConfigEntry, err: string, why: string, fix: string) =>
    `${who(e)}: Consul rejects it${e.crd ? ' when the controller syncs it (the resource stays Synced=False)' : ''} with \`${err}\` (${why})${tail(fix)}.`,
};

/** Consul's own error texts (format strings filled in). */
export const consul = {
  mutualTLSMode: (v: string) => `Invalid MutualTLSMode ${q(v)}. Must be one of "", "strict", or "permissive".`,
  protocol: (v: string) => `invalid value for protocol: ${v}`,
  balanceInbound: (v: string) => `invalid value for balance_inbound_connections: ${v}`,
  balanceOutbound: (v: string) => `invalid value for balance_outbound_connections: ${v}`,
  upstreamAndDestination: 'UpstreamConfig and Destination are mutually exclusive for service defaults',
  /** `n` is Consul's PeeredServiceName rendering, `name:peer` (`:` when the name is empty). */
  overrideNameRequired: 'error in upstream override for :: Name is required',
  overrideWildcardName: (n: string) => `error in upstream override for ${n}: Wildcard name is not supported`,
  overrideWildcardNamespace: (n: string) => `error in upstream override for ${n}: Wildcard namespace is not supported`,
  overrideOther: (n: string, err: string) => `error in upstream override for ${n}: ${err}`,
  defaultsMustBeEmpty: (field: 'Name' | 'Namespace' | 'Partition') => `error in upstream defaults: ${field} must be empty`,
  defaultsOther: (err: string) => `error in upstream defaults: ${err}`,
  negativeLimit: (what: string) => `${what} cannot be negative`,
  percentage: (what: string) => `passive health check ${what} must be a percentage between 0 and 100`,
  negativeInterval: 'passive health check interval cannot be negative',
  negativeEjection: 'passive health check base_ejection_time cannot be negative',
  destinationNoAddress: 'Destination must contain at least one valid address',
  destinationDuplicate: (a: string) => `Duplicate address '${a}' is not allowed`,
  destinationBadAddress: (a: string) => `Destination address '${a}' is invalid Could not validate address ${a} as an IP or Hostname`,
  destinationPort: (p: number) => `Invalid Port number ${p}`,
  metaCount: 'Meta exceeds maximum element count 64',
  metaKey: (k: string) => `Meta key ${q(k)} exceeds maximum length 128`,
  metaValue: (k: string) => `Meta value for key ${q(k)} exceeds maximum length 512`,
  accessLogType: (t: string) => `invalid access log type: ${t}`,
  accessLogPathRequired: 'path must be specified when using file type access logs',
  accessLogBothFormats: 'cannot specify both access log JSONFormat and TextFormat',
  accessLogPathOnlyFile: 'path is only valid for file type access logs',
  accessLogJSON: (err: string) => `invalid access log json for JSON format: ${err}`,
  socketDir: (n: number) => `Config: envoy_hcp_metrics_bind_socket_dir length ${n} exceeds max 70`,
  tlsVersion: (dir: string, v: string) =>
    `error in ${dir} TLS configuration: no matching TLS version found for ${v}, please specify one of [TLS_AUTO, TLSv1_0, TLSv1_1, TLSv1_2, TLSv1_3]`,
  tlsMaxBelowMin: (dir: string, max: string, min: string) =>
    `error in ${dir} TLS configuration: configuring max version ${max} less than the configured min version ${min} is invalid`,
  tlsCipherWithTLS13: (dir: string, min: string) =>
    `error in ${dir} TLS configuration: configuring CipherSuites is only applicable to connections negotiated with TLS 1.2 or earlier, TLSMinVersion is set to ${min}`,
  tlsCipherUnknown: (dir: string, names: string[]) =>
    `error in ${dir} TLS configuration: no matching Envoy TLS cipher suite found for ${names.join(',')}`,
  pathWithEscapedSlashes: (v: string) =>
    `error in HTTP incoming request normalization configuration: no matching PathWithEscapedSlashesAction value found for ${v}, please specify one of [IMPLEMENTATION_SPECIFIC_DEFAULT, KEEP_UNCHANGED, REJECT_REQUEST, UNESCAPE_AND_REDIRECT, UNESCAPE_AND_FORWARD]`,
  headersWithUnderscores: (v: string) =>
    `error in HTTP incoming request normalization configuration: no matching HeadersWithUnderscoresAction value found for ${v}, please specify one of [ALLOW, REJECT_REQUEST, DROP_HEADER]`,
  // service-intentions (agent/structs/config_entry_intentions.go)
  partialWildcard: (prefix: string, field: 'Name' | 'Namespace') =>
    `${prefix}${field}: wildcard character '*' cannot be used with partial values`,
  exactAfterWildcardNs: (prefix: string) => `${prefix}Name: exact value cannot follow wildcard namespace`,
  wildcardPartition: (prefix: string) => `${prefix}Partition: cannot use wildcard '*' in partition`,
  wildcardPeer: (prefix: string) => `${prefix}Peer: cannot use wildcard '*' in peer`,
  wildcardSamenessGroup: (prefix: string) => `${prefix}SamenessGroup: cannot use wildcard '*' in sameness group`,
  jwtProviderName: 'JWT provider name is required',
  noSources: 'At least one source is required',
  sourceNameRequired: (i: number) => `Sources[${i}].Name is required`,
  peerAndPartition: (i: number) => `Sources[${i}].Peer: cannot set Peer and Partition at the same time.`,
  samenessAndPartition: (i: number) => `Sources[${i}].SamenessGroup: cannot set SamenessGroup and Partition at the same time`,
  samenessAndPeer: (i: number) => `Sources[${i}].SamenessGroup: cannot set SamenessGroup and Peer at the same time`,
  description: (i: number) => `Sources[${i}].Description exceeds maximum length 512`,
  legacyMeta: (i: number) => `Sources[${i}].LegacyMeta must be omitted`,
  action: (i: number) => `Sources[${i}].Action must be set to 'allow' or 'deny'`,
  actionWithPermissions: (i: number) => `Sources[${i}].Action must be omitted if Permissions are specified`,
  permissionsOnWildcard: (i: number) => `Sources[${i}].Permissions cannot be specified on intentions with wildcarded destinations`,
  sourceType: (i: number) => `Sources[${i}].Type must be set to 'consul'`,
  permAction: (i: number, j: number) => `Sources[${i}].Permissions[${j}].Action must be set to 'allow' or 'deny'`,
  permHTTPRequired: (i: number, j: number) => `Sources[${i}].Permissions[${j}].HTTP is required`,
  permPathSlash: (i: number, j: number, field: 'PathExact' | 'PathPrefix', v: string) =>
    `Sources[${i}].Permissions[${j}].HTTP.${field} doesn't start with '/': ${q(v)}`,
  permPaths: (i: number, j: number) =>
    `Sources[${i}].Permissions[${j}].HTTP should only contain at most one of PathExact, PathPrefix, or PathRegex`,
  permHeaderName: (i: number, j: number, k: number) => `Sources[${i}].Permissions[${j}].HTTP.Header[${k}] missing required Name field`,
  permHeaderParts: (i: number, j: number, k: number) =>
    `Sources[${i}].Permissions[${j}].HTTP.Header[${k}] should only contain one of Present, Exact, Prefix, Suffix, or Regex`,
  permMethod: (i: number, j: number, m: string) => `Sources[${i}].Permissions[${j}].HTTP.Methods contains an invalid method ${q(m)}`,
  permMethodTwice: (i: number, j: number, m: string) => `Sources[${i}].Permissions[${j}].HTTP.Methods contains ${q(m)} more than once`,
  permEmpty: (i: number, j: number) => `Sources[${i}].Permissions[${j}].HTTP should not be empty`,
  duplicateSource: (i: number, name: string, peer: string, group: string) =>
    peer
      ? `Sources[${i}] defines peer(${q(peer)}) ${q(name)} more than once`
      : group
        ? `Sources[${i}] defines sameness-group(${q(group)}) ${q(name)} more than once`
        : `Sources[${i}] defines ${q(name)} more than once`,
  l7Protocol: (svc: string, protocol: string) =>
    `service ${q(svc)} has protocol ${q(protocol)}, which is incompatible with L7 intentions permissions`,
};

/** consul-k8s webhook texts: Kubernetes field errors (`<path>: Invalid value: <v>: <detail>`). */
const inv = (path: string, v: string | number, detail: string) =>
  `${path}: Invalid value: ${typeof v === 'string' ? q(v) : String(v)}: ${detail}`;
const oneOf = (vs: string[]) => `must be one of ${vs.map(q).join(', ')}`;

export const webhook = {
  invalid: inv,
  oneOf: (path: string, v: string, vs: string[]) => inv(path, v, oneOf(vs)),
  mutualTLSMode: (v: string) => inv('spec.mutualTLSMode', v, 'Must be one of "", "strict", or "permissive".'),
  required: (path: string, detail: string) => `${path}: Required value: ${detail}`,
  duplicate: (path: string, v: string) => `${path}: Duplicate value: ${q(v)}`,
  actionAndPermissions: (i: number) =>
    inv(`spec.sources[${i}]`, '…', 'action and permissions are mutually exclusive and only one of them can be specified'),
  peerAndPartition: (i: number) => inv(`spec.sources[${i}]`, '…', 'Both source.peer and source.partition cannot be set.'),
  noSources: 'spec.sources: Required value: at least one source must be specified',
  slash: (path: string, v: string) => inv(path, v, "must begin with a '/'"),
  paths: (path: string) => inv(path, '…', 'at most only one of pathExact, pathPrefix, or pathRegex may be configured.'),
  methodTwice: (path: string, m: string) => inv(path, m, 'method listed more than once.'),
  headerParts: (path: string) => inv(path, '…', 'at most only one of exact, prefix, suffix, regex, or present may be configured.'),
};

/** Why the L7 check resolves the destination's protocol as it does (agent/consul/discoverychain/compile.go). */
export const why = {
  sdProtocol: (svc: string, proto: string) => `service-defaults ${q(svc)} sets Protocol = ${q(proto)}`,
  sdNoProtocol: (svc: string, pdProto: string | undefined) =>
    `service-defaults ${q(svc)} sets no Protocol, so Consul resolves "tcp"` +
    (pdProto ? ` without falling back to proxy-defaults' ${q(pdProto)}` : ''),
  pdProtocol: (svc: string, proto: string) => `there is no service-defaults for ${q(svc)} and proxy-defaults sets Config.protocol = ${q(proto)}`,
  pdNoProtocol: (svc: string) => `there is no service-defaults for ${q(svc)} and proxy-defaults sets no Config.protocol, so it is "tcp"`,
  unreadServiceDefaults: (clause: string) => `; but ${clause}, and a service-defaults there may set another Protocol`,
  related: {
    sd: 'service-defaults that decides the protocol',
    pd: 'proxy-defaults that decides the protocol',
  },
};

/** The fixes the messages end with. */
export const fix = {
  mutualTLSMode: (v: string) =>
    ['strict', 'permissive'].includes(v.toLowerCase()) && v !== v.toLowerCase()
      ? `write ${q(v.toLowerCase())} in lower case`
      : 'use "strict", "permissive" or leave it empty',
  protocol: (v: string, crd: boolean) =>
    crd && ['tcp', 'http', 'http2', 'grpc'].includes(v.toLowerCase())
      ? `write ${q(v.toLowerCase())} in lower case`
      : 'use "tcp", "http", "http2" or "grpc"',
  lowerCase: (v: string) => `write ${q(v.toLowerCase())} in lower case`,
  action: (v: string) =>
    ['allow', 'deny'].includes(v.toLowerCase()) && v !== v.toLowerCase() ? `write ${q(v.toLowerCase())} in lower case` : 'set Action = "allow" or "deny"',
  removeAction: 'remove the source\'s Action (each permission carries its own Action)',
  wildcard: 'use "*" alone or an exact name',
  duplicateSource: 'merge the two sources into one',
  exactBalance: 'use "exact_balance" or leave it empty',
  oneOf: (vs: string[]) => `use one of ${vs.map(q).join(', ')}`,
  decode: {
    'expected-object': 'write a single object (a block, or a one-element list in JSON)',
    'expected-map-entry': 'each key of this map names a subset ("*" for every subset in Failover): put the settings under such a key',
    'expected-list': 'write a list of objects',
    'expected-scalar': 'write a single value',
    'bad-bool': 'write true or false',
    'bad-number': 'write a number',
    'bad-duration': 'write a duration such as "10s" or "1m30s"',
    'schema-type': 'give it the type the CRD schema declares (true/false and numbers unquoted, text quoted, a map or list where one is declared); until then mtls-lint reads the field as not set',
  } as Record<string, string>,
  unknownKind: (kind: string, suggestion: string | undefined, crdKind: boolean) =>
    suggestion
      ? `write Kind = ${q(suggestion)}${crdKind ? ` (${q(kind)} is the Kubernetes CRD kind, which only Kubernetes YAML uses)` : ''}`
      : 'use one of Consul\'s kinds, e.g. "service-defaults", "proxy-defaults", "mesh" or "service-intentions"',
  l7: 'set Protocol = "http", "http2" or "grpc" in its service-defaults, or drop the Permissions',
};
