import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, describeCorpus } from '../corpus-files.js';
import { LineIndex } from '../../src/parse/line-index.js';
import type { LNode, LObject, ParseProblem, ParseResult, SourceRange } from '../../src/parse/located.js';
import { JSON_MAX_DEPTH, parseJson } from '../../src/parse/json.js';

const CORPUS = CORPUS_DIR;

function parse(text: string, hadBom = false): ParseResult {
  return parseJson(text, new LineIndex(text), { hadBom });
}

/** `line:col-endLine:endCol` */
function at(r: SourceRange): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

function problems(text: string, hadBom = false): string[] {
  return parse(text, hadBom).problems.map((p) => `${at(p.range)} ${p.message}`);
}

function only(text: string): ParseProblem {
  const r = parse(text);
  expect(r.documents).toEqual([]);
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0]!.fatal).toBe(true);
  return r.problems[0]!;
}

function root(text: string): LNode {
  const r = parse(text);
  expect(r.problems).toEqual([]);
  expect(r.documents).toHaveLength(1);
  expect(r.documents[0]!.index).toBe(0);
  return r.documents[0]!.root;
}

/** The plain JS value of a located tree (last key wins, as Go and JSON.parse do). */
function toJs(n: LNode): unknown {
  if (n.type === 'object') {
    const o: Record<string, unknown> = {};
    for (const p of n.props) {
      Object.defineProperty(o, p.key, { value: toJs(p.value), enumerable: true, configurable: true, writable: true });
    }
    return o;
  }
  if (n.type === 'array') return n.items.map(toJs);
  return n.value;
}

/** Every range in the tree agrees with the text: raw slices, key slices, nesting. */
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
      expect(text[x.range.start.offset]).toBe('{');
      expect(text[x.range.end.offset - 1]).toBe('}');
      for (const p of x.props) {
        same(p.keyRange);
        same(p.range);
        expect(JSON.parse(text.slice(p.keyRange.start.offset, p.keyRange.end.offset))).toBe(p.key);
        expect(p.range.start.offset).toBe(p.keyRange.start.offset);
        expect(p.range.end.offset).toBe(p.value.range.end.offset);
        stack.push(p.value);
      }
    } else if (x.type === 'array') {
      expect(text[x.range.start.offset]).toBe('[');
      expect(text[x.range.end.offset - 1]).toBe(']');
      stack.push(...x.items);
    } else {
      expect(text.slice(x.range.start.offset, x.range.end.offset)).toBe(x.raw);
    }
  }
}

describe('parseJson: ranges', () => {
  const text = [
    '{',
    '  "Kind": "service-defaults",',
    '  "Name": "web",',
    '  "MutualTLSMode": "permissive",',
    '  "TransparentProxy": { "OutboundListenerPort": 15001, "DialedDirectly": true },',
    '  "Meta": {},',
    '  "List": [1, -2.5e3, null, false]',
    '}',
    '',
  ].join('\n');

  it('gives exact key and value ranges (checked by hand)', () => {
    const r = root(text) as LObject;
    expect(r.type).toBe('object');
    expect(at(r.range)).toBe('1:1-8:2');
    const [kind, name, mode, tp, meta, list] = r.props;
    expect(kind!.key).toBe('Kind');
    expect(at(kind!.keyRange)).toBe('2:3-2:9');
    expect(at(kind!.value.range)).toBe('2:11-2:29');
    expect(at(kind!.range)).toBe('2:3-2:29');
    expect(kind!.value).toMatchObject({ type: 'string', value: 'service-defaults', raw: '"service-defaults"' });
    expect(at(name!.value.range)).toBe('3:11-3:16');
    expect(at(mode!.keyRange)).toBe('4:3-4:18');
    expect(at(mode!.value.range)).toBe('4:20-4:32');
    expect(tp!.value.type).toBe('object');
    expect(at(tp!.value.range)).toBe('5:23-5:80');
    const [port, dialed] = (tp!.value as LObject).props;
    expect(at(port!.keyRange)).toBe('5:25-5:47');
    expect(port!.value).toMatchObject({ type: 'number', value: 15001, raw: '15001' });
    expect(at(port!.value.range)).toBe('5:49-5:54');
    expect(dialed!.value).toMatchObject({ type: 'boolean', value: true, raw: 'true' });
    expect(at(dialed!.range)).toBe('5:56-5:78');
    expect(meta!.value).toMatchObject({ type: 'object', props: [] });
    expect(at(meta!.value.range)).toBe('6:11-6:13');
    const items = (list!.value as { items: LNode[] }).items;
    expect(items.map((i) => [i.type, (i as { value: unknown }).value, (i as { raw: string }).raw])).toEqual([
      ['number', 1, '1'],
      ['number', -2500, '-2.5e3'],
      ['null', null, 'null'],
      ['boolean', false, 'false'],
    ]);
    expect(at(items[1]!.range)).toBe('7:15-7:21');
    expect(at(list!.range)).toBe('7:3-7:35');
    checkRanges(text, r);
  });

  it('counts CRLF and lone CR line breaks like LF', () => {
    for (const nl of ['\r\n', '\r']) {
      const t = text.replace(/\n/g, nl);
      const r = root(t) as LObject;
      expect(at(r.range)).toBe('1:1-8:2');
      expect(at(r.props[2]!.value.range)).toBe('4:20-4:32');
      expect(at(r.props[5]!.range)).toBe('7:3-7:35');
      checkRanges(t, r);
      expect(toJs(r)).toEqual(JSON.parse(text));
    }
  });

  it('keeps duplicate keys in source order without a problem', () => {
    const r = root('{"a": 1, "a": 2}') as LObject;
    expect(r.props.map((p) => [p.key, (p.value as { value: unknown }).value])).toEqual([
      ['a', 1],
      ['a', 2],
    ]);
  });

  it('accepts a top-level array and scalars', () => {
    const r = root('[{"Kind": "mesh"}, {"Kind": "proxy-defaults"}]');
    expect(r.type).toBe('array');
    expect(root('"x"')).toMatchObject({ type: 'string', value: 'x' });
    expect(root(' 12 ')).toMatchObject({ type: 'number', value: 12, raw: '12' });
  });

  it('decodes escapes and keeps raw source text', () => {
    const r = root('{"a\\u0041": "x\\n\\"y\\u00e9\\ud83d\\ude00\\/"}') as LObject;
    expect(r.props[0]!.key).toBe('aA');
    expect(r.props[0]!.value).toMatchObject({ value: 'x\n"yé😀/', raw: '"x\\n\\"y\\u00e9\\ud83d\\ude00\\/"' });
    // Go turns an unpaired surrogate escape into U+FFFD
    expect((root('"\\ud800"') as { value: string }).value).toBe('\uFFFD');
  });

  it('counts columns in UTF-16 code units', () => {
    const r = root('{"é😀": "v"}') as LObject;
    expect(at(r.props[0]!.keyRange)).toBe('1:2-1:7');
    expect(at(r.props[0]!.value.range)).toBe('1:9-1:12');
  });
});

describe("parseJson: Go's encoding/json rules", () => {
  it('rejects comments of every kind, at their ranges, and still returns them', () => {
    const text = '// head\n{\n  "a": 1, /* mid */\n  # hash\n  "b": 2\n}\n';
    const r = parse(text);
    expect(r.documents).toEqual([]);
    expect(r.comments.map((c) => [c.text, at(c.range)])).toEqual([
      ['head', '1:1-1:8'],
      ['mid', '3:11-3:20'],
      ['hash', '4:3-4:9'],
    ]);
    expect(r.problems.map((p) => [at(p.range), p.fatal])).toEqual([
      ['1:1-1:8', true],
      ['3:11-3:20', true],
      ['4:3-4:9', true],
    ]);
    expect(r.problems[0]!.message).toBe("JSON does not allow comments; Consul reads .json entries with Go's encoding/json");
  });

  it('rejects an unclosed block comment', () => {
    expect(problems('{"a": 1} /* x')).toEqual([
      "1:10-1:14 JSON does not allow comments; Consul reads .json entries with Go's encoding/json",
      '1:10-1:12 unexpected end of file: the /* comment is never closed with */',
    ]);
  });

  it('rejects trailing commas at the comma', () => {
    expect(problems('{\n  "a": 1,\n}')).toEqual(['2:9-2:10 JSON does not allow a trailing comma before }']);
    expect(problems('[1, 2,\n]')).toEqual(['1:6-1:7 JSON does not allow a trailing comma before ]']);
    // both are reported in one run
    expect(problems('{"a": [1,], "b": 2,}')).toEqual([
      '1:9-1:10 JSON does not allow a trailing comma before ]',
      '1:19-1:20 JSON does not allow a trailing comma before }',
    ]);
  });

  it('rejects a BOM', () => {
    const r = parse('{"a": 1}', true);
    expect(r.documents).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(at(r.problems[0]!.range)).toBe('1:1-1:1');
    expect(r.problems[0]!.message).toMatch(/byte order mark \(BOM\)/);
    expect(parse('{"a": 1}', false).documents).toHaveLength(1);
  });

  it('rejects single quotes, unquoted keys and typographic quotes', () => {
    expect(problems("{'a': 1}")).toEqual(['1:2-1:5 JSON does not allow single-quoted strings; use double quotes (")']);
    expect(problems('{"a": \'x y\'}')).toEqual(['1:7-1:12 JSON does not allow single-quoted strings; use double quotes (")']);
    expect(problems('{\n  Kind: "mesh"\n}')).toEqual(['2:3-2:7 JSON does not allow unquoted keys: write "Kind"']);
    expect(only('{"a": “x”}').message).toMatch(/^unexpected character '“': JSON strings need straight double quotes/);
  });

  it('rejects NaN, Infinity, leading zeros, + numbers and malformed numbers', () => {
    expect(problems('{"a": NaN}')).toEqual(['1:7-1:10 JSON does not allow NaN: numbers must be finite']);
    expect(problems('[-Infinity]')).toEqual(['1:2-1:11 JSON does not allow Infinity: numbers must be finite']);
    expect(problems('{"a": 007}')).toEqual(['1:7-1:10 JSON does not allow leading zeros in numbers (007); quote it if it is text']);
    expect(problems('[-01]')).toEqual(['1:2-1:5 JSON does not allow leading zeros in numbers (-01); quote it if it is text']);
    expect(problems('{"a": +1}')).toEqual(["1:7-1:9 JSON does not allow a '+' sign before a number: write 1"]);
    expect(problems('[0x1F]')).toEqual(['1:2-1:6 JSON does not allow hexadecimal numbers']);
    for (const n of ['.5', '1.', '1e', '1.e3', '1e+']) {
      expect(only(`[${n}]`).message).toBe(
        `invalid number ${n}: JSON needs digits before and after a decimal point and after an exponent`,
      );
    }
    expect(only('[1e400]').message).toMatch(/^number 1e400 is out of range/);
    expect(problems('[True]')).toEqual(['1:2-1:6 JSON literals are lower case: write true']);
  });

  it('rejects raw control characters and invalid escapes inside strings', () => {
    expect(problems('{"a": "x\ty"}')).toEqual([
      '1:9-1:10 JSON does not allow a raw control character (U+0009) inside a string: a tab, write \\t',
    ]);
    expect(problems('["\u0001"]')[0]).toMatch(/^1:3-1:4 JSON does not allow a raw control character \(U\+0001\)/);
    expect(problems('{"path": "C:\\dir"}')).toEqual([
      "1:13-1:15 invalid escape '\\d' in a string: JSON allows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (write a backslash as \\\\)",
    ]);
    expect(problems('["a\\\nb"]')).toEqual([
      '1:4-1:5 a backslash before a line break is not allowed: a JSON string cannot continue on the next line',
    ]);
    expect(problems('["\\u12G4"]')).toEqual(['1:3-1:7 invalid \\u escape in a string: \\u needs exactly 4 hex digits']);
    expect(problems('["\\x41", "\\\'"]').map((p) => p.slice(0, 9))).toEqual(['1:3-1:5 i', '1:11-1:13']);
  });

  it('rejects an unterminated string', () => {
    expect(problems('{"a": "abc\n}')).toEqual([
      '1:7-1:11 string is not closed: the closing " is missing before the end of the line',
    ]);
    expect(problems('{"a": "abc')).toEqual(['1:7-1:11 unexpected end of file inside a string: the closing " is missing']);
  });

  it('rejects trailing content after the value', () => {
    expect(problems('{"a": 1}\n{"b": 2}\n')).toEqual([
      "2:1-2:2 unexpected '{' after the end of the JSON value: a JSON file holds exactly one value",
    ]);
    expect(problems('{"a": 1}}')).toEqual([
      "1:9-1:10 unexpected '}' after the end of the JSON value: a JSON file holds exactly one value",
    ]);
    // a docs snippet without its enclosing braces
    expect(problems('"Kind": "mesh",\n"Name": "x"')).toEqual([
      "1:7-1:8 unexpected ':' after the top-level string: are the enclosing { } of the object missing?",
    ]);
  });

  it('rejects an empty file', () => {
    expect(problems('')).toEqual(['1:1-1:1 the file is empty: JSON needs exactly one value, such as an object { … }']);
    expect(problems(' \n\t\r\n')).toEqual(['1:1-1:1 the file is empty: JSON needs exactly one value, such as an object { … }']);
    expect(problems('// nothing\n')).toEqual([
      "1:1-1:11 JSON does not allow comments; Consul reads .json entries with Go's encoding/json",
      '1:1-1:1 the file holds only comments: JSON needs exactly one value, such as an object { … }',
    ]);
  });

  it('rejects placeholders and ellipses', () => {
    const p = only('{\n  "Name": <service-name>\n}');
    expect(p.message).toBe("unexpected character '<'");
    expect(at(p.range)).toBe('2:11-2:12');
    expect(problems('{"Sources": [\n  ...\n]}')).toEqual([
      "2:3-2:6 unexpected '...': the example leaves something out here; JSON has no ellipsis",
    ]);
    expect(problems('{<name>: 1}')).toEqual(["1:2-1:3 unexpected character '<': expected a key in double quotes or }"]);
    expect(problems('{"a": permissive}')).toEqual([
      "1:7-1:17 unexpected word 'permissive': a JSON string needs double quotes (\"permissive\")",
    ]);
    expect(problems('{"a":\u00a01}')).toEqual(['1:6-1:7 unexpected character U+00A0']);
  });

  it('explains unclosed, mismatched and comma-less structures', () => {
    expect(problems('{\n  "a": {\n    "b": [1,\n      2\n')).toEqual([
      '4:8-4:8 unexpected end of file: [ opened at line 3 is never closed',
    ]);
    expect(problems('{\n  "a": {}\n')).toEqual(['2:10-2:10 unexpected end of file: { opened at line 1 is never closed']);
    expect(problems('{"a": 1]')).toEqual(["1:8-1:9 unexpected ']': expected ',' or '}' to close the { opened at line 1"]);
    expect(problems('{\n  "a": 1\n  "b": 2\n}')).toEqual([
      "3:3-3:4 missing comma between properties: expected ',' or '}', found '\"'",
    ]);
    expect(problems('[1 2]')).toEqual(["1:4-1:5 missing comma between array items: expected ',' or ']', found '2'"]);
    expect(problems('{"a" 1}')).toEqual(["1:6-1:7 expected ':' after the key \"a\", found '1'"]);
    expect(problems('{"a": }')).toEqual(['1:7-1:8 a value is missing for the key "a": found \'}\'']);
    expect(problems('[1,,2]')).toEqual(["1:4-1:5 a value is missing: found ','"]);
    expect(problems('{"a": 1,, "b": 2}')).toEqual(["1:9-1:10 expected a key in double quotes, found ','"]);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const ok = '['.repeat(JSON_MAX_DEPTH) + ']'.repeat(JSON_MAX_DEPTH);
    expect(parse(ok).documents).toHaveLength(1);
    for (const n of [JSON_MAX_DEPTH + 1, 5_000, 200_000]) {
      const deep = '{"a":'.repeat(n) + '1' + '}'.repeat(n);
      const p = only(deep);
      expect(p.message).toBe('nesting deeper than 500 levels: mtls-lint does not read further');
      // at the (limit+1)-th '{'
      expect(at(p.range)).toBe(`1:${JSON_MAX_DEPTH * 5 + 1}-1:${JSON_MAX_DEPTH * 5 + 2}`);
      expect(only('['.repeat(n)).message).toMatch(/^nesting deeper/);
    }
  });
});

describe('parseJson: never throws, agrees with JSON.parse', () => {
  propTest.prop([fc.json({ depthSize: 'medium' })], { numRuns: 300 })('accepts any JSON, with the same value', (text) => {
    const r = parse(text);
    expect(r.problems).toEqual([]);
    const v = JSON.parse(text) as unknown;
    expect(toJs(r.documents[0]!.root)).toEqual(v);
    checkRanges(text, r.documents[0]!.root);
  });

  const pieces = ['{', '}', '[', ']', ',', ':', ' ', '\n', '"a"', '"', '1', '0', '-', '.', 'e', 'true', 'nul', '//', '#', "'", '\\', 'x', '\t', '\r', '/*', '*/', '+'];
  propTest.prop([fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''))], { numRuns: 2000 })(
    'accepts exactly what JSON.parse accepts (JSON-ish noise)',
    (text) => {
      let expected = true;
      try {
        // Go also rejects numbers beyond float64 (JSON.parse gives Infinity)
        expected = !/Infinity/.test(JSON.stringify(JSON.parse(text), (_k, v: unknown) => (v === Infinity || v === -Infinity ? 'Infinity' : v)));
      } catch {
        expected = false;
      }
      const r = parse(text);
      expect(r.documents.length === 1).toBe(expected);
      if (!expected) expect(r.problems.some((p) => p.fatal)).toBe(true);
    },
  );

  propTest.prop([fc.string({ unit: 'binary', maxLength: 60 })], { numRuns: 500 })('never throws on arbitrary text', (text) => {
    const r = parse(text);
    expect(r.documents.length + r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(p.range.start.offset).toBeLessThanOrEqual(p.range.end.offset);
  });
});

interface IndexEntry {
  file: string;
  lang: string;
  note?: string;
}

describeCorpus('parseJson: corpus', () => {
  const index = readFileSync(path.join(CORPUS, 'INDEX.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as IndexEntry);
  const files = index.filter((e) => e.file.endsWith('.json'));

  it('reads every .json file: a document or a located problem, as JSON.parse and the notes say', () => {
    expect(files.length).toBeGreaterThan(100);
    let accepted = 0;
    let rejected = 0;
    const disagreeJsonParse: string[] = [];
    const disagreeNotes: string[] = [];
    const firstProblems = new Map<string, number>();
    for (const e of files) {
      let text = readFileSync(path.join(CORPUS, e.file), 'utf8');
      const hadBom = text.charCodeAt(0) === 0xfeff;
      if (hadBom) text = text.slice(1);
      const r = parseJson(text, new LineIndex(text), { hadBom });
      const ok = r.documents.length === 1;
      if (ok) {
        accepted++;
        expect(r.problems).toEqual([]);
        checkRanges(text, r.documents[0]!.root);
        expect(toJs(r.documents[0]!.root)).toEqual(JSON.parse(text));
      } else {
        rejected++;
        expect(r.problems.length).toBeGreaterThan(0);
        const p = r.problems[0]!;
        expect(p.range.start.line).toBeGreaterThanOrEqual(1);
        expect(p.range.start.offset).toBeLessThanOrEqual(text.length);
        const kind = p.message.replace(/'[^']*'|"[^"]*"|\d+/g, '…');
        firstProblems.set(kind, (firstProblems.get(kind) ?? 0) + 1);
      }
      let jsOk = true;
      try {
        JSON.parse((hadBom ? '\uFEFF' : '') + text);
      } catch {
        jsOk = false;
      }
      if (jsOk !== ok) disagreeJsonParse.push(e.file);
      const broken = /invalid-json|trailing-comma|comments-in-json/.test(e.note ?? '');
      if (broken === ok) disagreeNotes.push(e.file);
    }
    console.log(
      `JSON corpus: ${files.length} files, ${accepted} accepted, ${rejected} rejected; ` +
        `differences from JSON.parse: ${disagreeJsonParse.length}; first problems: ${JSON.stringify(Object.fromEntries(firstProblems))}`,
    );
    expect(disagreeJsonParse).toEqual([]);
    expect(disagreeNotes).toEqual([]);
  });
});
