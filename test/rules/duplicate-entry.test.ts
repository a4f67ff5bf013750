import rule from '../../rules/duplicate-entry.js';
import { ruleTester } from '../rule-tester.js';

const SD_API = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "strict"\n';
/** Two sibling folders (not named as variants) that both define api and the services named. */
const inBothFolders = (names: string[]): Record<string, string> =>
  Object.fromEntries(
    ['service-mesh', 'observability'].flatMap((dir) => [
      ...names.map((n) => [`${dir}/${n}.hcl`, `Kind = "service-defaults"\nName = "${n}"\n`]),
      [`${dir}/api.hcl`, SD_API],
    ]),
  );
/** The note on service-mesh/api.hcl when both folders of `inBothFolders(names)` define the same entries. */
const folderNote = (description: string, names: string[], message: string | RegExp) => ({
  description,
  files: inBothFolders(names),
  findings: [{ file: 'service-mesh/api.hcl', line: 2, column: 1, severity: 'note' as const, related: ['observability/api.hcl:2:1'], message }],
});
const crd = (kind: string, name: string, spec: string, ns?: string) =>
  `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n${spec}`;
const intentions = (k8sName: string, dest: string, src: string) =>
  crd('ServiceIntentions', k8sName, `  destination:\n    name: ${dest}\n  sources:\n    - name: ${src}\n      action: allow\n`);

const PD = 'Kind = "proxy-defaults"\nName = "global"\nConfig { protocol = "http" }\n';
/** Another proxy-defaults "global": a clash with PD, whichever is applied last. */
const PD_GRPC = 'Kind = "proxy-defaults"\nName = "global"\nConfig { protocol = "grpc" }\n';
const tfMesh = (alias: string) =>
  `resource "consul_config_entry" "mesh_${alias}" {\n  provider = consul.${alias}\n  kind     = "mesh"\n  name     = "mesh"\n  config_json = jsonencode({})\n}\n`;

/**
 * A Consul server's agent configuration bootstrapping proxy-defaults, as in
 * wilkermichael/dev-consul compose/{oss,wan-fed}/conf/dc{1,2}s1.hcl: the entry is written by that
 * datacenter's server into that datacenter's store (hashicorp/consul agent/consul/leader.go
 * Server.bootstrapConfigEntries, `Datacenter: s.config.Datacenter`), and not at all by a
 * secondary (it returns first when PrimaryDatacenter is set and is not Datacenter).
 */
const agentPD = (datacenter: string, primary?: string, protocol = 'http') =>
  `datacenter = "${datacenter}"\n${primary ? `primary_datacenter = "${primary}"\n` : ''}server     = true\nconnect {\n  enabled = true\n}\nconfig_entries {\n  bootstrap {\n    kind = "proxy-defaults"\n    name = "global"\n    config {\n      protocol = "${protocol}"\n    }\n  }\n}\n`;

ruleTester(rule, {
  accept: [
    {
      description: 'agent configs of two datacenters (peering) bootstrap the same entry, each in its own store',
      files: { 'conf/dc1s1.hcl': agentPD('dc1'), 'conf/dc2s1.hcl': agentPD('dc2', undefined, 'grpc') },
    },
    {
      description: 'WAN federation: a secondary datacenter bootstraps nothing (primary_datacenter differs from datacenter)',
      files: { 'conf/dc1s1.hcl': agentPD('dc1', 'dc1'), 'conf/dc2s1.hcl': agentPD('dc2', 'dc1', 'grpc') },
    },
    {
      description: 'a secondary (acl_datacenter, the deprecated primary_datacenter) beside a standalone entry of the primary',
      files: { 'conf/dc2s1.hcl': agentPD('dc2', undefined, 'grpc').replace('server ', 'acl_datacenter = "dc1"\nserver '), 'pd.hcl': PD },
    },
    {
      description: 'deployment targets: the same proxy-defaults in variant folders (hcp-managed/self-managed, one per cluster)',
      files: { 'hcp-managed/eks/proxy-defaults.hcl': PD, 'self-managed/eks/proxy-defaults.hcl': PD, 'self-managed/local/proxy-defaults.hcl': PD },
    },
    {
      description: 'deployment targets: the same intentions in dc1/ and dc2/',
      files: { 'hashicups/dc1/intentions.yaml': intentions('frontend', 'frontend', 'nginx'), 'hashicups/dc2/intentions.yaml': intentions('frontend', 'frontend', 'nginx') },
    },
    {
      description: 'deployment targets: one mesh entry per provider alias in one Terraform file',
      files: { 'peering/main.tf': `${tfMesh('dc1')}${tfMesh('dc2')}` },
    },
    {
      description: 'deployment targets: two Terraform root modules (examples/*) write the same entry',
      files: {
        'examples/basic/main.tf': 'resource "consul_config_entry" "pd" {\n  kind = "proxy-defaults"\n  name = "global"\n  config_json = jsonencode({})\n}\n',
        'examples/advanced/main.tf': 'resource "consul_config_entry" "pd" {\n  kind = "proxy-defaults"\n  name = "global"\n  config_json = jsonencode({})\n}\n',
      },
    },
    {
      description: 'deployment targets: declared targets apart',
      files: { 'east/pd.hcl': PD, 'west/pd.hcl': PD },
      targets: { east: ['east/**'], west: ['west/**'] },
    },
    {
      description: 'same name, different kinds',
      files: { 'api.hcl': SD_API, 'api-intentions.hcl': 'Kind = "service-intentions"\nName = "api"\nSources = [{ Name = "web", Action = "allow" }]\n' },
    },
    {
      description: 'same entry in two partitions (Partition key)',
      files: { 'a.hcl': SD_API, 'b.hcl': `${SD_API}Partition = "b"\n` },
    },
    {
      description: 'same entry in two scopes from the config',
      files: { 'dc1/mesh.hcl': 'Kind = "mesh"\n', 'dc2/mesh.hcl': 'Kind = "mesh"\n' },
      scopes: { 'dc1/': { datacenter: 'dc1' }, 'dc2/': { datacenter: 'dc2' } },
    },
    {
      description: 'two ServiceIntentions for different destinations',
      files: { 'ixn.yaml': `${intentions('api', 'api', 'web')}---\n${intentions('db', 'db', 'api')}` },
    },
    {
      description: 'two control-plane-request-limit entries with different names',
      files: { 'a.hcl': 'Kind = "control-plane-request-limit"\nName = "a"\nMode = "permissive"\n', 'b.hcl': 'Kind = "control-plane-request-limit"\nName = "b"\nMode = "permissive"\n' },
    },
  ],
  reject: [
    {
      description: 'two servers of one datacenter bootstrap the same entry (DC1 is dc1: Consul lower-cases it), beside a second datacenter',
      files: { 'conf/dc1s1.hcl': agentPD('dc1'), 'conf/dc1s2.hcl': agentPD('DC1', 'dc1', 'grpc'), 'conf/dc2s1.hcl': agentPD('dc2') },
      findings: [
        {
          file: 'conf/dc1s2.hcl',
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 20,
          severity: 'error',
          related: ['conf/dc1s1.hcl:9:5'],
          message:
            'proxy-defaults "global" (partition "default" of datacenter "dc1") is already defined in conf/dc1s1.hcl; both write the same Consul config entry, so which one Consul ends up with depends on the order they are applied — keep one definition',
        },
      ],
    },
    {
      // src/model/declared-datacenter.ts: standalone entries go to the one cluster the repository's server starts.
      description: 'the only server configuration of the repository declares dc1: a standalone entry is in its store',
      files: { 'consul/server.hcl': agentPD('dc1', undefined, 'grpc'), 'config/pd.hcl': PD },
      findings: [{ file: 'consul/server.hcl', line: 9, column: 5, related: ['config/pd.hcl:2:1'], message: /^proxy-defaults "global" \(partition "default"\) is already defined in config\/pd\.hcl; / }],
    },
    {
      description: 'a datacenter a server configuration declares is the one the config\'s scopes give other files of that name',
      files: { 'consul/server.hcl': agentPD('dc1'), 'dc1/pd.hcl': PD },
      scopes: { 'dc1/': { datacenter: 'dc1' } },
      // Compared (one scope, dc1/default); sibling folders that define the same entries are guessed alternatives: a note.
      findings: [{ file: 'dc1/pd.hcl', line: 2, column: 1, severity: 'note', related: ['consul/server.hcl:9:5'], message: /^proxy-defaults "global" \(partition "default" of datacenter "dc1"\) is also defined in consul\/server\.hcl; the folders consul\/, dc1\/ / }],
    },
    {
      description: 'a datacenter the config\'s scopes give the files is kept over the one a file declares',
      files: { 'east/dc1s1.hcl': agentPD('dc1'), 'east/dc2s1.hcl': agentPD('dc2', undefined, 'grpc') },
      scopes: { 'east/': { datacenter: 'east' } },
      findings: [{ file: 'east/dc2s1.hcl', line: 9, column: 5, related: ['east/dc1s1.hcl:9:5'], message: /^proxy-defaults "global" \(partition "default" of datacenter "east"\) is already defined in east\/dc1s1\.hcl; / }],
    },
    {
      description: 'service-defaults in two files',
      files: { 'api.hcl': SD_API, 'onboarding/api.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": "permissive"\n}\n' },
      findings: [
        {
          file: 'onboarding/api.json',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 16,
          severity: 'error',
          related: ['api.hcl:2:1'],
          message:
            'service-defaults "api" (partition "default") is already defined in api.hcl; both write the same Consul config entry, so which one Consul ends up with depends on the order they are applied — keep one definition',
        },
      ],
    },
    {
      description: 'two mesh entries of one partition in one file (agent config bootstrap)',
      files: {
        'agent.hcl': `config_entries {
  bootstrap = [
    {
      Kind = "mesh"
      TransparentProxy { MeshDestinationsOnly = true }
    },
    {
      kind = "mesh"
      allow_enabling_permissive_mutual_tls = true
    }
  ]
}
`,
      },
      findings: [{ file: 'agent.hcl', line: 8, column: 7, related: ['agent.hcl:4:7'], message: /^mesh \(partition "default"\) is already defined earlier in this file; / }],
    },
    {
      description: 'proxy-defaults without Name is the global one',
      files: { 'a-pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\n', 'b-pd.hcl': 'Kind = "proxy-defaults"\nMutualTLSMode = "permissive"\n' },
      findings: [{ file: 'b-pd.hcl', line: 1, column: 1, related: ['a-pd.hcl:2:1'], message: /^proxy-defaults "global" \(partition "default"\) is already defined in a-pd\.hcl/ }],
    },
    {
      description: 'deployment targets: a shared file and a variant folder are one target',
      files: { 'proxy-defaults.hcl': PD, 'dc1/pd.hcl': PD_GRPC, 'dc2/pd.hcl': PD_GRPC },
      findings: [
        // in target dc1 and in target dc2: the shared file clashes with each
        { file: 'proxy-defaults.hcl', line: 2, column: 1, related: ['dc1/pd.hcl:2:1'], message: /^proxy-defaults "global" \(partition "default"\) is already defined in dc1\/pd\.hcl/ },
        { file: 'proxy-defaults.hcl', line: 2, column: 1, related: ['dc2/pd.hcl:2:1'], message: /^proxy-defaults "global" \(partition "default"\) is already defined in dc2\/pd\.hcl/ },
      ],
    },
    {
      // hashicorp/learn-consul-kubernetes: api-gateway/cloud and api-gateway/local are two targets, and
      // each holds the tutorial folders beside api-gateway/ (guessed alternatives of it).
      description: 'deployment targets: a note at a shared file is given once, not once per variant target',
      files: {
        'api-gateway/cloud/frontend.hcl': 'Kind = "service-defaults"\nName = "frontend"\n',
        'api-gateway/local/frontend.hcl': 'Kind = "service-defaults"\nName = "frontend"\n',
        'observability/frontend.hcl': 'Kind = "service-defaults"\nName = "frontend"\n',
      },
      findings: [
        { file: 'observability/frontend.hcl', line: 2, column: 1, severity: 'note', related: ['api-gateway/cloud/frontend.hcl:2:1'], message: /^service-defaults "frontend" \(partition "default"\) is also defined in api-gateway\/cloud\/frontend\.hcl; the folders api-gateway\/, observability\/ define the same entries/ },
      ],
    },
    {
      description: 'deployment targets: the same provider alias twice is a duplicate',
      files: { 'peering/main.tf': `${tfMesh('dc1')}${tfMesh('dc1').replace('mesh_dc1', 'again').replace('jsonencode({})', 'jsonencode({ AllowEnablingPermissiveMutualTLS = true })')}` },
      findings: [{ file: 'peering/main.tf', line: 9, column: 3, related: ['peering/main.tf:3:3'], message: /^mesh \(partition "default"\) is already defined earlier in this file/ }],
    },
    {
      description: 'deployment targets: declared together, variant folders are one cluster',
      files: { 'dc1/pd.hcl': PD, 'dc2/pd.hcl': PD_GRPC },
      targets: { all: ['**'] },
      findings: [{ file: 'dc2/pd.hcl', line: 2, column: 1, related: ['dc1/pd.hcl:2:1'], message: /^proxy-defaults "global" \(partition "default"\) is already defined in dc1\/pd\.hcl/ }],
    },
    folderNote(
      'guessed alternatives (sibling folders that define the same entries, not named as variants): one note per folder',
      ['frontend'],
      'service-defaults "api" (partition "default") is also defined in observability/api.hcl (and 1 more entry of this folder is defined in both); the folders observability/, service-mesh/ define the same entries, so they may be alternatives applied to different clusters — if they are, declare each as a target in .mtls-lint.yaml (targets:) and this note goes away; if both are applied to one cluster, keep one definition of each',
    ),
    folderNote(
      'guessed alternatives sharing three entries: the note counts the two others',
      ['frontend', 'web'],
      /^service-defaults "api" \(partition "default"\) is also defined in observability\/api\.hcl \(and 2 more entries of this folder are defined in both\); the folders observability\/, service-mesh\/ define/,
    ),
    {
      description: 'guessed alternatives of many folders: the note names five of them and counts the rest',
      files: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((f) => [`cases/${f}/api.hcl`, SD_API])),
      findings: ['b', 'c', 'd', 'e', 'f', 'g'].map((f) => ({
        file: `cases/${f}/api.hcl`,
        line: 2,
        column: 1,
        severity: 'note' as const,
        related: ['cases/a/api.hcl:2:1'],
        message: `service-defaults "api" (partition "default") is also defined in cases/a/api.hcl; the folders cases/a/, cases/b/, cases/c/, cases/d/, cases/e/ and 2 more define the same entries, so they may be alternatives applied to different clusters — if they are, declare each as a target in .mtls-lint.yaml (targets:) and this note goes away; if both are applied to one cluster, keep one definition of each`,
      })),
    },
    {
      description: 'files of one folder named alike (a delete step, one per cluster): a note per file, against the nearest',
      files: {
        'demo/terminating-gateway.yml': crd('TerminatingGateway', 'terminating-gateway', '  services:\n    - name: db\n'),
        'demo/terminating-gateway-delete.yml': crd('TerminatingGateway', 'terminating-gateway', '  services: []\n'),
        'demo/backend-v1-dc1a.yml': crd('ServiceDefaults', 'backend', '  protocol: http\n'),
        'demo/backend-v1-dc2.yml': crd('ServiceDefaults', 'backend', '  protocol: http\n'),
      },
      findings: [
        {
          file: 'demo/backend-v1-dc2.yml',
          line: 4,
          column: 3,
          severity: 'note',
          related: ['demo/backend-v1-dc1a.yml:4:3'],
          message:
            'service-defaults "backend" (partition "default") is also defined in demo/backend-v1-dc1a.yml; the two files are named alike, so they may be versions of one object applied one at a time or to different clusters — if both are applied to one cluster, the later replaces the earlier: keep one definition; if they go to different clusters, declare each as a target in .mtls-lint.yaml (targets:)',
        },
        { file: 'demo/terminating-gateway.yml', line: 4, column: 3, severity: 'note', related: ['demo/terminating-gateway-delete.yml:4:3'], message: /^terminating-gateway "terminating-gateway" \(partition "default"\) is also defined in demo\/terminating-gateway-delete\.yml; the two files are named alike/ },
      ],
    },
    {
      description: 'files named alike but for the name of the entry they both define: a copy left unrenamed is an error',
      files: { 'apps/service-defaults-api.hcl': SD_API, 'apps/service-defaults-web.hcl': SD_API },
      findings: [{ file: 'apps/service-defaults-web.hcl', line: 2, column: 1, severity: 'error', related: ['apps/service-defaults-api.hcl:2:1'], message: /^service-defaults "api" \(partition "default"\) is already defined in apps\/service-defaults-api\.hcl/ }],
    },
    {
      description: 'files named alike holding two ServiceIntentions objects for one destination: applied side by side, the webhook rejects the second',
      files: { 'hashicups/intentions.yaml': intentions('frontend', 'frontend', 'nginx'), 'hashicups/intentions-nginx.yaml': intentions('nginx-to-frontend', 'frontend', 'api-gateway') },
      findings: [{ file: 'hashicups/intentions.yaml', line: 7, column: 5, severity: 'error', related: ['hashicups/intentions-nginx.yaml:7:5'], message: /the consul-k8s webhook rejects the second/ }],
    },
    {
      description: 'a file named alike and a file named otherwise in one folder: the other is still an error',
      files: { 'apps/api.hcl': SD_API, 'apps/api-strict.hcl': SD_API, 'apps/defaults.hcl': `${SD_API}Protocol = "http"\n` },
      findings: [
        { file: 'apps/api.hcl', line: 2, column: 1, severity: 'note', related: ['apps/api-strict.hcl:2:1'], message: /is also defined in apps\/api-strict\.hcl; the two files are named alike/ },
        { file: 'apps/defaults.hcl', line: 2, column: 1, severity: 'error', related: ['apps/api-strict.hcl:2:1'], message: /^service-defaults "api" \(partition "default"\) is already defined in apps\/api-strict\.hcl/ },
      ],
    },
    {
      description: 'a third definition is reported too, in a partition',
      files: { '1.hcl': `${SD_API}Partition = "p"\n`, '2.hcl': `${SD_API}Partition = "p"\nProtocol = "http"\n`, '3.hcl': `${SD_API}Partition = "p"\nProtocol = "grpc"\n` },
      findings: [
        { file: '2.hcl', line: 2, column: 1, related: ['1.hcl:2:1'], message: /^service-defaults "api" \(partition "p"\) is already defined in 1\.hcl/ },
        { file: '3.hcl', line: 2, column: 1, related: ['1.hcl:2:1'], message: /^service-defaults "api" \(partition "p"\) is already defined in 1\.hcl/ },
      ],
    },
    {
      // pablogd-hashi/hashistack-gcp consul/peering/mesh.hcl and consul/peering/configs/mesh.hcl: byte for
      // byte the same. `consul config write` replaces an entry whole: the second write changes nothing.
      description: 'the same content twice (HCL, and HCL against JSON): a note, not a clash',
      files: {
        'peering/mesh.hcl': 'Kind = "mesh"\nPeering {\n  PeerThroughMeshGateways = true\n}\n',
        'peering/configs/mesh.hcl': 'Kind = "mesh"\nPeering {\n  PeerThroughMeshGateways = true\n}\n',
        'apps/api.hcl': 'Kind = "service-defaults"\nName = "api"\nProtocol = "http"\nMeta {\n  owner = "team-a"\n}\n',
        'apps/api.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "Protocol": "http",\n  "Meta": { "owner": "team-a" }\n}\n',
      },
      findings: [
        {
          file: 'apps/api.json',
          line: 3,
          column: 3,
          severity: 'note',
          related: ['apps/api.hcl:2:1'],
          message:
            'service-defaults "api" (partition "default") is also defined in apps/api.hcl, with the same content: applying both writes the same entry twice, which changes nothing — but the copies can drift apart; keep one definition',
        },
        { file: 'peering/mesh.hcl', line: 1, column: 1, severity: 'note', related: ['peering/configs/mesh.hcl:1:1'], message: /^mesh \(partition "default"\) is also defined in peering\/configs\/mesh\.hcl, with the same content: / },
      ],
    },
    {
      // hashicorp-education/learn-consul-hashidays-2023 hashicups-full/intentions.yaml: lines 58-91 repeat lines 23-56.
      description: 'a custom resource repeated verbatim in one file: a note (kubectl apply leaves the object unchanged)',
      files: { 'intentions.yaml': `${intentions('frontend', 'frontend', 'nginx')}---\n${intentions('frontend', 'frontend', 'nginx')}` },
      findings: [
        {
          file: 'intentions.yaml',
          line: 18,
          column: 5,
          severity: 'note',
          related: ['intentions.yaml:7:5'],
          message:
            'ServiceIntentions "frontend" (partition "default") is the same Kubernetes object as the one earlier in this file, with the same content: applying both changes nothing — but the copies can drift apart; keep one definition',
        },
      ],
    },
    {
      description: 'the same content but for one map value, or in two Mesh resources, or a copy left unrenamed: still errors',
      files: {
        'a/api.hcl': 'Kind = "service-defaults"\nName = "api"\nMeta {\n  owner = "team-a"\n}\n',
        'a/svc.json': '{ "Kind": "service-defaults", "Name": "api", "Meta": { "owner": "team-b" } }\n',
        'mesh.yaml': `${crd('Mesh', 'mesh', '  validateClusters: true\n', 'consul')}---\n${crd('Mesh', 'mesh', '  validateClusters: true\n', 'apps')}`,
        // danielehc/katacoda-scenarios consul-beta-testing/assets: both resolvers hold a key Consul does not
        // know (LoadBalancer.EnvoyConfig), with different policies under it: not compared.
        'lb/hash-resolver.hcl': 'Kind = "service-resolver"\nName = "backend"\nLoadBalancer = {\n  EnvoyConfig = { Policy = "maglev" }\n}\n',
        'lb/least-req-resolver.hcl': 'Kind = "service-resolver"\nName = "backend"\nLoadBalancer = {\n  EnvoyConfig = { Policy = "least_request" }\n}\n',
        // nicholasjackson/demo-consul-service-mesh traffic_resolver/central_config: the web file defines "payments".
        'central/payments_service_defaults.hcl': 'kind = "service-defaults"\nname = "payments"\nprotocol = "http"\n',
        'central/web_service_defaults.hcl': 'kind = "service-defaults"\nname = "payments"\nprotocol = "http"\n',
      },
      findings: [
        { file: 'a/svc.json', line: 1, column: 31, severity: 'error', related: ['a/api.hcl:2:1'], message: /^service-defaults "api" \(partition "default"\) is already defined in a\/api\.hcl; both write/ },
        { file: 'central/web_service_defaults.hcl', line: 2, column: 1, severity: 'error', related: ['central/payments_service_defaults.hcl:2:1'], message: /^service-defaults "payments" \(partition "default"\) is already defined in central\/payments_service_defaults\.hcl; both write/ },
        { file: 'lb/least-req-resolver.hcl', line: 2, column: 1, severity: 'error', related: ['lb/hash-resolver.hcl:2:1'], message: /^service-resolver "backend" \(partition "default"\) is already defined in lb\/hash-resolver\.hcl; both write/ },
        { file: 'mesh.yaml', line: 12, column: 3, severity: 'error', related: ['mesh.yaml:4:3'], message: /a Mesh resource is already defined earlier in this file; the consul-k8s webhook rejects the second/ },
      ],
    },
    {
      // itaytalmi/consul-service-mesh-k8s: bookinfo-consul-config.yaml has no metadata.namespace, the
      // per-feature files set consul-bookinfo. Applied to that namespace, each pair is one object, and
      // the webhooks check clashes on create only (serviceintentions_webhook.go Handle).
      description: 'a manifest without metadata.namespace may be the same object as one with a namespace',
      files: {
        'base.yaml': `${intentions('productpage-to-details', 'details', 'productpage')}---\n${crd('ServiceDefaults', 'productpage', '  protocol: http\n')}`,
        'sub/intentions.yaml': crd('ServiceIntentions', 'productpage-to-details', '  destination:\n    name: details\n  sources:\n    - name: productpage\n      action: allow\n', 'consul-bookinfo'),
        'sub/defaults.yaml': crd('ServiceDefaults', 'productpage', '  protocol: grpc\n', 'consul-bookinfo'),
      },
      findings: [
        {
          file: 'sub/defaults.yaml',
          line: 4,
          column: 3,
          severity: 'error',
          related: ['base.yaml:15:3'],
          message: /^ServiceDefaults "productpage" \(partition "default"\) is the same Kubernetes object as the one in base\.yaml; applying both, the later silently replaces the earlier/,
        },
        {
          file: 'sub/intentions.yaml',
          line: 8,
          column: 5,
          severity: 'note',
          related: ['base.yaml:7:5'],
          message: /^ServiceIntentions "productpage-to-details" \(partition "default"\) is the same Kubernetes object as the one in base\.yaml, with the same content: /,
        },
      ],
    },
    {
      description: 'a copy of one definition that clashes with another: reported against the other',
      files: {
        'a.yaml': intentions('web-to-details', 'details', 'web'),
        'b.yaml': intentions('details-viewers', 'details', 'api'),
        'c.yaml': crd('ServiceIntentions', 'web-to-details', '  destination:\n    name: details\n  sources:\n    - name: web\n      action: allow\n', 'apps'),
      },
      findings: [
        { file: 'b.yaml', line: 7, column: 5, severity: 'error', related: ['a.yaml:7:5'], message: /^ServiceIntentions "details-viewers" \(partition "default"\): ServiceIntentions "web-to-details" in a\.yaml already has spec\.destination\.name "details"/ },
        { file: 'c.yaml', line: 8, column: 5, severity: 'error', related: ['b.yaml:7:5'], message: /^ServiceIntentions "web-to-details" \(partition "default"\): ServiceIntentions "details-viewers" in b\.yaml already has spec\.destination\.name "details"/ },
      ],
    },
    {
      description: 'two Mesh resources in different namespaces',
      files: { 'mesh.yaml': `${crd('Mesh', 'mesh', '  validateClusters: true\n', 'consul')}---\n${crd('Mesh', 'mesh', '  allowEnablingPermissiveMutualTLS: true\n', 'apps')}` },
      findings: [
        {
          file: 'mesh.yaml',
          line: 12,
          column: 3,
          related: ['mesh.yaml:4:3'],
          message:
            'Mesh "mesh" (partition "default"): a Mesh resource is already defined earlier in this file; the consul-k8s webhook rejects the second with mesh resource already defined - only one mesh entry is supported — keep one Mesh resource',
        },
      ],
    },
    {
      description: 'the same Mesh object twice: the later replaces the earlier',
      files: { 'a.yaml': crd('Mesh', 'mesh', '  validateClusters: true\n'), 'b.yaml': crd('Mesh', 'mesh', '  validateClusters: false\n') },
      findings: [{ file: 'b.yaml', line: 4, column: 3, related: ['a.yaml:4:3'], message: /^Mesh "mesh" \(partition "default"\) is the same Kubernetes object as the one in a\.yaml; applying both, the later silently replaces the earlier/ }],
    },
    {
      description: 'two ProxyDefaults in different namespaces',
      files: { 'a.yaml': crd('ProxyDefaults', 'global', '  mutualTLSMode: strict\n', 'a'), 'b.yaml': crd('ProxyDefaults', 'global', '  mutualTLSMode: permissive\n', 'b') },
      findings: [{ file: 'b.yaml', line: 4, column: 3, related: ['a.yaml:4:3'], message: /proxydefaults resource already defined - only one global entry is supported — keep one ProxyDefaults resource$/ }],
    },
    {
      description: 'two ServiceIntentions with the same spec.destination.name',
      files: { 'ixn.yaml': `${intentions('api-from-web', 'api', 'web')}---\n${intentions('api-from-billing', 'api', 'billing')}` },
      findings: [
        {
          file: 'ixn.yaml',
          line: 18,
          column: 5,
          related: ['ixn.yaml:7:5'],
          message:
            'ServiceIntentions "api-from-billing" (partition "default"): ServiceIntentions "api-from-web" earlier in this file already has spec.destination.name "api"; the consul-k8s webhook rejects the second with an existing ServiceIntentions resource has `spec.destination.name: api` — merge their sources into one resource',
        },
      ],
    },
    {
      description: 'two ServiceDefaults of one name in different Kubernetes namespaces',
      files: { 'a.yaml': crd('ServiceDefaults', 'api', '  protocol: http\n', 'team-a'), 'b.yaml': crd('ServiceDefaults', 'api', '  protocol: grpc\n', 'team-b') },
      findings: [
        {
          file: 'b.yaml',
          line: 4,
          column: 3,
          related: ['a.yaml:4:3'],
          message:
            'ServiceDefaults "api" (partition "default"): a ServiceDefaults of this name is already defined in a.yaml in another Kubernetes namespace; the consul-k8s webhook rejects the second with servicedefaults resource with name "api" is already defined – all servicedefaults resources must have unique names across namespaces — keep one',
        },
      ],
    },
    {
      description: 'a CRD and an HCL file for the same entry, phase enforce',
      phase: 'enforce',
      files: { 'api.hcl': SD_API, 'k8s/api.yaml': crd('ServiceDefaults', 'api', '  mutualTLSMode: permissive\n') },
      findings: [{ file: 'k8s/api.yaml', line: 4, column: 3, severity: 'error', related: ['api.hcl:2:1'], message: /^service-defaults "api" \(partition "default"\) is already defined in api\.hcl; / }],
    },
  ],
});
