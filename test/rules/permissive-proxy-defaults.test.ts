import rule from '../../rules/permissive-proxy-defaults.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  accept: [
    {
      description: 'strict or unset proxy-defaults',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "strict"\n',
        'pd2.hcl': 'Kind = "proxy-defaults"\nName = "global"\nPartition = "b"\nConfig {\n  protocol = "http"\n}\n',
      },
    },
    {
      description: 'permissive in service-defaults is not this rule',
      files: { 'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n' },
    },
    {
      description: 'look-alike: control-plane-request-limit Mode = "permissive"',
      files: { 'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n' },
    },
    {
      description: 'proxy Mode is not MutualTLSMode',
      files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMode = "transparent"\n' },
    },
  ],
  reject: [
    {
      description: 'HCL',
      files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n' },
      findings: [
        {
          file: 'pd.hcl',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          severity: 'warning',
          message:
            'proxy-defaults "global" sets MutualTLSMode = "permissive" for all of partition "default", so every service there without its own MutualTLSMode accepts plaintext connections that intentions do not govern; leave proxy-defaults strict and set "permissive" only in the service-defaults of the services being onboarded.',
        },
      ],
    },
    {
      description: 'JSON with snake_case alias, error in enforce',
      phase: 'enforce',
      files: { 'pd.json': '{\n  "Kind": "proxy-defaults",\n  "Name": "global",\n  "mutual_tls_mode": "permissive"\n}\n' },
      findings: [{ file: 'pd.json', line: 4, column: 3, endColumn: 34, severity: 'error', message: /^proxy-defaults "global" sets/ }],
    },
    {
      description: 'CRD YAML',
      files: {
        'pd.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: ProxyDefaults
metadata:
  name: global
spec:
  config:
    protocol: http
  mutualTLSMode: permissive
`,
      },
      findings: [{ file: 'pd.yaml', line: 8, column: 3, endLine: 8, endColumn: 28, message: /^proxy-defaults "global" sets MutualTLSMode = "permissive" for all of partition "default"/ }],
    },
    {
      description: 'partition from the Partition field and from config scopes',
      scopes: { 'b/': { partition: 'team-b' } },
      files: {
        'a.hcl': 'Kind = "proxy-defaults"\nName = "global"\nPartition = "team-a"\nMutualTLSMode = "permissive"\n',
        'b/pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n',
      },
      findings: [
        { file: 'a.hcl', line: 4, column: 1, message: /for all of partition "team-a"/ },
        { file: 'b/pd.hcl', line: 3, column: 1, message: /for all of partition "team-b"/ },
      ],
    },
  ],
});
