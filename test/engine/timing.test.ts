import { describe, expect, test } from 'vitest';
import { createTiming, formatTiming, timed, timedAsync, timingListSize } from '../../src/engine/timing.js';
import { lintSources } from '../../src/lint.js';
import { RULES } from '../../rules/index.js';

/** A clock that advances by `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

describe('TIMING', () => {
  test('the list size is read as ESLint reads it', () => {
    expect(timingListSize(undefined)).toBeUndefined();
    expect(timingListSize('')).toBeUndefined();
    expect(timingListSize('1')).toBe(10);
    expect(timingListSize('7')).toBe(10);
    expect(timingListSize('25')).toBe(25);
    expect(timingListSize('all')).toBe(Number.POSITIVE_INFINITY);
    expect(timingListSize('ALL')).toBe(Number.POSITIVE_INFINITY);
    expect(timingListSize('yes')).toBe(10);
  });

  test('timed adds each run of a stage, also when it throws; without a timing it only runs', async () => {
    const t = createTiming(steppingClock(5));
    expect(timed(t, 'parse', () => 1)).toBe(1);
    expect(timed(t, 'parse', () => 2)).toBe(2);
    expect(() => timed(t, 'rules', () => { throw new Error('boom'); })).toThrow('boom');
    expect(await timedAsync(t, 'discover', async () => 'x')).toBe('x');
    expect([...t.stages]).toEqual([['parse', 10], ['rules', 5], ['discover', 5]]);
    expect(timed(undefined, 'parse', () => 3)).toBe(3);
  });

  test('formats the stages in run order and the slowest rules, relative to all rules', () => {
    const t = createTiming(() => 0);
    t.stages.set('discover', 20);
    t.stages.set('parse', 60);
    t.stages.set('rules', 20);
    t.rules.set('a-rule', 5);
    t.rules.set('slow-rule', 12.5);
    t.rules.set('b-rule', 5);
    t.rules.set('fast-rule', 2.5);
    expect(formatTiming(t, 2)).toBe(
      [
        'Stage    | Time (ms) | Relative',
        ':--------|----------:|--------:',
        'discover |    20.000 |    20.0%',
        'parse    |    60.000 |    60.0%',
        'rules    |    20.000 |    20.0%',
        '',
        'Rule      | Time (ms) | Relative',
        ':---------|----------:|--------:',
        'slow-rule |    12.500 |    50.0%',
        'a-rule    |     5.000 |    20.0%',
        '',
      ].join('\n'),
    );
  });

  test('a lint run times every stage and every rule that runs, and only with a timing', () => {
    const files = [{ path: 'api.hcl', text: 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n' }];
    const timing = createTiming(steppingClock(1));
    const severities = new Map([['unknown-field', 'off' as const]]);
    const timedRun = lintSources(files, { today: '2026-01-01', rules: RULES, severities, timing });
    expect([...timing.stages.keys()]).toEqual(['parse', 'normalize', 'inputs', 'model', 'rules']);
    expect([...timing.rules.keys()].sort()).toEqual(RULES.map((r) => r.meta.id).filter((id) => id !== 'unknown-field').sort());
    for (const ms of timing.rules.values()) expect(ms).toBeGreaterThan(0);
    // The findings do not depend on it.
    const plain = lintSources(files, { today: '2026-01-01', rules: RULES, severities });
    expect(timedRun.result.findings.map((f) => f.message)).toEqual(plain.result.findings.map((f) => f.message));
    expect(timedRun.result.findings.length).toBeGreaterThan(0);
  });
});
