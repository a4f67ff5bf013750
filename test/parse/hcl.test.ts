import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, describeCorpus } from '../corpus-files.js';
import { MAX_HCL_NESTING, parseHcl } from '../../src/parse/hcl.js';
import { hclToPlain } from '../../src/parse/hcl-plain.js';
import { LineIndex } from '../../src/parse/line-index.js';
import type { LArray, LNode, LObject, LProperty, LScalar, ParseResult, SourceRange } from '../../src/parse/located.js';

const CORPUS = CORPUS_DIR;

function parse(text: string): ParseResult {
  return parseHcl(text, new LineIndex(text));
}

/** `line:col-endLine:endCol` */
function at(r: SourceRange): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

function root(text: string): LObject {
  const r = parse(text);
  expect(r.problems.filter((p) => p.fatal)).toEqual([]);
  expect(r.documents).toHaveLength(1);
  expect(r.documents[0]!.index).toBe(0);
  const n = r.documents[0]!.root;
  expect(n.type).toBe('object');
  return n as LObject;
}

function plain(text: string): unknown {
  return hclToPlain(root(text));
}

/** The single fatal problem as `range message`. */
function fatal(text: string): string {
  const r = parse(text);
  expect(r.documents).toEqual([]);
  const f = r.problems.filter((p) => p.fatal);
  expect(f).toHaveLength(1);
  return `${at(f[0]!.range)} ${f[0]!.message}`;
}

function prop(o: LNode, key: string, n = 0): LProperty {
  expect(o.type).toBe('object');
  const ps = (o as LObject).props.filter((p) => p.key === key);
  expect(ps.length).toBeGreaterThan(n);
  return ps[n]!;
}

function scalar(n: LNode): LScalar {
  expect(['string', 'number', 'boolean', 'null']).toContain(n.type);
  return n as LScalar;
}

describe('parseHcl: ranges', () => {
  it('gives exact key, value and property ranges', () => {
    const o = root('Kind = "mesh"\nName   =  42\n');
    const kind = prop(o, 'Kind');
    expect(at(kind.keyRange)).toBe('1:1-1:5');
    expect(at(kind.value.range)).toBe('1:8-1:14');
    expect(at(kind.range)).toBe('1:1-1:14');
    expect(kind.block).toBeUndefined();
    expect(scalar(kind.value)).toMatchObject({ type: 'string', value: 'mesh', raw: '"mesh"' });
    const name = prop(o, 'Name');
    expect(at(name.value.range)).toBe('2:11-2:13');
    expect(scalar(name.value)).toMatchObject({ type: 'number', value: 42, raw: '42' });
    expect(kind.range.start.offset).toBe(0);
    expect(kind.range.end.offset).toBe(13);
    expect(at(o.range)).toBe('1:1-3:1');
  });

  it('marks block syntax and keeps `key = { }` as an assignment', () => {
    const o = root('TransparentProxy {\n  OutboundListenerPort = 15001\n}\nMeshGateway = { Mode = "local" }');
    const tp = prop(o, 'TransparentProxy');
    expect(tp.block).toBe(true);
    expect(at(tp.keyRange)).toBe('1:1-1:17');
    expect(at(tp.value.range)).toBe('1:18-3:2');
    expect(at(tp.range)).toBe('1:1-3:2');
    expect(at(prop(tp.value, 'OutboundListenerPort').value.range)).toBe('2:26-2:31');
    const mg = prop(o, 'MeshGateway');
    expect(mg.block).toBeUndefined();
    expect(at(mg.value.range)).toBe('4:15-4:33');
  });

  it('nests block labels as objects, one per label, with each label range', () => {
    const o = root('a "b" "c" { x = 1 }');
    const a = prop(o, 'a');
    expect(a.block).toBe(true);
    expect(at(a.keyRange)).toBe('1:1-1:2');
    expect(at(a.range)).toBe('1:1-1:20');
    const b = prop(a.value, 'b');
    expect(b.block).toBe(true);
    expect(at(b.keyRange)).toBe('1:3-1:6');
    expect(at(a.value.range)).toBe('1:3-1:20');
    const c = prop(b.value, 'c');
    expect(at(c.keyRange)).toBe('1:7-1:10');
    expect(at(c.value.range)).toBe('1:11-1:20');
    expect(at(prop(c.value, 'x').value.range)).toBe('1:17-1:18');
    expect(hclToPlain(o)).toEqual({ a: [{ b: [{ c: [{ x: 1 }] }] }] });
  });

  it('keeps every key occurrence in source order, duplicates included', () => {
    const o = root('Sources { Name = "a" }\nName = "x"\nSources { Name = "b" }\nName = "y"');
    expect(o.props.map((p) => p.key)).toEqual(['Sources', 'Name', 'Sources', 'Name']);
    expect(at(prop(o, 'Name', 1).keyRange)).toBe('4:1-4:5');
  });

  it('reads lists, trailing commas, and commas or newlines between items', () => {
    const o = root('L = [1, "two", true,\n  3.5,\n]\nO = { a = 1, b = 2 }\nP { a = 1\n b = 2 }');
    const l = prop(o, 'L').value as LArray;
    expect(l.type).toBe('array');
    expect(at(l.range)).toBe('1:5-3:2');
    expect(l.items.map((i) => scalar(i).value)).toEqual([1, 'two', true, 3.5]);
    expect(at(l.items[3]!.range)).toBe('2:3-2:6');
    expect(hclToPlain(o)).toEqual({ L: [1, 'two', true, 3.5], O: [{ a: 1, b: 2 }], P: [{ a: 1, b: 2 }] });
  });

  it('reads numbers as HCL v1 does', () => {
    const o = root('a = 10\nb = -3\nc = 1.5\nd = 1e3\ne = 0x1F\nf = 010\ng = -0x10\nh = .5\ni = 2E-2');
    const v = (k: string) => scalar(prop(o, k).value);
    expect([v('a'), v('b'), v('c'), v('d'), v('e'), v('f'), v('g'), v('h'), v('i')].map((s) => s.value)).toEqual([
      10, -3, 1.5, 1000, 31, 8, -16, 0.5, 0.02,
    ]);
    expect(v('e').raw).toBe('0x1F');
    expect(hclToPlain(o)).toEqual({ a: 10, b: -3, c: 1.5, d: 1000, e: 31, f: 8, g: -16, h: 0.5, i: 0.02 });
  });

  it('keeps ${...} interpolation as text and decodes HCL v1 escapes', () => {
    const o = root('a = "${var.x}-y"\nb = "q\\"t\\\\\\n\\t\\u00e9\\x41"\nc = "${ "in" }"');
    expect(scalar(prop(o, 'a').value).value).toBe('${var.x}-y');
    expect(scalar(prop(o, 'b').value).value).toBe('q"t\\\n\té' + 'A');
    expect(scalar(prop(o, 'b').value).raw).toBe('"q\\"t\\\\\\n\\t\\u00e9\\x41"');
    expect(scalar(prop(o, 'c').value).value).toBe('${ "in" }');
  });

  it('accepts bare and quoted keys, dotted and dashed identifiers', () => {
    expect(plain('"a/b" = 1\nx.y-z = 2\n_k = 3\n"" = 4')).toEqual({ 'a/b': 1, 'x.y-z': 2, _k: 3, '': 4 });
  });

  it('handles an empty file and a comment-only file', () => {
    expect(root('').props).toEqual([]);
    const r = parse('# only a comment\n');
    expect(r.documents).toHaveLength(1);
    expect(r.comments.map((c) => c.text)).toEqual(['only a comment']);
  });
});

describe('parseHcl: line endings', () => {
  it('gives editor line numbers on CRLF files and normalises CRLF as HCL v1 does', () => {
    const text = 'a = 1\r\nb = "x"\r\n# c\r\nh = <<EOF\r\none\r\ntwo\r\nEOF\r\nz = 2\r\n';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    const o = r.documents[0]!.root as LObject;
    expect(at(prop(o, 'b').value.range)).toBe('2:5-2:8');
    const h = scalar(prop(o, 'h').value);
    expect(h.value).toBe('one\ntwo\n');
    expect(at(h.range)).toBe('4:5-7:4');
    expect(h.raw).toBe('<<EOF\r\none\r\ntwo\r\nEOF');
    expect(at(prop(o, 'z').keyRange)).toBe('8:1-8:2');
    expect(r.comments).toHaveLength(1);
    expect(at(r.comments[0]!.range)).toBe('3:1-3:4');
    expect(text.slice(r.comments[0]!.range.start.offset, r.comments[0]!.range.end.offset)).toBe('# c');
  });

  it('counts lone CR as a line break for positions but, like HCL v1, not as the end of a comment', () => {
    const o = root('a = 1\rb = 2\r');
    expect(at(prop(o, 'b').keyRange)).toBe('2:1-2:2');
    const r = parse('# note\rx = 1\ny = 2');
    const o2 = r.documents[0]!.root as LObject;
    expect(o2.props.map((p) => p.key)).toEqual(['y']);
    expect(at(r.comments[0]!.range)).toBe('1:1-2:6');
  });
});

describe('parseHcl: comments', () => {
  it('collects #, // and /* */ comments with their text and range', () => {
    const text = [
      '# mtls-lint-disable-next-line permissive-mtls -- onboarding',
      'Kind = "service-defaults" // trailing',
      '/* block',
      '   comment */ Name = "web"',
      '#',
    ].join('\n');
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.comments.map((c) => [c.text, at(c.range)])).toEqual([
      ['mtls-lint-disable-next-line permissive-mtls -- onboarding', '1:1-1:60'],
      ['trailing', '2:27-2:38'],
      ['block\n   comment', '3:1-4:14'],
      ['', '5:1-5:2'],
    ]);
  });

  it('does not treat # or // inside strings as comments', () => {
    const r = parse('a = "x # y // z"');
    expect(r.comments).toEqual([]);
    expect(hclToPlain(r.documents[0]!.root)).toEqual({ a: 'x # y // z' });
  });
});

describe('parseHcl: heredocs', () => {
  it('reads <<EOF and <<-EOF', () => {
    const o = root('a = <<EOF\n  line1\nline2\nEOF\nb = <<-EOT\n    x\n      y\n    EOT\nc = 1');
    const a = scalar(prop(o, 'a').value);
    expect(a.value).toBe('  line1\nline2\n');
    expect(at(a.range)).toBe('1:5-4:4');
    expect(a.raw).toBe('<<EOF\n  line1\nline2\nEOF');
    expect(scalar(prop(o, 'b').value).value).toBe('x\n  y\n');
    expect(hclToPlain(o)).toEqual({ a: '  line1\nline2\n', b: 'x\n  y\n', c: 1 });
  });

  it('reports heredocs that HCL v1 never closes', () => {
    expect(fatal('a = <<EOF\nfoo\nEOF')).toBe(
      '1:5-1:10 heredoc <<EOF is never closed: it needs a line containing only EOF, followed by a line break',
    );
    // HCL v1 quirk: the closing marker of <<- must be indented.
    expect(fatal('a = <<-EOF\nfoo\nEOF\n')).toMatch(/^1:5-1:11 heredoc <<-EOF is never closed.*indented/);
    expect(fatal('a = <<EOF x\nEOF\n')).toMatch(/^1:5-1:10 a heredoc marker/);
  });
});

describe('parseHcl: errors', () => {
  it('explains typographic quotes', () => {
    expect(fatal('Kind = “mesh”')).toBe(
      '1:8-1:9 HCL needs straight double quotes ("); found a typographic quote “',
    );
    expect(fatal("Kind = 'mesh'")).toMatch(/^1:8-1:9 HCL strings need straight double quotes/);
  });

  it('reports an unterminated string from its opening quote', () => {
    expect(fatal('Kind = "mesh\nName = "x"')).toBe(
      '1:8-1:13 unterminated string: the closing " is missing before the end of the line',
    );
  });

  it('points at an unclosed { and says it is never closed', () => {
    expect(fatal('Kind = "x"\nTransparentProxy {\n  OutboundListenerPort = 1\n')).toBe(
      '2:18-2:19 this "{" is never closed: expected "}" before the end of the file',
    );
    expect(fatal('a = [1, 2')).toBe('1:5-1:6 this "[" is never closed: expected "]" before the end of the file');
  });

  it('reports a missing =', () => {
    expect(fatal('Kind "mesh"\nName = "x"')).toMatch(/^1:6-1:12 missing "=" after key Kind/);
    expect(fatal('Mode 1')).toBe('1:6-1:7 missing "=" after key Mode: expected "=" or "{", found the number 1');
    expect(fatal('Mode')).toMatch(/^1:5-1:5 missing "=" after key Mode: expected "=" or "{", found the end of the file/);
  });

  it('reports unexpected tokens', () => {
    expect(fatal('a = 1\n}')).toBe('2:1-2:2 unexpected "}": there is no open block to close');
    expect(fatal('a = [1 2]')).toBe('1:8-1:9 expected "," or "]" after a list item, found the number 2');
    expect(fatal('a = permissive')).toBe(
      '1:5-1:15 expected a value after "=", found "permissive"; HCL v1 strings need double quotes ("permissive")',
    );
    expect(fatal('a: 1')).toMatch(/^1:2-1:3 unexpected ":"/);
    expect(fatal('a = "\\q"')).toMatch(/^1:6-1:8 invalid escape sequence "\\q"/);
    expect(fatal('a = 1 / 2')).toMatch(/^1:7-1:8 a single "\/" is not valid HCL/);
    expect(fatal('a = 1 /* x')).toBe('1:7-1:9 this "/*" comment is never closed by "*/"');
    expect(fatal('a = 1\u0000')).toBe('1:6-1:7 unexpected NUL character (0x00)');
  });

  it('reports what HCL v1 parses but cannot decode', () => {
    expect(fatal('Port = 1\nPort = "x"')).toMatch(/^2:8-2:11 "Port" is repeated: .*integer/);
    expect(fatal('a = "x"\na { }')).toMatch(/^2:3-2:6 "a" is repeated/);
    expect(fatal('a = 09')).toMatch(/^1:5-1:7 the number 09 starts with 0, so HCL v1 reads it as octal/);
    expect(fatal('a = 99999999999999999999')).toBe('1:5-1:25 the number 99999999999999999999 does not fit in a 64-bit integer');
    expect(fatal('a = 1e999')).toMatch(/^1:5-1:10 the number 1e999 is too large/);
    expect(fatal('a = "\\400"')).toMatch(/^1:5-1:11 octal escape/);
  });

  it('uses a 64-bit int like Consul, or a 32-bit one on request', () => {
    expect(plain('Interval = 5000000000')).toEqual({ Interval: 5000000000 });
    const r = parseHcl('Interval = 5000000000', new LineIndex('Interval = 5000000000'), { intSize: 32 });
    expect(r.problems.map((p) => p.message)).toEqual(['the number 5000000000 does not fit in a 32-bit integer']);
  });

  it('turns deep nesting into a problem, not a stack overflow', () => {
    const depth = MAX_HCL_NESTING + 100;
    expect(fatal('a ' + '{ b '.repeat(depth) + '}'.repeat(depth))).toMatch(/nesting deeper than 500 levels$/);
    expect(fatal('a = ' + '['.repeat(100_000))).toMatch(/^1:505-1:506 nesting deeper than 500 levels$/);
    expect(fatal('a ' + '"x" '.repeat(100_000) + '{}')).toMatch(/nesting deeper than 500 levels$/);
    // 400 levels are fine.
    const ok = 'a = ' + '['.repeat(400) + ']'.repeat(400);
    expect(parse(ok).problems).toEqual([]);
  });

  it('warns, without failing, where HCL v1 silently drops input', () => {
    const r = parse('b { a = } }\nc = 1');
    expect(r.documents).toHaveLength(1);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.fatal).toBe(false);
    expect(hclToPlain(r.documents[0]!.root)).toEqual({ b: [{}], c: 1 });
    const r2 = parse('a = 1\nb =');
    expect(r2.problems.map((p) => [p.fatal, at(p.range)])).toEqual([[false, '2:1-2:4']]);
    expect(hclToPlain(r2.documents[0]!.root)).toEqual({ a: 1 });
  });

  propTest.prop([fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: 300 })('never throws on arbitrary text', (s) => {
    const r = parse(s);
    const hasFatal = r.problems.some((p) => p.fatal);
    expect(r.documents.length).toBe(hasFatal ? 0 : 1);
    for (const p of r.problems) expect(p.range.start.offset).toBeLessThanOrEqual(p.range.end.offset);
  });

  propTest.prop(
    [fc.array(fc.constantFrom('a', '"b"', '=', '{', '}', '[', ']', ',', '1', '"x"', '\n', ' ', '<<EOF\n', 'EOF\n', '#', '“', '\r\n'), { maxLength: 40 })],
    { numRuns: 500 },
  )('never throws on HCL-like token soup', (parts) => {
    const r = parse(parts.join(''));
    expect(r.documents.length).toBe(r.problems.some((p) => p.fatal) ? 0 : 1);
  });
});

describe('parseHcl: JSON mode (the file starts with "{")', () => {
  it('reads JSON as HCL v1 does', () => {
    const r = parse('{\n  "Kind": "mesh",\n  "Meta": {"a": "b"}\n}');
    expect(r.problems).toEqual([]);
    const o = r.documents[0]!.root as LObject;
    expect(at(o.range)).toBe('1:1-4:2');
    expect(at(prop(o, 'Kind').value.range)).toBe('2:11-2:17');
    expect(hclToPlain(o)).toEqual({ Kind: 'mesh', Meta: [{ a: 'b' }] });
  });

  it('rejects HCL wrapped in braces, as HCL v1 does', () => {
    expect(fatal('{\n  Kind = "mesh"\n}')).toMatch(/^2:3-2:7 unexpected "Kind": this file starts with "\{"/);
  });
});

describe('hclToPlain: HCL v1 decoding into interface{}', () => {
  it('turns blocks into lists of objects', () => {
    expect(plain('Meta { "a/b" = "x" }')).toEqual({ Meta: [{ 'a/b': 'x' }] });
    expect(plain('a = {}\nb {}')).toEqual({ a: [{}], b: [{}] });
    expect(plain('Sources = [{ Name = "a", Nested { x = 1 } }]')).toEqual({
      Sources: [{ Name: 'a', Nested: [{ x: 1 }] }],
    });
  });

  it('merges repeated keys into the first value', () => {
    expect(plain('S { n = 1 }\nS { n = 2 }')).toEqual({ S: [{ n: 1 }, { n: 2 }] });
    expect(plain('S = [{ n = 1 }]\nS { n = 2 }')).toEqual({ S: [{ n: 1 }, { n: 2 }] });
    expect(plain('L = [1]\nL = [2, 3]')).toEqual({ L: [1, 2, 3] });
    expect(plain('a = "x"\na = "y"')).toEqual({ a: 'y' });
    expect(plain('a = "x"\na = 5')).toEqual({ a: '5' });
    expect(plain('a = 1\na = "7"')).toEqual({ a: 7 });
    expect(plain('a = 1.5\na = 2')).toEqual({ a: 2 });
    expect(plain('a = true\na = "FALSE"')).toEqual({ a: false });
  });

  it('gathers labelled blocks case-insensitively by their first key', () => {
    expect(plain('service "web" { port = 1 }\nservice "db" { port = 2 }')).toEqual({
      service: [{ web: [{ port: 1 }] }, { db: [{ port: 2 }] }],
    });
    expect(plain('a "b" {}\nA "c" {}')).toEqual({
      a: [{ b: [{}] }, { c: [{}] }],
      A: [{ b: [{}] }, { c: [{}] }],
    });
  });

  it('compares block labels with Go\'s Unicode case folding', () => {
    expect(plain('k "b" {}\n\u212a "c" {}')).toEqual({
      k: [{ b: [{}] }, { c: [{}] }],
      '\u212a': [{ b: [{}] }, { c: [{}] }],
    });
    expect(plain('i "b" {}\nı "c" {}')).toEqual({ i: [{ b: [{}] }], ı: [{ c: [{}] }] });
  });

  it('keeps int and float and heredoc values', () => {
    expect(plain('i = 3\nf = 3.0\nh = <<EOF\nx\nEOF\n')).toEqual({ i: 3, f: 3, h: 'x\n' });
  });
});

describeCorpus('parseHcl: every node of every corpus file has an exact range', () => {
  const files = (readdirSync(CORPUS, { recursive: true }) as string[]).filter((f) => f.endsWith('.hcl')).sort();

  it('ranges match the source text', () => {
    let checked = 0;
    for (const f of files) {
      const text = readFileSync(path.join(CORPUS, f), 'utf8');
      const r = parse(text);
      for (const p of r.problems) {
        expect(p.range.start.offset, f).toBeLessThanOrEqual(p.range.end.offset);
      }
      for (const c of r.comments) {
        const src = text.slice(c.range.start.offset, c.range.end.offset);
        expect(/^(#|\/\/|\/\*)/.test(src), `${f} ${at(c.range)}`).toBe(true);
      }
      const d = r.documents[0];
      if (!d) continue;
      const json = text.trimStart().startsWith('{');
      const lines = new LineIndex(text);
      const visit = (n: LNode, wrapper: boolean): void => {
        const src = text.slice(n.range.start.offset, n.range.end.offset);
        if (n.type === 'object') {
          if (!wrapper && n !== d.root) {
            expect(src.startsWith('{'), `${f} ${at(n.range)}`).toBe(true);
            if (!json) expect(src.endsWith('}'), `${f} ${at(n.range)}`).toBe(true);
          }
          for (const p of n.props) {
            expect(p.range.start.offset, f).toBe(p.keyRange.start.offset);
            expect(p.range.end.offset, f).toBe(p.value.range.end.offset);
            const k = text.slice(p.keyRange.start.offset, p.keyRange.end.offset);
            if (!k.startsWith('"')) expect(k, f).toBe(p.key);
            const isWrapper =
              p.value.type === 'object' &&
              p.value.props.length === 1 &&
              p.value.props[0]!.keyRange.start.offset === p.value.range.start.offset;
            visit(p.value, isWrapper);
            checked++;
          }
        } else if (n.type === 'array') {
          expect(src.startsWith('[') && src.endsWith(']'), `${f} ${at(n.range)}`).toBe(true);
          for (const i of n.items) visit(i, false);
        } else {
          expect(src, `${f} ${at(n.range)}`).toBe(n.raw);
        }
        expect(n.range.start).toEqual(lines.position(n.range.start.offset));
        expect(n.range.end).toEqual(lines.position(n.range.end.offset));
      };
      visit(d.root, false);
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
