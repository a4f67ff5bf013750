/**
 * The bundles patch js-yaml's build (scripts/bundle-options.mjs) for speed: the patched parser
 * must answer as the published one does, event for event and error for error. js-yaml is
 * bundled here with the same options, and both are given hand-picked texts and generated ones
 * over an alphabet of YAML syntax and the characters YAML refuses (controls, lone surrogates,
 * U+FFFE) or allows beside them (tab, NEL, an emoji's pair).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { fc } from '@fast-check/vitest';
import * as published from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a build script, without type declarations
import { BUNDLE_OPTIONS } from '../../scripts/bundle-options.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type ParseEvents = typeof published.parseEvents;
let patched: ParseEvents;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mtls-js-yaml-'));
  const outfile = path.join(dir, 'js-yaml.mjs');
  await build({
    ...BUNDLE_OPTIONS,
    absWorkingDir: ROOT,
    stdin: { contents: "export { parseEvents } from 'js-yaml';", resolveDir: ROOT, loader: 'js' },
    outfile,
  });
  patched = ((await import(pathToFileURL(outfile).href)) as { parseEvents: ParseEvents }).parseEvents;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The events, or the error's message (which carries its position). */
function outcome(parse: ParseEvents, text: string): unknown {
  try {
    return parse(text, { maxDepth: 400 });
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const REFUSED = ['\u0001', '\u0007', '\u0008', '\u000B', '\u001F', '\u007F', '\u0086', '\u009F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF'];
const ALLOWED = ['\t', '\u0085', '\u00A0', '\u{1F600}', 'é'];

const HAND_PICKED = [
  'name: web\n',
  'name: we\u0001b\n',
  'name: "we\u0001b"\n',
  "name: 'we\u0001b'\n",
  'note: |\n  a\u0007b\n',
  'note: >\n  \u{1F600}\n',
  '# a\u0001b\nname: web\n',
  '# \u{1F600}\nname: x\u0008y\n',
  'name: \u{1F600}\n',
  'name: a\uD800b\n',
  'name: \uDC00b\n',
  'name: ab\uD83D\n',
  'name: ab\uD83D',
  'name: a\uFFFEb\n',
  'name: a\u0085b\n',
  'a:\n  - b\n  - c\u0001\n---\nd: e\n',
  'a: [b, c\u007F]\n',
  '{a: "\u{1F600}", b: c\u0001}\n',
  'key\u0001: v\n',
  '\u0001',
  '',
];

describe('js-yaml as bundled', () => {
  test.each(HAND_PICKED.map((t) => [JSON.stringify(t), t]))('%s parses as published', (_name, text) => {
    expect(outcome(patched, text)).toEqual(outcome(published.parseEvents, text));
  });

  test('generated texts over YAML syntax and refused characters parse as published', () => {
    const piece = fc.constantFrom('a', 'b: ', '- ', '\n', '  ', '"', "'", '#', '|\n  ', '>\n  ', '[', ']', '{', '}', ', ', '---\n', ...REFUSED, ...ALLOWED);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(outcome(patched, text)).toEqual(outcome(published.parseEvents, text));
      }),
      { numRuns: 3000, seed: 20261206 },
    );
  });

  test('the bundle is patched (else the tests above compare the package with itself)', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path.join(dir, 'js-yaml.mjs'), 'utf8')).toContain('MAYBE_NON_PRINTABLE');
  });
});
