import { describe, expect, it } from 'vitest';
import rule from '../../rules/permissive-without-intentions.js';
import { runRules } from '../../src/engine/run.js';
import { lintSources } from '../../src/lint.js';
import type { Located } from '../../src/model/located-ref.js';
import { MeshModel } from '../../src/model/mesh.js';
import { makeScope } from '../../src/model/scope.js';
import type { Upstream, Workload } from '../../src/model/workloads.js';
import { ruleTester } from '../rule-tester.js';

const SD_PERMISSIVE = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n';
const msg = (svc: string, scope = 'partition "default"') =>
  `No allow intention names permissive service "${svc}" in ${scope} as its destination and no downstream declares it as an explicit upstream, so transparent proxies cannot infer it as an upstream and downstream traffic to it stays plaintext: add an allow intention from each downstream to "${svc}".`;

const intention = (dest: string, sources: string, extra = '') => `Kind = "service-intentions"\nName = "${dest}"\n${extra}Sources = [\n${sources}]\n`;
const src = (name: string, action: string) => `  {\n    Name   = "${name}"\n    Action = "${action}"\n  },\n`;

ruleTester(rule, {
  accept: [
    {
      description: 'HCL allow intention naming the service',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': intention('api', src('web', 'allow')) },
    },
    {
      description: 'HCL repeated Sources blocks',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': 'Kind = "service-intentions"\nName = "api"\nSources {\n  Name = "a"\n  Action = "deny"\n}\nSources {\n  Name = "web"\n  Action = "allow"\n}\n' },
    },
    {
      description: 'JSON allow with lower-case keys, and Sources given as a lone object',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn.json': '{\n  "kind": "service-intentions",\n  "name": "api",\n  "sources": { "name": "web", "action": "allow" }\n}\n',
      },
    },
    {
      description: 'CRD ServiceIntentions: the destination is spec.destination.name, not metadata.name',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn.yaml':
          'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: web-to-something\nspec:\n  destination:\n    name: api\n  sources:\n    - name: web\n      action: allow\n',
      },
    },
    {
      description: 'an L7 intention counts as allow (even with only deny permissions)',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn.hcl':
          'Kind = "service-intentions"\nName = "api"\nSources = [\n  {\n    Name = "web"\n    Permissions = [\n      {\n        Action = "deny"\n        HTTP { PathPrefix = "/admin" }\n      },\n    ]\n  },\n]\n',
      },
    },
    {
      description: 'a wildcard destination allow',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': intention('*', src('web', 'allow')) },
    },
    {
      description: 'a `*` source allow still counts where an exact deny overrides it for one source',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn.hcl': intention('api', src('*', 'allow') + src('web', 'deny')),
      },
    },
    {
      description: 'a wildcard-destination `*` allow overridden for one source by an exact-destination deny',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'all.hcl': intention('*', src('*', 'allow')),
        'ixn.hcl': intention('api', src('web', 'deny')),
      },
    },
    {
      description: 'the cluster fact defaultIntentionPolicy: allow',
      facts: { default: { defaultIntentionPolicy: 'allow' } },
      files: { 'api.hcl': SD_PERMISSIVE },
    },
    {
      description: 'strict services need nothing',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "strict"\n' },
    },
    {
      description: 'look-alike: control-plane-request-limit Mode = "permissive"',
      files: { 'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\n' },
    },
    {
      description: 'a wildcard namespace and name (`*/*`) allow',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': intention('*', src('*', 'allow'), 'Namespace = "*"\n') },
    },
    {
      description: 'an allow in the service\'s own namespace',
      files: {
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nNamespace = "ops"\nMutualTLSMode = "permissive"\n',
        'ixn.hcl': intention('api', src('web', 'allow'), 'Namespace = "ops"\n'),
      },
    },
    {
      description: 'an allow in partition x for a service of partition x',
      files: {
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nPartition = "x"\nMutualTLSMode = "permissive"\n',
        'ixn.hcl': intention('api', src('web', 'allow'), 'Partition = "x"\n'),
      },
    },
  ],
  reject: [
    {
      // Issue 13 item 8: the premise "no allow intention" rests on an intentions file that does not parse.
      description: 'the service-intentions in ixn.hcl does not parse: the message says so, the parse error is related',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': 'Kind = "service-intentions"\nName = "api"\nSources = [\n  { Name = "web", Action = "allow" }\n' },
      findings: [
        {
          file: 'api.hcl',
          line: 3,
          column: 1,
          severity: 'warning',
          related: ['ixn.hcl:3:11'],
          message:
            'No allow intention that could be read names permissive service "api" in partition "default" as its destination, and the service-intentions entry in ixn.hcl could not be read (it does not parse), so whether downstreams infer "api" as an upstream is unknown; until then downstream traffic to it stays plaintext: fix ixn.hcl, and make sure an allow intention from each downstream to "api" is there.',
        },
      ],
    },
    {
      description: 'an unreadable ServiceIntentions CRD of another partition scope does not change the message',
      scopes: { 'b/': { partition: 'b' } },
      files: { 'api.hcl': SD_PERMISSIVE, 'b/ixn.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: api\nspec:\n  destination: {name: api\n' },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api'), related: [] }],
    },
    {
      description: 'HCL: no intention at all',
      files: { 'api.hcl': SD_PERMISSIVE },
      findings: [{ file: 'api.hcl', line: 3, column: 1, endLine: 3, endColumn: 29, severity: 'warning', message: msg('api'), related: [] }],
    },
    {
      description: 'error in phase enforce',
      phase: 'enforce',
      files: { 'api.hcl': SD_PERMISSIVE },
      findings: [{ file: 'api.hcl', line: 3, column: 1, severity: 'error', message: msg('api') }],
    },
    {
      description: 'deny-only intentions do not count (exact and wildcard), and are related',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn.hcl': intention('api', src('web', 'deny')),
        'all.hcl': intention('*', src('*', 'deny')),
      },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api'), related: ['all.hcl:6:5', 'ixn.hcl:6:5'] }],
    },
    {
      description: 'invalid actions (`Allow`) do not count',
      files: { 'api.hcl': SD_PERMISSIVE, 'ixn.hcl': intention('api', src('web', 'Allow')) },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api') }],
    },
    {
      description: 'an allow to another service, or a partial wildcard, does not count',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn.hcl': intention('api-v2', src('web', 'allow')),
        'partial.hcl': intention('ap*', src('web', 'allow')),
      },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api') }],
    },
    {
      description: 'a wildcard-destination allow shadowed by an exact-destination deny for the same source',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'all.hcl': intention('*', src('web', 'allow')),
        'ixn.hcl': intention('api', src('web', 'deny')),
      },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api'), related: ['ixn.hcl:6:5'] }],
    },
    {
      description: 'an allow in another namespace, or with a `*` namespace and an exact name (Consul rejects it), does not count',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ops.hcl': intention('api', src('web', 'allow'), 'Namespace = "ops"\n'),
        'bad.hcl': intention('api', src('web', 'allow'), 'Namespace = "*"\n'),
      },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api') }],
    },
    {
      description: 'a service of a non-default namespace is named with it',
      files: { 'api.hcl': 'Kind = "service-defaults"\nName = "api"\nNamespace = "ops"\nMutualTLSMode = "permissive"\n' },
      findings: [{ file: 'api.hcl', line: 4, column: 1, message: /^No allow intention names permissive service "api" \(namespace "ops"\) in partition "default" as/ }],
    },
    {
      description: 'intentions in another partition scope do not count',
      files: {
        'api.hcl': SD_PERMISSIVE,
        'ixn-x.hcl': intention('api', src('web', 'allow'), 'Partition = "x"\n'),
        'all-x.json': '{\n  "Kind": "service-intentions",\n  "Name": "*",\n  "Partition": "x",\n  "Sources": [ { "Name": "*", "Action": "allow" } ]\n}\n',
      },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api') }],
    },
    {
      description: 'intentions in another scope of the config',
      scopes: { 'team-a/': { partition: 'a' } },
      files: { 'api.hcl': SD_PERMISSIVE, 'team-a/ixn.hcl': intention('api', src('web', 'allow')) },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api') }],
    },
    {
      description: 'the cluster fact is per scope',
      facts: { x: { defaultIntentionPolicy: 'allow' } },
      files: { 'api.hcl': SD_PERMISSIVE },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api') }],
    },
    {
      description: 'JSON and snake_case, CRD ServiceIntentions whose metadata.name is the service',
      files: {
        'api.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "mutual_tls_mode": "permissive"\n}\n',
        'ixn.yaml':
          'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: api\nspec:\n  destination:\n    name: db\n  sources:\n    - name: web\n      action: allow\n',
      },
      findings: [{ file: 'api.json', line: 4, column: 3, endLine: 4, endColumn: 34, message: msg('api') }],
    },
    {
      description: 'CRD ServiceDefaults in a multi-document file',
      files: {
        'k8s.yaml':
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n',
      },
      findings: [{ file: 'k8s.yaml', line: 11, column: 3, endColumn: 28, message: msg('api') }],
    },
    {
      description: 'permissive from proxy-defaults: at the service-defaults, proxy-defaults related',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n',
        'api.hcl': 'Kind = "service-defaults"\nName = "api"\nProtocol = "http"\n',
        'web.hcl': 'Kind = "service-defaults"\nName = "web"\nMutualTLSMode = "strict"\n',
      },
      findings: [{ file: 'api.hcl', line: 2, column: 1, message: msg('api'), related: ['pd.hcl:3:1'] }],
    },
  ],
});

describe('permissive-without-intentions with explicit upstreams', () => {
  const at: Located = {
    file: 'web.yaml',
    range: { start: { line: 9, column: 9, offset: 120 }, end: { line: 9, column: 60, offset: 171 } },
    subject: 'web.yaml#upstreams',
  };
  const web = (upstreams: Upstream[], partition?: string): Workload => ({
    label: 'Deployment/web',
    k8sNamespace: 'default',
    services: ['web'],
    serviceSource: 'workload-name',
    scope: makeScope(partition),
    consulNamespace: 'default',
    at,
    injected: true,
    injectedSource: 'annotation',
    transparentProxy: true,
    transparentProxySource: 'default',
    upstreams,
    exclusions: [],
  });
  const run = (workloads: Workload[]) => {
    const { normalized } = lintSources([{ path: 'api.hcl', text: SD_PERMISSIVE }], { today: '2026-01-15', rules: [] });
    const model = new MeshModel(normalized.flatMap((n) => n.entries), workloads);
    return runRules([rule], model, normalized, { phase: 'onboarding', today: '2026-01-15' }).findings.map((f) => f.message);
  };

  it('an explicit upstream to the service counts', () => {
    expect(run([web([{ service: 'api', at }])])).toEqual([]);
  });

  it('an explicit upstream to another partition, another service or a peer does not', () => {
    expect(run([web([{ service: 'api', partition: 'x', at }])])).toEqual([msg('api')]);
    expect(run([web([{ service: 'api-v2', at }])])).toEqual([msg('api')]);
    expect(run([web([{ service: 'api', peer: 'dc2', at }])])).toEqual([msg('api')]);
  });
});

// ---------------------------------------------------------------------------------------
// Explicit upstreams from real manifests: the Kubernetes input reads
// `consul.hashicorp.com/connect-service-upstreams` (src/model/upstreams.ts).
// ---------------------------------------------------------------------------------------

const downstream = (upstreams: string, inject = 'true') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      annotations:\n        consul.hashicorp.com/connect-inject: "${inject}"\n        consul.hashicorp.com/connect-service-upstreams: "${upstreams}"\n`;

ruleTester(rule, {
  accept: [
    {
      description: 'k8s: an unlabeled explicit upstream from a downstream Deployment',
      files: { 'api.hcl': SD_PERMISSIVE, 'web.yaml': downstream('api:8080') },
    },
    {
      description: 'k8s: a labeled explicit upstream, among others',
      files: { 'api.hcl': SD_PERMISSIVE, 'web.yaml': downstream('db.svc:5432, api.svc:8080') },
    },
  ],
  reject: [
    {
      description: 'k8s: an upstream to a peer\'s "api" is not this "api"',
      files: { 'api.hcl': SD_PERMISSIVE, 'web.yaml': downstream('api.svc.dc2-peer.peer:8080') },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api') }],
    },
    {
      description: 'k8s: an upstream without a port is dropped by consul-k8s, so it does not count',
      files: { 'api.hcl': SD_PERMISSIVE, 'web.yaml': downstream('api') },
      findings: [{ file: 'api.hcl', line: 3, column: 1, message: msg('api') }],
    },
  ],
});
