import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, describeCorpus } from '../corpus-files.js';
import { LineIndex } from '../../src/parse/line-index.js';
import type { LArray, LNode, LObject, LScalar, ParseResult, SourceRange } from '../../src/parse/located.js';
import { YAML_MAX_ALIAS_NODES, YAML_MAX_DEPTH } from '../../src/parse/yaml.js';
import { parseYaml } from '../../src/parse/yaml-read.js';

const CORPUS = CORPUS_DIR;

function parse(text: string): ParseResult {
  return parseYaml(text, new LineIndex(text));
}

/** `line:col-endLine:endCol` */
function at(r: SourceRange): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

function problems(text: string): string[] {
  return parse(text).problems.map(
    (p) => `${at(p.range)} ${p.fatal ? 'fatal' : 'warning'} doc${p.documentIndex ?? '-'}: ${p.message}`,
  );
}

function one(text: string): LNode {
  const r = parse(text);
  expect(r.problems).toEqual([]);
  expect(r.documents).toHaveLength(1);
  return r.documents[0]!.root;
}

function prop(n: LNode, ...keys: string[]): LNode {
  let x = n;
  for (const k of keys) {
    expect(x.type).toBe('object');
    const p = (x as LObject).props.find((q) => q.key === k);
    expect(p, `key ${k}`).toBeDefined();
    x = p!.value;
  }
  return x;
}

function propOf(n: LNode, key: string) {
  return (n as LObject).props.find((p) => p.key === key)!;
}

/** Every range agrees with the LineIndex; scalars not produced by aliases slice to `raw`. */
function checkRanges(text: string, n: LNode): void {
  const lines = new LineIndex(text);
  const same = (r: SourceRange): void => {
    expect(r.start).toEqual(lines.position(r.start.offset));
    expect(r.end).toEqual(lines.position(r.end.offset));
    expect(r.start.offset).toBeLessThanOrEqual(r.end.offset);
  };
  const stack: LNode[] = [n];
  while (stack.length > 0) {
    const x = stack.pop()!;
    same(x.range);
    if (x.type === 'object') {
      for (const p of x.props) {
        same(p.keyRange);
        same(p.range);
        expect(p.range.start.offset).toBe(p.keyRange.start.offset);
        stack.push(p.value);
      }
    } else if (x.type === 'array') {
      stack.push(...x.items);
    } else if (!text.slice(x.range.start.offset, x.range.end.offset).startsWith('*')) {
      expect(text.slice(x.range.start.offset, x.range.end.offset)).toBe(x.raw);
    }
  }
}

function toJs(n: LNode): unknown {
  if (n.type === 'object') return Object.fromEntries(n.props.map((p) => [p.key, toJs(p.value)]));
  if (n.type === 'array') return n.items.map(toJs);
  return n.value;
}

const CRD = `# Enable permissive mTLS
apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: web   # the service
spec:
  mutualTLSMode: "permissive"
  transparentProxy:
    outboundListenerPort: 15001
  destinations: [a, 'b']
  enabled: true
  meta:
  note: |
    line one
    line two
`;

describe('parseYaml: ranges', () => {
  it('gives exact key and value ranges (checked by hand)', () => {
    const r = parse(CRD);
    expect(r.problems).toEqual([]);
    expect(r.documents).toHaveLength(1);
    const doc = r.documents[0]!;
    expect(doc.index).toBe(0);
    const root = doc.root as LObject;
    expect(at(root.range)).toBe('2:1-15:13');
    const api = root.props[0]!;
    expect(api.key).toBe('apiVersion');
    expect(at(api.keyRange)).toBe('2:1-2:11');
    expect(at(api.value.range)).toBe('2:13-2:42');
    expect(at(api.range)).toBe('2:1-2:42');
    const name = propOf(prop(root, 'metadata'), 'name');
    expect(at(name.keyRange)).toBe('5:3-5:7');
    expect(at(name.value.range)).toBe('5:9-5:12');
    expect(name.value).toMatchObject({ type: 'string', value: 'web', raw: 'web' });
    const mode = propOf(prop(root, 'spec'), 'mutualTLSMode');
    expect(at(mode.value.range)).toBe('7:18-7:30');
    expect(mode.value).toMatchObject({ type: 'string', value: 'permissive', raw: '"permissive"' });
    const port = prop(root, 'spec', 'transparentProxy', 'outboundListenerPort');
    expect(port).toMatchObject({ type: 'number', value: 15001, raw: '15001' });
    expect(at(port.range)).toBe('9:27-9:32');
    expect(at(propOf(prop(root, 'spec'), 'transparentProxy').range)).toBe('8:3-9:32');
    const dest = prop(root, 'spec', 'destinations') as LArray;
    expect(at(dest.range)).toBe('10:17-10:25');
    expect(dest.items.map((i) => [(i as LScalar).raw, at(i.range)])).toEqual([
      ['a', '10:18-10:19'],
      ["'b'", '10:21-10:24'],
    ]);
    expect(prop(root, 'spec', 'enabled')).toMatchObject({ type: 'boolean', value: true, raw: 'true' });
    const meta = propOf(prop(root, 'spec'), 'meta');
    expect(meta.value).toMatchObject({ type: 'null', value: null, raw: '' });
    expect(at(meta.value.range)).toBe('12:8-12:8');
    const note = prop(root, 'spec', 'note');
    expect(note).toMatchObject({ type: 'string', value: 'line one\nline two\n', raw: '|\n    line one\n    line two' });
    expect(at(note.range)).toBe('13:9-15:13');
    expect(r.comments.map((c) => [c.text, at(c.range)])).toEqual([
      ['Enable permissive mTLS', '1:1-1:25'],
      ['the service', '5:15-5:28'],
    ]);
    checkRanges(CRD, root);
  });

  it('counts CRLF and lone CR line breaks like LF', () => {
    const base = parse(CRD);
    for (const nl of ['\r\n', '\r']) {
      const t = CRD.replace(/\n/g, nl);
      const r = parse(t);
      expect(r.problems).toEqual([]);
      const root = r.documents[0]!.root;
      expect(at(root.range)).toBe('2:1-15:13');
      expect(at(prop(root, 'spec', 'transparentProxy', 'outboundListenerPort').range)).toBe('9:27-9:32');
      expect(at(propOf(prop(root, 'metadata'), 'name').keyRange)).toBe('5:3-5:7');
      expect(r.comments.map((c) => [c.text, at(c.range)])).toEqual(base.comments.map((c) => [c.text, at(c.range)]));
      checkRanges(t, root);
      const { note: _n, ...spec } = toJs(prop(root, 'spec')) as Record<string, unknown>;
      const { note: _m, ...baseSpec } = toJs(prop(base.documents[0]!.root, 'spec')) as Record<string, unknown>;
      expect(spec).toEqual(baseSpec);
    }
  });

  it('survives a BOM that was not removed', () => {
    const t = '\uFEFFa: 1\n';
    const r = parse(t);
    expect(r.problems).toEqual([]);
    expect(at(propOf(r.documents[0]!.root, 'a').keyRange)).toBe('1:2-1:3');
  });

  // Kubernetes and Helm read YAML 1.1 (sigs.k8s.io/yaml on go-yaml v2, resolve.go `resolve`):
  // yes/on are booleans; digits go through strconv.ParseInt(plain, 0, 64), so with the Go that
  // builds kubectl 0o17 is 15, and 08 (no octal) is the float 8.
  it('resolves scalars as go-yaml v2 does (YAML 1.1) and keeps the raw text', () => {
    const root = one('a: yes\nb: "true"\nc: ~\nd: 0o17\ne: 1e3\nf: .inf\ng: on\nh: 08\ni: !!str 12\n');
    const s = (k: string) => {
      const n = prop(root, k) as LScalar;
      return [n.type, n.value, n.raw];
    };
    expect(s('a')).toEqual(['boolean', true, 'yes']);
    expect(s('b')).toEqual(['string', 'true', '"true"']);
    expect(s('c')).toEqual(['null', null, '~']);
    expect(s('d')).toEqual(['number', 15, '0o17']);
    expect(s('e')).toEqual(['number', 1000, '1e3']);
    expect(s('f')).toEqual(['number', Infinity, '.inf']);
    expect(s('g')).toEqual(['boolean', true, 'on']);
    expect(s('h')).toEqual(['number', 8, '08']);
    expect(s('i')).toEqual(['string', '12', '12']);
  });

  it('YAML 1.1 booleans in every spelling go-yaml v2 knows, and no other', () => {
    const root = one('a: y\nb: Yes\nc: NO\nd: Off\ne: ON\nf: n\ng: yEs\nh: "no"\ni: 0755\n');
    const v = (k: string) => (prop(root, k) as LScalar).value;
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(v)).toEqual([true, true, false, false, true, false, 'yEs', 'no', 493]);
  });

  // The `yaml` package's YAML 1.1 schema differs from go-yaml v2: it reads `.` as NaN and
  // `1:20` as sexagesimal 80; go-yaml v2 keeps both as strings (resolve.go: a '.' hint goes
  // to ParseFloat, base 60 "purposefully unsupported").
  it.each([
    ['.', 'string', '.'],
    ['._', 'string', '._'],
    ['1:20', 'string', '1:20'],
    ['1:20.5', 'string', '1:20.5'],
    ['.5', 'number', 0.5],
    ['1_000', 'number', 1000],
    ['+12', 'number', 12],
    ['0x1F', 'number', 31],
    ['0b101', 'number', 5],
    ['-0b11', 'number', -3],
    ['1e3', 'number', 1000],
    ['-.INF', 'number', -Infinity],
    ['12abc', 'string', '12abc'],
    ['0x', 'string', '0x'],
    ['2001-12-14', 'string', '2001-12-14'],
  ])('plain %s is a %s (%s), as go-yaml v2 resolves it', (text, type, value) => {
    const n = prop(one(`a: ${text}\n`), 'a') as LScalar;
    expect([n.type, n.value]).toEqual([type, value]);
  });

  it('keeps non-string keys as their source text', () => {
    const root = one('80: http\ntrue: t\n"q": 1\n') as LObject;
    expect(root.props.map((p) => p.key)).toEqual(['80', 'true', 'q']);
    expect(at(root.props[2]!.keyRange)).toBe('3:1-3:4');
  });
});

describe('parseYaml: documents', () => {
  it('returns one document per non-empty document with stable indices', () => {
    const r = parse('---\n# only a comment\n---\na: 1\n---\n---\n- b\n...\n');
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => [d.index, d.root.type, at(d.range)])).toEqual([
      [1, 'object', '3:1-4:5'],
      [3, 'array', '6:1-7:4'],
    ]);
  });

  it('leaves out a document with an error and keeps the others', () => {
    const text = 'kind: A\n---\nkind: B\nspec: [1, 2\n---\nkind: C\n';
    const r = parse(text);
    expect(r.documents.map((d) => [d.index, (prop(d.root, 'kind') as LScalar).value])).toEqual([
      [0, 'A'],
      [2, 'C'],
    ]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ fatal: true, documentIndex: 1 });
    expect(at(r.problems[0]!.range)).toBe('5:1-5:2');
    expect(at(prop(r.documents[1]!.root, 'kind').range)).toBe('6:7-6:8');
  });

  it('finds every comment: between documents, after markers, at line ends, in flow collections', () => {
    const text = [
      '# first', //                      1
      '--- # after marker', //           2
      'a: 1 # eol', //                   3
      'b: "x # not a comment"', //       4
      'c: x#y', //                       5
      'd: [1, # in flow', //             6
      '  2]', //                         7
      'e: |  # header', //               8
      '  # block content', //            9
      '  # mtls-lint-disable-next-line rule -- not a comment either', // 10
      '...', //                          11
      '# between', //                    12
      '---', //                          13
      '  # indented', //                 14
      'f: 2', //                         15
      '# last', //                       16
    ].join('\n');
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.comments.map((c) => [c.text, at(c.range)])).toEqual([
      ['first', '1:1-1:8'],
      ['after marker', '2:5-2:19'],
      ['eol', '3:6-3:11'],
      ['in flow', '6:8-6:17'],
      ['header', '8:7-8:15'],
      ['between', '12:1-12:10'],
      ['indented', '14:3-14:13'],
      ['last', '16:1-16:7'],
    ]);
    expect(prop(r.documents[0]!.root, 'c')).toMatchObject({ value: 'x#y' });
  });

  it('reads suppression comments with their line', () => {
    const r = parse('spec:\n  # mtls-lint-disable-next-line permissive-mtls -- migrating\n  mutualTLSMode: permissive\n');
    expect(r.comments).toHaveLength(1);
    expect(r.comments[0]!.text).toBe('mtls-lint-disable-next-line permissive-mtls -- migrating');
    expect(r.comments[0]!.range.start.line).toBe(2);
    expect(r.comments[0]!.range.start.column).toBe(3);
  });
});

describe('parseYaml: errors', () => {
  it('rejects a TAB in indentation, at the tab', () => {
    expect(problems('spec:\n\tname: x\n')).toEqual(['2:1-2:2 fatal doc0: YAML does not allow tabs for indentation']);
    expect(parse('spec:\n\tname: x\n').documents).toEqual([]);
  });

  it('reports duplicate keys as a warning and keeps both', () => {
    const r = parse('kind: A\nname: x\nkind: B\n');
    expect(r.problems.map((p) => `${at(p.range)} ${p.fatal} ${p.message}`)).toEqual([
      '3:1-3:5 false duplicate key "kind" in the same mapping (first at line 1); the YAML spec forbids it, but kubectl and Helm (sigs.k8s.io/yaml) keep only the last value and silently drop the other — remove one',
    ]);
    expect(r.problems[0]!.documentIndex).toBe(0);
    const root = r.documents[0]!.root as LObject;
    expect(root.props.map((p) => [p.key, (p.value as LScalar).value])).toEqual([
      ['kind', 'A'],
      ['name', 'x'],
      ['kind', 'B'],
    ]);
  });

  it('rejects an unterminated quote at the opening quote', () => {
    expect(problems('a: 1\nb: "unterminated\nc: 2\n')).toEqual([
      '2:4-2:17 fatal doc0: the quoted string is never closed: the closing " is missing',
    ]);
    expect(problems("a: 'x\n")).toEqual(["1:4-1:6 fatal doc0: the quoted string is never closed: the closing ' is missing"]);
    expect(problems('a: "x”\n')[0]).toMatch(/a typographic quote such as ” does not close it\)$/);
  });

  it('rejects bad indentation and other structure errors with plain messages', () => {
    expect(problems('spec:\n  a: 1\n   b: 2\n')).toEqual([
      '3:4-3:5 fatal doc0: this line continues the value of the key above it: check its indentation, or a missing ":" in the line above',
    ]);
    expect(problems('spec:\n    a: 1\n  b: 2\n')).toEqual(['3:1-3:2 fatal doc0: all mapping items must start at the same column']);
    expect(problems('a: b: c\n')).toEqual([
      '1:4-1:5 fatal doc0: a nested mapping cannot start on the same line as its key (as in "a: b: c"); put it on its own line, or quote the value if it contains ": "',
    ]);
    expect(problems('annotations:\n  "a":"b"\n')).toEqual(['2:6-2:10 fatal doc0: YAML needs a space after ":" between a key and its value']);
    expect(problems('name: *\n')).toEqual(['1:7-1:8 fatal doc0: a bare * starts an alias in YAML; quote it ("*") to mean a wildcard']);
  });
});

describe('parseYaml: aliases, tags, depth', () => {
  it('expands aliases to copies whose ranges point at the alias', () => {
    const text = 'base: &b\n  x: 1\n  y: [2]\nuse: *b\n';
    const root = one(text);
    const use = prop(root, 'use') as LObject;
    expect(toJs(use)).toEqual({ x: 1, y: [2] });
    expect(at(use.range)).toBe('4:6-4:8');
    expect(at(use.props[0]!.keyRange)).toBe('4:6-4:8');
    expect(at(prop(use, 'y').range)).toBe('4:6-4:8');
    expect(prop(use, 'x')).toMatchObject({ raw: '1', value: 1 });
    // the original keeps its own ranges
    expect(at(prop(root, 'base', 'x').range)).toBe('2:6-2:7');
  });

  it('applies merge keys; the mapping’s own keys win', () => {
    const root = one('defaults: &d {a: 1, b: 2}\nx:\n  b: 3\n  <<: *d\n  c: 4\n');
    const x = prop(root, 'x') as LObject;
    expect(x.props.map((p) => p.key)).toEqual(['b', 'a', 'c']);
    expect(toJs(x)).toEqual({ a: 1, b: 3, c: 4 });
    expect(at(propOf(x, 'a').keyRange)).toBe('4:7-4:9');
  });

  it('rejects undefined and cyclic aliases', () => {
    expect(problems('a: *nope\n')).toEqual(['1:4-1:9 fatal doc0: alias *nope has no anchor &nope before it']);
    expect(parse('a: *nope\n').documents).toEqual([]);
    expect(problems('a: &a [1, *a]\n')).toEqual(['1:11-1:13 fatal doc0: alias *a is inside the node anchored &a (a cycle)']);
  });

  it('stops an alias bomb (billion laughs) with a located problem', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      text += `${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
    }
    text += '---\nok: 1\n';
    const started = Date.now();
    const r = parse(text);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r.documents.map((d) => d.index)).toEqual([1]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toBe(
      `alias expansion exceeds ${YAML_MAX_ALIAS_NODES} nodes (an alias bomb?): mtls-lint does not read this document`,
    );
    expect(r.problems[0]!.fatal).toBe(true);
    expect(r.problems[0]!.range.start.line).toBeGreaterThan(1);
  });

  it('keeps custom tags inert', () => {
    const root = one('x: !Ref foo\ny: !!binary aGVsbG8=\nz: !Sub { a: 1 }\nw: !GetAtt [a, b]\nv: !!timestamp 2001-12-14\n');
    expect(prop(root, 'x')).toMatchObject({ type: 'string', value: 'foo', raw: 'foo' });
    expect(at(prop(root, 'x').range)).toBe('1:9-1:12');
    expect(prop(root, 'y')).toMatchObject({ type: 'string', value: 'aGVsbG8=' });
    expect(toJs(prop(root, 'z'))).toEqual({ a: 1 });
    expect(toJs(prop(root, 'w'))).toEqual(['a', 'b']);
    expect(prop(root, 'v')).toMatchObject({ type: 'string', value: '2001-12-14' });
  });

  it('refuses 5,000 levels of nesting without overflowing the stack', () => {
    const n = 5_000;
    const flow = '['.repeat(n) + ']'.repeat(n);
    expect(problems(flow)).toEqual([
      `1:${YAML_MAX_DEPTH + 1}-1:${YAML_MAX_DEPTH + 2} fatal doc0: nesting deeper than 500 levels: mtls-lint does not read this document`,
    ]);
    expect(problems('{a: '.repeat(n) + '1' + '}'.repeat(n))[0]).toMatch(/nesting deeper than 500 levels/);
    let block = '';
    for (let i = 0; i < n; i++) block += ' '.repeat(i) + 'a:\n';
    expect(problems(block)).toEqual([
      `${YAML_MAX_DEPTH + 1}:${YAML_MAX_DEPTH + 1}-${YAML_MAX_DEPTH + 1}:${YAML_MAX_DEPTH + 2} fatal doc0: nesting deeper than 500 levels: mtls-lint does not read this document`,
    ]);
    let seq = '';
    for (let i = 0; i < n; i++) seq += ' '.repeat(i * 2) + '-\n';
    expect(problems(seq)[0]).toMatch(/nesting deeper than 500 levels/);
    // the limit itself is fine
    expect(parse('['.repeat(YAML_MAX_DEPTH) + ']'.repeat(YAML_MAX_DEPTH)).documents).toHaveLength(1);
  });

  it('bounds depth reached through aliases', () => {
    const deep = '['.repeat(400) + ']'.repeat(400);
    const text = `a: &a ${deep}\nb: &b ${'['.repeat(200)}*a${']'.repeat(200)}\n`;
    const r = parse(text);
    expect(r.documents).toEqual([]);
    expect(r.problems[0]!.message).toMatch(/^nesting deeper than 500 levels after expanding alias \*a/);
  });
});

describe('parseYaml: never throws', () => {
  const pieces = ['a', ':', ' ', '\n', '  ', '- ', '[', ']', '{', '}', ',', '"', "'", '#', '&x', '*x', '!t', '---', '...', '|', '>', '\t', '\r', '? ', '<<', '%YAML 1.2'];
  propTest.prop([fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''))], { numRuns: 1500 })(
    'YAML-ish noise',
    (text) => {
      const r = parse(text);
      for (const p of r.problems) {
        expect(p.range.start.offset).toBeLessThanOrEqual(p.range.end.offset);
        expect(p.range.end.offset).toBeLessThanOrEqual(text.length);
      }
      for (const d of r.documents) checkRanges(text, d.root);
      for (const c of r.comments) expect(text[c.range.start.offset]).toBe('#');
    },
  );
  propTest.prop([fc.string({ unit: 'binary', maxLength: 80 })], { numRuns: 500 })('arbitrary text', (text) => {
    expect(() => parse(text)).not.toThrow();
  });
});

interface IndexEntry {
  file: string;
  note?: string;
}

describeCorpus('parseYaml: corpus', () => {
  const index = readFileSync(path.join(CORPUS, 'INDEX.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as IndexEntry);
  const files = index.filter((e) => e.file.endsWith('.yaml'));

  it('reads every .yaml file: documents or a located problem, as the notes say', () => {
    expect(files.length).toBeGreaterThan(500);
    let clean = 0;
    let partial = 0;
    let rejected = 0;
    let documents = 0;
    let comments = 0;
    const disagreeNotes: string[] = [];
    for (const e of files) {
      let text = readFileSync(path.join(CORPUS, e.file), 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const r = parseYaml(text, new LineIndex(text));
      expect(r.documents.length + r.problems.length, e.file).toBeGreaterThan(0);
      const fatal = r.problems.filter((p) => p.fatal);
      if (fatal.length === 0) clean++;
      else if (r.documents.length > 0) partial++;
      else rejected++;
      documents += r.documents.length;
      comments += r.comments.length;
      for (const p of r.problems) {
        expect(p.range.start.line).toBeGreaterThanOrEqual(1);
        expect(p.range.end.offset).toBeLessThanOrEqual(text.length);
        if (p.fatal) expect(p.documentIndex).toBeTypeOf('number');
      }
      for (const d of r.documents) checkRanges(text, d.root);
      for (const c of r.comments) expect(text[c.range.start.offset]).toBe('#');
      const broken = /invalid-yaml/.test(e.note ?? '');
      if (broken !== fatal.length > 0) disagreeNotes.push(e.file);
    }
    console.log(
      `YAML corpus: ${files.length} files: ${clean} without errors, ${partial} with some documents rejected, ` +
        `${rejected} rejected; ${documents} documents, ${comments} comments`,
    );
    expect(disagreeNotes).toEqual([]);
  });
});
