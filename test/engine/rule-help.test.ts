/**
 * A rule's `help` (its documentation page) is read when it is first read: only the SARIF
 * report reads it, and reading the pages was ~5 ms of every run (src/lint.ts withHelp).
 */
import { expect, test } from 'vitest';
import { lintSources } from '../../src/lint.js';
import { RULES, ruleDocs } from '../../src/index.js';

test('the pages are read when a help is first read, and read as the same rules as pages given at once', () => {
  let reads = 0;
  const docs = () => {
    reads++;
    return ruleDocs();
  };
  const lazy = lintSources([], { today: '2026-12-05', rules: RULES, docs });
  expect(reads).toBe(0);
  const eager = lintSources([], { today: '2026-12-05', rules: RULES, docs: ruleDocs() });
  expect(lazy.result.rules.map((r) => Object.keys(r))).toEqual(eager.result.rules.map((r) => Object.keys(r)));
  expect(reads).toBe(0);
  expect(lazy.result.rules[0]!.help?.markdown).toMatch(/^# /);
  expect(reads).toBe(1);
  expect(JSON.stringify(lazy.result.rules)).toBe(JSON.stringify(eager.result.rules));
  expect(lazy.result.rules).toEqual(eager.result.rules);
  // Read once: a help read again, or copied, is the value kept.
  expect(reads).toBe(1);
  expect({ ...lazy.result.rules[1]! }.help).toBe(lazy.result.rules[1]!.help);
});
