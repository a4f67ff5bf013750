import { describe, expect, test } from 'vitest';
import { formatText, shouldColor, splitFirstClause, wrap } from '../../src/format/text.js';
import { errorsOnly } from '../../src/format/index.js';
import { CLEAN, sampleResult } from './sample-result.js';

describe('text (ESLint stylish)', () => {
  test('grouped by file: line:col severity message rule-id, then skipped files and a summary', () => {
    expect(formatText(sampleResult(), { color: false })).toBe(
      [
        'consul/bad,name:1.json',
        '  3:27  error  Unexpected trailing comma before "}"; Go\'s JSON decoder rejects it  parse-error',
        '',
        'consul/api defaults.hcl',
        '  4:1  warning  service-defaults "api" (partition "default") is permissive: it accepts plaintext. Set "strict" when onboarding is done.  permissive-mtls',
        '',
        'Skipped files',
        '  consul/huge.json  larger than 5 MB',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 notes), 2 suppressed: 4 files linted, 3 entries, 1 not Consul config, 1 skipped (1 larger than 5 MB)',
        '',
      ].join('\n'),
    );
  });

  test('suppressed findings on request, with their justification', () => {
    const out = formatText(sampleResult(), { color: false, includeSuppressed: true });
    expect(out).toContain('(suppressed: migrating until June)');
  });

  test('clean', () => {
    expect(formatText(CLEAN, { color: false })).toBe('✓ 0 problems (0 errors, 0 warnings, 0 notes): 1 file linted, 1 entry, 0 not Consul config\n');
  });

  test('colour only when asked; none of it otherwise', () => {
    expect(formatText(sampleResult(), { color: false })).not.toContain('\u001b[');
    const c = formatText(sampleResult(), { color: true });
    expect(c).toContain('\u001b[31merror\u001b[39m');
    expect(c).toContain('\u001b[4mconsul/api defaults.hcl\u001b[24m');
  });

  test('rule failures are printed', () => {
    expect(formatText(sampleResult({ ruleErrors: [{ ruleId: 'permissive-mtls', message: 'boom' }] }), { color: false })).toContain(
      'internal error in rule permissive-mtls: boom',
    );
  });

  test.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
  ])('shouldColor(%j, tty=%s) = %s', (env, tty, want) => {
    expect(shouldColor(env, tty)).toBe(want);
  });

  test('--quiet: errors only, counted as such', () => {
    const q = errorsOnly(sampleResult());
    expect(q.findings.map((f) => f.ruleId)).toEqual(['parse-error']);
    expect(q.stats).toMatchObject({ errors: 1, warnings: 0, notes: 0, suppressed: 0 });
    expect(formatText(q, { color: false })).not.toContain('warning  ');
  });
});

describe('text at a terminal (a TTY, or --verbose): the first clause on the finding\'s line, the rest and the related locations below', () => {
  test('at 60 columns: rule id on the first line, the rest wrapped under the message, related as path:line:col', () => {
    const out = formatText(sampleResult(), { color: false, expanded: { width: 60 } });
    expect(out.split('\n').slice(0, 13)).toEqual([
      'consul/bad,name:1.json',
      '  3:27  error  Unexpected trailing comma before  parse-error',
      '               "}";',
      "               Go's JSON decoder rejects it",
      '',
      'consul/api defaults.hcl',
      '  4:1  warning  service-defaults "api"  permissive-mtls',
      '                (partition "default") is permissive:',
      '                it accepts plaintext. Set "strict" when',
      '                onboarding is done.',
      '                → consul/mesh.hcl:2:3  mesh entry of this',
      '                  partition',
      '',
    ]);
    for (const line of out.split('\n').slice(0, 13)) expect(line.length, line).toBeLessThanOrEqual(60);
  });

  test('piped (not expanded): one line per finding, as before', () => {
    const out = formatText(sampleResult(), { color: false });
    expect(out.split('\n').filter((l) => l.startsWith('  4:1'))).toHaveLength(1);
    expect(out).not.toContain('→');
  });

  test.each([
    ['Service "a" in partition "default" sets MutualTLSMode = "permissive", so it accepts plaintext', ['Service "a" in partition "default" sets MutualTLSMode = "permissive",', 'so it accepts plaintext']],
    ['The value "a: b; c. d" is not allowed: use x', ['The value "a: b; c. d" is not allowed:', 'use x']],
    ['Short: the rest is here', ['Short: the rest is here', '']],
    ['No clause break in this message at all', ['No clause break in this message at all', '']],
  ])('splitFirstClause(%j)', (msg, want) => {
    expect(splitFirstClause(msg)).toEqual(want);
  });

  test('wrap: greedy by words, a word longer than the line is cut, the first line may be narrower', () => {
    expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('abcdefghij k', 4)).toEqual(['abcd', 'efgh', 'ij k']);
    expect(wrap('aa bb cc', 8, 2)).toEqual(['aa', 'bb cc']);
    expect(wrap('', 10)).toEqual(['']);
  });
});
