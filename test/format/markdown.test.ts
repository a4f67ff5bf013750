import { describe, expect, test } from 'vitest';
import { cell, formatMarkdown } from '../../src/format/markdown.js';
import { CLEAN, sampleResult } from './sample-result.js';

describe('markdown summary', () => {
  const md = formatMarkdown(sampleResult());

  test('heading and counts table', () => {
    expect(md.split('\n').slice(0, 5)).toEqual([
      '### ❌ mtls-lint: 1 error, 1 warning, 0 notes',
      '',
      '| Errors | Warnings | Notes | Suppressed | Files linted | Entries | Skipped files |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| 1 | 1 | 0 | 2 | 4 | 3 | 1 |',
    ]);
  });

  test('a row per finding, rule linked to its page, cells escaped', () => {
    expect(md).toContain(
      '| 🔴 error | [parse-error](https://github.com/mtls-lint/mtls-lint/blob/main/rules/parse-error.md) | `consul/bad,name:1.json:3:27` | Unexpected trailing comma before "}"; Go\'s JSON decoder rejects it |',
    );
    expect(md).toContain('accepts plaintext.<br>Set "strict"');
    expect(cell('a|b <x>\nc')).toBe('a\\|b &lt;x&gt;<br>c');
  });

  test('suppressed findings and skipped files are folded', () => {
    expect(md).toContain('<details><summary>2 suppressed findings</summary>');
    expect(md).toContain('in source: migrating until June');
    expect(md).toContain('config: legacy egress; ticket NET-12');
    expect(md).toContain('<details><summary>1 file skipped</summary>');
  });

  test('clean', () => {
    const c = formatMarkdown(CLEAN);
    expect(c).toMatch(/^### ✅ mtls-lint: 0 errors, 0 warnings, 0 notes/);
    expect(c).not.toContain('| Severity |');
  });

  test('long tables are cut', () => {
    const r = sampleResult();
    const many = Array.from({ length: 12 }, () => r.findings[0]!);
    const out = formatMarkdown({ ...r, findings: many }, { maxRows: 10 });
    expect(out).toContain('… and 2 more findings');
  });
});
