import rule from '../../rules/unknown-field.js';
import { ruleTester } from '../rule-tester.js';

const MESH_OK_HCL = `Kind = "mesh"
allow_enabling_permissive_mutual_tls = true
transparentproxy {
  mesh_destinations_only = false
}
`;

const MESH_OK_JSON = `{
  "Kind": "mesh",
  "AllowEnablingPermissiveMutualTLS": true,
  "TransparentProxy": [
    {
      "MeshDestinationsOnly": false
    }
  ]
}
`;

const PROXY_DEFAULTS_OK = `Kind = "proxy-defaults"
Name = "global"
Mode = "transparent"
MutualTLSMode = "permissive"
Config {
  protocol = "http"
}
`;

const SERVICE_DEFAULTS_CRD_OK = `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: api
spec:
  protocol: http
  mutualTLSMode: permissive
  transparentProxy:
    dialedDirectly: true
`;

const RATE_LIMIT = `Kind = "control-plane-request-limit"
Name = "global"
Mode = "permissive"
ReadRate = 100
WriteRate = 100
`;

const INTENTIONS_OK = `Kind = "service-intentions"
Name = "api"
Namespace = "default"
Sources = [
  {
    Name   = "web"
    Action = "allow"
  },
]
Sources {
  Name   = "billing"
  Action = "deny"
}
`;

const RESOLVER_OK_HCL = `Kind = "service-resolver"
Name = "api"
DefaultSubset = "v1"
Subsets {
  v1 {
    Filter       = "Service.Meta.version == v1"
    only_passing = true
  }
  v2 = { filter = "Service.Meta.version == v2" }
}
Failover {
  "*" {
    service_subset = "v1"
    Targets = [{ Service = "api", Datacenter = "dc2" }, { Peer = "other" }]
    Policy { Mode = "order-by-locality", Regions = ["us-east-1"] }
  }
}
`;

const RESOLVER_OK_CRD = `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceResolver
metadata:
  name: api
spec:
  subsets:
    v1:
      filter: "Service.Meta.version == v1"
      onlyPassing: true
  failover:
    "*":
      serviceSubset: v1
      targets:
        - datacenter: dc2
      policy:
        mode: order-by-locality
        regions: [us-east-1]
`;

ruleTester(rule, {
  accept: [
    { description: 'mesh with snake_case aliases and lower-case keys (HCL)', files: { 'mesh.hcl': MESH_OK_HCL } },
    { description: 'mesh with the one-element-list TransparentProxy (JSON)', files: { 'mesh.json': MESH_OK_JSON } },
    { description: 'proxy-defaults with the protocol in Config', files: { 'proxy-defaults.hcl': PROXY_DEFAULTS_OK } },
    { description: 'ServiceDefaults CRD with known spec fields', files: { 'api.yaml': SERVICE_DEFAULTS_CRD_OK } },
    { description: 'control-plane-request-limit Mode = "permissive" is a known key', files: { 'limit.hcl': RATE_LIMIT } },
    { description: 'intentions: Namespace, a Sources list and a Sources block', files: { 'api.hcl': INTENTIONS_OK } },
    {
      description: 'a CRD mutualTLSMode in a multi-document file',
      files: {
        'crds.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
spec:
  allowEnablingPermissiveMutualTLS: true
  transparentProxy:
    meshDestinationsOnly: false
---
${SERVICE_DEFAULTS_CRD_OK}`,
      },
    },
    { description: 'service-resolver Subsets and Failover values with aliases and blocks (HCL)', files: { 'resolver.hcl': RESOLVER_OK_HCL } },
    { description: 'ServiceResolver CRD subsets and failover values', files: { 'resolver.yaml': RESOLVER_OK_CRD } },
    {
      // HCL decodes repeated blocks into a list of maps, which Consul's decoder merges into one map.
      description: 'Meta written as two HCL blocks',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMeta {\n  owner = "team-a"\n}\nMeta {\n  tier = "gold"\n}\n' },
    },
  ],
  reject: [
    {
      // hashicorp/consul agent/config/builder.go Builder.build decodes and validates every
      // config_entries.bootstrap item on load, in a secondary datacenter too, which then never writes it.
      description: 'an unknown field in a bootstrap entry of a secondary datacenter (WAN federation)',
      files: {
        'conf/dc2s1.hcl': 'datacenter = "dc2"\nprimary_datacenter = "dc1"\nconfig_entries {\n  bootstrap {\n    kind = "mesh"\n    allow_permissive = true\n  }\n}\n',
      },
      findings: [{ file: 'conf/dc2s1.hcl', line: 6, column: 5, message: /allow_permissive/ }],
    },
    {
      description: 'MeshDestinationOnly (HCL), with did-you-mean',
      files: {
        'mesh.hcl': `Kind = "mesh"
TransparentProxy {
  MeshDestinationOnly = true
}
`,
      },
      findings: [
        {
          file: 'mesh.hcl',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 22,
          severity: 'error',
          message:
            'mesh (partition "default"): invalid config key "TransparentProxy.MeshDestinationOnly"; Consul rejects the entry — did you mean "MeshDestinationsOnly"?',
        },
      ],
    },
    {
      description: 'MeshDestinationOnly in the one-element-list JSON form',
      files: {
        'mesh.json': `{
  "Kind": "mesh",
  "TransparentProxy": [ { "MeshDestinationOnly": true } ]
}
`,
      },
      findings: [
        {
          file: 'mesh.json',
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 48,
          message: /invalid config key "TransparentProxy\.MeshDestinationOnly"; Consul rejects the entry — did you mean "MeshDestinationsOnly"\?$/,
        },
      ],
    },
    {
      description: 'Name in a mesh entry',
      files: { 'mesh.hcl': 'Kind = "mesh"\nName = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n' },
      findings: [
        {
          file: 'mesh.hcl',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 5,
          message:
            'mesh (partition "default"): invalid config key "Name"; Consul rejects the entry because the mesh entry has no name (it is always "mesh") — remove the Name key',
        },
      ],
    },
    {
      description: 'top-level Protocol in proxy-defaults (HCL)',
      files: { 'pd.hcl': 'Kind     = "proxy-defaults"\nName     = "global"\nProtocol = "http"\n' },
      findings: [
        {
          file: 'pd.hcl',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 9,
          message:
            'proxy-defaults "global" (partition "default"): invalid config key "Protocol"; consul config write rejects the entry (the HTTP API ignores the key: the protocol comes only from Config) — set it inside Config instead (Config { protocol = "http" })',
        },
      ],
    },
    {
      description: 'top-level protocol in proxy-defaults (JSON, lower case)',
      files: { 'pd.json': '{\n  "Kind": "proxy-defaults",\n  "Name": "global",\n  "protocol": "grpc"\n}\n' },
      findings: [
        {
          file: 'pd.json',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 13,
          message: /invalid config key "protocol"; .* \("Config": \{ "protocol": "grpc" \}\)$/,
        },
      ],
    },
    {
      description: 'a key ending in "namespace": Consul CE\'s message',
      files: {
        'api.hcl': `Kind = "service-intentions"
Name = "api"
Sources = [
  {
    Name            = "web"
    SourceNamespace = "frontend"
    Action          = "allow"
  }
]
`,
      },
      findings: [
        {
          file: 'api.hcl',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 20,
          message:
            'service-intentions "api" (partition "default"): invalid config key "Sources[0].SourceNamespace"; Consul rejects the entry — remove it or correct its spelling',
        },
      ],
    },
    {
      description: 'a CRD field in the wrong case, with did-you-mean',
      files: {
        'api.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: api
spec:
  mutualTlsMode: permissive
`,
      },
      findings: [
        {
          file: 'api.yaml',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 16,
          message:
            'ServiceDefaults "api" (partition "default"): unknown field "spec.mutualTlsMode"; kubectl apply rejects it (strict field validation) and with other clients the API server drops it, so Consul never receives the setting — did you mean "mutualTLSMode"?',
        },
      ],
    },
    {
      description: 'a nested CRD typo in the second document',
      files: {
        'crds.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: api
spec:
  protocol: http
---
apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
spec:
  transparentProxy:
    meshDestinationOnly: true
`,
      },
      findings: [
        {
          file: 'crds.yaml',
          line: 14,
          column: 5,
          message: /^Mesh "mesh" \(partition "default"\): unknown field "spec\.transparentProxy\.meshDestinationOnly"; .* did you mean "meshDestinationsOnly"\?$/,
        },
      ],
    },
    {
      description: 'ProxyDefaults CRD spec.protocol',
      files: {
        'pd.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: ProxyDefaults
metadata:
  name: global
spec:
  protocol: http
`,
      },
      findings: [
        {
          file: 'pd.yaml',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
          message: /unknown field "spec\.protocol"; ProxyDefaults has no spec\.protocol .* \(config: \{ protocol: http \}\)$/,
        },
      ],
    },
    {
      description: 'both spellings of MutualTLSMode (alias)',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "strict"\nmutual_tls_mode = "permissive"\n' },
      findings: [
        {
          file: 'api.hcl',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 16,
          message:
            'service-defaults "api" (partition "default"): MutualTLSMode is set twice, as "MutualTLSMode" and "mutual_tls_mode"; Consul decodes "MutualTLSMode" and rejects the entry with invalid config key "mutualtlsmode" — keep one spelling',
        },
      ],
    },
    {
      description: 'both spellings of a nested key (case variants, JSON)',
      files: {
        'mesh.json': `{
  "Kind": "mesh",
  "TransparentProxy": {
    "MeshDestinationsOnly": true,
    "meshdestinationsonly": false
  }
}
`,
      },
      findings: [
        {
          file: 'mesh.json',
          line: 5,
          column: 5,
          message:
            'mesh (partition "default"): TransparentProxy.MeshDestinationsOnly is set twice, as "MeshDestinationsOnly" and "meshdestinationsonly"; Consul decodes "MeshDestinationsOnly" and rejects the entry with invalid config key "TransparentProxy.meshdestinationsonly" — keep one spelling',
        },
      ],
    },
    {
      description: 'both spellings inside a Failover value (a map of structs)',
      files: { 'resolver.hcl': 'Kind = "service-resolver"\nName = "api"\nFailover "*" {\n  ServiceSubset = "v1"\n  service_subset = "v2"\n}\n' },
      findings: [
        {
          file: 'resolver.hcl',
          line: 5,
          column: 3,
          message:
            'service-resolver "api" (partition "default"): Failover[*].ServiceSubset is set twice, as "ServiceSubset" and "service_subset"; Consul decodes "ServiceSubset" and rejects the entry with invalid config key "Failover[*].servicesubset" — keep one spelling',
        },
      ],
    },
    {
      // Go's encoding/json (consul config write's hclDecode for a file starting with "{") keeps the
      // last of a repeated key: a warning at the value used, the lost one related — not a rejection.
      description: 'a JSON key repeated: a warning at the last one, the first related',
      files: { 'api.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": "strict",\n  "MutualTLSMode": "permissive"\n}\n' },
      findings: [
        {
          file: 'api.json',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          severity: 'warning',
          related: ['api.json:4:3'],
          message:
            'service-defaults "api" (partition "default"): "MutualTLSMode" is set 2 times in one object; consul config write (Go\'s encoding/json) keeps only the last value (line 5) and silently drops the others — remove them',
        },
      ],
    },
    {
      // hashicorp/hcl hclsyntax ObjectConsExpr.Value keeps the last of a repeated object key
      // without a diagnostic; jsonencode then writes one key for the provider.
      description: 'a key repeated in Terraform jsonencode({...}): a warning, the first related',
      files: {
        'main.tf': 'resource "consul_config_entry" "api" {\n  kind = "service-defaults"\n  name = "api"\n  config_json = jsonencode({\n    MutualTLSMode = "strict"\n    MutualTLSMode = "permissive"\n  })\n}\n',
      },
      findings: [
        {
          file: 'main.tf',
          line: 6,
          column: 5,
          severity: 'warning',
          related: ['main.tf:5:5'],
          message:
            'service-defaults "api" (partition "default"): "MutualTLSMode" is set 2 times in one object; Terraform (an HCL object or JSON string alike) keeps only the last value (line 6) and silently drops the others — remove them',
        },
      ],
    },
    {
      // hashicorp/terraform-provider-consul consul/resource_consul_config_entry.go makeConfigEntry sets
      // configMap["Partition"] and ["Namespace"] from the resource's arguments (d.Get: "" when not set),
      // so config_json's are always replaced; the entry goes to the default partition.
      description: 'Partition or Namespace only in Terraform config_json: replaced by the unset argument (a warning), and the entry is in the default partition',
      files: {
        'main.tf':
          'resource "consul_config_entry" "web" {\n  kind = "service-defaults"\n  name = "web"\n  config_json = jsonencode({\n    Partition = "ap1"\n    Namespace = "apps"\n    Protocol  = "http"\n  })\n}\n\nresource "consul_config_entry" "api" {\n  kind      = "service-defaults"\n  name      = "api"\n  partition = "ap1"\n  config_json = jsonencode({\n    Partition = "ap1"\n    Namespace = ""\n  })\n}\n\n# hashicorp-education/learn-consul-nomad-vm aws/consul_configuration.tf: where the entry goes anyway\nresource "consul_config_entry" "db" {\n  kind = "service-defaults"\n  name = "database"\n  config_json = jsonencode({\n    "Namespace": "default",\n    "Protocol": "tcp"\n  })\n}\n',
      },
      findings: [
        {
          file: 'main.tf',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 14,
          severity: 'warning',
          message:
            'service-defaults "web" (partition "default"): Partition "ap1" in config_json is replaced by the resource\'s partition argument, which is not set: the provider writes the entry to the default partition — set partition = "ap1" on the resource instead',
        },
        {
          file: 'main.tf',
          line: 6,
          column: 5,
          severity: 'warning',
          message:
            'service-defaults "web" (partition "default"): Namespace "apps" in config_json is replaced by the resource\'s namespace argument, which is not set: the provider writes the entry to the default namespace — set namespace = "apps" on the resource instead',
        },
      ],
    },
    {
      // mkeeler/consul-docker-test upgrade-testing/provision/provision.tf: a partition from for_each. The
      // message named the entry `mesh (partition "each.value")`, as if that were the partition's name.
      description: 'a name or partition Terraform computes is shown as the expression it is, not quoted as a name',
      files: {
        'main.tf':
          'resource "consul_config_entry" "sd" {\n  for_each  = var.services\n  kind      = "service-defaults"\n  name      = each.value.name\n  partition = each.value.partition\n  config_json = jsonencode({\n    MutualTLSMod = "strict"\n  })\n}\n',
      },
      findings: [
        {
          file: 'main.tf',
          line: 7,
          column: 5,
          severity: 'warning',
          message:
            'service-defaults with name = each.value.name (partition = each.value.partition): "MutualTLSMod" is not a field of service-defaults; the Terraform provider decodes config_json with api.DecodeConfigEntry, which drops keys it does not know, so Consul never receives this setting — did you mean "MutualTLSMode"?',
        },
      ],
    },
    {
      // hashicorp/hcl decoder.go decodeMap: a repeated literal key overwrites the map value (last wins).
      description: 'an HCL key repeated three times: a warning at the last one, both earlier ones related',
      files: { 'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\nAllowEnablingPermissiveMutualTLS = false\nAllowEnablingPermissiveMutualTLS = true\n' },
      findings: [
        {
          file: 'mesh.hcl',
          line: 4,
          column: 1,
          severity: 'warning',
          related: ['mesh.hcl:2:1', 'mesh.hcl:3:1'],
          message:
            'mesh (partition "default"): "AllowEnablingPermissiveMutualTLS" is set 3 times in one object; HCL v1 (which consul config write uses) keeps only the last value (line 4) and silently drops the others — remove them',
        },
      ],
    },
    {
      description: 'two entries pasted into one HCL file (the docs do this)',
      files: {
        'web.hcl': `kind = "service-resolver"
name = "web"
subsets = {
  "canary" = { filter = "Service.Meta.flavor == canary" }
}
# ---------------------------
kind = "service-router"
name = "web"
`,
      },
      findings: [
        { file: 'web.hcl', line: 3, column: 1, message: /^service-router "web" \(partition "default"\): invalid config key "subsets"; Consul rejects the entry/ },
        {
          file: 'web.hcl',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 5,
          message:
            'service-router "web" (partition "default"): Kind is set 2 times in one object, so Consul reads these entries as one (the last Kind wins and the other entries\' keys become unknown or overwritten) — write one config entry per file',
        },
        {
          file: 'web.hcl',
          line: 8,
          column: 1,
          severity: 'warning',
          related: ['web.hcl:2:1'],
          message: 'service-router "web" (partition "default"): "name" is set 2 times in one object; HCL v1 (which consul config write uses) keeps only the last value (line 8) and silently drops the others — remove them',
        },
      ],
    },
    {
      description: 'the partition scope is named: Partition key and config scopes',
      files: {
        'a/mesh.hcl': 'Kind = "mesh"\nPartition = "team-a"\nTransparentProxy {\n  MeshDestinationOnly = true\n}\n',
        'b/mesh.hcl': 'Kind = "mesh"\nTransparentProxy {\n  MeshDestinationOnly = true\n}\n',
      },
      scopes: { 'b/': { partition: 'team-b', datacenter: 'dc2' } },
      findings: [
        { file: 'a/mesh.hcl', line: 4, column: 3, message: /^mesh \(partition "team-a"\): invalid config key/ },
        { file: 'b/mesh.hcl', line: 3, column: 3, message: /^mesh \(partition "team-b" of datacenter "dc2"\): invalid config key/ },
      ],
    },
    {
      description: 'misspelled keys inside service-resolver Subsets and Failover values (HCL); the map keys are free',
      files: {
        'resolver.hcl': `Kind = "service-resolver"
Name = "api"
Subsets {
  v1 {
    Filter     = "Service.Meta.version == v1"
    OnlyPasing = true
  }
}
Failover {
  "*" {
    Datacenters = ["dc2"]
    Targets = [{ Service = "api", Datacenter = "dc3", Namespce = "x" }]
  }
}
`,
      },
      findings: [
        {
          file: 'resolver.hcl',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 15,
          message:
            'service-resolver "api" (partition "default"): invalid config key "Subsets[v1].OnlyPasing"; Consul rejects the entry — did you mean "OnlyPassing"?',
        },
        {
          file: 'resolver.hcl',
          line: 12,
          column: 55,
          endLine: 12,
          endColumn: 63,
          message: /invalid config key "Failover\[\*\]\.Targets\[0\]\.Namespce"; Consul rejects the entry — did you mean "Namespace"\?$/,
        },
      ],
    },
    {
      description: 'labelled blocks for Subsets and Failover (HCL)',
      files: { 'labels.hcl': 'Kind = "service-resolver"\nName = "api"\nSubsets "v1" { Filterr = "Service.Meta.version == v1" }\nFailover "*" {\n  Servce = "backup"\n}\n' },
      findings: [
        { file: 'labels.hcl', line: 3, column: 16, endLine: 3, endColumn: 23, message: /invalid config key "Subsets\[v1\]\.Filterr"; .* did you mean "Filter"\?$/ },
        { file: 'labels.hcl', line: 5, column: 3, endLine: 5, endColumn: 9, message: /invalid config key "Failover\[\*\]\.Servce"; .* did you mean "Service"\?$/ },
      ],
    },
    {
      description: 'misspelled keys inside ServiceResolver subsets and failover values (CRD)',
      files: {
        'resolver.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceResolver
metadata:
  name: api
spec:
  subsets:
    v1:
      filter: "Service.Meta.version == v1"
      onlypassing: true
  failover:
    "*":
      targets:
        - datacenter: dc2
          servce: api
`,
      },
      findings: [
        {
          file: 'resolver.yaml',
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 18,
          message:
            'ServiceResolver "api" (partition "default"): unknown field "spec.subsets.v1.onlypassing"; kubectl apply rejects it (strict field validation) and with other clients the API server drops it, so Consul never receives the setting — did you mean "onlyPassing"?',
        },
        {
          file: 'resolver.yaml',
          line: 14,
          column: 11,
          endLine: 14,
          endColumn: 17,
          message: /unknown field "spec\.failover\.\*\.targets\[0\]\.servce"; .* did you mean "service"\?$/,
        },
      ],
    },
    {
      description: 'still an error in phase enforce',
      phase: 'enforce',
      files: { 'mesh.hcl': 'Kind = "mesh"\nname = "mesh"\n' },
      findings: [{ file: 'mesh.hcl', line: 2, column: 1, severity: 'error', message: /invalid config key "name"; .* remove the name key$/ }],
    },
  ],
});
