/** Synthetic lint results for the formatter tests: formatters see nothing else. */
import type { Finding } from '../../src/engine/finding.js';
import type { LintResult, RuleInfo } from '../../src/engine/result.js';
import { buildStats } from './stats.js';

export function range(line: number, column: number, endLine: number, endColumn: number) {
  return {
    start: { line, column, offset: 0 },
    end: { line: endLine, column: endColumn, offset: 0 },
  };
}

export const RULE_INFOS: RuleInfo[] = [
  {
    id: 'mesh-destinations-only-disabled',
    description: 'MeshDestinationsOnly is off: traffic to addresses outside the mesh leaves without mTLS',
    category: 'security',
    defaultSeverity: 'warning',
    enforceSeverity: 'error',
    securitySeverity: 5,
    docsUrl: 'rules/mesh-destinations-only-disabled.md',
    severity: 'warning',
  },
  {
    id: 'parse-error',
    description: 'A file that looks like Consul configuration cannot be parsed the way Consul parses it',
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/parse-error.md',
    severity: 'error',
    help: {
      text: 'parse-error\n\nWhat it does\n\nFlags a file Consul cannot parse.',
      markdown: '# parse-error\n\n## What it does\n\nFlags a file `Consul` cannot parse.\n\n## Why is this bad?\n\n`consul config write` fails.\n',
    },
  },
  {
    id: 'permissive-mtls',
    description: 'A permissive service accepts plaintext',
    category: 'security',
    defaultSeverity: 'warning',
    enforceSeverity: 'error',
    securitySeverity: 7.5,
    docsUrl: 'rules/permissive-mtls.md',
    severity: 'warning',
  },
  {
    id: 'strict-mode-implicit',
    description: 'A service-defaults entry does not set MutualTLSMode',
    category: 'hygiene',
    defaultSeverity: 'note',
    docsUrl: 'rules/strict-mode-implicit.md',
    severity: 'off',
  },
];

export const FINDINGS: Finding[] = [
  {
    ruleId: 'parse-error',
    severity: 'error',
    message: 'Unexpected trailing comma before "}"; Go\'s JSON decoder rejects it',
    location: { file: 'consul/bad,name:1.json', range: range(3, 27, 3, 28) },
    related: [],
    subject: 'consul/bad,name:1.json',
  },
  {
    ruleId: 'permissive-mtls',
    severity: 'warning',
    message: 'service-defaults "api" (partition "default") is permissive: it accepts plaintext.\nSet "strict" when onboarding is done.',
    location: { file: 'consul/api defaults.hcl', range: range(4, 1, 4, 29) },
    related: [{ file: 'consul/mesh.hcl', range: range(2, 3, 2, 40), message: 'mesh entry of this partition' }],
    subject: 'service-defaults/default/default/api#MutualTLSMode',
  },
  {
    ruleId: 'permissive-mtls',
    severity: 'warning',
    message: 'service-defaults "web" (partition "default") is permissive: it accepts plaintext',
    location: { file: 'consul/web.hcl', range: range(3, 1, 3, 29) },
    related: [],
    subject: 'service-defaults/default/default/web#MutualTLSMode',
    suppressions: [{ kind: 'inSource', justification: 'migrating until June', location: { file: 'consul/web.hcl', range: range(2, 1, 2, 60) } }],
  },
  {
    ruleId: 'mesh-destinations-only-disabled',
    severity: 'warning',
    message: 'mesh entry (partition "default") leaves MeshDestinationsOnly false',
    location: { file: 'consul/mesh.hcl', range: range(1, 1, 6, 2) },
    related: [],
    subject: 'mesh/default/default/mesh#TransparentProxy.MeshDestinationsOnly',
    suppressions: [{ kind: 'external', justification: 'legacy egress; ticket NET-12' }],
  },
];

export function sampleResult(overrides: Partial<LintResult> = {}): LintResult {
  const findings = overrides.findings ?? FINDINGS;
  const files = overrides.files ?? [
    { path: 'consul/api defaults.hcl', status: 'linted' as const, format: 'hcl' as const, entries: 1 },
    { path: 'consul/bad,name:1.json', status: 'linted' as const, format: 'json' as const, entries: 0 },
    { path: 'consul/huge.json', status: 'skipped' as const, reason: 'larger than 5 MB', entries: 0 },
    { path: 'consul/mesh.hcl', status: 'linted' as const, format: 'hcl' as const, entries: 1 },
    { path: 'consul/web.hcl', status: 'linted' as const, format: 'hcl' as const, entries: 1 },
    { path: 'package.json', status: 'not-consul' as const, format: 'json' as const, entries: 0 },
  ];
  const base: LintResult = {
    tool: { name: 'mtls-lint', version: '0.1.0', informationUri: 'https://github.com/mtls-lint/mtls-lint' },
    cwd: '.',
    phase: 'onboarding',
    rules: RULE_INFOS,
    findings,
    files,
    stats: buildStats(files, findings),
    ruleErrors: [],
  };
  return { ...base, ...overrides, stats: overrides.stats ?? buildStats(files, findings) };
}

export const CLEAN: LintResult = sampleResult({ findings: [], files: [{ path: 'consul/mesh.hcl', status: 'linted', format: 'hcl', entries: 1 }] });
