import rule from '../../rules/invalid-annotation.js';
import { ruleTester } from '../rule-tester.js';

const deployment = (annotations: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  template:
    metadata:
      annotations:
${annotations}    spec:
      containers:
        - name: orders
          ports:
            - name: http
              containerPort: 8080
${extra}`;

ruleTester(rule, {
  accept: [
    {
      description: 'well-formed annotations of every kind',
      files: {
        'orders.yaml': deployment(
          `        consul.hashicorp.com/connect-inject: "true"
        consul.hashicorp.com/transparent-proxy: "1"
        consul.hashicorp.com/transparent-proxy-overwrite-probes: "False"
        consul.hashicorp.com/connect-service-upstreams: "payments:8080, db.svc:5432, prepared_query:nearest-cache:6379, api:http:dc2"
        consul.hashicorp.com/transparent-proxy-exclude-inbound-ports: "9102"
        consul.hashicorp.com/transparent-proxy-exclude-outbound-cidrs: "10.0.0.0/8,fd00::/8,169.254.169.254"
        consul.hashicorp.com/transparent-proxy-exclude-uids: "5995"
`,
        ),
      },
    },
    {
      description: 'a pod that is not injected: consul-k8s never reads its upstreams',
      files: {
        'values.yaml': 'connectInject:\n  enabled: true\n  default: false\n',
        'orders.yaml': deployment('        consul.hashicorp.com/connect-service-upstreams: "payments"\n'),
      },
    },
    {
      description: 'annotations that are not consul-k8s ones are not judged',
      files: { 'orders.yaml': deployment('        prometheus.io/scrape: true\n') },
    },
    {
      description: 'placeholder fragments from the docs are not workloads',
      files: { 'snippet.yaml': 'annotations:\n  "consul.hashicorp.com/connect-service-upstreams": "[service-name]:[port]"\n' },
    },
    {
      description: 'Helm values with booleans written as strings the injector parses (-default-inject={{ .Values.connectInject.default }})',
      files: { 'values.yaml': 'connectInject:\n  default: "true"\n  transparentProxy:\n    defaultEnabled: true\n' },
    },
  ],
  reject: [
    {
      // hashicorp/consul-k8s charts/consul/templates/connect-inject-deployment.yaml:160:
      // {{- if .Values.connectInject.transparentProxy.defaultEnabled }} — a non-empty string is true.
      description: 'Helm transparentProxy.defaultEnabled: "false" is a string the chart tests with {{ if }}',
      files: { 'values.yaml': 'connectInject:\n  default: "true"\n  transparentProxy:\n    defaultEnabled: "false"\n' },
      findings: [
        {
          file: 'values.yaml',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 28,
          message:
            'connectInject.transparentProxy.defaultEnabled is the string "false", not a boolean: the chart tests it with {{ if }} (charts/consul/templates/connect-inject-deployment.yaml:160), where every non-empty string is true, so it is on although the value says false; write true or false without quotes',
        },
      ],
    },
    {
      // charts/consul/templates/connect-inject-deployment.yaml:215 and :220.
      description: 'Helm enableConsulNamespaces: "false" and mirroringK8S: "false" are strings, both true to the chart',
      files: { 'values.yaml': 'global:\n  enableConsulNamespaces: "false"\nconnectInject:\n  consulNamespaces:\n    mirroringK8S: "false"\n' },
      findings: [
        {
          file: 'values.yaml',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 34,
          message:
            'global.enableConsulNamespaces is the string "false", not a boolean: the chart tests it with {{ if }} (charts/consul/templates/connect-inject-deployment.yaml:215), where every non-empty string is true, so it is on although the value says false; write true or false without quotes',
        },
        {
          file: 'values.yaml',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 26,
          message:
            'connectInject.consulNamespaces.mirroringK8S is the string "false", not a boolean: the chart tests it with {{ if }} (charts/consul/templates/connect-inject-deployment.yaml:220), where every non-empty string is true, so it is on although the value says false; write true or false without quotes',
        },
      ],
    },
    {
      description: 'transparent-proxy: "maybe"',
      files: { 'orders.yaml': deployment('        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy: "maybe"\n') },
      findings: [
        {
          file: 'orders.yaml',
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 56,
          severity: 'error',
          message:
            'Deployment/orders: consul.hashicorp.com/transparent-proxy is "maybe": the injector rejects the pod with error determining if transparent proxy is enabled: strconv.ParseBool: parsing "maybe": invalid syntax; write "true" or "false".',
        },
      ],
    },
    {
      description: 'an upstream without a port and one with an unknown named port, each at its entry',
      files: { 'orders.yaml': deployment('        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/connect-service-upstreams: "payments,db:postgres"\n') },
      findings: [
        {
          file: 'orders.yaml',
          line: 10,
          column: 58,
          endColumn: 66,
          message:
            'Deployment/orders: consul.hashicorp.com/connect-service-upstreams: invalid upstream local bind port "" in "payments": the entry has no port; consul-k8s expects <service>:<port>[:<datacenter>].',
        },
        {
          file: 'orders.yaml',
          line: 10,
          column: 67,
          endColumn: 78,
          message: /^Deployment\/orders: consul\.hashicorp\.com\/connect-service-upstreams: invalid upstream local bind port "postgres" in "db:postgres": "postgres" is neither a number nor the name of a container port of the pod/,
        },
      ],
    },
    {
      description: 'the Namespace label, once, whatever the number of pods',
      files: {
        'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    consul.hashicorp.com/transparent-proxy: "off"\n',
      },
      findings: [{ file: 'ns.yaml', line: 6, column: 5, message: /^The label consul\.hashicorp\.com\/transparent-proxy of Namespace "shop" is "off": .*strconv\.ParseBool: parsing "off": invalid syntax/ }],
    },
    {
      description: 'connect-inject written as a YAML boolean: Kubernetes rejects the Deployment',
      files: { 'orders.yaml': deployment('        consul.hashicorp.com/connect-inject: true\n') },
      findings: [{ file: 'orders.yaml', line: 9, column: 9, message: /is a YAML bool, not a string: Kubernetes rejects the object .*quote it: "true"\.$/ }],
    },
    {
      description: 'a pod annotation on the Deployment itself',
      files: {
        'orders.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\n  annotations:\n    consul.hashicorp.com/transparent-proxy: "false"\nspec:\n  template:\n    metadata:\n      labels: { app: orders }\n',
      },
      findings: [{ file: 'orders.yaml', line: 6, column: 5, message: /where consul-k8s never reads it/ }],
    },
    {
      description: 'Helm values the injector cannot start with',
      files: { 'helm/consul-values.yaml': 'global:\n  name: consul\nconnectInject:\n  enabled: true\n  default: "yes"\n' },
      findings: [
        {
          file: 'helm/consul-values.yaml',
          line: 5,
          column: 3,
          message:
            'connectInject.default must be true or false: the chart passes it to the injector as -default-inject=yes, which fails to start with invalid boolean value "yes" for -default-inject: parse error',
        },
      ],
    },
    {
      description: 'a smart quote in an exclusion list (consul docs, before the fix)',
      files: {
        'orders.yaml': deployment('        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy-exclude-inbound-ports: "8200, 8201”"\n'),
      },
      findings: [{ file: 'orders.yaml', line: 10, column: 9, message: /holds "8201”", which is not a port number/ }],
    },
  ],
});
