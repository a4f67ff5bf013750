import rule from '../../rules/strict-mode-implicit.js';
import { ruleTester } from '../rule-tester.js';

const MESH_ONBOARDING = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\nTransparentProxy {\n  MeshDestinationsOnly = false\n}\n';
const MESH_SECURED = 'Kind = "mesh"\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';

ruleTester(rule, {
  accept: [
    {
      description: 'a target that is not onboarding: no mesh entry allows permissive, no service is permissive',
      files: {
        'mesh.hcl': 'Kind = "mesh"\nTransparentProxy {\n  MeshDestinationsOnly = false\n}\n',
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nProtocol = "http"\n',
      },
    },
    {
      description: 'another cluster is onboarding (dc1), this one is not (dc2)',
      files: {
        'dc1/mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n',
        'dc1/api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "strict"\n',
        'dc2/mesh.hcl': 'Kind = "mesh"\n',
        'dc2/api.hcl': 'Kind = "service-defaults"\nName = "api"\n',
      },
    },
    {
      description: 'explicit modes during onboarding',
      files: {
        'mesh.hcl': MESH_ONBOARDING,
        'a.hcl': 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "strict"\n',
        'b.json': '{ "Kind": "service-defaults", "Name": "b", "mutual_tls_mode": "permissive" }\n',
      },
    },
    { description: 'MeshDestinationsOnly is true', files: { 'mesh.hcl': MESH_SECURED, 'a.hcl': 'Kind = "service-defaults"\nName = "a"\n' } },
    { description: 'no mesh entry for the scope', files: { 'a.hcl': 'Kind = "service-defaults"\nName = "a"\n' } },
    {
      description: 'the onboarding mesh entry is in another partition',
      files: { 'mesh.hcl': MESH_ONBOARDING, 'a.hcl': 'Kind = "service-defaults"\nName = "a"\nPartition = "b"\n' },
    },
    {
      description: 'proxy-defaults is not a service-defaults entry',
      files: { 'mesh.hcl': MESH_ONBOARDING, 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\n' },
    },
    {
      description: 'look-alike: control-plane-request-limit',
      files: { 'mesh.hcl': MESH_ONBOARDING, 'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n' },
    },
  ],
  reject: [
    {
      // Issue 13 item 8: what is inherited depends on a proxy-defaults that does not parse.
      description: 'the proxy-defaults in pd.hcl does not parse: the inherited value is unknown, and said so',
      files: { 'mesh.hcl': MESH_ONBOARDING, 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive\n', 'web.hcl': 'Kind = "service-defaults"\nName = "web"\n' },
      findings: [
        {
          file: 'web.hcl',
          line: 2,
          column: 1,
          related: ['mesh.hcl:4:3', 'pd.hcl:3:17'],
          message:
            'service-defaults "web" in partition "default" does not set MutualTLSMode, so it inherits the proxy-defaults value, unknown because the proxy-defaults entry in pd.hcl could not be read (it does not parse), while MeshDestinationsOnly is not true in that partition (onboarding is under way); set MutualTLSMode = "strict" explicitly so the service is added with strict mTLS.',
        },
      ],
    },
    {
      description: 'HCL: no MutualTLSMode while MeshDestinationsOnly = false',
      files: { 'mesh.hcl': MESH_ONBOARDING, 'web.hcl': 'Kind = "service-defaults"\nName = "web"\nProtocol = "http"\n' },
      findings: [
        {
          file: 'web.hcl',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 13,
          severity: 'note',
          message:
            'service-defaults "web" in partition "default" does not set MutualTLSMode, so it inherits the proxy-defaults value (strict while none is set), while MeshDestinationsOnly is not true in that partition (onboarding is under way); set MutualTLSMode = "strict" explicitly so the service is added with strict mTLS.',
          related: ['mesh.hcl:4:3'],
        },
      ],
    },
    {
      description: 'MutualTLSMode = "" inherits; warning in enforce; mesh without MeshDestinationsOnly',
      phase: 'enforce',
      files: {
        'mesh.hcl': 'Kind = "mesh"\n',
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n',
        'web.hcl': 'Kind = "service-defaults"\nName = "web"\nMutualTLSMode = ""\n',
      },
      findings: [
        {
          file: 'web.hcl',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 19,
          severity: 'warning',
          message: /^service-defaults "web" in partition "default" does not set MutualTLSMode, so it inherits "permissive" from proxy-defaults/,
          related: ['mesh.hcl:1:1'],
        },
      ],
    },
    {
      description: 'JSON docs form of the mesh entry; CRD service-defaults in a multi-document file',
      files: {
        'mesh.json': '{\n  "Kind": "mesh",\n  "AllowEnablingPermissiveMutualTLS": true,\n  "TransparentProxy": [\n    {\n      "MeshDestinationsOnly": false\n    }\n  ]\n}\n',
        'k8s.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: frontend
spec:
  protocol: http
---
apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: backend
spec:
  mutualTLSMode: strict
`,
      },
      findings: [{ file: 'k8s.yaml', line: 4, column: 3, endLine: 4, endColumn: 17, message: /^service-defaults "frontend"/, related: ['mesh.json:6:7'] }],
    },
    {
      description: 'partitions from config scopes',
      scopes: { 'a/': { partition: 'a' } },
      files: { 'a/mesh.hcl': MESH_ONBOARDING, 'a/web.hcl': 'Kind = "service-defaults"\nName = "web"\n', 'web.hcl': 'Kind = "service-defaults"\nName = "web"\n' },
      findings: [{ file: 'a/web.hcl', line: 2, column: 1, message: /in partition "a" does not set MutualTLSMode/ }],
    },
  ],
});
