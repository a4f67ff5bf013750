import rule from '../../rules/permissive-allowed-unused.js';
import { ruleTester } from '../rule-tester.js';

const MESH_ALLOWS = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\nTransparentProxy {\n  MeshDestinationsOnly = false\n}\n';
const SVC = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n';

ruleTester(rule, {
  accept: [
    { description: 'a service-defaults uses permissive', files: { 'mesh.hcl': MESH_ALLOWS, 'svc.hcl': SVC } },
    {
      description: 'proxy-defaults uses permissive',
      files: { 'mesh.hcl': MESH_ALLOWS, 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n' },
    },
    {
      description: 'the flag is false or absent',
      files: {
        'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = false\n',
        'mesh-b.hcl': 'Kind = "mesh"\nPartition = "b"\n',
      },
    },
    {
      description: 'JSON docs form with the list-wrapped TransparentProxy, used',
      files: {
        'mesh.json':
          '{\n  "Kind": "mesh",\n  "AllowEnablingPermissiveMutualTLS": true,\n  "TransparentProxy": [\n    {\n      "MeshDestinationsOnly": false\n    }\n  ]\n}\n',
        'svc.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": "permissive"\n}\n',
      },
    },
    {
      description: 'CRD multi-document, used',
      files: {
        'k8s.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
spec:
  allowEnablingPermissiveMutualTLS: true
---
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
      description: 'used in the same partition given by config scopes',
      scopes: { 'a/': { partition: 'a' } },
      files: { 'a/mesh.hcl': MESH_ALLOWS, 'a/svc.hcl': SVC },
    },
  ],
  reject: [
    {
      // Issue 13 item 8: "nothing is permissive" rests on entries that could be read.
      description: 'a service-defaults that does not parse may be the one using it: the message says so',
      files: { 'mesh.hcl': MESH_ALLOWS, 'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive\n' },
      findings: [
        {
          file: 'mesh.hcl',
          line: 2,
          column: 1,
          severity: 'warning',
          related: ['svc.hcl:3:17'],
          message:
            'The mesh entry of partition "default" sets AllowEnablingPermissiveMutualTLS = true, and no service-defaults or proxy-defaults of that partition that could be read uses MutualTLSMode = "permissive", but the service-defaults entry in svc.hcl could not be read (it does not parse), so whether one does is unknown: fix svc.hcl; if onboarding is over, set AllowEnablingPermissiveMutualTLS back to false.',
        },
      ],
    },
    {
      description: 'HCL: nothing is permissive',
      files: { 'mesh.hcl': MESH_ALLOWS, 'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "strict"\n' },
      findings: [
        {
          file: 'mesh.hcl',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 40,
          severity: 'warning',
          message:
            'The mesh entry of partition "default" sets AllowEnablingPermissiveMutualTLS = true, but no service-defaults or proxy-defaults of that partition uses MutualTLSMode = "permissive": if onboarding is over, set it back to false so that services cannot be made permissive again.',
        },
      ],
    },
    {
      description: 'permissive use in another partition does not count; error in enforce',
      phase: 'enforce',
      files: {
        'mesh.hcl': MESH_ALLOWS,
        'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nPartition = "b"\nMutualTLSMode = "permissive"\n',
      },
      findings: [{ file: 'mesh.hcl', line: 2, column: 1, severity: 'error', message: /^The mesh entry of partition "default" sets/ }],
    },
    {
      description: 'look-alike: control-plane-request-limit Mode = "permissive" does not use it',
      files: { 'mesh.hcl': MESH_ALLOWS, 'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n' },
      findings: [{ file: 'mesh.hcl', line: 2, column: 1, message: /no service-defaults or proxy-defaults/ }],
    },
    {
      description: 'JSON docs form (onboarding step 1 alone), snake_case alias',
      files: {
        'mesh.json':
          '{\n  "Kind": "mesh",\n  "allow_enabling_permissive_mutual_tls": true,\n  "TransparentProxy": [\n    {\n      "MeshDestinationsOnly": false\n    }\n  ]\n}\n',
      },
      findings: [{ file: 'mesh.json', line: 3, column: 3, endColumn: 47, message: /^The mesh entry of partition "default"/ }],
    },
    {
      description: 'CRD, partition from config scopes',
      scopes: { 'k8s/': { partition: 'web' } },
      files: {
        'k8s/mesh.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
spec:
  allowEnablingPermissiveMutualTLS: true
  transparentProxy:
    meshDestinationsOnly: false
`,
        'svc.hcl': SVC,
      },
      findings: [{ file: 'k8s/mesh.yaml', line: 6, column: 3, endLine: 6, endColumn: 41, message: /^The mesh entry of partition "web"/ }],
    },
  ],
});
