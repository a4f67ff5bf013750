import rule from '../../rules/permissive-expired.js';
import { ruleTester } from '../rule-tester.js';

// The harness's today is 2026-01-15.
const svc = (until: string, mode = 'permissive') =>
  `Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "${mode}"\nMeta {\n  "mtls-lint/permissive-until" = "${until}"\n}\n`;

ruleTester(rule, {
  accept: [
    { description: 'deadline in the future', files: { 'svc.hcl': svc('2026-06-30') } },
    { description: 'deadline is today', files: { 'svc.hcl': svc('2026-01-15') } },
    { description: 'permissive without a deadline (permissive-mtls reports it)', files: { 'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n' } },
    { description: 'a passed deadline on a strict service: re-secured in time', files: { 'svc.hcl': svc('2020-01-01', 'strict') } },
    {
      description: 'an unparseable date on a strict service is not checked',
      files: { 'svc.hcl': svc('someday', 'strict') },
    },
    {
      description: 'other Meta keys are not deadlines',
      files: { 'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\nMeta {\n  "permissive-until" = "2020-01-01"\n}\n' },
    },
    {
      description: 'the date passed later than the run date',
      today: '2026-06-30',
      files: { 'svc.hcl': svc('2026-06-30') },
    },
    {
      description: 'look-alike: control-plane-request-limit Mode = "permissive" with the key',
      files: {
        'limit.hcl': 'Kind = "control-plane-request-limit"\nName = "global"\nMode = "permissive"\nMeta {\n  "mtls-lint/permissive-until" = "2020-01-01"\n}\n',
      },
    },
  ],
  reject: [
    {
      description: 'the deadline in the first of two Meta blocks (Consul merges them)',
      files: { 'svc.hcl': `${svc('2025-12-31')}Meta {\n  owner = "team-a"\n}\n` },
      findings: [{ file: 'svc.hcl', line: 5, column: 3, endLine: 5, endColumn: 46, message: /after its deadline 2025-12-31/ }],
    },
    {
      description: 'HCL Meta deadline in the past',
      files: { 'svc.hcl': svc('2025-12-31') },
      findings: [
        {
          file: 'svc.hcl',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 46,
          severity: 'error',
          message:
            'service-defaults "api" in partition "default" is still permissive after its deadline 2025-12-31 (mtls-lint/permissive-until): finish onboarding and set MutualTLSMode = "strict", or agree on a new deadline.',
          related: ['svc.hcl:3:1'],
        },
      ],
    },
    {
      description: 'an unparseable date is reported',
      files: { 'svc.hcl': svc('30/06/2026'), 'web.hcl': svc('2026-02-30').replace('"api"', '"web"') },
      findings: [
        {
          file: 'svc.hcl',
          line: 5,
          column: 3,
          message:
            'service-defaults "api" in partition "default" has mtls-lint/permissive-until = "30/06/2026", which is not a date of the form YYYY-MM-DD, so its permissive deadline cannot be checked; write the date as YYYY-MM-DD.',
          related: ['svc.hcl:3:1'],
        },
        { file: 'web.hcl', line: 5, column: 3, message: /"2026-02-30", which is not a date of the form YYYY-MM-DD/ },
      ],
    },
    {
      description: 'JSON Meta, snake_case mode',
      files: {
        'svc.json':
          '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "mutual_tls_mode": "permissive",\n  "Meta": {\n    "mtls-lint/permissive-until": "2025-01-01"\n  }\n}\n',
      },
      findings: [{ file: 'svc.json', line: 6, column: 5, endColumn: 47, message: /deadline 2025-01-01/, related: ['svc.json:4:3'] }],
    },
    {
      description: 'CRD annotation of the same name, enforce phase is still an error',
      phase: 'enforce',
      files: {
        'svc.yaml': `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: products-api
  annotations:
    mtls-lint/permissive-until: "2025-06-30"
spec:
  mutualTLSMode: permissive
`,
      },
      findings: [
        {
          file: 'svc.yaml',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 45,
          severity: 'error',
          message: /^service-defaults "products-api" in partition "default" is still permissive after its deadline 2025-06-30/,
          related: ['svc.yaml:8:3'],
        },
      ],
    },
    {
      description: 'inherited permissive mode: the related location is the proxy-defaults field',
      files: {
        'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n',
        'svc.hcl': 'Kind = "service-defaults"\nName = "api"\nMeta {\n  "mtls-lint/permissive-until" = "2025-12-31"\n}\n',
      },
      findings: [{ file: 'svc.hcl', line: 4, column: 3, message: /^service-defaults "api" in partition "default" is still permissive/, related: ['pd.hcl:3:1'] }],
    },
    {
      description: 'a deadline on a permissive proxy-defaults, partition from config scopes',
      scopes: { 'b/': { partition: 'team-b' } },
      files: {
        'b/pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\nMeta {\n  "mtls-lint/permissive-until" = "2025-12-31"\n}\n',
      },
      findings: [{ file: 'b/pd.hcl', line: 5, column: 3, message: /^proxy-defaults "global" in partition "team-b" is still permissive/ }],
    },
  ],
});
