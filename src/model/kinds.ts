/**
 * The field tables of every Consul config-entry kind: the keys `consul config write`
 * accepts, i.e. the fields of the Go structs in hashicorp/consul's `api/` package, which
 * the CLI decodes into with mapstructure + `lib/decode` HookTranslateKeys
 * (`command/helpers/helpers.go` `newDecodeConfigEntry`). HookTranslateKeys reads the
 * `alias:"…"` tags of the struct being decoded into, so for the CLI the `api` tags are the
 * ones that count; the HTTP endpoint decodes the canonical JSON again into the `structs`
 * types with the same hooks (`agent/structs/config_entry.go` `DecodeConfigEntry`), so an
 * alias is listed here when either package declares it (the union; the two only differ
 * where a comment says so).
 *
 * Sources (hashicorp/consul, newest versions found in the index: main 2024–2026):
 * `api/config_entry.go` (constants, makeConfigEntry, ServiceConfigEntry, ProxyConfigEntry
 * and their shared structs), `api/config_entry_mesh.go`, `api/config_entry_intentions.go`,
 * `api/config_entry_discoverychain.go`, `api/config_entry_gateways.go`,
 * `api/config_entry_routes.go`, `api/config_entry_status.go`,
 * `api/config_entry_inline_certificate.go`, `api/config_entry_file_system_certificate.go`,
 * `api/config_entry_exports.go`, `api/config_entry_sameness_group.go`,
 * `api/config_entry_jwt_provider.go`, `api/config_entry_rate_limit_ip.go`, `api/agent.go`;
 * for aliases also `agent/structs/config_entry.go`, `config_entry_mesh.go`,
 * `config_entry_intentions.go`, `config_entry_gateways.go`, `connect_proxy_config.go`.
 * CRD names: hashicorp/consul-k8s `control-plane/api/v1alpha1/*_types.go` and
 * `shared_types.go`.
 *
 * `Kind` itself is never listed: the decoder looks it up separately (`Kind` or `kind`).
 */
import {
  any,
  bool,
  duration,
  float,
  float32,
  int,
  list,
  map,
  obj,
  objList,
  str,
  strList,
  uint32,
  uint64,
  UINT32,
  type FieldSpec,
  type KindSpec,
} from './schema.js';

type Opts = Omit<FieldSpec, 'name' | 'type'>;

/** `map[string]SomeStruct` (service-resolver `Subsets`, `Failover`): free keys, checked values. */
const structMap = (name: string, fields: FieldSpec[], o: Opts = {}): FieldSpec => ({
  name,
  type: { t: 'map', values: { t: 'object', fields } },
  ...o,
});

const ENT: Opts = { enterprise: true };

/**
 * The top-level bookkeeping fields. With a CRD, none of them is in `spec`: Kubernetes sets
 * the name (`metadata.name`), the namespace/partition (controller settings) and `Meta`.
 */
function nameField(crd: boolean): FieldSpec {
  return str('Name', crd ? { notInCrd: true } : {});
}
function tenancy(crd: boolean, which: 'both' | 'partition' = 'both'): FieldSpec[] {
  const o: Opts = crd ? { enterprise: true, notInCrd: true } : { enterprise: true };
  const out = [str('Partition', o)];
  if (which === 'both') out.push(str('Namespace', o));
  return out;
}
function bookkeeping(crd: boolean): FieldSpec[] {
  const o: Opts = crd ? { notInCrd: true } : {};
  // CreateIndex/ModifyIndex are uint64 in every api struct; Consul ignores them on write.
  return [map('Meta', o), uint64('CreateIndex', o), uint64('ModifyIndex', o)];
}

// ---------------------------------------------------------------------------------------
// Shared structs. Source: hashicorp/consul api/config_entry.go (aliases checked against
// agent/structs/config_entry.go and agent/structs/connect_proxy_config.go).
// ---------------------------------------------------------------------------------------

/** api.TransparentProxyConfig */
const TRANSPARENT_PROXY: FieldSpec[] = [
  int('OutboundListenerPort', 'outbound_listener_port'),
  bool('DialedDirectly', 'dialed_directly'),
];

/** api.MeshGatewayConfig */
const MESH_GATEWAY: FieldSpec[] = [str('Mode')];

/** api.ExposePath. `parsed_from_check` is declared only in agent/structs (connect_proxy_config.go). */
const EXPOSE_PATH: FieldSpec[] = [
  int('ListenerPort', 'listener_port'),
  str('Path'),
  int('LocalPathPort', 'local_path_port'),
  str('Protocol'),
  bool('ParsedFromCheck', { alias: ['parsed_from_check'], notInCrd: true }),
];

/** api.ExposeConfig */
const EXPOSE: FieldSpec[] = [bool('Checks'), objList('Paths', EXPOSE_PATH)];

/** api.EnvoyExtension (no alias tags in api or structs). */
const ENVOY_EXTENSION: FieldSpec[] = [
  str('Name'),
  bool('Required'),
  map('Arguments'),
  // Not in the consul-k8s EnvoyExtension (shared_types.go has name, required, arguments).
  str('ConsulVersion', { notInCrd: true }),
  str('EnvoyVersion', { notInCrd: true }),
];

/** api.UpstreamLimits */
const UPSTREAM_LIMITS: FieldSpec[] = [
  int('MaxConnections', 'max_connections'),
  int('MaxPendingRequests', 'max_pending_requests'),
  int('MaxConcurrentRequests', 'max_concurrent_requests'),
];

/** api.PassiveHealthCheck */
const PASSIVE_HEALTH_CHECK: FieldSpec[] = [
  duration('Interval'),
  uint32('MaxFailures', 'max_failures'),
  uint32('EnforcingConsecutive5xx', 'enforcing_consecutive_5xx'),
  uint32('MaxEjectionPercent', 'max_ejection_percent'),
  duration('BaseEjectionTime', 'base_ejection_time'),
];

/** api.UpstreamConfig (service-defaults UpstreamConfig.Defaults / .Overrides[]). */
const UPSTREAM_CONFIG: FieldSpec[] = [
  str('Name'),
  str('Partition', ENT),
  str('Namespace', ENT),
  str('Peer'),
  str('EnvoyListenerJSON', 'envoy_listener_json'),
  str('EnvoyClusterJSON', 'envoy_cluster_json'),
  str('Protocol'),
  int('ConnectTimeoutMs', 'connect_timeout_ms'),
  obj('Limits', UPSTREAM_LIMITS),
  obj('PassiveHealthCheck', PASSIVE_HEALTH_CHECK, 'passive_health_check'),
  obj('MeshGateway', MESH_GATEWAY, 'mesh_gateway'),
  // consul-k8s servicedefaults_types.go Upstream has no balanceOutboundConnections.
  str('BalanceOutboundConnections', { alias: ['balance_outbound_connections'], notInCrd: true }),
];

/** api.UpstreamConfiguration */
const UPSTREAM_CONFIGURATION: FieldSpec[] = [
  objList('Overrides', UPSTREAM_CONFIG),
  obj('Defaults', UPSTREAM_CONFIG),
];

/** api.DestinationConfig */
const DESTINATION: FieldSpec[] = [strList('Addresses'), int('Port')];

/** api.RateLimits / InstanceLevelRateLimits / InstanceLevelRouteRateLimits */
const RATE_LIMITS: FieldSpec[] = [
  obj(
    'InstanceLevel',
    [
      int('RequestsPerSecond', 'requests_per_second'),
      int('RequestsMaxBurst', 'requests_max_burst'),
      objList('Routes', [
        str('PathExact', 'path_exact'),
        str('PathPrefix', 'path_prefix'),
        str('PathRegex', 'path_regex'),
        int('RequestsPerSecond', 'requests_per_second'),
        int('RequestsMaxBurst', 'requests_max_burst'),
      ]),
    ],
    'instance_level',
  ),
];

/** api.AccessLogsConfig (every field carries an alias, even the one-word ones). */
const ACCESS_LOGS: FieldSpec[] = [
  bool('Enabled', 'enabled'),
  bool('DisableListenerLogs', 'disable_listener_logs'),
  str('Type', 'type'),
  str('Path', 'path'),
  str('JSONFormat', 'json_format'),
  str('TextFormat', 'text_format'),
];

/** api.ServiceResolverFailoverPolicy (api/config_entry_discoverychain.go) */
const FAILOVER_POLICY: FieldSpec[] = [str('Mode'), strList('Regions')];

/** api.ServiceResolverPrioritizeByLocality (api/config_entry_discoverychain.go) */
const PRIORITIZE_BY_LOCALITY: FieldSpec[] = [str('Mode')];

/** api.HTTPHeaderModifiers (api/config_entry_discoverychain.go) */
const HEADER_MODIFIERS: FieldSpec[] = [map('Add'), map('Set'), strList('Remove')];

// ---------------------------------------------------------------------------------------
// service-defaults — api/config_entry.go ServiceConfigEntry
// (aliases = agent/structs/config_entry.go ServiceConfigEntry; CRD: servicedefaults_types.go)
// ---------------------------------------------------------------------------------------
const SERVICE_DEFAULTS: KindSpec = {
  kind: 'service-defaults',
  crdKind: 'ServiceDefaults',
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    str('Protocol'),
    str('Mode'),
    obj('TransparentProxy', TRANSPARENT_PROXY, 'transparent_proxy'),
    str('MutualTLSMode', 'mutual_tls_mode'),
    obj('MeshGateway', MESH_GATEWAY, 'mesh_gateway'),
    obj('Expose', EXPOSE),
    str('ExternalSNI', 'external_sni'),
    obj('UpstreamConfig', UPSTREAM_CONFIGURATION, 'upstream_config'),
    obj('Destination', DESTINATION),
    int('MaxInboundConnections', 'max_inbound_connections'),
    int('LocalConnectTimeoutMs', 'local_connect_timeout_ms'),
    int('LocalRequestTimeoutMs', 'local_request_timeout_ms'),
    str('BalanceInboundConnections', 'balance_inbound_connections'),
    obj('RateLimits', RATE_LIMITS, 'rate_limits'),
    objList('EnvoyExtensions', ENVOY_EXTENSION, 'envoy_extensions'),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// proxy-defaults — api/config_entry.go ProxyConfigEntry
// (there is no top-level Protocol: structs has `Protocol json:"-"`, derived from Config)
// ---------------------------------------------------------------------------------------
const PROXY_DEFAULTS: KindSpec = {
  kind: 'proxy-defaults',
  crdKind: 'ProxyDefaults',
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    str('Mode'),
    obj('TransparentProxy', TRANSPARENT_PROXY, 'transparent_proxy'),
    str('MutualTLSMode', 'mutual_tls_mode'),
    map('Config'),
    obj('MeshGateway', MESH_GATEWAY, 'mesh_gateway'),
    obj('Expose', EXPOSE),
    obj('AccessLogs', ACCESS_LOGS, 'access_logs'),
    objList('EnvoyExtensions', ENVOY_EXTENSION, 'envoy_extensions'),
    obj('FailoverPolicy', FAILOVER_POLICY, 'failover_policy'),
    obj('PrioritizeByLocality', PRIORITIZE_BY_LOCALITY, 'prioritize_by_locality'),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// mesh — api/config_entry_mesh.go MeshConfigEntry (no Name field: GetName() is always "mesh")
// (aliases = agent/structs/config_entry_mesh.go; CRD: mesh_types.go)
// ---------------------------------------------------------------------------------------
const MESH_DIRECTIONAL_TLS: FieldSpec[] = [
  str('TLSMinVersion', 'tls_min_version'),
  str('TLSMaxVersion', 'tls_max_version'),
  strList('CipherSuites', 'cipher_suites'),
];

const MESH: KindSpec = {
  kind: 'mesh',
  crdKind: 'Mesh',
  hasName: false,
  fields: [
    ...tenancy(true),
    obj('TransparentProxy', [bool('MeshDestinationsOnly', 'mesh_destinations_only')], 'transparent_proxy'),
    bool('AllowEnablingPermissiveMutualTLS', 'allow_enabling_permissive_mutual_tls'),
    bool('ValidateClusters', 'validate_clusters'),
    obj('TLS', [obj('Incoming', MESH_DIRECTIONAL_TLS), obj('Outgoing', MESH_DIRECTIONAL_TLS)]),
    obj('HTTP', [
      bool('SanitizeXForwardedClientCert', 'sanitize_x_forwarded_client_cert'),
      obj('Incoming', [
        obj(
          'RequestNormalization',
          [
            bool('InsecureDisablePathNormalization', 'insecure_disable_path_normalization'),
            bool('MergeSlashes', 'merge_slashes'),
            str('PathWithEscapedSlashesAction', 'path_with_escaped_slashes_action'),
            str('HeadersWithUnderscoresAction', 'headers_with_underscores_action'),
          ],
          'request_normalization',
        ),
      ]),
    ]),
    obj('Peering', [bool('PeerThroughMeshGateways', 'peer_through_mesh_gateways')]),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// service-intentions — api/config_entry_intentions.go ServiceIntentionsConfigEntry
// (aliases = agent/structs/config_entry_intentions.go; CRD: serviceintentions_types.go)
//
// NOTE: the CRD has no Name/Namespace in spec the way Consul does: the destination is
// `spec.destination: {name, namespace}` (ToConsul sets Name = spec.destination.name,
// Namespace = spec.destination.namespace), and `metadata.name` is only the Kubernetes name.
// The normalizer special-cases that; here both are marked notInCrd.
// ---------------------------------------------------------------------------------------
const INTENTION_JWT: FieldSpec[] = [
  objList('Providers', [
    str('Name'),
    objList('VerifyClaims', [strList('Path'), str('Value')], 'verify_claims'),
  ]),
];

const INTENTION_HTTP_HEADER: FieldSpec[] = [
  str('Name'),
  bool('Present'),
  str('Exact'),
  str('Prefix'),
  str('Suffix'),
  str('Contains'),
  str('Regex'),
  bool('Invert'),
  bool('IgnoreCase', 'ignore_case'),
];

const INTENTION_PERMISSION: FieldSpec[] = [
  str('Action'),
  obj('HTTP', [
    str('PathExact', 'path_exact'),
    str('PathPrefix', 'path_prefix'),
    str('PathRegex', 'path_regex'),
    objList('Header', INTENTION_HTTP_HEADER),
    strList('Methods'),
  ]),
  obj('JWT', INTENTION_JWT),
];

const SOURCE_INTENTION: FieldSpec[] = [
  str('Name'),
  str('Peer'),
  str('Partition', ENT),
  str('Namespace', ENT),
  // CE rejects it: "Sameness groups are a Consul Enterprise feature." (config_entry_intentions_ce.go)
  str('SamenessGroup', { alias: ['sameness_group'], enterprise: true }),
  str('Action'),
  objList('Permissions', INTENTION_PERMISSION),
  // Read-only / legacy bridging fields: accepted by the decoder, recomputed or cleared by
  // Normalize (LegacyMeta makes Validate fail). consul-k8s ignores them (MatchesConsul).
  int('Precedence', { notInCrd: true }),
  str('Type', { notInCrd: true }),
  str('Description'),
  str('LegacyID', { alias: ['legacy_id'], notInCrd: true }),
  map('LegacyMeta', { alias: ['legacy_meta'], notInCrd: true }),
  // *time.Time, decoded from an RFC 3339 string by StringToTimeHookFunc.
  str('LegacyCreateTime', { alias: ['legacy_create_time'], notInCrd: true }),
  str('LegacyUpdateTime', { alias: ['legacy_update_time'], notInCrd: true }),
];

const SERVICE_INTENTIONS: KindSpec = {
  kind: 'service-intentions',
  crdKind: 'ServiceIntentions',
  hasName: true,
  fields: [
    nameField(true), // CRD: spec.destination.name
    ...tenancy(true), // CRD: spec.destination.namespace (no partition in spec)
    objList('Sources', SOURCE_INTENTION),
    obj('JWT', INTENTION_JWT),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// service-router — api/config_entry_discoverychain.go ServiceRouterConfigEntry
// ---------------------------------------------------------------------------------------
const ROUTE_HTTP_HEADER: FieldSpec[] = [
  str('Name'),
  bool('Present'),
  str('Exact'),
  str('Prefix'),
  str('Suffix'),
  str('Regex'),
  bool('Invert'),
];

const SERVICE_ROUTER: KindSpec = {
  kind: 'service-router',
  crdKind: 'ServiceRouter',
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    objList('Routes', [
      obj('Match', [
        obj('HTTP', [
          str('PathExact', 'path_exact'),
          str('PathPrefix', 'path_prefix'),
          str('PathRegex', 'path_regex'),
          bool('CaseInsensitive', 'case_insensitive'),
          objList('Header', ROUTE_HTTP_HEADER),
          objList('QueryParam', [str('Name'), bool('Present'), str('Exact'), str('Regex')], 'query_param'),
          strList('Methods'),
        ]),
      ]),
      obj('Destination', [
        str('Service'),
        str('ServiceSubset', 'service_subset'),
        str('Namespace', ENT),
        str('Partition', ENT),
        str('PrefixRewrite', 'prefix_rewrite'),
        duration('RequestTimeout', 'request_timeout'),
        duration('IdleTimeout', 'idle_timeout'),
        uint32('NumRetries', 'num_retries'),
        bool('RetryOnConnectFailure', 'retry_on_connect_failure'),
        list('RetryOnStatusCodes', UINT32, 'retry_on_status_codes'),
        strList('RetryOn', 'retry_on'),
        obj('RequestHeaders', HEADER_MODIFIERS, 'request_headers'),
        obj('ResponseHeaders', HEADER_MODIFIERS, 'response_headers'),
      ]),
    ]),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// service-splitter — api/config_entry_discoverychain.go ServiceSplitterConfigEntry
// ---------------------------------------------------------------------------------------
const SERVICE_SPLITTER: KindSpec = {
  kind: 'service-splitter',
  crdKind: 'ServiceSplitter',
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    objList('Splits', [
      float32('Weight'),
      str('Service'),
      str('ServiceSubset', 'service_subset'),
      str('Namespace', ENT),
      str('Partition', ENT),
      obj('RequestHeaders', HEADER_MODIFIERS, 'request_headers'),
      obj('ResponseHeaders', HEADER_MODIFIERS, 'response_headers'),
    ]),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// service-resolver — api/config_entry_discoverychain.go ServiceResolverConfigEntry
// ---------------------------------------------------------------------------------------
const SERVICE_RESOLVER: KindSpec = {
  kind: 'service-resolver',
  crdKind: 'ServiceResolver',
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    str('DefaultSubset', 'default_subset'),
    structMap('Subsets', [str('Filter'), bool('OnlyPassing', 'only_passing')]),
    obj('Redirect', [
      str('Service'),
      str('ServiceSubset', 'service_subset'),
      str('Namespace', ENT),
      str('Partition', ENT),
      str('Datacenter'),
      str('Peer'),
      str('SamenessGroup', 'sameness_group'),
    ]),
    structMap('Failover', [
      str('Service'),
      str('ServiceSubset', 'service_subset'),
      str('Namespace', ENT),
      strList('Datacenters'),
      objList('Targets', [
        str('Service'),
        str('ServiceSubset', 'service_subset'),
        str('Partition', ENT),
        str('Namespace', ENT),
        str('Datacenter'),
        str('Peer'),
      ]),
      obj('Policy', FAILOVER_POLICY),
      str('SamenessGroup', 'sameness_group'),
    ]),
    duration('ConnectTimeout', 'connect_timeout'),
    duration('RequestTimeout', 'request_timeout'),
    obj('PrioritizeByLocality', PRIORITIZE_BY_LOCALITY, 'prioritize_by_locality'),
    obj(
      'LoadBalancer',
      [
        str('Policy'),
        obj(
          'RingHashConfig',
          [uint64('MinimumRingSize', 'minimum_ring_size'), uint64('MaximumRingSize', 'maximum_ring_size')],
          'ring_hash_config',
        ),
        obj('LeastRequestConfig', [uint32('ChoiceCount', 'choice_count')], 'least_request_config'),
        objList(
          'HashPolicies',
          [
            str('Field'),
            str('FieldValue', 'field_value'),
            obj('CookieConfig', [bool('Session'), duration('TTL'), str('Path')], 'cookie_config'),
            bool('SourceIP', 'source_ip'),
            bool('Terminal'),
          ],
          'hash_policies',
        ),
      ],
      'load_balancer',
    ),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// ingress-gateway — api/config_entry_gateways.go IngressGatewayConfigEntry
// (agent/structs/config_entry_gateways.go IngressService also has a Meta map, which the api
// struct — and so the CLI — does not have; not listed.)
// ---------------------------------------------------------------------------------------
const GATEWAY_TLS_SDS: FieldSpec[] = [
  str('ClusterName', 'cluster_name'),
  str('CertResource', 'cert_resource'),
];

const GATEWAY_TLS: FieldSpec[] = [
  bool('Enabled'),
  obj('SDS', GATEWAY_TLS_SDS),
  str('TLSMinVersion', 'tls_min_version'),
  str('TLSMaxVersion', 'tls_max_version'),
  strList('CipherSuites', 'cipher_suites'),
];

const INGRESS_SERVICE: FieldSpec[] = [
  str('Name'),
  strList('Hosts'),
  str('Namespace', ENT),
  str('Partition', ENT),
  obj('TLS', [obj('SDS', GATEWAY_TLS_SDS)]),
  obj('RequestHeaders', HEADER_MODIFIERS, 'request_headers'),
  obj('ResponseHeaders', HEADER_MODIFIERS, 'response_headers'),
  uint32('MaxConnections', 'max_connections'),
  uint32('MaxPendingRequests', 'max_pending_requests'),
  uint32('MaxConcurrentRequests', 'max_concurrent_requests'),
  obj('PassiveHealthCheck', PASSIVE_HEALTH_CHECK, 'passive_health_check'),
];

const INGRESS_GATEWAY: KindSpec = {
  kind: 'ingress-gateway',
  crdKind: 'IngressGateway',
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true),
    obj('TLS', GATEWAY_TLS),
    objList('Listeners', [
      int('Port'),
      str('Protocol'),
      objList('Services', INGRESS_SERVICE),
      obj('TLS', GATEWAY_TLS),
    ]),
    obj('Defaults', [
      // api.IngressServiceConfig: no alias tags here (unlike IngressService).
      uint32('MaxConnections'),
      uint32('MaxPendingRequests'),
      uint32('MaxConcurrentRequests'),
      obj('PassiveHealthCheck', PASSIVE_HEALTH_CHECK, 'passive_health_check'),
    ]),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// terminating-gateway — api/config_entry_gateways.go TerminatingGatewayConfigEntry
// ---------------------------------------------------------------------------------------
const TERMINATING_GATEWAY: KindSpec = {
  kind: 'terminating-gateway',
  crdKind: 'TerminatingGateway',
  hasName: true,
  fields: [
    nameField(true),
    objList('Services', [
      bool('DisableAutoHostRewrite'),
      str('Namespace', ENT),
      str('Name'),
      str('CAFile', 'ca_file'),
      str('CertFile', 'cert_file'),
      str('KeyFile', 'key_file'),
      str('SNI'),
      // consul-k8s only: the Kubernetes Secret holding the certificate (the controller reads it).
      any('SecretRef', { crdOnly: true, crd: 'secretRef' }),
    ]),
    ...bookkeeping(true),
    ...tenancy(true),
  ],
};

// ---------------------------------------------------------------------------------------
// Gateway API kinds (no consul-k8s CRD of this shape).
// ResourceReference / ConfigEntryStatus / Condition — api/config_entry_status.go
// ---------------------------------------------------------------------------------------
const RESOURCE_REFERENCE: FieldSpec[] = [
  str('Kind'),
  str('Name'),
  str('SectionName'),
  str('Partition', ENT),
  str('Namespace', ENT),
];

/** Written by Consul's controllers; accepted (and ignored) on write. */
const STATUS: FieldSpec[] = [
  objList('Conditions', [
    str('Type'),
    str('Status'),
    str('Reason'),
    str('Message'),
    obj('Resource', RESOURCE_REFERENCE),
    str('LastTransitionTime'), // *time.Time, RFC 3339 string
  ]),
];

/** api.APIGatewayJWTProvider (api/config_entry_gateways.go), also used by http-route JWT filters. */
const API_GATEWAY_JWT_PROVIDER: FieldSpec[] = [
  str('Name'),
  objList('VerifyClaims', [strList('Path'), str('Value')], 'verify_claims'),
];

const API_GATEWAY_POLICY: FieldSpec[] = [obj('JWT', [objList('Providers', API_GATEWAY_JWT_PROVIDER)])];

/** api-gateway — api/config_entry_gateways.go APIGatewayConfigEntry */
const API_GATEWAY: KindSpec = {
  kind: 'api-gateway',
  hasName: true,
  fields: [
    nameField(false),
    objList('Listeners', [
      str('Name'),
      str('Hostname'),
      int('Port'),
      str('Protocol'),
      obj('TLS', [
        objList('Certificates', RESOURCE_REFERENCE),
        str('MaxVersion', 'tls_max_version'),
        str('MinVersion', 'tls_min_version'),
        strList('CipherSuites', 'cipher_suites'),
      ]),
      obj('Override', API_GATEWAY_POLICY),
      obj('Default', API_GATEWAY_POLICY),
    ]),
    obj('Status', STATUS),
    ...bookkeeping(false),
    ...tenancy(false),
  ],
};

/** api.HTTPHeaderFilter — api/config_entry_routes.go */
const HTTP_HEADER_FILTER: FieldSpec[] = [map('Add'), strList('Remove'), map('Set')];

/** api.HTTPFilters — api/config_entry_routes.go */
const HTTP_FILTERS: FieldSpec[] = [
  objList('Headers', HTTP_HEADER_FILTER),
  obj('URLRewrite', [str('Path')]),
  obj('RetryFilter', [
    uint32('NumRetries'),
    strList('RetryOn'),
    list('RetryOnStatusCodes', UINT32),
    bool('RetryOnConnectFailure'),
  ]),
  obj('TimeoutFilter', [duration('RequestTimeout'), duration('IdleTimeout')]),
  obj('JWT', [objList('Providers', API_GATEWAY_JWT_PROVIDER)]),
];

/** api.HTTPResponseFilters — api/config_entry_routes.go */
const HTTP_RESPONSE_FILTERS: FieldSpec[] = [objList('Headers', HTTP_HEADER_FILTER)];

/** http-route — api/config_entry_routes.go HTTPRouteConfigEntry (no alias tags in this file) */
const HTTP_ROUTE: KindSpec = {
  kind: 'http-route',
  hasName: true,
  fields: [
    nameField(false),
    objList('Parents', RESOURCE_REFERENCE),
    objList('Rules', [
      obj('Filters', HTTP_FILTERS),
      obj('ResponseFilters', HTTP_RESPONSE_FILTERS),
      objList('Matches', [
        objList('Headers', [str('Match'), str('Name'), str('Value')]),
        str('Method'),
        obj('Path', [str('Match'), str('Value')]),
        objList('Query', [str('Match'), str('Name'), str('Value')]),
      ]),
      objList('Services', [
        str('Name'),
        int('Weight'),
        obj('Filters', HTTP_FILTERS),
        obj('ResponseFilters', HTTP_RESPONSE_FILTERS),
        str('Partition', ENT),
        str('Namespace', ENT),
      ]),
    ]),
    strList('Hostnames'),
    ...bookkeeping(false),
    ...tenancy(false),
    obj('Status', STATUS),
  ],
};

/** tcp-route — api/config_entry_routes.go TCPRouteConfigEntry */
const TCP_ROUTE: KindSpec = {
  kind: 'tcp-route',
  hasName: true,
  fields: [
    nameField(false),
    objList('Parents', RESOURCE_REFERENCE),
    objList('Services', [str('Name'), str('Partition', ENT), str('Namespace', ENT)]),
    map('Meta'),
    obj('Status', STATUS),
    uint64('CreateIndex'),
    uint64('ModifyIndex'),
    ...tenancy(false),
  ],
};

/** inline-certificate — api/config_entry_inline_certificate.go InlineCertificateConfigEntry */
const INLINE_CERTIFICATE: KindSpec = {
  kind: 'inline-certificate',
  hasName: true,
  fields: [
    nameField(false),
    str('Certificate'),
    str('PrivateKey', 'private_key'),
    ...bookkeeping(false),
    ...tenancy(false),
  ],
};

/** file-system-certificate — api/config_entry_file_system_certificate.go FileSystemCertificateConfigEntry */
const FILE_SYSTEM_CERTIFICATE: KindSpec = {
  kind: 'file-system-certificate',
  hasName: true,
  fields: [
    nameField(false),
    str('Certificate', 'certificate'),
    str('PrivateKey', 'private_key'),
    ...bookkeeping(false),
    ...tenancy(false),
  ],
};

// ---------------------------------------------------------------------------------------
// exported-services — api/config_entry_exports.go ExportedServicesConfigEntry
// (Name is the partition name; the api struct has Partition but no Namespace)
// ---------------------------------------------------------------------------------------
const EXPORTED_SERVICES: KindSpec = {
  kind: 'exported-services',
  crdKind: 'ExportedServices',
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true, 'partition'),
    objList('Services', [
      str('Name'),
      str('Namespace', ENT),
      objList('Consumers', [
        str('Partition', ENT),
        str('Peer', 'peer_name'),
        str('SamenessGroup', 'sameness_group'),
      ]),
    ]),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// sameness-group — api/config_entry_sameness_group.go SamenessGroupConfigEntry
// (Partition but no Namespace)
// ---------------------------------------------------------------------------------------
const SAMENESS_GROUP: KindSpec = {
  kind: 'sameness-group',
  crdKind: 'SamenessGroup',
  hasName: true,
  fields: [
    nameField(true),
    ...tenancy(true, 'partition'),
    bool('DefaultForFailover', 'default_for_failover'),
    bool('IncludeLocal', 'include_local'),
    objList('Members', [str('Partition'), str('Peer')]),
    ...bookkeeping(true),
  ],
};

// ---------------------------------------------------------------------------------------
// jwt-provider — api/config_entry_jwt_provider.go JWTProviderConfigEntry
// (CRD: jwtprovider_types.go)
// ---------------------------------------------------------------------------------------
const JWT_PROVIDER: KindSpec = {
  kind: 'jwt-provider',
  crdKind: 'JWTProvider',
  hasName: true,
  fields: [
    nameField(true),
    obj(
      'JSONWebKeySet',
      [
        obj('Local', [str('JWKS'), str('Filename')]),
        obj('Remote', [
          str('URI'),
          int('RequestTimeoutMs', 'request_timeout_ms'),
          duration('CacheDuration', 'cache_duration'),
          bool('FetchAsynchronously', 'fetch_asynchronously'),
          // consul-k8s RemoteJWKS tags it `json:",omitempty"`, so its JSON key is the Go name.
          bool('UseSNI', { alias: ['use_sni'], crd: 'UseSNI' }),
          obj(
            'RetryPolicy',
            [
              int('NumRetries', 'num_retries'),
              obj(
                'RetryPolicyBackOff',
                [duration('BaseInterval', 'base_interval'), duration('MaxInterval', 'max_interval')],
                'retry_policy_back_off',
              ),
            ],
            'retry_policy',
          ),
          obj(
            'JWKSCluster',
            [
              str('DiscoveryType', 'discovery_type'),
              obj(
                'TLSCertificates',
                [
                  obj(
                    'CaCertificateProviderInstance',
                    [str('InstanceName', 'instance_name'), str('CertificateName', 'certificate_name')],
                    'ca_certificate_provider_instance',
                  ),
                  obj(
                    'TrustedCA',
                    [
                      str('Filename', 'filename'),
                      str('EnvironmentVariable', 'environment_variable'),
                      str('InlineString', 'inline_string'),
                      // []byte: a string (weak decode) or a list of bytes.
                      any('InlineBytes', 'inline_bytes'),
                    ],
                    'trusted_ca',
                  ),
                ],
                'tls_certificates',
              ),
              duration('ConnectTimeout', 'connect_timeout'),
            ],
            'jwks_cluster',
          ),
        ]),
      ],
      'json_web_key_set',
    ),
    str('Issuer'),
    strList('Audiences'),
    objList('Locations', [
      obj('Header', [str('Name'), str('ValuePrefix', 'value_prefix'), bool('Forward')]),
      obj('QueryParam', [str('Name')], 'query_param'),
      obj('Cookie', [str('Name')]),
    ]),
    obj('Forwarding', [
      str('HeaderName', 'header_name'),
      bool('PadForwardPayloadHeader', 'pad_forward_payload_header'),
    ]),
    int('ClockSkewSeconds', 'clock_skew_seconds'),
    obj('CacheConfig', [int('Size')], 'cache_config'),
    ...bookkeeping(true),
    ...tenancy(true),
  ],
};

// ---------------------------------------------------------------------------------------
// control-plane-request-limit — api/config_entry_rate_limit_ip.go RateLimitIPConfigEntry
// (kind constant RateLimitIPConfig = "control-plane-request-limit"; CRD:
// controlplanerequestlimit_types.go, whose spec only has the first 13 categories)
// ---------------------------------------------------------------------------------------
const READ_WRITE_RATES: FieldSpec[] = [float('ReadRate', 'read_rate'), float('WriteRate', 'write_rate')];
const rates = (name: string, inCrd = true): FieldSpec => obj(name, READ_WRITE_RATES, inCrd ? {} : { notInCrd: true });

const CONTROL_PLANE_REQUEST_LIMIT: KindSpec = {
  kind: 'control-plane-request-limit',
  crdKind: 'ControlPlaneRequestLimit',
  hasName: true,
  fields: [
    nameField(true),
    str('Mode'),
    float('ReadRate', 'read_rate'),
    float('WriteRate', 'write_rate'),
    rates('ACL'),
    rates('Catalog'),
    rates('ConfigEntry'),
    rates('ConnectCA'),
    rates('Coordinate'),
    rates('DiscoveryChain'),
    rates('ServerDiscovery', false),
    rates('Health'),
    rates('Intention'),
    rates('KV'),
    rates('Tenancy'),
    rates('PreparedQuery'),
    rates('Session'),
    rates('Txn'),
    rates('AutoConfig', false),
    rates('FederationState', false),
    rates('Internal', false),
    rates('PeerStream', false),
    rates('Peering', false),
    rates('DataPlane', false),
    rates('DNS', false),
    rates('Subscribe', false),
    rates('Resource', false),
    ...bookkeeping(true),
    ...tenancy(true),
  ],
};

/**
 * Every kind `api.MakeConfigEntry` knows (api/config_entry.go makeConfigEntry), in its
 * order. `bound-api-gateway` is only in agent/structs MakeConfigEntry (the CLI rejects it
 * with `invalid config entry kind`), so it is not listed.
 */
export const KINDS: readonly KindSpec[] = [
  SERVICE_DEFAULTS,
  PROXY_DEFAULTS,
  SERVICE_ROUTER,
  SERVICE_SPLITTER,
  SERVICE_RESOLVER,
  INGRESS_GATEWAY,
  TERMINATING_GATEWAY,
  SERVICE_INTENTIONS,
  MESH,
  EXPORTED_SERVICES,
  SAMENESS_GROUP,
  API_GATEWAY,
  TCP_ROUTE,
  FILE_SYSTEM_CERTIFICATE,
  INLINE_CERTIFICATE,
  HTTP_ROUTE,
  CONTROL_PLANE_REQUEST_LIMIT,
  JWT_PROVIDER,
];

/** Every config-entry kind value, exactly as Consul spells it. */
export const KIND_NAMES: ReadonlySet<string> = new Set(KINDS.map((k) => k.kind));

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k] as const));
const BY_CRD = new Map(KINDS.filter((k) => k.crdKind !== undefined).map((k) => [k.crdKind!, k] as const));

/** The spec of a Consul kind value (exact, case-sensitive, like Consul's own switch). */
export function kindSpec(kind: string): KindSpec | undefined {
  return BY_KIND.get(kind);
}

/** The top-level keys that name an entry's kind (Consul looks up exactly these two). */
export const KIND_KEYS: ReadonlySet<string> = new Set(['Kind', 'kind']);

/** The spec of a consul-k8s CRD kind (`ServiceDefaults`, …), exact. */
export function kindSpecByCrd(crdKind: string): KindSpec | undefined {
  return BY_CRD.get(crdKind);
}

/**
 * The service kinds of agent service registrations (api/agent.go ServiceKind constants,
 * minus ServiceKindTypical = ""). These are not config entries, although
 * terminating-gateway, ingress-gateway and api-gateway are also config-entry kinds.
 */
export const REGISTRATION_KINDS: ReadonlySet<string> = new Set([
  'connect-proxy',
  'mesh-gateway',
  'terminating-gateway',
  'ingress-gateway',
  'api-gateway',
]);

/**
 * Top-level fields of api.AgentServiceRegistration, plus those api.AgentService adds (an
 * agent API response, or a `service { … }` wrapper in agent configuration). Source:
 * api/agent.go.
 */
const REGISTRATION_FIELDS = [
  // AgentServiceRegistration
  'Kind', 'ID', 'Name', 'Tags', 'Port', 'Address', 'SocketPath', 'TaggedAddresses',
  'EnableTagOverride', 'Meta', 'Weights', 'Check', 'Checks', 'Proxy', 'Connect',
  'Namespace', 'Partition', 'Locality',
  // AgentService
  'Service', 'CreateIndex', 'ModifyIndex', 'ContentHash', 'PeerName', 'Datacenter',
];

/** Registration fields that no config-entry kind has at its top level (names and aliases). */
const REGISTRATION_ONLY_KEYS: ReadonlySet<string> = (() => {
  const entryKeys = new Set<string>(['kind']);
  for (const k of KINDS) {
    for (const f of k.fields) {
      entryKeys.add(f.name.toLowerCase());
      for (const a of f.alias ?? []) entryKeys.add(a.toLowerCase());
    }
  }
  return new Set(REGISTRATION_FIELDS.map((f) => f.toLowerCase()).filter((f) => !entryKeys.has(f)));
})();

/**
 * Whether an object with these (lower-cased) top-level keys is an agent service
 * registration rather than a config entry: it has a key that only
 * `api.AgentServiceRegistration`/`api.AgentService` have (Port, Proxy, Address, ID, Tags,
 * Service, …). `Kind = "ingress-gateway"` alone cannot tell the two apart.
 */
export function looksLikeRegistration(topLevelKeysLowercased: string[]): boolean {
  return topLevelKeysLowercased.some((k) => REGISTRATION_ONLY_KEYS.has(k));
}
