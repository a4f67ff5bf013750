import rule from '../../rules/deny-intention-bypassed.js';
import { ruleTester } from '../rule-tester.js';

const SD_PERMISSIVE = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n';
const TAIL = 'not enforced on plaintext connections, because the permissive filter chain has no RBAC filter';
const denyMsg = (source: string, svc = 'api', scope = 'partition "default"') =>
  `The deny intention from ${source} to permissive service "${svc}" in ${scope} is ${TAIL}: set MutualTLSMode = "strict" on "${svc}" once its downstreams use mTLS.`;

const intention = (dest: string, sources: string, extra = '') => `Kind = "service-intentions"\nName = "${dest}"\n${extra}Sources = [\n${sources}]\n`;
const src = (name: string, action: string) => `  {\n    Name   = "${name}"\n    Action = "${action}"\n  },\n`;
const L7 =
  'Kind = "service-intentions"\nName = "api"\nSources = [\n  {\n    Name = "web"\n    Permissions = [\n      {\n        Action = "allow"\n        HTTP { PathPrefix = "/public" }\n      },\n    ]\n  },\n]\n';

ruleTester(rule, {
  accept: [
    {
      description: 'deny intentions to a strict service',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "strict"\n', 'ixn.hcl': intention('api', src('web', 'deny')) },
    },
    {
      description: 'allow-only intentions to a permissive service',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': intention('api', src('web', 'allow')) },
    },
    {
      description: 'a deny to another service, and a deny in another partition',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn.hcl': intention('db', src('web', 'deny')),
        'ixn-x.hcl': intention('api', src('web', 'deny'), 'Partition = "x"\n'),
        'all-x.hcl': intention('*', src('*', 'deny'), 'Partition = "x"\n'),
      },
    },
    {
      description: 'a wildcard-destination deny that an exact-destination intention overrides for its only source',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'all.hcl': intention('*', src('web', 'deny')),
        'ixn.hcl': intention('api', src('web', 'allow')),
      },
    },
    {
      description: 'a */* deny from web is from web in namespace "default" (Consul copies no wildcard namespace), so an exact allow from * decides over it',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'all.hcl': intention('*', src('web', 'deny'), 'Namespace = "*"\n'),
        'ixn.hcl': intention('api', src('*', 'allow')),
      },
    },
    {
      description: 'look-alike: control-plane-request-limit Mode = "permissive"',
      files: {
        'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n',
        'ixn.hcl': intention('global', src('web', 'deny')),
      },
    },
    {
      description: 'CRD: metadata.name is not the destination',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn.yaml':
          'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: api\nspec:\n  destination:\n    name: db\n  sources:\n    - name: web\n      action: deny\n',
      },
    },
  ],
  reject: [
    {
      description: 'HCL exact deny: at the Action, MutualTLSMode related',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': intention('api', src('web', 'deny') + src('ops', 'allow')) },
      findings: [
        { file: 'ixn.hcl', line: 6, column: 5, endLine: 6, endColumn: 20, severity: 'warning', message: denyMsg('"web"'), related: ['api.hcl:3:1'] },
      ],
    },
    {
      description: 'error in phase enforce',
      phase: 'enforce',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': intention('api', src('web', 'deny')) },
      findings: [{ file: 'ixn.hcl', line: 6, column: 5, severity: 'error', message: denyMsg('"web"') }],
    },
    {
      description: 'L7 permissions: at Permissions',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': L7 },
      findings: [
        {
          file: 'ixn.hcl',
          line: 6,
          column: 5,
          endLine: 11,
          endColumn: 6,
          message: `The L7 permissions from "web" to permissive service "api" in partition "default" are ${TAIL}: set MutualTLSMode = "strict" on "api" once its downstreams use mTLS.`,
          related: ['api.hcl:3:1'],
        },
      ],
    },
    {
      description: 'a wildcard-destination deny that several permissive services bypass: one finding',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n',
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\n',
        'db.hcl': 'Kind = "service-defaults"\nName = "db"\n',
        'all.hcl': intention('*', src('*', 'deny')),
        'ixn.hcl': intention('api', src('web', 'allow')),
      },
      findings: [
        {
          file: 'all.hcl',
          line: 6,
          column: 5,
          message: `The deny intention from any source ("*") to permissive services "api" and "db" in partition "default" is ${TAIL}: set MutualTLSMode = "strict" on "api" and "db" once their downstreams use mTLS.`,
          related: ['pd.hcl:3:1'],
        },
      ],
    },
    {
      description: 'a */* deny: its local source is in namespace "default", not in the destination\'s "*"',
      files: { 'api.hcl': SD_PERMISSIVE, 'all.hcl': intention('*', src('web', 'deny'), 'Namespace = "*"\n') },
      findings: [{ file: 'all.hcl', line: 7, column: 5, endLine: 7, endColumn: 20, message: denyMsg('"web" in namespace "default"'), related: ['api.hcl:3:1'] }],
    },
    {
      description: 'a `*` deny under an exact allow still applies to the other sources',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': intention('api', src('web', 'allow') + src('*', 'deny')) },
      findings: [{ file: 'ixn.hcl', line: 10, column: 5, message: denyMsg('any source ("*")') }],
    },
    {
      description: 'JSON with lower-case keys and a one-element list',
      files: {
        'api.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": "permissive"\n}\n',
        'ixn.json': '{\n  "kind": "service-intentions",\n  "name": "api",\n  "sources": [\n    { "name": "web", "action": "deny" }\n  ]\n}\n',
      },
      findings: [{ file: 'ixn.json', line: 5, column: 22, endColumn: 38, message: denyMsg('"web"'), related: ['api.json:4:3'] }],
    },
    {
      description: 'CRD ServiceIntentions: destination from spec.destination.name',
      files: {
        'api.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n',
        'ixn.yaml':
          'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: deny-web\nspec:\n  destination:\n    name: api\n  sources:\n    - name: web\n      action: deny\n',
      },
      findings: [{ file: 'ixn.yaml', line: 10, column: 7, endColumn: 19, message: denyMsg('"web"'), related: ['api.yaml:6:3'] }],
    },
    {
      description: 'CRD L7 permissions, and a JSON wildcard-destination deny',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn.yaml':
          'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: x\nspec:\n  destination:\n    name: api\n  sources:\n    - name: web\n      permissions:\n        - action: allow\n          http:\n            pathPrefix: /public\n',
        'all.json': '{\n  "Kind": "service-intentions",\n  "Name": "*",\n  "Sources": [\n    { "Name": "ops", "Action": "deny" }\n  ]\n}\n',
      },
      findings: [
        { file: 'all.json', line: 5, column: 22, message: denyMsg('"ops"') },
        { file: 'ixn.yaml', line: 10, column: 7, message: /^The L7 permissions from "web" to permissive service "api" in partition "default" are not enforced/ },
      ],
    },
    {
      description: 'a service of a non-default namespace is named with it, and a source of another namespace too',
      files: {
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nNamespace = "ops"\nMutualTLSMode = "permissive"\n',
        'ixn.hcl': 'Kind = "service-intentions"\nName = "api"\nNamespace = "ops"\nSources = [\n  {\n    Name      = "web"\n    Namespace = "shop"\n    Action    = "deny"\n  },\n]\n',
      },
      findings: [{ file: 'ixn.hcl', line: 8, column: 5, message: /^The deny intention from "web" in namespace "shop" to permissive service "api" \(namespace "ops"\) in partition "default" is not/ }],
    },
    {
      description: 'partitions: Partition = "x" on both entries',
      files: {
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nPartition = "x"\nMutualTLSMode = "permissive"\n',
        'ixn.hcl': intention('api', src('web', 'deny'), 'Partition = "x"\n'),
      },
      findings: [{ file: 'ixn.hcl', line: 7, column: 5, message: denyMsg('"web"', 'api', 'partition "x"'), related: ['api.hcl:4:1'] }],
    },
    {
      description: 'partitions from the config scopes',
      scopes: { 'team-a/': { partition: 'a' } },
      files: { 'team-a/api.hcl': SD_PERMISSIVE, 'team-a/ixn.hcl': intention('api', src('web', 'deny')), 'ixn.hcl': intention('api', src('ops', 'deny')) },
      findings: [{ file: 'team-a/ixn.hcl', line: 6, column: 5, message: denyMsg('"web"', 'api', 'partition "a"') }],
    },
  ],
});
