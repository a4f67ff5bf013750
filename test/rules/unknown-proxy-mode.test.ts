import rule from '../../rules/unknown-proxy-mode.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  accept: [
    { description: 'transparent', files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMode = "transparent"\n' } },
    { description: 'direct (JSON)', files: { 'pd.json': '{ "Kind": "proxy-defaults", "Name": "global", "Mode": "direct" }\n' } },
    { description: 'empty mode', files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nmode = ""\n' } },
    { description: 'no mode', files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n' } },
    { description: 'control-plane-request-limit Mode = "permissive" is rate limiting', files: { 'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n' } },
    { description: 'MeshGateway Mode is another field', files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMeshGateway {\n  Mode = "local"\n}\n' } },
    {
      description: 'CRD spec.mode is crd-rejected-field\'s',
      files: { 'pd.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ProxyDefaults\nmetadata:\n  name: global\nspec:\n  mode: Transparent\n' },
    },
  ],
  reject: [
    {
      description: 'Transparent with a capital T (HCL)',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMode = "Transparent"\nMutualTLSMode = "permissive"\n' },
      findings: [
        {
          file: 'api.hcl',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21,
          severity: 'warning',
          message:
            'service-defaults "api" (partition "default") sets Mode "Transparent", which is not a proxy mode: Consul stores it without complaint, but it never turns transparent proxy on — write "transparent"',
        },
      ],
    },
    {
      description: 'a made-up mode in proxy-defaults (JSON), in a partition',
      files: { 'pd.json': '{\n  "Kind": "proxy-defaults",\n  "Name": "global",\n  "Partition": "web",\n  "mode": "tproxy"\n}\n' },
      findings: [
        {
          file: 'pd.json',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 19,
          message:
            'proxy-defaults "global" (partition "web") sets Mode "tproxy", which is not a proxy mode: Consul stores it without complaint, but it never turns transparent proxy on — use "transparent" or "direct", or remove Mode',
        },
      ],
    },
    {
      description: 'an error in phase enforce',
      phase: 'enforce',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMode = "DIRECT"\n' },
      findings: [{ file: 'api.hcl', line: 3, column: 1, severity: 'error', message: /sets Mode "DIRECT", .* — write "direct"$/ }],
    },
    {
      description: 'the scope comes from the config',
      files: { 'east/api.hcl': 'Kind = "service-defaults"\nName = "api"\nMode = "transparent "\n' },
      scopes: { 'east/': { partition: 'east', datacenter: 'dc1' } },
      findings: [{ file: 'east/api.hcl', line: 3, column: 1, message: /^service-defaults "api" \(partition "east" of datacenter "dc1"\) sets Mode "transparent ", .* — write "transparent"$/ }],
    },
  ],
});
