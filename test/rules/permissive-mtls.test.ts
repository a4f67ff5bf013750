import rule from '../../rules/permissive-mtls.js';
import { ruleTester } from '../rule-tester.js';

const MESH = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n';
const PD_PERMISSIVE = 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n';

ruleTester(rule, {
  accept: [
    {
      description: 'strict, empty and unset modes',
      files: {
        'mesh.hcl': MESH,
        'a.hcl': 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "strict"\n',
        'b.hcl': 'Kind = "service-defaults"\nName = "b"\n',
        'c.json': '{ "Kind": "service-defaults", "Name": "c", "MutualTLSMode": "" }\n',
      },
    },
    {
      description: 'a service-defaults value overrides a permissive proxy-defaults',
      files: { 'pd.hcl': PD_PERMISSIVE, 'a.hcl': 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "strict"\n' },
    },
    {
      description: 'proxy-defaults permissive in another partition does not reach the service',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nPartition = "other"\nMutualTLSMode = "permissive"\n',
        'a.hcl': 'Kind = "service-defaults"\nName = "a"\n',
      },
    },
    {
      description: 'look-alike: control-plane-request-limit Mode = "permissive"',
      files: {
        'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n',
        'limit.json': '{\n  "Kind": "control-plane-request-limit",\n  "Name": "global",\n  "Mode": "permissive"\n}\n',
      },
    },
    {
      description: 'wrong case is not permissive',
      files: { 'a.hcl': 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "PERMISSIVE"\n' },
    },
  ],
  reject: [
    {
      description: 'HCL: at the service-defaults field',
      files: { 'mesh.hcl': MESH, 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n' },
      findings: [
        {
          file: 'api.hcl',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          severity: 'warning',
          message:
            'Service "api" in partition "default" sets MutualTLSMode = "permissive", so it accepts plaintext connections, on which intentions are not enforced and traffic is not encrypted; set MutualTLSMode = "strict" when its onboarding is done.',
          related: [],
        },
      ],
    },
    {
      description: 'error in phase enforce',
      phase: 'enforce',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n' },
      findings: [{ file: 'api.hcl', line: 3, column: 1, severity: 'error', message: /^Service "api" in partition "default" sets/ }],
    },
    {
      description: 'JSON, snake_case alias and lower-case keys',
      files: {
        'api.json': '{\n  "kind": "service-defaults",\n  "name": "api",\n  "mutual_tls_mode": "permissive"\n}\n',
        'web.hcl': 'kind = "service-defaults"\nname = "web"\nMUTUALTLSMODE = "permissive"\n',
      },
      findings: [
        { file: 'api.json', line: 4, column: 3, endLine: 4, endColumn: 34, message: /^Service "api" / },
        { file: 'web.hcl', line: 3, column: 1, endColumn: 29, message: /^Service "web" / },
      ],
    },
    {
      description: 'CRD YAML in a multi-document file',
      files: {
        'k8s.yaml': `apiVersion: v1
kind: Service
metadata:
  name: api
---
apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: api
spec:
  protocol: http
  mutualTLSMode: permissive
`,
      },
      findings: [{ file: 'k8s.yaml', line: 12, column: 3, endLine: 12, endColumn: 28, message: /^Service "api" in partition "default" sets MutualTLSMode = "permissive"/ }],
    },
    {
      description: 'a service defined twice (duplicate-entry): the permissive one is reported although the first is not',
      files: {
        'a.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  protocol: http\n',
        'b.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n',
      },
      findings: [{ file: 'b.yaml', line: 6, column: 3, message: /^Service "api" in partition "default" sets MutualTLSMode = "permissive"/ }],
    },
    {
      description: 'inherited from proxy-defaults: at the service-defaults entry, proxy-defaults field related',
      files: { 'pd.hcl': PD_PERMISSIVE, 'web.hcl': 'Kind = "service-defaults"\nName = "web"\nProtocol = "http"\n' },
      findings: [
        {
          file: 'web.hcl',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 13,
          message:
            'Service "web" in partition "default" inherits MutualTLSMode = "permissive" from proxy-defaults, so it accepts plaintext connections, on which intentions are not enforced and traffic is not encrypted; set MutualTLSMode = "strict" in its service-defaults (or in proxy-defaults) when its onboarding is done.',
          related: ['pd.hcl:3:1'],
        },
      ],
    },
    {
      description: 'inherited, known only from an intention: at the intention entry',
      files: {
        'pd.hcl': PD_PERMISSIVE,
        'intentions.hcl': 'Kind = "service-intentions"\nName = "db"\nSources = [\n  { Name = "api", Action = "allow" }\n]\n',
      },
      findings: [{ file: 'intentions.hcl', line: 2, column: 1, message: /^Service "db" in partition "default" inherits/, related: ['pd.hcl:3:1'] }],
    },
    {
      description: 'partitions: Partition field and config scopes, with namespaces named',
      scopes: { 'team-b/': { partition: 'team-b' } },
      files: {
        'a.hcl': 'Kind = "service-defaults"\nName = "api"\nPartition = "team-a"\nNamespace = "shop"\nMutualTLSMode = "permissive"\n',
        'team-b/b.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n',
      },
      findings: [
        { file: 'a.hcl', line: 5, column: 1, message: /^Service "api" \(namespace "shop"\) in partition "team-a" sets/ },
        { file: 'team-b/b.hcl', line: 3, column: 1, message: /^Service "api" in partition "team-b" sets/ },
      ],
    },
  ],
});
