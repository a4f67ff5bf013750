import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatJson, jsonChunks, JSON_FORMAT_VERSION } from '../../src/format/json.js';
import { fingerprint } from '../../src/format/fingerprint.js';
import { CLEAN, FINDINGS, sampleResult } from './sample-result.js';

describe('json', () => {
  const out = JSON.parse(formatJson(sampleResult()));

  test('versioned, with the documented top-level keys in order', () => {
    expect(out.version).toBe(JSON_FORMAT_VERSION);
    expect(Object.keys(out)).toEqual(['version', 'tool', 'phase', 'summary', 'rules', 'files', 'findings', 'ruleErrors']);
  });

  test('a finding: flat position, related places, identity, suppressions', () => {
    expect(out.findings[1]).toEqual({
      ruleId: 'permissive-mtls',
      severity: 'warning',
      message: FINDINGS[1]!.message,
      file: 'consul/api defaults.hcl',
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 29,
      related: [{ file: 'consul/mesh.hcl', line: 2, column: 3, endLine: 2, endColumn: 40, message: 'mesh entry of this partition' }],
      subject: 'service-defaults/default/default/api#MutualTLSMode',
      fingerprint: fingerprint(FINDINGS[1]!),
      suppressed: false,
      suppressions: [],
    });
    expect(out.findings[2].suppressions[0]).toEqual({
      kind: 'inSource',
      justification: 'migrating until June',
      location: { file: 'consul/web.hcl', line: 2, column: 1, endLine: 2, endColumn: 60 },
    });
  });

  test('summary and files', () => {
    expect(out.summary).toEqual({
      errors: 1,
      warnings: 1,
      notes: 0,
      suppressed: 2,
      filesConsidered: 6,
      filesLinted: 4,
      filesNotConsul: 1,
      filesSkipped: 1,
      skippedReasons: { 'larger than 5 MB': 1 },
      entries: 3,
    });
    expect(out.files[2]).toEqual({ path: 'consul/huge.json', status: 'skipped', reason: 'larger than 5 MB', entries: 0 });
    expect(out.rules[2]).toEqual({
      id: 'permissive-mtls',
      description: 'A permissive service accepts plaintext',
      category: 'security',
      severity: 'warning',
      defaultSeverity: 'warning',
      securitySeverity: 7.5,
      docsUrl: 'rules/permissive-mtls.md',
    });
  });

  test('stable bytes', () => {
    expect(formatJson(sampleResult())).toBe(formatJson(structuredClone(sampleResult())));
    expect(JSON.parse(formatJson(CLEAN)).findings).toEqual([]);
  });

  test('docs/json-format.md documents every key the output has', () => {
    const doc = readFileSync(new URL('../../docs/json-format.md', import.meta.url), 'utf8');
    const keys = new Set<string>();
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k !== 'larger than 5 MB') keys.add(k);
          walk(x);
        }
      }
    };
    walk(JSON.parse(formatJson(sampleResult({ ruleErrors: [{ ruleId: 'permissive-mtls', message: 'boom' }] }))));
    for (const k of keys) expect(doc, `docs/json-format.md should document "${k}"`).toContain(`\`${k}\``);
  });
});

describe('json in pieces', () => {
  const RESULTS = {
    sample: sampleResult(),
    clean: CLEAN,
    'rule errors, no files': sampleResult({ files: [], ruleErrors: [{ ruleId: 'permissive-mtls', message: 'boom\n"quoted" \u2028 😀' }] }),
    'no findings': sampleResult({ findings: [] }),
    'not evaluated': sampleResult({
      files: [
        {
          path: 'a.tf',
          status: 'linted',
          format: 'terraform',
          entries: 1,
          notEvaluated: [{ field: 'Config', expression: 'var.x', range: FINDINGS[0]!.location.range }],
        },
      ],
    }),
  };

  test.each(Object.entries(RESULTS))('%s: the bytes of JSON.stringify(report, null, 2) and a newline', (_, result) => {
    const text = [...jsonChunks(result)].join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(formatJson(result)).toBe(text);
  });

  test('a piece holds at most one file record or finding (the report is never one string)', () => {
    const many = sampleResult({ findings: Array.from({ length: 50 }, () => FINDINGS).flat() });
    const pieces = [...jsonChunks(many)];
    const largest = Math.max(...many.findings.map((f) => formatJson(sampleResult({ findings: [f] })).length));
    expect(pieces.length).toBeGreaterThan(many.findings.length + many.files.length);
    for (const p of pieces) expect(p.length).toBeLessThan(largest / 2);
  });
});
