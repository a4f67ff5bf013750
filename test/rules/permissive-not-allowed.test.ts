import rule from '../../rules/permissive-not-allowed.js';
import { ruleTester } from '../rule-tester.js';

const CONSUL_ERROR =
  'cannot set MutualTLSMode=permissive because AllowEnablingPermissiveMutualTLS=false in the mesh config entry';

const MESH_ALLOWS = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n';
const MESH_FALSE = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = false\n';
const MESH_NO_FLAG = 'Kind = "mesh"\nTransparentProxy {\n  MeshDestinationsOnly = false\n}\n';
const SVC = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n';

const CRD_MESH_ALLOWS = `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
spec:
  allowEnablingPermissiveMutualTLS: true
`;

/**
 * A server's agent configuration bootstrapping entries (wilkermichael/dev-consul
 * compose/{oss,wan-fed}/conf/dc{1,2}s1.hcl): written to that datacenter's store, and by a secondary of a WAN
 * federation not at all (hashicorp/consul agent/consul/leader.go Server.bootstrapConfigEntries).
 */
const agent = (datacenter: string, primary: string | undefined, bootstrap: string) =>
  `datacenter = "${datacenter}"\n${primary ? `primary_datacenter = "${primary}"\n` : ''}server = true\nconfig_entries {\n${bootstrap}}\n`;
const BOOT_MESH = (allow: boolean) => `  bootstrap {\n    kind = "mesh"\n    allow_enabling_permissive_mutual_tls = ${allow}\n  }\n`;
const BOOT_SVC = '  bootstrap {\n    kind = "service-defaults"\n    name = "api"\n    mutual_tls_mode = "permissive"\n  }\n';

ruleTester(rule, {
  accept: [
    {
      // The provider replaces config_json's Partition with the unset partition argument
      // (terraform-provider-consul makeConfigEntry): "web" is in the default partition, whose mesh allows it.
      description: 'Terraform: a Partition only in config_json is not the entry\'s partition',
      files: {
        'main.tf':
          'resource "consul_config_entry" "mesh" {\n  kind = "mesh"\n  name = "mesh"\n  config_json = jsonencode({\n    AllowEnablingPermissiveMutualTLS = true\n  })\n}\n\nresource "consul_config_entry" "web" {\n  kind = "service-defaults"\n  name = "web"\n  config_json = jsonencode({\n    Partition     = "ap1"\n    MutualTLSMode = "permissive"\n  })\n}\n',
      },
    },
    {
      // src/model/declared-datacenter.ts: one server configuration, one cluster for the entries written beside it.
      description: 'the only server configuration (datacenter dc1) bootstraps the mesh entry that allows a standalone permissive service-defaults',
      files: { 'consul/server.hcl': agent('dc1', undefined, BOOT_MESH(true)), 'config/api.hcl': SVC },
    },
    {
      description: 'WAN federation: the primary\'s bootstrapped mesh entry allows a standalone permissive service-defaults (writes go to the primary)',
      files: { 'conf/dc1s1.hcl': agent('dc1', 'dc1', BOOT_MESH(true)), 'conf/dc2s1.hcl': agent('dc2', 'dc1', BOOT_SVC), 'config/api.hcl': SVC },
    },
    {
      description: 'WAN federation: a secondary\'s permissive service-defaults is never bootstrapped, so the primary\'s mesh entry does not judge it',
      files: { 'conf/dc1s1.hcl': agent('dc1', 'dc1', BOOT_MESH(false)), 'conf/dc2s1.hcl': agent('dc2', 'dc1', BOOT_SVC) },
    },
    {
      // hashicorp/consul lib/decode/decode.go HookWeakDecodeFromSlice (consul config write): [true] is true.
      description: 'AllowEnablingPermissiveMutualTLS = [true] and MutualTLSMode = ["permissive"] (one-element lists)',
      files: {
        'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = [true]\n',
        'api.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": ["permissive"]\n}\n',
      },
    },
    {
      // sigs.k8s.io/yaml (go-yaml v2 resolve.go): `yes` is true for the API server.
      description: 'a Mesh CRD with allowEnablingPermissiveMutualTLS: yes (YAML 1.1, as kubectl reads it)',
      files: {
        'mesh.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\nspec:\n  allowEnablingPermissiveMutualTLS: yes\n',
        'api.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n',
      },
    },
    { description: 'HCL: the mesh entry of the partition allows it', files: { 'mesh.hcl': MESH_ALLOWS, 'svc.hcl': SVC } },
    {
      description: 'JSON: the docs form "TransparentProxy": [ { ... } ] with the allow flag',
      files: {
        'mesh.json':
          '{\n  "Kind": "mesh",\n  "AllowEnablingPermissiveMutualTLS": true,\n  "TransparentProxy": [\n    { "MeshDestinationsOnly": false }\n  ]\n}\n',
        'svc.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": "permissive"\n}\n',
      },
    },
    {
      description: 'CRD YAML: one multi-document file',
      files: {
        'k8s.yaml': `${CRD_MESH_ALLOWS}---
apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: api
spec:
  mutualTLSMode: permissive
`,
      },
    },
    {
      description: 'snake_case and lower-case keys',
      files: {
        'mesh.hcl': 'kind = "mesh"\nallow_enabling_permissive_mutual_tls = true\n',
        'svc.hcl': 'kind = "service-defaults"\nname = "api"\nmutual_tls_mode = "permissive"\n',
        'web.hcl': 'kind = "service-defaults"\nname = "web"\nmutualtlsmode = "permissive"\n',
      },
    },
    {
      description: 'entries in partition "a" with the mesh entry of partition "a"',
      files: {
        'mesh-a.hcl': 'Kind = "mesh"\nPartition = "a"\nAllowEnablingPermissiveMutualTLS = true\n',
        'svc-a.hcl': 'Kind = "service-defaults"\nName = "api"\nPartition = "a"\nMutualTLSMode = "permissive"\n',
      },
    },
    {
      description: 'partition from the config scopes',
      scopes: { 'team-a/': { partition: 'team-a' } },
      files: { 'team-a/mesh.hcl': MESH_ALLOWS, 'team-a/svc.hcl': SVC },
    },
    {
      description: 'no mesh entry, but the cluster fact says the live mesh entry allows it',
      facts: { default: { meshAllowsPermissive: true } },
      files: { 'svc.hcl': SVC },
    },
    {
      description: 'cluster fact for the partition of a scoped file',
      scopes: { 'team-a/': { partition: 'team-a' } },
      facts: { 'team-a': { meshAllowsPermissive: true } },
      files: { 'team-a/svc.hcl': SVC },
    },
    {
      description: 'strict and inherited services need nothing',
      files: {
        'a.hcl': 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "strict"\n',
        'b.hcl': 'Kind = "service-defaults"\nName = "b"\n',
        'c.hcl': 'Kind = "service-defaults"\nName = "c"\nMutualTLSMode = ""\n',
      },
    },
    {
      description: 'a value with the wrong case is not permissive (invalid-value reports it)',
      files: { 'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "Permissive"\n' },
    },
    {
      description: 'look-alike: control-plane-request-limit Mode = "permissive" is about rate limiting',
      files: {
        'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\nReadRate = 100\nWriteRate = 100\n',
        'limit.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: ControlPlaneRequestLimit
metadata:
  name: global
spec:
  mode: permissive
`,
      },
    },
    {
      description: 'two mesh entries for one partition (duplicate-entry), one of them allows it: not a certain rejection',
      files: { 'a-mesh.hcl': MESH_NO_FLAG, 'b-mesh.yaml': CRD_MESH_ALLOWS, 'svc.hcl': SVC },
    },
    {
      description: 'proxy-defaults not named global is rejected before this check (invalid-entry-name)',
      files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "web"\nMutualTLSMode = "permissive"\n' },
    },
    {
      // kubectl applies each item of a List on its own (k8s.io/cli-runtime pkg/resource/visitor.go, FlattenListVisitor).
      description: 'kind: List items (kubectl get -o yaml): a Mesh item that allows it',
      files: {
        'list.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: consul.hashicorp.com/v1alpha1
    kind: Mesh
    metadata:
      name: mesh
    spec:
      allowEnablingPermissiveMutualTLS: true
  - apiVersion: consul.hashicorp.com/v1alpha1
    kind: ServiceDefaults
    metadata:
      name: api
    spec:
      mutualTLSMode: permissive
`,
      },
    },
  ],
  reject: [
    {
      description: 'peered datacenters: dc1\'s mesh entry allows permissive, but dc2 bootstraps its service-defaults into its own store, which has none',
      files: { 'conf/dc1s1.hcl': agent('dc1', undefined, BOOT_MESH(true) + BOOT_SVC), 'conf/dc2s1.hcl': agent('dc2', undefined, BOOT_SVC) },
      findings: [
        {
          file: 'conf/dc2s1.hcl',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 35,
          message: `service-defaults "api" sets MutualTLSMode = "permissive" in partition "default" of datacenter "dc2", but the repository has no mesh entry for that partition (the global setting must be applied in each partition): applied from scratch, Consul rejects it with "${CONSUL_ERROR}"; add a mesh entry with AllowEnablingPermissiveMutualTLS = true to partition "default" of datacenter "dc2", or declare the cluster fact meshAllowsPermissive for it.`,
        },
      ],
    },
    {
      // Issue 13 item 8: a mesh entry whose file does not parse is named, not reported as missing.
      description: 'the mesh entry in a/mesh.hcl does not parse: the message names it, the parse error is related',
      files: { 'a/mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\nTransparentProxy {\n', 'svc.hcl': SVC },
      findings: [
        {
          file: 'svc.hcl',
          line: 3,
          column: 1,
          message: `service-defaults "api" sets MutualTLSMode = "permissive" in partition "default", but the mesh entry in a/mesh.hcl could not be read (it does not parse), so that partition has no mesh entry to apply: applied from scratch, Consul rejects it with "${CONSUL_ERROR}"; fix a/mesh.hcl so that its mesh entry sets AllowEnablingPermissiveMutualTLS = true.`,
          related: ['a/mesh.hcl:3:18'],
        },
      ],
    },
    {
      description: 'two mesh files that do not parse: both named, both parse errors related',
      files: { 'a/mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\nTransparentProxy {\n', 'b/mesh.json': '{ "Kind": "mesh", }\n', 'svc.hcl': SVC },
      findings: [
        {
          file: 'svc.hcl',
          line: 3,
          column: 1,
          message: /but the mesh entry in a\/mesh\.hcl and the mesh entry in b\/mesh\.json could not be read \(they do not parse\), so that partition has no mesh entry to apply: .*; fix a\/mesh\.hcl and b\/mesh\.json so that/,
          related: ['a/mesh.hcl:3:18', 'b/mesh.json:1:17'],
        },
      ],
    },
    {
      description: 'a Mesh CRD that does not parse (YAML) is named too; a broken file of another kind is not',
      files: {
        'k8s/mesh.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\nspec:\n  allowEnablingPermissiveMutualTLS: [true\n',
        'k8s/other.hcl': 'Kind = "proxy-defaults"\nName = "global"\nConfig {\n',
        'svc.hcl': SVC,
      },
      findings: [{ file: 'svc.hcl', line: 3, column: 1, message: /but the mesh entry in k8s\/mesh\.yaml could not be read \(it does not parse\)/ }],
    },
    {
      // Kubernetes rejects the Mesh for its schema (crd-meshes.yaml: type boolean), so the flag is not set.
      description: 'a Mesh CRD with allowEnablingPermissiveMutualTLS: "true" (a string) does not allow it',
      files: {
        'mesh.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\nspec:\n  allowEnablingPermissiveMutualTLS: "true"\n',
        'api.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n',
      },
      findings: [{ file: 'api.yaml', line: 6, column: 3, message: /the mesh entry of that partition does not set AllowEnablingPermissiveMutualTLS \(default false\)/, related: ['mesh.yaml:4:3'] }],
    },
    {
      description: 'kind: List items are entries: a Mesh item with false and a permissive ServiceDefaults item',
      files: {
        'list.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: consul.hashicorp.com/v1alpha1
    kind: Mesh
    metadata:
      name: mesh
    spec:
      allowEnablingPermissiveMutualTLS: false
  - apiVersion: consul.hashicorp.com/v1alpha1
    kind: ServiceDefaults
    metadata:
      name: api
    spec:
      mutualTLSMode: permissive
`,
      },
      findings: [{ file: 'list.yaml', line: 15, column: 7, endLine: 15, endColumn: 32, message: /the mesh entry of that partition sets AllowEnablingPermissiveMutualTLS = false/, related: ['list.yaml:9:7'] }],
    },
    {
      description: 'kind: ServiceDefaultsList in JSON (kubectl get servicedefaults -o json), no mesh entry',
      files: {
        'sd.json': '{\n  "apiVersion": "consul.hashicorp.com/v1alpha1",\n  "kind": "ServiceDefaultsList",\n  "items": [\n    {\n      "apiVersion": "consul.hashicorp.com/v1alpha1",\n      "kind": "ServiceDefaults",\n      "metadata": { "name": "api" },\n      "spec": { "mutualTLSMode": "permissive" }\n    }\n  ]\n}\n',
      },
      findings: [{ file: 'sd.json', line: 9, column: 17, message: /service-defaults "api" .* no mesh entry for that partition/ }],
    },
    {
      description: 'no mesh entry at all: the message says so and names the partition',
      files: { 'svc.hcl': SVC },
      findings: [
        {
          file: 'svc.hcl',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          severity: 'error',
          message: `service-defaults "api" sets MutualTLSMode = "permissive" in partition "default", but the repository has no mesh entry for that partition (the global setting must be applied in each partition): applied from scratch, Consul rejects it with "${CONSUL_ERROR}"; add a mesh entry with AllowEnablingPermissiveMutualTLS = true to partition "default", or declare the cluster fact meshAllowsPermissive for it.`,
          related: [],
        },
      ],
    },
    {
      description: 'the mesh entry sets the flag to false: related location is the flag',
      files: { 'mesh.hcl': MESH_FALSE, 'svc.hcl': SVC },
      findings: [
        {
          file: 'svc.hcl',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          message: `service-defaults "api" sets MutualTLSMode = "permissive" in partition "default", but the mesh entry of that partition sets AllowEnablingPermissiveMutualTLS = false: applied from scratch, Consul rejects it with "${CONSUL_ERROR}"; set AllowEnablingPermissiveMutualTLS = true in that mesh entry first.`,
          related: ['mesh.hcl:2:1'],
        },
      ],
    },
    {
      description: 'the mesh entry (the onboarding page step 1 as in its HCL tab) lacks the flag: related is the mesh entry',
      files: { 'mesh.hcl': MESH_NO_FLAG, 'svc.hcl': SVC },
      findings: [
        {
          file: 'svc.hcl',
          line: 3,
          column: 1,
          message: /the mesh entry of that partition does not set AllowEnablingPermissiveMutualTLS \(default false\): applied from scratch, Consul rejects it with "cannot set MutualTLSMode=permissive because AllowEnablingPermissiveMutualTLS=false in the mesh config entry"/,
          related: ['mesh.hcl:1:1'],
        },
      ],
    },
    {
      description: 'a mesh entry in another partition does not count (Partition field)',
      files: {
        'mesh.hcl': MESH_ALLOWS,
        'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nPartition = "team-a"\nMutualTLSMode = "permissive"\n',
      },
      findings: [
        {
          file: 'svc.hcl',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 29,
          message: /in partition "team-a", but the repository has no mesh entry for that partition .* add a mesh entry with AllowEnablingPermissiveMutualTLS = true to partition "team-a"/,
          related: ['mesh.hcl:1:1'],
        },
      ],
    },
    {
      description: 'a mesh entry in another partition does not count (config scopes)',
      scopes: { 'team-a/': { partition: 'team-a' }, 'team-b/': { partition: 'team-b' } },
      files: { 'team-a/mesh.hcl': MESH_ALLOWS, 'team-b/svc.hcl': SVC },
      findings: [{ file: 'team-b/svc.hcl', line: 3, column: 1, message: /partition "team-b"/, related: ['team-a/mesh.hcl:1:1'] }],
    },
    {
      description: 'a cluster fact for another partition does not count',
      facts: { other: { meshAllowsPermissive: true } },
      files: { 'svc.hcl': SVC },
      findings: [{ file: 'svc.hcl', line: 3, column: 1, message: /no mesh entry for that partition/ }],
    },
    {
      description: 'the repository mesh entry decides over a cluster fact',
      facts: { default: { meshAllowsPermissive: true } },
      files: { 'mesh.hcl': MESH_FALSE, 'svc.hcl': SVC },
      findings: [{ file: 'svc.hcl', line: 3, column: 1, message: /sets AllowEnablingPermissiveMutualTLS = false/ }],
    },
    {
      description: 'datacenter scopes name the datacenter',
      scopes: { 'dc2/': { datacenter: 'dc2' } },
      files: { 'mesh.hcl': MESH_ALLOWS, 'dc2/svc.hcl': SVC },
      findings: [{ file: 'dc2/svc.hcl', line: 3, column: 1, message: /in partition "default" of datacenter "dc2"/ }],
    },
    {
      description: 'JSON: the docs form "TransparentProxy": [ { ... } ] without the flag',
      files: {
        'mesh.json': '{\n  "Kind": "mesh",\n  "TransparentProxy": [\n    {\n      "MeshDestinationsOnly": false\n    }\n  ]\n}\n',
        'svc.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": "permissive"\n}\n',
      },
      findings: [
        { file: 'svc.json', line: 4, column: 3, endLine: 4, endColumn: 32, message: /does not set AllowEnablingPermissiveMutualTLS/, related: ['mesh.json:2:3'] },
      ],
    },
    {
      description: 'CRD YAML: the Mesh resource says false',
      files: {
        'k8s.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
spec:
  allowEnablingPermissiveMutualTLS: false
---
apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: api
spec:
  mutualTLSMode: "permissive"
`,
      },
      findings: [
        {
          file: 'k8s.yaml',
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 30,
          message: /^service-defaults "api" sets MutualTLSMode = "permissive" in partition "default", but the mesh entry of that partition sets AllowEnablingPermissiveMutualTLS = false/,
          related: ['k8s.yaml:6:3'],
        },
      ],
    },
    {
      description: 'proxy-defaults global, snake_case, also an error in enforce',
      phase: 'enforce',
      files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nmutual_tls_mode = "permissive"\n' },
      findings: [
        { file: 'pd.hcl', line: 3, column: 1, endColumn: 31, severity: 'error', message: /^proxy-defaults "global" sets MutualTLSMode = "permissive" in partition "default", but the repository has no mesh entry/ },
      ],
    },
  ],
});
