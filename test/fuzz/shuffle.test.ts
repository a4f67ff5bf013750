/**
 * Several mutated files at once (cross-file rules see each other's entries): the output of
 * every formatter is the same whatever order discovery hands the files over in.
 */
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { FuzzStats, lintAndCheck, pipeline, runs, seedOption, timeoutFor } from './harness.js';
import { mutatedFileArb } from './mutate.js';

const stats = new FuzzStats('shuffle');
const N = runs(500, 5000);

describe('discovery order', () => {
  it(
    'output identical when the files come in another order',
    () => {
      const files = fc.uniqueArray(mutatedFileArb(3), { minLength: 2, maxLength: 6, selector: (f) => f.path });
      fc.assert(
        fc.property(
          files.chain((fs) => fc.tuple(fc.constant(fs), fc.shuffledSubarray(fs, { minLength: fs.length, maxLength: fs.length }))),
          ([inOrder, shuffled]) => {
            const a = lintAndCheck(stats, inOrder.map((f) => ({ path: f.path, bytes: f.bytes })));
            const b = pipeline(shuffled.map((f) => ({ path: f.path, bytes: f.bytes })));
            expect(b.outputs).toEqual(a.outputs);
          },
        ),
        { numRuns: N, ...seedOption() },
      );
    },
    timeoutFor(N, 60),
  );
});
