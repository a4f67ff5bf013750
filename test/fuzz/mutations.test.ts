/**
 * Structure-aware mutations of every corpus and fixture file (delete, duplicate or swap
 * lines and tokens; insert quotes, braces, tabs, NUL, BOM, curly quotes; truncate; invalid
 * UTF-8; another extension) through the whole pipeline and every formatter.
 */
import { describe, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { FuzzStats, lintAndCheck, runs, seedOption, timeoutFor } from './harness.js';
import { mutatedFileArb, seedFiles } from './mutate.js';

const stats = new FuzzStats('mutations');
const N = runs(3000, 40000);

describe('mutated corpus files', () => {
  it('every seed file passes unmutated', () => {
    for (const s of seedFiles()) lintAndCheck(stats, [{ path: s.path, bytes: s.bytes }], { sarif: true });
  });

  it(
    'no exception, every file accounted for, located findings, bounded time, SARIF schema-valid',
    () => {
      fc.assert(
        fc.property(mutatedFileArb(), (f) => {
          lintAndCheck(stats, [{ path: f.path, bytes: f.bytes }], { sarif: true });
        }),
        { numRuns: N, ...seedOption() },
      );
    },
    timeoutFor(N, 15),
  );
});
