import rule from '../../rules/invalid-value.js';
import { ruleTester } from '../rule-tester.js';

const crd = (kind: string, name: string, spec: string) =>
  `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

const L7_INTENTION = `Kind = "service-intentions"
Name = "api"
Sources = [
  {
    Name = "web"
    Permissions = [ { Action = "allow", HTTP = { PathPrefix = "/" } } ]
  }
]
`;

const MTLS = (v: string) => `Invalid MutualTLSMode "${v}". Must be one of "", "strict", or "permissive".`;
const SD = 'service-defaults "api" in partition "default"';
const IXN = 'service-intentions "api" in partition "default"';

ruleTester(rule, {
  accept: [
    {
      // nickwales/terraform-aws-ec2-sandbox projects/conf_hashistack_demo/config/consul-api-gateway.tf:
      // `Filters = { Headers = null, URLRewrite = null }`. mapstructure sets nothing for a nil input
      // (mitchellh/mapstructure Decoder.decode), and the API server prunes a null the CRD schema does
      // not declare nullable (apiextensions.k8s.io/v1 "Defaulting and Nullable"): an unset field.
      description: 'null for a struct field is an unset field (JSON, Terraform jsonencode, CRD)',
      files: {
        'sd.json': '{\n  "Kind": "service-defaults",\n  "Name": "web",\n  "TransparentProxy": null,\n  "MeshGateway": null\n}\n',
        'route.json':
          '{\n  "Kind": "http-route",\n  "Name": "gateway",\n  "Parents": [{ "Kind": "api-gateway", "Name": "gateway" }],\n  "Rules": [{ "Filters": { "URLRewrite": null }, "Services": [{ "Name": "frontend" }] }]\n}\n',
        'route.tf':
          'resource "consul_config_entry" "route" {\n  kind = "http-route"\n  name = "gateway2"\n  config_json = jsonencode({\n    Parents = [{ Kind = "api-gateway", Name = "gateway" }]\n    Rules = [{\n      Filters = { Headers = null, URLRewrite = null }\n      Services = [{ Name = "frontend" }]\n    }]\n  })\n}\n',
        'web.yaml': crd('ServiceDefaults', 'web2', '  protocol: http\n  transparentProxy: null\n  meshGateway: ~\n'),
      },
    },
    {
      // cottand/selfhosted dev-go/vendor/google.golang.org/api/bigquery/v2/bigquery-api.json: a Google API discovery document.
      description: 'JSON and HCL files with a kind of their own (not a Consul kind, nor near one) are not Consul entries',
      files: {
        'bigquery-api.json': '{\n  "kind": "discovery#restDescription",\n  "name": "bigquery",\n  "version": "v2"\n}\n',
        'storage.json': '[\n  { "kind": "StorageV2", "name": "logs" }\n]\n',
        'other.hcl': 'kind = "deployment"\nname = "web"\n',
        'numbered.json': '{ "kind": 5 }\n',
      },
    },
    {
      // Terraform computes these at plan time: unknown, not missing (MatthewJohn/vault-nomad-consul-terraform
      // modules/services/*/intentions.tf: `Name = var.traefik.service_name`).
      description: 'Terraform: values computed at plan time are not missing ones',
      files: {
        'intentions.tf':
          'resource "consul_config_entry" "a" {\n  name = "vector"\n  kind = "service-intentions"\n  config_json = jsonencode({\n    Sources = [\n      {\n        Action = var.action\n        Name   = var.traefik.service_name\n        Type   = "consul"\n      }\n    ]\n  })\n}\n' +
          'resource "consul_config_entry" "b" {\n  name = "web"\n  kind = "service-intentions"\n  config_json = jsonencode({\n    Sources = local.sources\n  })\n}\n' +
          'resource "consul_config_entry" "c" {\n  name = "api"\n  kind = "service-defaults"\n  config_json = jsonencode({\n    Protocol = var.protocol\n    MutualTLSMode = local.mode\n    UpstreamConfig = { Overrides = [{ Name = var.up, ConnectTimeoutMs = 5000 }] }\n  })\n}\n',
      },
    },
    {
      // hashicorp/consul lib/decode/decode.go HookWeakDecodeFromSlice, run by consul config write
      // (command/helpers/helpers.go newDecodeConfigEntry) and the server (agent/structs/config_entry.go
      // DecodeConfigEntry): a one-element list whose target is not a list is read as its element.
      description: 'one-element lists for a bool, a mode and an Action are read as their element (HCL and JSON)',
      files: {
        'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = [true]\n',
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = ["permissive"]\n',
        'ixn.hcl': 'Kind = "service-intentions"\nName = "api"\nSources = [{ Name = "web", Action = ["allow"] }]\n',
        'web.json': '{\n  "Kind": "service-defaults",\n  "Name": "web",\n  "MutualTLSMode": ["strict"],\n  "MaxInboundConnections": [100]\n}\n',
      },
    },
    {
      description: 'valid modes in HCL, the snake_case alias and a lower-cased key',
      files: {
        'a.hcl': 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "permissive"\n',
        'b.hcl': 'Kind = "service-defaults"\nName = "b"\nmutual_tls_mode = "strict"\n',
        'c.hcl': 'Kind = "service-defaults"\nName = "c"\nmutualtlsmode = ""\n',
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\nConfig {\n  protocol = "http"\n}\n',
      },
    },
    {
      description: 'the docs\' JSON form with a one-element TransparentProxy list',
      files: {
        'mesh.json': '{\n  "Kind": "mesh",\n  "AllowEnablingPermissiveMutualTLS": true,\n  "TransparentProxy": [ { "MeshDestinationsOnly": false } ]\n}\n',
        'pd.json': '{\n  "Kind": "proxy-defaults",\n  "Name": "global",\n  "TransparentProxy": [ { "OutboundListenerPort": 15001 } ]\n}\n',
      },
    },
    {
      description: 'control-plane-request-limit Mode = "permissive" is a rate-limit mode (HCL, JSON and CRD)',
      files: {
        'l.hcl': 'Kind = "control-plane-request-limit"\nName = "limits"\nMode = "permissive"\nReadRate = 100\nWriteRate = 100\n',
        'l.json': '{\n  "Kind": "control-plane-request-limit",\n  "Name": "other",\n  "Mode": "Permissive"\n}\n',
        'l.yaml': crd('ControlPlaneRequestLimit', 'limits', '  mode: permissive\n  readRate: 100\n  writeRate: 100\n'),
      },
    },
    {
      description: 'CRDs with valid values',
      files: {
        'all.yaml': [
          crd('ServiceDefaults', 'api', '  protocol: http\n  mutualTLSMode: permissive\n'),
          crd('ServiceIntentions', 'api', '  destination:\n    name: api\n  sources:\n    - name: web\n      permissions:\n        - action: allow\n          http:\n            methods: ["GET"]\n'),
        ].join('---\n'),
      },
    },
    {
      description: 'intentions: wildcards, lower-case methods (Consul upper-cases them), L7 on an HTTP service',
      files: {
        'ixn.hcl': `Kind = "service-intentions"
Name = "api"
Sources = [
  { Name = "*", Action = "deny" },
  { Name = "web", Permissions = [ { Action = "allow", HTTP = { Methods = ["get", "post"] } } ] },
  { Name = "web", Peer = "dc2", Action = "allow" },
]
`,
        'sd.hcl': 'Kind = "service-defaults"\nName = "api"\nProtocol = "HTTP"\n',
      },
    },
    {
      // hashicorp/consul agent/consul/leader.go Server.bootstrapConfigEntries: a secondary of a WAN
      // federation writes none of its bootstrap entries, so the state store's graph check never sees this one.
      description: 'L7 permissions bootstrapped by a secondary datacenter, whose tcp service-defaults is in that datacenter',
      files: {
        'conf/dc2s1.hcl': `datacenter = "dc2"\nprimary_datacenter = "dc1"\nconfig_entries {\n  bootstrap = [\n${L7_INTENTION.replace('Kind', '{ Kind')}}\n  ]\n}\n`,
        'dc2/api.hcl': 'Kind = "service-defaults"\nName = "api"\nProtocol = "tcp"\n',
      },
      scopes: { 'dc2/': { datacenter: 'dc2' } },
    },
    {
      description: 'L7 permissions with neither service-defaults nor proxy-defaults in the repository: the live cluster decides',
      files: { 'ixn.hcl': L7_INTENTION },
    },
    {
      description: 'L7 permissions: the service-defaults of the same partition decides, not another partition\'s',
      files: {
        'ixn.hcl': L7_INTENTION.replace('Name = "api"\n', 'Name = "api"\nPartition = "a"\n'),
        'sd-a.hcl': 'Kind = "service-defaults"\nName = "api"\nPartition = "a"\nProtocol = "grpc"\n',
        'sd.hcl': 'Kind = "service-defaults"\nName = "api"\nProtocol = "tcp"\n',
      },
    },
    {
      description: 'L7 permissions: proxy-defaults Config.protocol decides when there is no service-defaults',
      files: { 'ixn.hcl': L7_INTENTION, 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nConfig {\n  Protocol = "http2"\n}\n' },
    },
    {
      description: 'L7 permissions: two service-defaults for one service (a duplicate) disagree, so the rule stays silent',
      files: {
        'ixn.hcl': L7_INTENTION,
        'sd1.hcl': 'Kind = "service-defaults"\nName = "api"\n',
        'sd2.hcl': 'Kind = "service-defaults"\nName = "api"\nProtocol = "http"\n',
      },
    },
    {
      description: 'mesh TLS with valid versions and suites',
      files: {
        'mesh.hcl': 'Kind = "mesh"\nTLS {\n  Incoming {\n    TLSMinVersion = "TLSv1_2"\n    TLSMaxVersion = "TLSv1_3"\n    CipherSuites = ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]\n  }\n}\n',
      },
    },
    {
      description: 'a decode error hides the "missing" value it makes, not more',
      files: { 'ixn.json': '{\n  "Kind": "service-intentions",\n  "Name": "api",\n  "Sources": [ {"Name": "web", "Action": "allow"} ]\n}\n' },
    },
    {
      description: 'numbers written as strings decode as Go strconv does: base prefixes, a leading 0 is octal, underscores, hex floats',
      files: {
        'sd.hcl': 'Kind = "service-defaults"\nName = "ext"\nMaxInboundConnections = "1_000"\nLocalConnectTimeoutMs = "0b101"\nLocalRequestTimeoutMs = ""\nDestination {\n  Addresses = ["10.0.0.1"]\n  Port = "070000"\n}\n',
        'rr.hcl': 'Kind = "service-resolver"\nName = "api"\nLoadBalancer {\n  Policy = "ring_hash"\n  RingHashConfig {\n    MinimumRingSize = "0o17"\n    MaximumRingSize = "18446744073709551615"\n  }\n}\n',
        'split.hcl': 'Kind = "service-splitter"\nName = "api"\nSplits = [\n  { Weight = "0x1.8p5", Service = "a" },\n  { Weight = "5_2", Service = "b" },\n]\n',
        'l.hcl': 'Kind = "control-plane-request-limit"\nName = "limits"\nReadRate = "1_0.5"\nWriteRate = "+.5e2"\n',
      },
    },
  ],
  reject: [
    {
      // HookWeakDecodeFromSlice unwraps one element once; a longer list, or a list in a list, is
      // left to mapstructure, which rejects it (lib/decode/decode.go: `len(d) != 1` returns the data).
      description: 'a two-element list and a nested one-element list for a string are still rejected',
      files: {
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = ["permissive", "strict"]\n',
        'web.json': '{\n  "Kind": "service-defaults",\n  "Name": "web",\n  "MutualTLSMode": [["strict"]]\n}\n',
      },
      findings: [
        { file: 'api.hcl', line: 3, column: 17, message: /expected type 'string', got unconvertible type '\[\]interface \{\}'/ },
        { file: 'web.json', line: 4, column: 21, message: /expected type 'string', got unconvertible type '\[\]interface \{\}'/ },
      ],
    },
    {
      // hashicorp/terraform-provider-consul resource_consul_config_entry.go decodeConfigEntry: mapstructure
      // with StringToTimeDurationHookFunc only, no HookWeakDecodeFromSlice; CRDs are checked by the CRD schema.
      description: 'Terraform config_json does not unwrap a one-element list (the provider has no slice hook)',
      files: {
        'main.tf': 'resource "consul_config_entry" "api" {\n  kind = "service-defaults"\n  name = "api"\n  config_json = jsonencode({\n    MutualTLSMode = ["strict"]\n  })\n}\n',
      },
      findings: [{ file: 'main.tf', line: 5, column: 21, message: /expected type 'string', got unconvertible type '\[\]interface \{\}'/ }],
    },
    {
      // The API server checks a custom resource against the CRD schema before any webhook
      // (hashicorp/consul-k8s charts/consul/templates/crd-meshes.yaml, crd-servicedefaults.yaml
      // via src/model/crd-types.generated.ts); the words are go-openapi/errors schema.go InvalidType.
      description: 'CRD schema types: quoted booleans and numbers are rejected at the value, in the API server\'s words',
      files: {
        'mesh.yaml': crd('Mesh', 'mesh', '  allowEnablingPermissiveMutualTLS: "true"\n  transparentProxy:\n    meshDestinationsOnly: "yes"\n'),
        'sd.yaml': crd('ServiceDefaults', 'api', '  maxInboundConnections: "100"\n  transparentProxy:\n    dialedDirectly: "false"\n'),
      },
      findings: [
        {
          file: 'mesh.yaml',
          line: 6,
          column: 37,
          endLine: 6,
          endColumn: 43,
          message:
            'Mesh in partition "default": Kubernetes rejects it (the CRD schema does not allow this shape: spec.allowEnablingPermissiveMutualTLS: Invalid value: "string": spec.allowEnablingPermissiveMutualTLS in body must be of type boolean: "string"); give it the type the CRD schema declares (true/false and numbers unquoted, text quoted, a map or list where one is declared); until then mtls-lint reads the field as not set.',
        },
        { file: 'mesh.yaml', line: 8, column: 27, message: /spec\.transparentProxy\.meshDestinationsOnly: Invalid value: "string": spec\.transparentProxy\.meshDestinationsOnly in body must be of type boolean: "string"/ },
        { file: 'sd.yaml', line: 6, column: 26, message: /spec\.maxInboundConnections: Invalid value: "string": spec\.maxInboundConnections in body must be of type integer: "string"/ },
        { file: 'sd.yaml', line: 8, column: 21, message: /spec\.transparentProxy\.dialedDirectly: Invalid value: "string": spec\.transparentProxy\.dialedDirectly in body must be of type boolean: "string"/ },
      ],
    },
    {
      // YAML 1.1 reads `yes` as a boolean (go-yaml v2 resolve.go): the schema rejects it first, so
      // the webhook's `Invalid value: "yes"` is not quoted.
      description: 'CRD schema types: mutualTLSMode: yes is a schema error only, not the webhook\'s',
      files: { 'sd.yaml': crd('ServiceDefaults', 'api', '  mutualTLSMode: yes\n') },
      findings: [{ file: 'sd.yaml', line: 6, column: 18, endLine: 6, endColumn: 21, message: /^ServiceDefaults "api" .*spec\.mutualTLSMode: Invalid value: "boolean": spec\.mutualTLSMode in body must be of type string: "boolean"\)/ }],
    },
    {
      description: 'MutualTLSMode in the wrong case (HCL)',
      files: { 'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "Permissive"\n' },
      findings: [
        {
          file: 'svc.hcl',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          message: `${SD}: Consul rejects it with \`${MTLS('Permissive')}\`; write "permissive" in lower case.`,
        },
      ],
    },
    {
      description: 'MutualTLSMode through the snake_case alias (JSON)',
      files: { 'svc.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "mutual_tls_mode": "STRICT"\n}\n' },
      findings: [
        { file: 'svc.json', line: 4, column: 3, endLine: 4, endColumn: 30, message: `${SD}: Consul rejects it with \`${MTLS('STRICT')}\`; write "strict" in lower case.` },
      ],
    },
    {
      description: 'MutualTLSMode in proxy-defaults of another partition, and phase enforce keeps it an error',
      phase: 'enforce',
      files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nPartition = "web"\nMutualTLSMode = "Strict"\n' },
      findings: [
        {
          file: 'pd.hcl',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 25,
          severity: 'error',
          message: `proxy-defaults "global" in partition "web": Consul rejects it with \`${MTLS('Strict')}\`; write "strict" in lower case.`,
        },
      ],
    },
    {
      description: 'the partition comes from the config scopes',
      scopes: { 'team-a/': { partition: 'a' } },
      files: { 'team-a/svc.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "yes"\n' },
      findings: [
        {
          file: 'team-a/svc.hcl',
          line: 3,
          column: 1,
          message: `service-defaults "api" in partition "a": Consul rejects it with \`${MTLS('yes')}\`; use "strict", "permissive" or leave it empty.`,
        },
      ],
    },
    {
      description: 'CRD: the webhook compares protocol and mutualTLSMode case-sensitively',
      files: { 'svc.yaml': crd('ServiceDefaults', 'api', '  protocol: HTTP\n  mutualTLSMode: Permissive\n') },
      findings: [
        {
          file: 'svc.yaml',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          message:
            'ServiceDefaults "api" in partition "default": the consul-k8s admission webhook rejects it with `spec.protocol: Invalid value: "HTTP": must be one of "tcp", "http", "http2", "grpc"`; write "http" in lower case.',
        },
        {
          file: 'svc.yaml',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 28,
          message:
            'ServiceDefaults "api" in partition "default": the consul-k8s admission webhook rejects it with `spec.mutualTLSMode: Invalid value: "Permissive": Must be one of "", "strict", or "permissive".`; write "permissive" in lower case.',
        },
      ],
    },
    {
      description: 'a CRD kind written as a Consul Kind (HCL and JSON)',
      files: {
        'svc.hcl': 'Kind = "ServiceDefaults"\nName = "api"\n',
        'pd.json': '{\n  "Kind": "ProxyDefaults",\n  "Name": "global"\n}\n',
      },
      findings: [
        {
          file: 'pd.json',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 26,
          message:
            '"ProxyDefaults" entry "global" in partition "default": Consul rejects it with `invalid config entry kind: ProxyDefaults`; write Kind = "proxy-defaults" ("ProxyDefaults" is the Kubernetes CRD kind, which only Kubernetes YAML uses).',
        },
        {
          file: 'svc.hcl',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 25,
          message: /^"ServiceDefaults" entry "api" in partition "default": Consul rejects it with `invalid config entry kind: ServiceDefaults`; write Kind = "service-defaults"/,
        },
      ],
    },
    {
      description: 'a lowercase kind near a Consul kind is written for Consul: a typo Consul rejects',
      files: { 'a.json': '{\n  "kind": "service-default",\n  "name": "api"\n}\n', 'b.hcl': 'kind = "servicedefaults"\nname = "web"\n' },
      findings: [
        { file: 'a.json', line: 2, column: 3, message: /^"service-default" entry "api" in partition "default": Consul rejects it with `invalid config entry kind: service-default`/ },
        { file: 'b.hcl', line: 1, column: 1, message: /^"servicedefaults" entry "web" in partition "default": Consul rejects it with `invalid config entry kind: servicedefaults`/ },
      ],
    },
    {
      description: 'no kind/Kind key, and a Kind that is not a string',
      files: { 'a.hcl': 'KIND = "service-defaults"\nName = "api"\n', 'b.json': '{\n  "Kind": 5,\n  "Name": "x"\n}\n' },
      findings: [
        { file: 'a.hcl', line: 1, column: 1, endLine: 1, endColumn: 5, message: /^Payload does not contain a kind\/Kind key at the top level/ },
        { file: 'b.json', line: 2, column: 11, endLine: 2, endColumn: 12, message: 'Kind value in payload is not a string' },
      ],
    },
    {
      description: 'an empty list, two elements and two blocks where one object belongs',
      files: {
        'pd.json': '{\n  "Kind": "proxy-defaults",\n  "Name": "global",\n  "TransparentProxy": []\n}\n',
        'mesh.json': '{\n  "Kind": "mesh",\n  "TransparentProxy": [\n    {"MeshDestinationsOnly": true},\n    {"MeshDestinationsOnly": false}\n  ]\n}\n',
        'mesh.hcl': 'Kind = "mesh"\nPartition = "p"\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\nTransparentProxy {\n  MeshDestinationsOnly = false\n}\n',
      },
      findings: [
        {
          file: 'mesh.hcl',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 17,
          message: /^mesh in partition "p": Consul rejects it with `'TransparentProxy' expected a map, got 'slice'/,
        },
        {
          file: 'mesh.json',
          line: 3,
          column: 3,
          endLine: 6,
          endColumn: 4,
          message:
            'mesh in partition "default": Consul rejects it with `\'TransparentProxy\' expected a map, got \'slice\'`; write a single object (a block, or a one-element list in JSON).',
        },
        { file: 'pd.json', line: 4, column: 23, endLine: 4, endColumn: 25, message: /expected a map, got 'slice'/ },
      ],
    },
    {
      description: 'failover settings written straight under Failover instead of under a subset key',
      files: {
        'resolver.yaml':
          "apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceResolver\nmetadata:\n  name: api\nspec:\n  failover:\n    namespace: 'secondary'\n",
        'resolver.hcl': 'Kind = "service-resolver"\nName = "web"\nFailover {\n  Datacenters = ["dc2"]\n}\n',
      },
      findings: [
        {
          file: 'resolver.hcl',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          message:
            'service-resolver "web" in partition "default": Consul rejects it with `\'Failover[Datacenters]\' expected a map, got \'slice\'`; each key of this map names a subset ("*" for every subset in Failover): put the settings under such a key.',
        },
        {
          file: 'resolver.yaml',
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 27,
          // The CRD schema (crd-serviceresolvers.yaml: failover.additionalProperties type object) rejects it before the webhook.
          message: /^ServiceResolver "api" .*spec\.failover\.namespace: Invalid value: "string": spec\.failover\.namespace in body must be of type object: "string"/,
        },
      ],
    },
    {
      description: 'bool and number values the decoder rejects',
      files: {
        'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = "yes"\n',
        'sd.hcl': 'Kind = "service-defaults"\nName = "api"\nMaxInboundConnections = "lots"\n',
      },
      findings: [
        {
          file: 'mesh.hcl',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 41,
          message:
            'mesh in partition "default": Consul rejects it with `cannot parse \'AllowEnablingPermissiveMutualTLS\' as bool: strconv.ParseBool: parsing "yes": invalid syntax`; write true or false.',
        },
        { file: 'sd.hcl', line: 3, column: 25, endLine: 3, endColumn: 31, message: /cannot parse 'MaxInboundConnections' as int.*; write a number\.$/ },
      ],
    },
    {
      description: 'numbers written as strings that Go strconv rejects: syntax, int64/uint64/float32 range, a sign on an unsigned field',
      files: {
        'sd.hcl': 'Kind = "service-defaults"\nName = "ext"\nMaxInboundConnections = "1__0"\nLocalConnectTimeoutMs = "9223372036854775808"\nDestination {\n  Addresses = ["10.0.0.1"]\n  Port = "-0x10"\n}\n',
        'rr.hcl': 'Kind = "service-resolver"\nName = "api"\nLoadBalancer {\n  Policy = "ring_hash"\n  RingHashConfig {\n    MinimumRingSize = "-1"\n    MaximumRingSize = "0x10000000000000000"\n  }\n}\n',
        'split.hcl': 'Kind = "service-splitter"\nName = "api"\nSplits = [\n  { Weight = "1e39", Service = "a" },\n  { Weight = "1.5.2", Service = "b" },\n]\n',
      },
      findings: [
        {
          file: 'rr.hcl',
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 27,
          message:
            'service-resolver "api" in partition "default": Consul rejects it with `cannot parse \'LoadBalancer.RingHashConfig.MinimumRingSize\' as uint: strconv.ParseUint: parsing "-1": invalid syntax`; write a number.',
        },
        { file: 'rr.hcl', line: 7, column: 23, endLine: 7, endColumn: 44, message: /`cannot parse 'LoadBalancer\.RingHashConfig\.MaximumRingSize' as uint: strconv\.ParseUint: parsing "0x10000000000000000": value out of range`/ },
        {
          file: 'sd.hcl',
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 31,
          message:
            'service-defaults "ext" in partition "default": Consul rejects it with `cannot parse \'MaxInboundConnections\' as int: strconv.ParseInt: parsing "1__0": invalid syntax`; write a number.',
        },
        { file: 'sd.hcl', line: 4, column: 25, endLine: 4, endColumn: 46, message: /`cannot parse 'LocalConnectTimeoutMs' as int: strconv\.ParseInt: parsing "9223372036854775808": value out of range`/ },
        { file: 'sd.hcl', line: 7, column: 3, endLine: 7, endColumn: 17, message: /`Invalid Port number -16`; set a port from 1 to 65535\.$/ },
        { file: 'split.hcl', line: 4, column: 14, endLine: 4, endColumn: 20, message: /`cannot parse 'Splits\[0\]\.Weight' as float: strconv\.ParseFloat: parsing "1e39": value out of range`/ },
        { file: 'split.hcl', line: 5, column: 14, endLine: 5, endColumn: 21, message: /`cannot parse 'Splits\[1\]\.Weight' as float: strconv\.ParseFloat: parsing "1\.5\.2": invalid syntax`/ },
      ],
    },
    {
      description: 'a string where the list of sources belongs: the decode error alone, not also "At least one source"',
      files: { 'ixn.json': '{\n  "Kind": "service-intentions",\n  "Name": "api",\n  "Sources": "web"\n}\n' },
      findings: [
        { file: 'ixn.json', line: 4, column: 14, endLine: 4, endColumn: 19, message: /`'Sources' expected a list of objects, got 'string'`; write a list of objects\.$/ },
      ],
    },
    {
      description: 'intention sources: partial wildcard, Action case, a duplicate, numbered as Consul numbers them',
      files: {
        'ixn.hcl': `Kind = "service-intentions"
Name = "api"
Sources = [
  { Name = "web-*", Action = "allow" },
  { Name = "*", Action = "Deny" },
  { Name = "admin", Action = "deny" },
  { Name = "admin", Action = "allow" },
]
`,
      },
      findings: [
        {
          file: 'ixn.hcl',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 19,
          message: `${IXN}: Consul rejects it with \`Sources[0].Name: wildcard character '*' cannot be used with partial values\`; use "*" alone or an exact name.`,
        },
        {
          file: 'ixn.hcl',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 32,
          message: `${IXN}: Consul rejects it with \`Sources[3].Action must be set to 'allow' or 'deny'\`; write "deny" in lower case (Consul numbers the sources after sorting them by precedence: Sources[3] is source 2 in the file).`,
        },
        {
          file: 'ixn.hcl',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 39,
          message: `${IXN}: Consul rejects it with \`Sources[2] defines "admin" more than once\`; merge the two sources into one (Consul numbers the sources after sorting them by precedence: Sources[2] is source 4 in the file).`,
        },
      ],
    },
    {
      description: 'a partial wildcard in the destination name',
      files: { 'ixn.hcl': 'Kind = "service-intentions"\nName = "api-*"\nSources = [\n  { Name = "*", Action = "allow" },\n]\n' },
      findings: [
        {
          file: 'ixn.hcl',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 15,
          message: `service-intentions "api-*" in partition "default": Consul rejects it with \`Name: wildcard character '*' cannot be used with partial values\`; use "*" alone or an exact name.`,
        },
      ],
    },
    {
      description: 'Action with Permissions and every permission check',
      files: {
        'ixn.hcl': `Kind = "service-intentions"
Name = "api"
Sources = [
  {
    Name   = "web"
    Action = "allow"
    Permissions = [
      { Action = "allow", HTTP = { PathExact = "admin", PathPrefix = "/v1" } },
      { Action = "Allow", HTTP = { Header = [ { Exact = "x" }, { Name = "a", Exact = "1", Prefix = "2" } ] } },
      { Action = "deny", HTTP = { Methods = ["get", "GET", "FETCH"] } },
      { Action = "deny", HTTP = {} },
      { Action = "deny" },
    ]
  },
]
`,
      },
      findings: [
        { file: 'ixn.hcl', line: 6, column: 5, endLine: 6, endColumn: 21, message: `${IXN}: Consul rejects it with \`Sources[0].Action must be omitted if Permissions are specified\`; remove the source's Action (each permission carries its own Action).` },
        { file: 'ixn.hcl', line: 8, column: 27, endLine: 8, endColumn: 77, message: /`Sources\[0\]\.Permissions\[0\]\.HTTP should only contain at most one of PathExact, PathPrefix, or PathRegex`/ },
        { file: 'ixn.hcl', line: 8, column: 36, endLine: 8, endColumn: 55, message: /`Sources\[0\]\.Permissions\[0\]\.HTTP\.PathExact doesn't start with '\/': "admin"`; write "\/admin"\.$/ },
        { file: 'ixn.hcl', line: 9, column: 9, endLine: 9, endColumn: 25, message: /`Sources\[0\]\.Permissions\[1\]\.Action must be set to 'allow' or 'deny'`; write "allow" in lower case\.$/ },
        { file: 'ixn.hcl', line: 9, column: 47, endLine: 9, endColumn: 62, message: /`Sources\[0\]\.Permissions\[1\]\.HTTP\.Header\[0\] missing required Name field`/ },
        { file: 'ixn.hcl', line: 9, column: 64, endLine: 9, endColumn: 105, message: /`Sources\[0\]\.Permissions\[1\]\.HTTP\.Header\[1\] should only contain one of Present, Exact, Prefix, Suffix, or Regex`/ },
        { file: 'ixn.hcl', line: 10, column: 53, endLine: 10, endColumn: 58, message: /`Sources\[0\]\.Permissions\[2\]\.HTTP\.Methods contains "GET" more than once`/ },
        { file: 'ixn.hcl', line: 10, column: 60, endLine: 10, endColumn: 67, message: /`Sources\[0\]\.Permissions\[2\]\.HTTP\.Methods contains an invalid method "FETCH"`/ },
        { file: 'ixn.hcl', line: 11, column: 26, endLine: 11, endColumn: 35, message: /`Sources\[0\]\.Permissions\[3\]\.HTTP should not be empty`/ },
        { file: 'ixn.hcl', line: 12, column: 7, endLine: 12, endColumn: 26, message: /`Sources\[0\]\.Permissions\[4\]\.HTTP is required`/ },
      ],
    },
    {
      description: 'L7 permissions on a wildcard destination',
      files: { 'ixn.hcl': L7_INTENTION.replace('Name = "api"', 'Name = "*"') },
      findings: [
        {
          file: 'ixn.hcl',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 72,
          message: /^service-intentions "\*" in partition "default": Consul rejects it with `Sources\[0\]\.Permissions cannot be specified on intentions with wildcarded destinations`/,
        },
      ],
    },
    {
      description: 'Peer with Partition, a wildcard peer, a peered duplicate, Type and Description',
      files: {
        'ixn.hcl': `Kind = "service-intentions"
Name = "api"
Sources = [
  { Name = "web", Peer = "dc2", Partition = "p", Action = "allow" },
  { Name = "web", Peer = "dc-*", Action = "allow" },
  { Name = "db", Peer = "dc2", Action = "allow" },
  { Name = "db", Peer = "dc2", Action = "deny" },
  { Name = "db", Action = "deny", Type = "external", Description = "${'d'.repeat(513)}" },
]
`,
      },
      findings: [
        { file: 'ixn.hcl', line: 4, column: 19, endLine: 4, endColumn: 31, message: /`Sources\[0\]\.Peer: cannot set Peer and Partition at the same time\.`; remove Partition or Peer\.$/ },
        { file: 'ixn.hcl', line: 5, column: 19, endLine: 5, endColumn: 32, message: /`Sources\[1\]\.Peer: cannot use wildcard '\*' in peer`/ },
        { file: 'ixn.hcl', line: 7, column: 3, endLine: 7, endColumn: 49, message: /`Sources\[3\] defines peer\("dc2"\) "db" more than once`/ },
        { file: 'ixn.hcl', line: 8, column: 35, endLine: 8, endColumn: 52, message: /`Sources\[4\]\.Type must be set to 'consul'`/ },
        { file: 'ixn.hcl', line: 8, column: 54, endLine: 8, endColumn: 583, message: /`Sources\[4\]\.Description exceeds maximum length 512`/ },
      ],
    },
    {
      description: 'LegacyMeta, a source without a name, and a lone JSON object lifted to a one-element list',
      files: {
        'ixn.json': '{\n  "Kind": "service-intentions",\n  "Name": "api",\n  "Sources": [\n    {"Name": "web", "Action": "allow", "LegacyMeta": {"a": "b"}},\n    {"Action": "deny"}\n  ]\n}\n',
        'one.json': '{\n  "Kind": "service-intentions",\n  "Name": "db",\n  "Sources": {"Name": "web", "Action": "Allow"}\n}\n',
      },
      findings: [
        { file: 'ixn.json', line: 5, column: 40, endLine: 5, endColumn: 64, message: /`Sources\[0\]\.LegacyMeta must be omitted`/ },
        { file: 'ixn.json', line: 6, column: 5, endLine: 6, endColumn: 23, message: /`Sources\[1\]\.Name is required`/ },
        { file: 'one.json', line: 4, column: 30, endLine: 4, endColumn: 47, message: /^service-intentions "db" in partition "default": Consul rejects it with `Sources\[0\]\.Action must be set to 'allow' or 'deny'`/ },
      ],
    },
    {
      description: 'no sources (HCL) and no sources (CRD webhook)',
      files: {
        'ixn.hcl': 'Kind = "service-intentions"\nName = "api"\n',
        'ixn.yaml': crd('ServiceIntentions', 'db', '  destination:\n    name: db\n'),
      },
      findings: [
        { file: 'ixn.hcl', line: 2, column: 1, endLine: 2, endColumn: 13, message: `${IXN}: Consul rejects it with \`At least one source is required\`; add a Sources block.` },
        {
          file: 'ixn.yaml',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 13,
          message:
            'ServiceIntentions "db" in partition "default": the consul-k8s admission webhook rejects it with `spec.sources: Required value: at least one source must be specified`; add a source.',
        },
      ],
    },
    {
      description: 'CRD: the webhook accepts upper-case methods only and compares the action exactly',
      files: {
        'ixn.yaml': crd(
          'ServiceIntentions',
          'api-intentions',
          '  destination:\n    name: api\n  sources:\n    - name: web\n      permissions:\n        - action: allow\n          http:\n            pathPrefix: /v1\n            methods: ["get", "POST"]\n    - name: db\n      action: Allow\n',
        ),
      },
      findings: [
        {
          file: 'ixn.yaml',
          line: 14,
          column: 23,
          endLine: 14,
          endColumn: 28,
          message:
            'ServiceIntentions "api" in partition "default": the consul-k8s admission webhook rejects it with `spec.sources[0].permissions[0].methods[0]: Invalid value: "get": must be one of "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE"`; write "GET".',
        },
        { file: 'ixn.yaml', line: 16, column: 7, endLine: 16, endColumn: 20, message: /`spec\.sources\[1\]\.action: Invalid value: "Allow": must be one of "allow", "deny"`; write "allow" in lower case\.$/ },
      ],
    },
    {
      description: 'L7 permissions on a service whose service-defaults sets no Protocol: tcp, proxy-defaults is not consulted',
      files: {
        'ixn.hcl': L7_INTENTION,
        'sd.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n',
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nConfig {\n  protocol = "http"\n}\n',
      },
      findings: [
        {
          file: 'ixn.hcl',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 72,
          related: ['sd.hcl:2:1'],
          message: `${IXN}: Consul rejects it with \`service "api" has protocol "tcp", which is incompatible with L7 intentions permissions\` (service-defaults "api" sets no Protocol, so Consul resolves "tcp" without falling back to proxy-defaults' "http"); set Protocol = "http", "http2" or "grpc" in its service-defaults, or drop the Permissions.`,
        },
      ],
    },
    {
      description: 'L7 permissions with only proxy-defaults, which sets no protocol',
      files: { 'ixn.hcl': L7_INTENTION, 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nConfig {\n  local_connect_timeout_ms = 1000\n}\n' },
      findings: [
        {
          file: 'ixn.hcl',
          line: 6,
          column: 5,
          related: ['pd.hcl:3:1'],
          message: /\(there is no service-defaults for "api" and proxy-defaults sets no Config\.protocol, so it is "tcp"\)/,
        },
      ],
    },
    {
      // Issue 13 item 8: "there is no service-defaults" rests on a file that does not parse.
      description: 'L7 permissions with only proxy-defaults, and a service-defaults file that does not parse: said so',
      files: {
        'ixn.hcl': L7_INTENTION,
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nConfig {\n  local_connect_timeout_ms = 1000\n}\n',
        'sd.hcl': 'Kind = "service-defaults"\nName = "api"\nProtocol = "http\n',
      },
      findings: [
        {
          file: 'ixn.hcl',
          line: 6,
          column: 5,
          related: ['pd.hcl:3:1', 'sd.hcl:3:12'],
          message:
            /\(there is no service-defaults for "api" and proxy-defaults sets no Config\.protocol, so it is "tcp"; but the service-defaults entry in sd\.hcl could not be read \(it does not parse\), and a service-defaults there may set another Protocol\)/,
        },
      ],
    },
    {
      description: 'L7 permissions in CRDs: ServiceDefaults protocol tcp',
      files: {
        'all.yaml': [
          crd('ServiceDefaults', 'api', '  protocol: tcp\n'),
          crd('ServiceIntentions', 'api', '  destination:\n    name: api\n  sources:\n    - name: web\n      permissions:\n        - action: allow\n          http:\n            pathPrefix: /\n'),
        ].join('---\n'),
      },
      findings: [
        {
          file: 'all.yaml',
          line: 17,
          column: 7,
          endLine: 20,
          endColumn: 26,
          related: ['all.yaml:6:3'],
          message:
            'ServiceIntentions "api" in partition "default": Consul rejects it when the controller syncs it (the resource stays Synced=False) with `service "api" has protocol "tcp", which is incompatible with L7 intentions permissions` (service-defaults "api" sets Protocol = "tcp"); set Protocol = "http", "http2" or "grpc" in its service-defaults, or drop the Permissions.',
        },
      ],
    },
    {
      description: 'service-defaults: protocol (recent Consul), balance, UpstreamConfig with Destination',
      files: {
        'sd.hcl': `Kind = "service-defaults"
Name = "api"
Protocol = "UDP"
BalanceInboundConnections = "round_robin"
UpstreamConfig {
  Overrides = [
    { Name = "*" },
  ]
}
Destination {
  Addresses = ["example.com"]
  Port = 443
}
`,
      },
      findings: [
        { file: 'sd.hcl', line: 3, column: 1, endLine: 3, endColumn: 17, message: `${SD}: Consul releases since 1.20 reject it with \`invalid value for protocol: udp\` (older ones store it); use "tcp", "http", "http2" or "grpc".` },
        { file: 'sd.hcl', line: 4, column: 1, endLine: 4, endColumn: 42, message: `${SD}: Consul rejects it with \`invalid value for balance_inbound_connections: round_robin\`; use "exact_balance" or leave it empty.` },
        { file: 'sd.hcl', line: 10, column: 1, endLine: 13, endColumn: 2, related: ['sd.hcl:5:1'], message: /`UpstreamConfig and Destination are mutually exclusive for service defaults`; keep UpstreamConfig or Destination, not both\.$/ },
      ],
    },
    {
      description: 'service-defaults: upstream overrides and defaults',
      files: {
        'sd.hcl': `Kind = "service-defaults"
Name = "api"
UpstreamConfig {
  Overrides = [
    { Name = "*" },
    { Peer = "dc2" },
    { Name = "db", BalanceOutboundConnections = "x", PassiveHealthCheck = { MaxEjectionPercent = 101 }, Limits = { MaxConnections = -1 } },
  ]
  Defaults {
    Partition = "p"
  }
}
`,
      },
      findings: [
        { file: 'sd.hcl', line: 5, column: 7, endLine: 5, endColumn: 17, message: /`error in upstream override for \*:: Wildcard name is not supported`/ },
        { file: 'sd.hcl', line: 6, column: 5, endLine: 6, endColumn: 21, message: /`error in upstream override for :: Name is required`/ },
        { file: 'sd.hcl', line: 7, column: 20, endLine: 7, endColumn: 52, message: /`error in upstream override for db:: invalid value for balance_outbound_connections: x`/ },
        { file: 'sd.hcl', line: 7, column: 77, endLine: 7, endColumn: 101, message: /`error in upstream override for db:: passive health check max_ejection_percent must be a percentage between 0 and 100`/ },
        { file: 'sd.hcl', line: 7, column: 116, endLine: 7, endColumn: 135, message: /`error in upstream override for db:: max connections cannot be negative`/ },
        { file: 'sd.hcl', line: 10, column: 5, endLine: 10, endColumn: 20, message: /`error in upstream defaults: Partition must be empty`/ },
      ],
    },
    {
      description: 'service-defaults: Destination addresses and port (JSON)',
      files: { 'sd.json': '{\n  "Kind": "service-defaults",\n  "Name": "ext",\n  "Destination": {\n    "Addresses": ["10.0.0.1", "a..b", "10.0.0.1", "*.example.com"],\n    "Port": 70000\n  }\n}\n' },
      findings: [
        { file: 'sd.json', line: 5, column: 31, endLine: 5, endColumn: 37, message: /`Destination address 'a\.\.b' is invalid Could not validate address a\.\.b as an IP or Hostname`/ },
        { file: 'sd.json', line: 5, column: 39, endLine: 5, endColumn: 49, message: /`Duplicate address '10\.0\.0\.1' is not allowed`/ },
        { file: 'sd.json', line: 5, column: 51, endLine: 5, endColumn: 66, message: /`Destination address '\*\.example\.com' is invalid/ },
        { file: 'sd.json', line: 6, column: 5, endLine: 6, endColumn: 18, message: /`Invalid Port number 70000`; set a port from 1 to 65535\.$/ },
      ],
    },
    {
      description: 'CRD ServiceDefaults: webhook checks of upstreamConfig and destination, then Consul on sync',
      files: {
        'sd.yaml': crd('ServiceDefaults', 'api', '  upstreamConfig:\n    defaults:\n      name: db\n    overrides:\n      - name: "*"\n  destination:\n    addresses: []\n    port: 443\n'),
      },
      findings: [
        { file: 'sd.yaml', line: 8, column: 7, endLine: 8, endColumn: 15, message: /admission webhook rejects it with `spec\.upstreamConfig\.defaults\.name: Invalid value: "db": upstream\.name for a default upstream must be ""`/ },
        {
          file: 'sd.yaml',
          line: 11,
          column: 3,
          related: ['sd.yaml:6:3'],
          message: /^ServiceDefaults "api" in partition "default": Consul rejects it when the controller syncs it \(the resource stays Synced=False\) with `UpstreamConfig and Destination are mutually exclusive/,
        },
        { file: 'sd.yaml', line: 12, column: 5, endLine: 12, endColumn: 18, message: /`spec\.destination\.addresses: Required value: at least one address must be define per destination`/ },
      ],
    },
    {
      description: 'proxy-defaults access logs (HCL) and the CRD webhook (access logs, meshGateway.mode)',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nAccessLogs {\n  Enabled = true\n  Type = "syslog"\n}\n',
        'pd.yaml': crd('ProxyDefaults', 'global', '  accessLogs:\n    type: file\n  meshGateway:\n    mode: Local\n'),
      },
      findings: [
        { file: 'pd.hcl', line: 5, column: 3, endLine: 5, endColumn: 18, message: 'proxy-defaults "global" in partition "default": Consul rejects it with `invalid access log type: syslog`; use one of "stdout", "stderr", "file".' },
        { file: 'pd.yaml', line: 7, column: 5, endLine: 7, endColumn: 15, message: /`spec\.accessLogs\.path: Invalid value: "": path must be specified when using file type access logs`/ },
        { file: 'pd.yaml', line: 9, column: 5, endLine: 9, endColumn: 16, message: /`spec\.meshGateway\.mode: Invalid value: "Local": must be one of "remote", "local", "none", ""`/ },
      ],
    },
    {
      description: 'access log JSONFormat that is not JSON, with Go\'s error',
      files: { 'pd.json': '{\n  "Kind": "proxy-defaults",\n  "Name": "global",\n  "AccessLogs": {\n    "Enabled": true,\n    "JSONFormat": "START: %START_TIME%"\n  }\n}\n' },
      findings: [
        { file: 'pd.json', line: 6, column: 5, message: /`invalid access log json for JSON format: invalid character 'S' looking for beginning of value`/ },
      ],
    },
    {
      description: 'mesh TLS: a dotted version, max below min, cipher suites with TLS 1.3 (HCL) and the CRD enum',
      files: {
        'mesh.hcl': 'Kind = "mesh"\nTLS {\n  Incoming {\n    TLSMinVersion = "TLSv1.2"\n  }\n  Outgoing {\n    TLSMinVersion = "TLSv1_3"\n    TLSMaxVersion = "TLSv1_2"\n    CipherSuites = ["TLS_AES_128_GCM_SHA256"]\n  }\n}\n',
        'mesh.yaml': crd('Mesh', 'mesh', '  tls:\n    incoming:\n      tlsMinVersion: TLSv1.2\n'),
      },
      findings: [
        {
          file: 'mesh.hcl',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 30,
          message:
            'mesh in partition "default": Consul rejects it with `error in incoming TLS configuration: no matching TLS version found for TLSv1.2, please specify one of [TLS_AUTO, TLSv1_0, TLSv1_1, TLSv1_2, TLSv1_3]`; write "TLSv1_2".',
        },
        { file: 'mesh.hcl', line: 8, column: 5, endLine: 8, endColumn: 30, message: /`error in outgoing TLS configuration: configuring max version TLSv1_2 less than the configured min version TLSv1_3 is invalid`/ },
        { file: 'mesh.hcl', line: 9, column: 5, endLine: 9, endColumn: 46, message: /`error in outgoing TLS configuration: configuring CipherSuites is only applicable to connections negotiated with TLS 1\.2 or earlier, TLSMinVersion is set to TLSv1_3`/ },
        { file: 'mesh.yaml', line: 8, column: 7, endLine: 8, endColumn: 29, message: /^Mesh in partition "default": the consul-k8s admission webhook rejects it with `spec\.tls\.incoming\.tlsMinVersion: Invalid value: "TLSv1\.2": must be one of "TLS_AUTO", "TLSv1_0", "TLSv1_1", "TLSv1_2", "TLSv1_3", ""`/ },
      ],
    },
    {
      description: 'Meta value over 512 bytes',
      files: { 'sd.hcl': `Kind = "service-defaults"\nName = "api"\nMeta {\n  "team" = "${'x'.repeat(513)}"\n}\n` },
      findings: [{ file: 'sd.hcl', line: 4, column: 3, endLine: 4, endColumn: 527, message: /`Meta value for key "team" exceeds maximum length 512`/ }],
    },
    {
      description: 'CRD ControlPlaneRequestLimit: the webhook wants a rate-limit mode in lower case and a writeRate',
      files: { 'l.yaml': crd('ControlPlaneRequestLimit', 'limits', '  mode: Permissive\n  readRate: 100\n') },
      findings: [
        {
          file: 'l.yaml',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 19,
          message:
            'ControlPlaneRequestLimit "limits" in partition "default": the consul-k8s admission webhook rejects it with `spec.mode: Invalid value: "Permissive": mode must be one of: permissive, enforcing, disabled`; use one of "permissive", "enforcing", "disabled".',
        },
        { file: 'l.yaml', line: 6, column: 3, endLine: 7, endColumn: 16, message: /`spec\.writeRate: Invalid value: 0: writeRate must be > 0`/ },
      ],
    },
  ],
});
