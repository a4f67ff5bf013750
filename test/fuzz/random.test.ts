/**
 * Random input through the whole pipeline: bytes, Unicode text (lone surrogates included),
 * and token soup of the three formats, under every extension.
 */
import { describe, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { FuzzStats, lintAndCheck, runs, seedOption, timeoutFor } from './harness.js';
import { pathArb, tokenSoupArb } from './mutate.js';

const stats = new FuzzStats('random');
const N = runs(2000, 8000);

describe('random input', () => {
  it(
    'random bytes: no exception, every file accounted for, located findings, bounded time',
    () => {
      fc.assert(
        fc.property(pathArb(), fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('', 'Kind = "mesh"\n', '{"Kind": ', 'kind: Mesh\n'), (p, body, head) => {
          const bytes = new Uint8Array([...Buffer.from(head), ...body]);
          lintAndCheck(stats, [{ path: p, bytes }]);
        }),
        { numRuns: N, ...seedOption() },
      );
    },
    timeoutFor(N, 5),
  );

  it(
    'random Unicode text (any code point, lone surrogates): same properties',
    () => {
      const unit = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 }));
      fc.assert(
        fc.property(pathArb(), unit, fc.boolean(), (p, text, asBytes) => {
          const src = asBytes ? { path: p, bytes: new Uint8Array(Buffer.from(text, 'utf8')) } : { path: p, text };
          lintAndCheck(stats, [src]);
        }),
        { numRuns: N, ...seedOption() },
      );
    },
    timeoutFor(N, 5),
  );

  it(
    'token soup of HCL, JSON and YAML: same properties, SARIF schema-valid',
    () => {
      fc.assert(
        fc.property(pathArb(), tokenSoupArb(), (p, text) => {
          lintAndCheck(stats, [{ path: p, text }], { sarif: true });
        }),
        { numRuns: N, ...seedOption() },
      );
    },
    timeoutFor(N, 10),
  );
});
