import rule from '../../rules/permissive-service-not-in-mesh.js';
import { ruleTester } from '../rule-tester.js';

const SD_CRD = (name: string) =>
  `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: ${name}\nspec:\n  mutualTLSMode: permissive\n`;

const CRONJOB = (annotation: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: reports
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
${annotation}        spec:
          containers:
            - name: reports
              image: reports:1.4
`;

const DEPLOY = (name: string, annotations: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    metadata:
      labels:
        app: ${name}
      annotations:
${annotations}`;

ruleTester(rule, {
  accept: [
    {
      description: 'the permissive service has an injected workload',
      files: { 'sd.yaml': SD_CRD('reports'), 'reports.yaml': CRONJOB('            consul.hashicorp.com/connect-inject: "true"\n') },
    },
    {
      description: 'one injected workload is enough (a canary being onboarded)',
      files: {
        'sd.yaml': SD_CRD('web'),
        'web.yaml': DEPLOY('web', '        consul.hashicorp.com/connect-inject: "false"\n'),
        'web-canary.yaml': DEPLOY('web-canary', '        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/connect-service: "web"\n'),
      },
    },
    {
      description: 'no workload of the service in the repository: nothing to say',
      files: { 'sd.yaml': SD_CRD('reports') },
    },
    {
      description: 'a strict service that is not injected is not this rule\'s business',
      files: {
        'sd.hcl': 'Kind = "service-defaults"\nName = "reports"\nMutualTLSMode = "strict"\n',
        'reports.yaml': CRONJOB('            consul.hashicorp.com/connect-inject: "false"\n'),
      },
    },
  ],
  reject: [
    {
      description: 'the CronJob says connect-inject: "false"',
      files: { 'sd.yaml': SD_CRD('reports'), 'reports.yaml': CRONJOB('            consul.hashicorp.com/connect-inject: "false"\n') },
      findings: [
        {
          file: 'sd.yaml',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 28,
          severity: 'warning',
          message:
            'service-defaults "reports" in partition "default" sets MutualTLSMode = "permissive", but no workload of "reports" in the repository is injected (CronJob/reports: consul.hashicorp.com/connect-inject: "false"): without a sidecar nothing accepts mTLS for "reports" and its traffic never enters the mesh, so permissive mode does nothing; inject its pods (consul.hashicorp.com/connect-inject: "true") to onboard it.',
          related: ['reports.yaml:12:13'],
        },
      ],
    },
    {
      description: 'no annotation and the Helm default is false; the Service names the Consul service (HCL entry)',
      files: {
        'consul/payments.hcl': 'Kind = "service-defaults"\nName = "payments"\nMutualTLSMode = "permissive"\n',
        'helm/values.yaml': 'connectInject:\n  enabled: true\n  default: false\n',
        'k8s/payments.yaml': `apiVersion: v1\nkind: Service\nmetadata:\n  name: payments\nspec:\n  selector:\n    app: payments-v1\n---\n${DEPLOY('payments-v1', '        prometheus.io/scrape: "true"\n')}`,
      },
      findings: [
        {
          file: 'consul/payments.hcl',
          line: 3,
          column: 1,
          message: /no workload of "payments" in the repository is injected \(Deployment\/payments-v1: no consul\.hashicorp\.com\/connect-inject annotation, and Helm connectInject\.default is false\)/,
          related: ['helm/values.yaml:3:3'],
        },
      ],
    },
    {
      description: 'without Helm values the message says the cluster default may differ',
      files: { 'sd.yaml': SD_CRD('web'), 'web.yaml': DEPLOY('web', '        prometheus.io/scrape: "true"\n') },
      findings: [
        {
          file: 'sd.yaml',
          line: 6,
          column: 3,
          message: /Deployment\/web: no consul\.hashicorp\.com\/connect-inject annotation, so it is injected only where the cluster's Helm value connectInject\.default is true \(the chart default is false\)/,
          related: ['web.yaml:4:3'],
        },
      ],
    },
    {
      description: 'a namespace denied by Helm, and a Terraform service-defaults',
      files: {
        'consul.tf': 'resource "consul_config_entry" "web" {\n  kind = "service-defaults"\n  name = "web"\n  config_json = jsonencode({ MutualTLSMode = "permissive" })\n}\n',
        'values.yaml': 'connectInject:\n  k8sDenyNamespaces: ["legacy"]\n',
        'web.yaml': DEPLOY('web', '        consul.hashicorp.com/connect-inject: "true"\n').replace('  name: web\n', '  name: web\n  namespace: legacy\n'),
      },
      findings: [
        {
          file: 'consul.tf',
          line: 4,
          column: 30,
          message: /\(Deployment\/web: namespace "legacy" is excluded from injection\)/,
          related: ['values.yaml:2:3'],
        },
      ],
    },
  ],
});
