import { readFileSync } from 'node:fs';
import rule from '../../rules/parse-error.js';
import { CORPUS_DIR, HAS_CORPUS } from '../corpus-files.js';
import { ruleTester } from '../rule-tester.js';

/** The onboarding page's mesh example before HashiCorp replaced its curly quotes. */
// Without the shared corpus this case is left out of the table (corpus-files.ts says so once).
const CURLY_MESH = HAS_CORPUS ? readFileSync(`${CORPUS_DIR}/consul/docs.k8s.connect.onboarding-tproxy-mode@pre-6d18f20cc__13.hcl`, 'utf8') : undefined;

const MESH_CRD = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\nspec:\n  allowEnablingPermissiveMutualTLS: true\n';

ruleTester(rule, {
  accept: [
    {
      // hashicorp-education/learn-consul-nomad-vm shared/jobs/04.api-gateway.nomad.hcl: HCL2 that HCL v1 cannot read
      description: 'a Nomad job specification (HCL2, kind = "api-gateway" in a service block) is not a Consul file',
      files: { 'jobs/04.api-gateway.nomad.hcl': 'variable "consul_image" {\n  description = "The Consul image to use"\n  type        = string\n  default     = "hashicorp/consul:1.19.1"\n}\n\njob "api-gateway" {\n  group "api-gateway" {\n    network {\n      mode = "bridge"\n    }\n    service {\n      name = "api-gateway"\n      connect {\n        gateway {\n          proxy {}\n          api_gateway {}\n        }\n      }\n      kind = "api-gateway"\n    }\n  }\n}\n', 'jobs/gateway.hcl': 'variable "consul_image" {\n  description = "The Consul image to use"\n  type        = string\n  default     = "hashicorp/consul:1.19.1"\n}\n\njob "api-gateway" {\n  group "api-gateway" {\n    network {\n      mode = "bridge"\n    }\n    service {\n      name = "api-gateway"\n      connect {\n        gateway {\n          proxy {}\n          api_gateway {}\n        }\n      }\n      kind = "api-gateway"\n    }\n  }\n}\n' },
    },
    { description: 'valid HCL, JSON and CRD YAML', files: { 'mesh.hcl': 'Kind = "mesh"\n', 'api.json': '{ "Kind": "service-defaults", "Name": "api" }\n', 'mesh.yaml': MESH_CRD } },
    {
      // kubectl: k8s.io/apimachinery pkg/util/yaml hasJSONPrefix trims unicode.IsSpace only, so a
      // BOM sends the file to the YAML path, and go-yaml v2 (readerc.go) skips a UTF-8 BOM.
      description: 'a BOM before a Kubernetes object in JSON: kubectl reads it',
      files: { 'mesh.json': '\ufeff{"apiVersion": "consul.hashicorp.com/v1alpha1", "kind": "Mesh", "metadata": {"name": "mesh"}, "spec": {}}\n' },
    },
    { description: 'a .hcl file holding JSON', files: { 'mesh.hcl': '{\n  "Kind": "mesh",\n  "AllowEnablingPermissiveMutualTLS": true\n}\n' } },
    { description: 'HCL v1 quoted keys inside a block', files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMeta {\n  "a/b" = "x"\n}\n' } },
    { description: 'a tsconfig.json with comments and trailing commas is not Consul', files: { 'tsconfig.json': '{\n  // comment\n  "compilerOptions": { "strict": true, },\n}\n' } },
    { description: 'a GitHub workflow with a tab is not Consul', files: { '.github/workflows/ci.yml': 'name: ci\non: push\njobs:\n  build:\n\truns-on: ubuntu-latest\n' } },
    {
      // shipyard-run/blueprints modules/kubernetes-monitoring/namespace.hcl: HCL2 with `var.x`, YAML in a heredoc.
      description: 'another tool\'s HCL2 with an indented kind: in a heredoc is not Consul',
      files: {
        'modules/namespace.hcl':
          'template "monitoring_namespace" {\n  disabled = var.monitoring_namespace == "default"\n\n  source = <<EOF\n  kind: Namespace\n  apiVersion: v1\n  metadata:\n    name: ${var.monitoring_namespace}\n    annotations:\n      \'consul.hashicorp.com/connect-inject\': \'false\'\n  EOF\n}\n',
      },
    },
    {
      // mocofound/consul-eks-demo kube-dns/kube-system.yaml: a `kubectl edit` buffer of the kube-dns
      // ConfigMap saved as .yaml. Every Kubernetes object has a `kind:`; only a Consul kind is Consul's.
      description: 'a Kubernetes object that is not Consul\'s (kind: ConfigMap) does not parse: not Consul',
      files: {
        'kube-dns/kube-system.yaml':
          'Annotations:  kubectl.kubernetes.io/last-applied-configuration:\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kube-dns\n  namespace: kube-system\ndata:\n  stubDomains: |\n    {"consul": ["10.0.0.10"]}\n',
        'deploy.json': '{\n  "apiVersion": "apps/v1",\n  "kind": "Deployment",\n  "metadata": { "name": "web", },\n}\n',
        'gateway.yaml': 'kind: MeshGateway\nspec:\n\tmode: local\n',
      },
    },
    { description: 'a Nomad job that does not parse is not Consul', files: { 'web.nomad.hcl': 'job "web" {\n  group "g" {\n    task “t” {\n  }\n' } },
    { description: 'control-plane-request-limit Mode = "permissive" parses', files: { 'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n' } },
  ],
  reject: [
    ...(CURLY_MESH === undefined
      ? []
      : [
          {
            description: 'curly quotes in HCL (corpus: the onboarding page before the fix)',
            files: { 'mesh.hcl': CURLY_MESH },
            findings: [{ file: 'mesh.hcl', line: 1, column: 8, endLine: 1, endColumn: 9, severity: 'error' as const, message: 'HCL needs straight double quotes ("); found a typographic quote “' }],
          },
        ]),
    {
      description: 'an HCL entry with an unquoted value: still a Consul file (Kind = at the start of a line)',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nProtocol = http\n' },
      findings: [{ file: 'api.hcl', line: 3, column: 12, severity: 'error', message: /^expected a value after "=", found "http"; HCL v1 strings need double quotes/ }],
    },
    {
      description: 'a tab in YAML indentation of a CRD',
      files: { 'mesh.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\nspec:\n\tallowEnablingPermissiveMutualTLS: true\n' },
      findings: [{ file: 'mesh.yaml', line: 6, column: 1, endLine: 6, endColumn: 2, message: 'YAML does not allow tabs for indentation' }],
    },
    {
      description: 'a Consul kind under a lower-case kind key, without the API group: still a Consul file',
      files: {
        'api.json': '{\n  "kind": "service-defaults",\n  "name": "api",\n}\n',
        'mesh.yaml': 'kind: Mesh\nmetadata:\n  name: mesh\nspec:\n\tallowEnablingPermissiveMutualTLS: true\n',
      },
      findings: [
        { file: 'api.json', line: 3, column: 16, endLine: 3, endColumn: 17, message: 'JSON does not allow a trailing comma before }' },
        { file: 'mesh.yaml', line: 5, column: 1, endLine: 5, endColumn: 2, message: 'YAML does not allow tabs for indentation' },
      ],
    },
    {
      description: 'a trailing comma in a JSON entry',
      files: { 'api.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": "permissive",\n}\n' },
      findings: [{ file: 'api.json', line: 4, column: 32, endLine: 4, endColumn: 33, message: 'JSON does not allow a trailing comma before }' }],
    },
    {
      description: 'a comment in a JSON entry',
      files: { 'mesh.json': '{\n  // onboarding step 1\n  "Kind": "mesh"\n}\n' },
      findings: [{ file: 'mesh.json', line: 2, column: 3, endLine: 2, endColumn: 23, message: "JSON does not allow comments; Consul reads .json entries with Go's encoding/json" }],
    },
    {
      // hashicorp/consul command/helpers/decode_shim.go hclDecode/isHCL: JSON only when the first
      // non-space rune (unicode.IsSpace; U+FEFF is not one) is "{", so the file goes to HCL v1, whose
      // scanner (hashicorp/hcl hcl/scanner/scanner.go Scan) stops at the BOM: `At 1:1: illegal char`.
      description: 'a byte order mark before a JSON entry: consul config write reads it as HCL',
      files: { 'mesh.json': '\ufeff{\n  "Kind": "mesh"\n}\n' },
      findings: [
        {
          file: 'mesh.json',
          line: 1,
          column: 1,
          message:
            'the file starts with a UTF-8 byte order mark (BOM), so consul config write reads it as HCL, not JSON (a file is JSON to it only when "{" comes first), and HCL rejects it: consul config write fails with "At 1:1: illegal char". Save the file as UTF-8 without BOM',
        },
      ],
    },
    {
      description: 'a byte order mark before an HCL entry (HCL v1 has no BOM handling)',
      files: { 'mesh.hcl': '\ufeffKind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n' },
      findings: [{ file: 'mesh.hcl', line: 1, column: 1, message: /^the file starts with a UTF-8 byte order mark \(BOM\), which HCL v1 rejects: consul config write fails with "At 1:1: illegal char"\./ }],
    },
    {
      // go-yaml v2 and sigs.k8s.io/yaml (kubectl, Helm) keep the last value of a repeated key; only
      // UnmarshalStrict (setMapIndex with d.strict) rejects it.
      description: 'a repeated key in a CRD: a warning at the second, the first related',
      files: { 'api.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n  mutualTLSMode: strict\n' },
      findings: [
        {
          file: 'api.yaml',
          line: 7,
          column: 3,
          severity: 'warning',
          related: ['api.yaml:6:3'],
          message:
            'duplicate key "mutualTLSMode" in the same mapping (first at line 6); the YAML spec forbids it, but kubectl and Helm (sigs.k8s.io/yaml) keep only the last value and silently drop the other — remove one',
        },
      ],
    },
    {
      description: 'an unterminated string in HCL',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api\nMutualTLSMode = "permissive"\n' },
      findings: [{ file: 'api.hcl', line: 2, column: 8, endLine: 2, endColumn: 12, message: 'unterminated string: the closing " is missing before the end of the line' }],
    },
    {
      description: 'an unterminated string in JSON',
      files: { 'mesh.json': '{\n  "Kind": "mesh,\n  "AllowEnablingPermissiveMutualTLS": true\n}\n' },
      findings: [{ file: 'mesh.json', line: 2, column: 11, endLine: 2, endColumn: 17, message: 'string is not closed: the closing " is missing before the end of the line' }],
    },
    {
      description: 'an unterminated quoted string in a CRD',
      files: { 'api.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: "api\nspec:\n  mutualTLSMode: permissive\n' },
      findings: [{ file: 'api.yaml', line: 4, column: 9, message: 'the quoted string is never closed: the closing " is missing' }],
    },
    {
      description: 'an unclosed block in HCL',
      files: { 'mesh.hcl': 'Kind = "mesh"\nTransparentProxy {\n  MeshDestinationsOnly = true\n' },
      findings: [{ file: 'mesh.hcl', line: 2, column: 18, endLine: 2, endColumn: 19, message: 'this "{" is never closed: expected "}" before the end of the file' }],
    },
    {
      description: 'an unclosed object in JSON',
      files: { 'mesh.json': '{\n  "Kind": "mesh",\n  "TransparentProxy": {\n    "MeshDestinationsOnly": true\n}\n' },
      findings: [{ file: 'mesh.json', line: 5, column: 2, message: 'unexpected end of file: { opened at line 1 is never closed' }],
    },
    {
      description: 'a .hcl file starting with { holding HCL: Consul reads it as JSON',
      files: { 'mesh.hcl': '{\n  Kind = "mesh"\n  AllowEnablingPermissiveMutualTLS = true\n}\n' },
      findings: [
        {
          file: 'mesh.hcl',
          line: 2,
          column: 3,
          message: /\(the file starts with "\{", so Consul reads it as JSON; write JSON, or remove the outer braces to write HCL\)$/,
        },
      ],
    },
    {
      description: 'a duplicate key in a CRD (a warning of the YAML parser, still a finding)',
      files: { 'mesh.yaml': `${MESH_CRD}  allowEnablingPermissiveMutualTLS: false\n` },
      findings: [{ file: 'mesh.yaml', line: 7, column: 3, message: /^duplicate key "allowEnablingPermissiveMutualTLS" in the same mapping \(first at line 6\)/ }],
    },
    {
      description: 'only the broken document of a multi-document file; still an error in phase enforce',
      phase: 'enforce',
      files: { 'crds.yaml': `${MESH_CRD}---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n\tmutualTLSMode: permissive\n` },
      findings: [{ file: 'crds.yaml', line: 13, column: 1, severity: 'error', message: 'YAML does not allow tabs for indentation' }],
    },
  ],
});
