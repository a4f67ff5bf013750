import rule from '../../rules/mesh-destinations-only-disabled.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  accept: [
    { description: 'no mesh entry at all', files: { 'svc.hcl': 'Kind = "service-defaults"\nName = "api"\n' } },
    {
      description: 'HCL: re-secured',
      files: { 'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = false\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n' },
    },
    {
      description: 'JSON docs form "TransparentProxy": [ { ... } ] set to true',
      files: {
        'mesh.json': '{\n  "Kind": "mesh",\n  "AllowEnablingPermissiveMutualTLS": false,\n  "TransparentProxy": [\n    {\n      "MeshDestinationsOnly": true\n    }\n  ]\n}\n',
      },
    },
    {
      description: 'snake_case, HCL "= { }" form, string bool',
      files: { 'mesh.hcl': 'kind = "mesh"\ntransparent_proxy = {\n  mesh_destinations_only = "true"\n}\n' },
    },
    {
      description: 'CRD YAML',
      files: {
        'mesh.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
spec:
  transparentProxy:
    meshDestinationsOnly: true
`,
      },
    },
    {
      description: 'a value Consul cannot decode is invalid-value\'s finding',
      files: { 'mesh.hcl': 'Kind = "mesh"\nTransparentProxy {\n  MeshDestinationsOnly = "yes"\n}\n' },
    },
    {
      description: 'absent while onboarding: Consul\'s default, not a decision',
      files: { 'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n' },
    },
    {
      description: 'absent in the enforce phase, but the target shows no transparent proxy (its injected pods opt out)',
      phase: 'enforce',
      files: {
        'mesh.hcl': 'Kind = "mesh"\n',
        'web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        consul.hashicorp.com/connect-inject: "true"
        consul.hashicorp.com/transparent-proxy: "false"
    spec:
      containers:
        - name: web
          image: nginx
`,
      },
    },
    {
      description: 'absent in the enforce phase in another cluster\'s folder only (dc2 has its own mesh entry with the flag)',
      phase: 'enforce',
      files: {
        'dc1/mesh.hcl': 'Kind = "mesh"\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n',
        'dc2/mesh.hcl': 'Kind = "mesh"\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n',
      },
    },
    {
      description: 'look-alike: control-plane-request-limit Mode = "permissive"',
      files: { 'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n' },
    },
  ],
  reject: [
    {
      description: 'HCL: set false explicitly (onboarding step 1)',
      files: { 'mesh.hcl': 'Kind = "mesh"\n\nTransparentProxy {\n  MeshDestinationsOnly = false\n}\n' },
      findings: [
        {
          file: 'mesh.hcl',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 31,
          severity: 'warning',
          message:
            'The mesh entry of partition "default" sets TransparentProxy.MeshDestinationsOnly = false, so transparent proxies let outbound traffic to any address outside the mesh pass as the application sent it, without mTLS or intentions; set it back to true once every service is onboarded.',
        },
      ],
    },
    {
      description: 'absent: at the mesh entry; error in enforce',
      phase: 'enforce',
      files: { 'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = false\n' },
      findings: [
        {
          file: 'mesh.hcl',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 14,
          severity: 'error',
          message:
            'The mesh entry of partition "default" does not set TransparentProxy.MeshDestinationsOnly, which defaults to false, so transparent proxies let outbound traffic to any address outside the mesh pass as the application sent it, without mTLS or intentions; re-securing the mesh means setting it to true.',
        },
      ],
    },
    {
      description: 'absent inside a TransparentProxy block (enforce phase)',
      phase: 'enforce',
      files: { 'mesh.hcl': 'Kind = "mesh"\nTransparentProxy {\n}\n' },
      findings: [{ file: 'mesh.hcl', line: 1, column: 1, message: /does not set TransparentProxy.MeshDestinationsOnly/ }],
    },
    {
      description: 'JSON docs form "TransparentProxy": [ { ... } ] set to false',
      files: {
        'mesh.json': '{\n  "Kind": "mesh",\n  "TransparentProxy": [\n    {\n      "MeshDestinationsOnly": false\n    }\n  ]\n}\n',
      },
      findings: [{ file: 'mesh.json', line: 5, column: 7, endLine: 5, endColumn: 36, message: /sets TransparentProxy.MeshDestinationsOnly = false/ }],
    },
    {
      description: 'snake_case and lower-case keys, "0" as a bool',
      files: { 'mesh.hcl': 'kind = "mesh"\ntransparent_proxy {\n  meshdestinationsonly = 0\n}\n' },
      findings: [{ file: 'mesh.hcl', line: 3, column: 3, message: /sets TransparentProxy.MeshDestinationsOnly = false/ }],
    },
    {
      description: 'CRD YAML, multi-document, partitions from config scopes (enforce phase)',
      phase: 'enforce',
      scopes: { 'a/': { partition: 'a' } },
      files: {
        'a/mesh.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
spec:
  allowEnablingPermissiveMutualTLS: true
  transparentProxy:
    meshDestinationsOnly: false
---
apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: api
spec:
  mutualTLSMode: permissive
`,
        'b.hcl': 'Kind = "mesh"\nPartition = "b"\n',
      },
      findings: [
        { file: 'a/mesh.yaml', line: 8, column: 5, endLine: 8, endColumn: 32, message: /^The mesh entry of partition "a" sets/ },
        { file: 'b.hcl', line: 1, column: 1, message: /^The mesh entry of partition "b" does not set/ },
      ],
    },
    {
      description: 'absent in the enforce phase where pods run transparent proxies',
      phase: 'enforce',
      files: {
        'mesh.hcl': 'Kind = "mesh"\n',
        'web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        consul.hashicorp.com/connect-inject: "true"
    spec:
      containers:
        - name: web
          image: nginx
`,
      },
      findings: [{ file: 'mesh.hcl', line: 1, column: 1, severity: 'error', message: /does not set TransparentProxy.MeshDestinationsOnly/ }],
    },
    {
      // go-yaml v2: `off` is false, as the API server reads the CRD.
      description: 'CRD meshDestinationsOnly: off is an explicit false (YAML 1.1)',
      files: { 'mesh.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\nspec:\n  transparentProxy:\n    meshDestinationsOnly: off\n' },
      findings: [{ file: 'mesh.yaml', line: 7, column: 5, message: /sets TransparentProxy.MeshDestinationsOnly = false/ }],
    },
  ],
});
