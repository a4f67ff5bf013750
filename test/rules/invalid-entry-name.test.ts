import rule from '../../rules/invalid-entry-name.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  accept: [
    { description: 'proxy-defaults named global', files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\n' } },
    { description: 'proxy-defaults without a Name (Consul names it global)', files: { 'pd.hcl': 'Kind = "proxy-defaults"\nMutualTLSMode = "strict"\n' } },
    { description: 'proxy-defaults, lower-case name key (JSON)', files: { 'pd.json': '{ "kind": "proxy-defaults", "name": "global" }\n' } },
    { description: 'service-defaults with a name', files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\n' } },
    { description: 'service-intentions for every destination', files: { 'all.hcl': 'Kind = "service-intentions"\nName = "*"\nSources = [{ Name = "web", Action = "deny" }]\n' } },
    { description: 'mesh entry (no name at all)', files: { 'mesh.hcl': 'Kind = "mesh"\n' } },
    {
      description: 'CRDs named as the webhook wants',
      files: {
        'crds.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
---
apiVersion: consul.hashicorp.com/v1alpha1
kind: ProxyDefaults
metadata:
  name: global
---
apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceIntentions
metadata:
  name: api-intentions
spec:
  destination:
    name: api
  sources:
    - name: web
      action: allow
`,
      },
    },
    { description: 'control-plane-request-limit has its own names', files: { 'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "limits"\nMode = "permissive"\n' } },
  ],
  reject: [
    {
      description: 'proxy-defaults not named global (HCL)',
      files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "foo"\nMutualTLSMode = "permissive"\n' },
      findings: [
        {
          file: 'pd.hcl',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 13,
          severity: 'error',
          message:
            'proxy-defaults "foo" (partition "default"): Consul rejects it with invalid name ("foo"), only "global" is supported — name it "global" (there is one proxy-defaults entry per partition)',
        },
      ],
    },
    {
      description: 'proxy-defaults named Global (JSON, case matters), in a partition',
      files: { 'pd.json': '{\n  "Kind": "proxy-defaults",\n  "Name": "Global",\n  "Partition": "web"\n}\n' },
      findings: [{ file: 'pd.json', line: 3, column: 3, endLine: 3, endColumn: 19, message: /^proxy-defaults "Global" \(partition "web"\): Consul rejects it with invalid name \("Global"\), only "global" is supported/ }],
    },
    {
      description: 'service-defaults without a Name',
      files: { 'api.hcl': 'Kind = "service-defaults"\nMutualTLSMode = "permissive"\n' },
      findings: [
        {
          file: 'api.hcl',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
          message: 'service-defaults in partition "default" has no Name: Consul rejects it with Name is required — set Name to the service it configures',
        },
      ],
    },
    {
      description: 'service-defaults with an empty Name, in a configured scope',
      files: { 'dc2/api.hcl': 'Kind = "service-defaults"\nName = ""\n' },
      scopes: { 'dc2/': { datacenter: 'dc2' } },
      findings: [{ file: 'dc2/api.hcl', line: 2, column: 1, endLine: 2, endColumn: 10, message: /^service-defaults in partition "default" of datacenter "dc2" has no Name/ }],
    },
    {
      description: 'service-defaults named *',
      files: { 'all.hcl': 'Kind = "service-defaults"\nName = "*"\nMutualTLSMode = "permissive"\n' },
      findings: [
        {
          file: 'all.hcl',
          line: 2,
          column: 1,
          message:
            'service-defaults "*" (partition "default"): Consul rejects it with service-defaults name must be the name of a service, and not a wildcard — name one service, or put settings for every service in proxy-defaults "global"',
        },
      ],
    },
    {
      description: 'service-intentions without a Name',
      files: { 'ixn.hcl': 'Kind = "service-intentions"\nSources = [{ Name = "web", Action = "allow" }]\n' },
      findings: [{ file: 'ixn.hcl', line: 1, column: 1, message: /^service-intentions in partition "default" has no Name: Consul rejects it with Name is required — set Name to the destination service \(or "\*"\)$/ }],
    },
    {
      description: 'CRD Mesh not named mesh',
      files: {
        'mesh.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh-config
spec:
  allowEnablingPermissiveMutualTLS: true
`,
      },
      findings: [
        {
          file: 'mesh.yaml',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 20,
          message: 'Mesh "mesh-config" (partition "default"): the consul-k8s webhook rejects it with mesh resource name must be "mesh" — set metadata.name to "mesh"',
        },
      ],
    },
    {
      description: 'CRD ProxyDefaults not named global (second document)',
      files: {
        'crds.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: Mesh
metadata:
  name: mesh
---
apiVersion: consul.hashicorp.com/v1alpha1
kind: ProxyDefaults
metadata:
  name: default
spec:
  mutualTLSMode: permissive
`,
      },
      findings: [
        {
          file: 'crds.yaml',
          line: 9,
          column: 3,
          message: 'ProxyDefaults "default" (partition "default"): the consul-k8s webhook rejects it with proxydefaults resource name must be "global" — set metadata.name to "global"',
        },
      ],
    },
    {
      description: 'CRD ServiceIntentions without spec.destination.name',
      files: {
        'ixn.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceIntentions
metadata:
  name: api
spec:
  sources:
    - name: web
      action: allow
`,
      },
      findings: [{ file: 'ixn.yaml', line: 2, column: 1, message: /^ServiceIntentions "api" \(partition "default"\) has no spec\.destination\.name: when the controller syncs it, Consul rejects it with Name is required/ }],
    },
    {
      description: 'still an error in phase enforce',
      phase: 'enforce',
      files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "foo"\n' },
      findings: [{ file: 'pd.hcl', line: 2, column: 1, severity: 'error', message: /only "global" is supported/ }],
    },
  ],
});
