import rule from '../../rules/transparent-proxy-exclusion.js';
import { ruleTester } from '../rule-tester.js';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: products-api
spec:
  selector:
    app: products-api
---
`;

const deployment = (annotations: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: products-api
spec:
  template:
    metadata:
      labels:
        app: products-api
      annotations:
${annotations}`;

const INJECTED = '        consul.hashicorp.com/connect-inject: "true"\n';

ruleTester(rule, {
  accept: [
    {
      description: 'an injected pod without exclusions',
      files: { 'api.yaml': SERVICE + deployment(INJECTED) },
    },
    {
      description: 'a pod that is not injected: no redirection, nothing to bypass',
      files: { 'api.yaml': SERVICE + deployment('        consul.hashicorp.com/connect-inject: "false"\n        consul.hashicorp.com/transparent-proxy-exclude-inbound-ports: "9090"\n') },
    },
    {
      description: 'transparent proxy off: no redirection rules, so no exclusions',
      files: {
        'api.yaml':
          SERVICE +
          deployment(`${INJECTED}        consul.hashicorp.com/transparent-proxy: "false"\n        consul.hashicorp.com/transparent-proxy-exclude-outbound-ports: "443"\n`),
      },
    },
    {
      description: 'an empty exclusion list',
      files: { 'api.yaml': SERVICE + deployment(`${INJECTED}        consul.hashicorp.com/transparent-proxy-exclude-uids: ""\n`) },
    },
  ],
  reject: [
    {
      description: 'inbound ports of a strict service (strict by default)',
      files: { 'api.yaml': SERVICE + deployment(`${INJECTED}        consul.hashicorp.com/transparent-proxy-exclude-inbound-ports: "9090, 9102"\n`) },
      findings: [
        {
          file: 'api.yaml',
          line: 20,
          column: 9,
          endLine: 20,
          endColumn: 83,
          severity: 'warning',
          message:
            'Deployment/products-api (service "products-api", strict by default, partition "default") sets consul.hashicorp.com/transparent-proxy-exclude-inbound-ports: inbound connections to ports 9090 and 9102 reach the application directly, without passing the sidecar: no mTLS, no intentions. This is a documented bypass of the mesh; keep it only for traffic that must bypass it (metrics, health checks, the Kubernetes API) and suppress this finding with the reason, or remove the annotation.',
          related: [],
        },
      ],
    },
    {
      description: 'each exclusion of a permissive service, with its MutualTLSMode related',
      files: {
        'sd.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: products-api\nspec:\n  mutualTLSMode: permissive\n',
        'api.yaml':
          SERVICE +
          deployment(
            `${INJECTED}        consul.hashicorp.com/transparent-proxy-exclude-outbound-cidrs: "10.0.0.0/8"\n        consul.hashicorp.com/transparent-proxy-exclude-uids: "5995"\n        consul.hashicorp.com/transparent-proxy-exclude-outbound-ports: "5432"\n`,
          ),
      },
      findings: [
        {
          file: 'api.yaml',
          line: 20,
          column: 9,
          message: /^Deployment\/products-api \(service "products-api", permissive, partition "default"\) sets consul\.hashicorp\.com\/transparent-proxy-exclude-outbound-cidrs: outbound connections to 10\.0\.0\.0\/8 leave the pod without passing the sidecar: no mTLS, no intentions, and MeshDestinationsOnly does not stop them\./,
          related: ['sd.yaml:6:3'],
        },
        {
          file: 'api.yaml',
          line: 21,
          column: 9,
          message: /sets consul\.hashicorp\.com\/transparent-proxy-exclude-uids: every outbound connection of processes running as UID 5995 leaves the pod without passing the sidecar/,
        },
        {
          file: 'api.yaml',
          line: 22,
          column: 9,
          message: /sets consul\.hashicorp\.com\/transparent-proxy-exclude-outbound-ports: outbound connections to port 5432 leave the pod/,
        },
      ],
    },
    {
      description: 'injected by the Helm default, in an explicitly strict service (HCL)',
      files: {
        'values.yaml': 'connectInject:\n  default: true\n',
        'consul/products-api.hcl': 'Kind = "service-defaults"\nName = "products-api"\nMutualTLSMode = "strict"\n',
        'api.yaml': SERVICE + deployment('        consul.hashicorp.com/transparent-proxy-exclude-inbound-ports: "8080"\n'),
      },
      findings: [
        {
          file: 'api.yaml',
          line: 19,
          column: 9,
          message: /^Deployment\/products-api \(service "products-api", strict, partition "default"\) sets/,
          related: ['consul/products-api.hcl:3:1'],
        },
      ],
    },
  ],
});
