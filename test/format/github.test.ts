import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/format/github.js';
import { sampleResult } from './sample-result.js';

describe('github workflow commands', () => {
  test('escaping as the runner reads it', () => {
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext: a,b');
    expect(escapeProperty('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext%3A a%2Cb');
  });

  test('one annotation per unsuppressed finding, with the full position and the rule as title', () => {
    const lines = formatGithub(sampleResult()).split('\n');
    expect(lines[0]).toBe(
      '::error file=consul/bad%2Cname%3A1.json,line=3,col=27,endLine=3,endColumn=27,title=parse-error::Unexpected trailing comma before "}"; Go\'s JSON decoder rejects it',
    );
    expect(lines[1]).toBe(
      '::warning file=consul/api defaults.hcl,line=4,col=1,endLine=4,endColumn=28,title=permissive-mtls::service-defaults "api" (partition "default") is permissive: it accepts plaintext.%0ASet "strict" when onboarding is done.',
    );
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(2);
    expect(lines).toContain('mtls-lint: skipped consul/huge.json: larger than 5 MB');
    expect(lines.at(-2)).toMatch(/^✖ 2 problems/);
  });

  test('notes are notices; rule failures are errors without a file', () => {
    const r = sampleResult({ ruleErrors: [{ ruleId: 'x', message: 'a\nb' }] });
    r.findings = [{ ...r.findings[0]!, severity: 'note' }];
    const out = formatGithub(r);
    expect(out).toMatch(/^::notice file=/);
    expect(out).toContain('::error title=mtls-lint internal error in x::a%0Ab');
  });
});
