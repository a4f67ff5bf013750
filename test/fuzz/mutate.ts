/**
 * Inputs for the properties: random bytes, random Unicode, token soup, and structure-aware
 * mutations of real files (the shared corpus and the fixtures): delete, duplicate or swap
 * lines and tokens; insert quotes, braces, tabs, NUL, BOM, curly quotes…; truncate; break
 * the UTF-8; change the extension. Every choice is a number fast-check can shrink.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fc } from '@fast-check/vitest';
import type { SourceFile } from '../../src/lint.js';
import { CORPUS_DIR, corpusIndex } from '../corpus-files.js';
import { FIXTURES } from '../e2e/helpers.js';

export interface SeedFile {
  path: string;
  bytes: Uint8Array;
}

let seeds: SeedFile[] | undefined;

function walk(dir: string, base: string, out: SeedFile[]): void {
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    const st = statSync(abs);
    if (st.isDirectory()) walk(abs, base, out);
    else if (/\.(hcl|json|ya?ml|tf)$/i.test(name) && st.size < 200_000) {
      out.push({ path: path.relative(base, abs).split(path.sep).join('/'), bytes: readFileSync(abs) });
    }
  }
}

/** Every corpus file and every fixture file (config entries, CRDs, manifests, Helm, Terraform). */
export function seedFiles(): SeedFile[] {
  if (seeds) return seeds;
  const out: SeedFile[] = [];
  for (const item of corpusIndex()) {
    out.push({ path: item.file, bytes: readFileSync(path.join(CORPUS_DIR, item.file)) });
  }
  walk(FIXTURES, path.dirname(FIXTURES), out);
  seeds = out.filter((s) => !s.path.endsWith('expected.json'));
  return seeds;
}

export const EXTENSIONS = ['hcl', 'json', 'yaml', 'yml', 'tf'] as const;

/** Snippets inserted by the mutations: the characters and tokens that break parsers. */
export const SNIPPETS = [
  '"', "'", '`', '{', '}', '[', ']', '(', ')', '\t', '\0', '\uFEFF', '\u201c', '\u201d', '\u2018', '\u2019',
  '\r', '\r\n', '\n', '\u2028', '\u00a0', ':', '=', ',', '.', '#', '//', '/*', '*/', '\\', '\\u', '\\ud800', '\\x',
  '<<', '<<EOF\n', '\nEOF\n', '<<-EOT\n', '${', '${var.x}', '%{', '&a ', '*a', '<<: *a', '!!binary ', '!Ref ', '!!js/function ',
  '---\n', '\n...\n', '- ', '  ', '? ', '|', '>-', '&', '*', '!', '%YAML 1.1\n', '%TAG ! tag:x:\n', '@', '~', 'null', 'true', 'yes',
  '1e999', '-0', '0x1F', '00012', '9007199254740993', 'NaN', '.inf', '1_000', '"Kind"', 'Kind = "mesh"\n',
  'Kind = "service-defaults"\n', 'Name = "web"\n', 'MutualTLSMode = "permissive"\n', 'kind: ServiceDefaults\n',
  'apiVersion: consul.hashicorp.com/v1alpha1\n', 'spec:\n', 'mutualTLSMode: permissive\n', 'Sources = [\n',
  '# mtls-lint-disable-next-line permissive-mtls -- fuzz\n', '# mtls-lint-disable-file * -- \n',
  'mtls-lint.io/suppress: "unknown-field -- x"\n', 'resource "consul_config_entry" "x" {\n', 'config_json = jsonencode({\n',
  '\u{1F600}', '\u0301', '\u200b', '\ufffd', 'é', '\u0000\u0000',
];

/** Byte sequences that are not valid UTF-8 (or are BOMs), inserted after encoding. */
export const BAD_BYTES: readonly number[][] = [
  [0xff], [0xfe], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80], [0x80], [0xef, 0xbb, 0xbf],
  [0xff, 0xfe], [0xfe, 0xff], [0x00], [0xf0, 0x9f, 0x98],
];

export type Mutation =
  | { op: 'deleteLine' | 'duplicateLine'; at: number }
  | { op: 'swapLines'; at: number; other: number }
  | { op: 'deleteToken' | 'duplicateToken'; at: number }
  | { op: 'swapTokens'; at: number; other: number }
  | { op: 'insert'; at: number; snippet: number }
  | { op: 'insertChar'; at: number; char: string }
  | { op: 'deleteRange'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'indent'; at: number; by: number }
  | { op: 'badBytes'; at: number; seq: number }
  | { op: 'repeatLine'; at: number; times: number }
  | { op: 'nest'; at: number; depth: number; open: string; close: string }
  | { op: 'splice'; at: number; seed: number; from: number; length: number }
  | { op: 'crlf' | 'loneCr' | 'bomUtf8' | 'utf16le' | 'utf16be' };

const nat = fc.nat({ max: 1_000_000 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const), at: nat }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swapLines' as const), at: nat, other: nat }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('deleteToken' as const, 'duplicateToken' as const), at: nat }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swapTokens' as const), at: nat, other: nat }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('insert' as const), at: nat, snippet: fc.nat({ max: SNIPPETS.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insertChar' as const), at: nat, char: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteRange' as const), at: nat, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: nat }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('indent' as const), at: nat, by: fc.integer({ min: -4, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('badBytes' as const), at: nat, seq: fc.nat({ max: BAD_BYTES.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('crlf' as const, 'loneCr' as const, 'bomUtf8' as const, 'utf16le' as const, 'utf16be' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeatLine' as const), at: nat, times: fc.integer({ min: 2, max: 300 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('nest' as const),
      at: nat,
      depth: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 495, max: 505 }), fc.integer({ min: 995, max: 1005 })),
      open: fc.constantFrom('[', '{', '{"a":', '{ a = ', 'a { ', '- ', 'a:\n ', '('),
      close: fc.constantFrom(']', '}', '', ')'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('splice' as const), at: nat, seed: nat, from: nat, length: fc.integer({ min: 1, max: 400 }) }) },
);

const TOKEN_RE = /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[A-Za-z0-9_.\-/]+|\s+|./gsu;

function tokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** `at` modulo `n` (0 when n is 0). */
function pick(at: number, n: number): number {
  return n === 0 ? 0 : at % n;
}

function splitLines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

/** Applies the text mutations in order; byte-level ones are returned for `toBytes`. */
export function mutateText(text: string, mutations: readonly Mutation[]): { text: string; bytes: Mutation[] } {
  let t = text;
  const bytes: Mutation[] = [];
  for (const m of mutations) {
    // Repeated lines and splices must not grow a case without end: a mutation that would
    // take the text past MAX_TEXT is left out.
    const before = t;
    applyOne(m);
    if (t.length > MAX_TEXT && t.length > before.length) t = before;
  }
  return { text: t, bytes };

  function applyOne(m: Mutation): void {
    switch (m.op) {
      case 'deleteLine':
      case 'duplicateLine': {
        const lines = splitLines(t);
        const i = pick(m.at, lines.length);
        if (lines.length === 0) break;
        if (m.op === 'deleteLine') lines.splice(i, 1);
        else lines.splice(i, 0, lines[i]!);
        t = lines.join('');
        break;
      }
      case 'swapLines': {
        const lines = splitLines(t);
        const i = pick(m.at, lines.length);
        const j = pick(m.other, lines.length);
        if (lines.length < 2) break;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        t = lines.join('');
        break;
      }
      case 'deleteToken':
      case 'duplicateToken': {
        const toks = tokens(t);
        if (toks.length === 0) break;
        const i = pick(m.at, toks.length);
        if (m.op === 'deleteToken') toks.splice(i, 1);
        else toks.splice(i, 0, toks[i]!);
        t = toks.join('');
        break;
      }
      case 'swapTokens': {
        const toks = tokens(t);
        if (toks.length < 2) break;
        const i = pick(m.at, toks.length);
        const j = pick(m.other, toks.length);
        [toks[i], toks[j]] = [toks[j]!, toks[i]!];
        t = toks.join('');
        break;
      }
      case 'insert': {
        const i = pick(m.at, t.length + 1);
        t = t.slice(0, i) + SNIPPETS[m.snippet]! + t.slice(i);
        break;
      }
      case 'insertChar': {
        const i = pick(m.at, t.length + 1);
        t = t.slice(0, i) + m.char + t.slice(i);
        break;
      }
      case 'deleteRange': {
        const i = pick(m.at, t.length + 1);
        t = t.slice(0, i) + t.slice(i + m.length);
        break;
      }
      case 'truncate':
        t = t.slice(0, pick(m.at, t.length + 1));
        break;
      case 'indent': {
        const lines = splitLines(t);
        if (lines.length === 0) break;
        const i = pick(m.at, lines.length);
        const l = lines[i]!;
        lines[i] = m.by >= 0 ? ' '.repeat(m.by) + l : l.replace(new RegExp(`^ {0,${-m.by}}`), '');
        t = lines.join('');
        break;
      }
      case 'repeatLine': {
        const lines = splitLines(t);
        if (lines.length === 0) break;
        const i = pick(m.at, lines.length);
        lines.splice(i, 0, ...Array<string>(m.times - 1).fill(lines[i]!));
        t = lines.join('');
        break;
      }
      case 'nest': {
        const i = pick(m.at, t.length + 1);
        t = t.slice(0, i) + m.open.repeat(m.depth) + m.close.repeat(m.depth) + t.slice(i);
        break;
      }
      case 'splice': {
        // a piece of another seed file, as if two files were merged
        const all = seedFiles();
        const other = Buffer.from(all[m.seed % all.length]!.bytes).toString('utf8');
        const from = pick(m.from, other.length + 1);
        const i = pick(m.at, t.length + 1);
        t = t.slice(0, i) + other.slice(from, from + m.length) + t.slice(i);
        break;
      }
      case 'crlf':
        t = t.replace(/\r?\n/g, '\r\n');
        break;
      case 'loneCr':
        t = t.replace(/\r?\n/g, '\r');
        break;
      default:
        bytes.push(m);
    }
  }
}

/** Mutated cases stay under this many characters (the seed files are smaller). */
export const MAX_TEXT = 256 * 1024;

/** UTF-8 encoding plus the byte-level mutations (invalid sequences, BOMs, UTF-16). */
export function toBytes(text: string, mutations: readonly Mutation[]): Uint8Array {
  let b: Uint8Array = new Uint8Array(Buffer.from(text, 'utf8'));
  for (const m of mutations) {
    if (m.op === 'badBytes') {
      const i = pick(m.at, b.length + 1);
      const seq = BAD_BYTES[m.seq]!;
      const nb = new Uint8Array(b.length + seq.length);
      nb.set(b.subarray(0, i), 0);
      nb.set(seq, i);
      nb.set(b.subarray(i), i + seq.length);
      b = nb;
    } else if (m.op === 'bomUtf8') {
      b = new Uint8Array([0xef, 0xbb, 0xbf, ...b]);
    } else if (m.op === 'utf16le' || m.op === 'utf16be') {
      const le = Buffer.from(`\uFEFF${Buffer.from(b).toString('utf8')}`, 'utf16le');
      if (m.op === 'utf16be') le.swap16();
      b = new Uint8Array(le);
    }
  }
  return b;
}

/** Counterexamples print as path and text, not as a list of byte values. */
export function readable<T extends { path: string; bytes: Uint8Array }>(f: T): T {
  Object.defineProperty(f, fc.toStringMethod, {
    value: () => `{ path: ${JSON.stringify(f.path)}, text: ${JSON.stringify(Buffer.from(f.bytes).toString('latin1'))} }`,
    enumerable: false,
  });
  return f;
}

export interface MutatedFile extends SourceFile {
  bytes: Uint8Array;
  /** The seed file it comes from. */
  from: string;
}

/** A seed file with 1–6 mutations, sometimes under another extension. */
export function mutatedFileArb(maxMutations = 6): fc.Arbitrary<MutatedFile> {
  const all = seedFiles();
  return fc
    .record({
      seed: fc.nat({ max: all.length - 1 }),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: maxMutations }),
      ext: fc.option(fc.constantFrom(...EXTENSIONS), { freq: 8 }),
    })
    .map(({ seed, mutations, ext }) => {
      const s = all[seed]!;
      const { text, bytes } = mutateText(Buffer.from(s.bytes).toString('utf8'), mutations);
      const p = ext ? s.path.replace(/\.[a-z]+$/i, `.${ext}`) : s.path;
      return readable({ path: p, bytes: toBytes(text, bytes), from: s.path });
    });
}

/** Tokens of the three formats, for token soup that gets further into the parsers than noise. */
export const SOUP_TOKENS = [
  'Kind', 'kind', 'Name', 'name', 'Sources', 'Action', 'MutualTLSMode', 'TransparentProxy', 'Meta', 'Partition', 'Namespace',
  'AllowEnablingPermissiveMutualTLS', 'MeshDestinationsOnly', 'Mode', 'Protocol', 'Config', 'spec', 'metadata', 'apiVersion',
  'consul.hashicorp.com/v1alpha1', 'ServiceDefaults', 'ServiceIntentions', 'Mesh', 'ProxyDefaults', 'Deployment', 'annotations',
  '"service-defaults"', '"service-intentions"', '"mesh"', '"proxy-defaults"', '"global"', '"permissive"', '"strict"', '"allow"',
  '"deny"', '"transparent"', '"direct"', '"*"', '"web"', '"api"', '"a/b"', 'true', 'false', 'null', '1', '-1', '1.5e3', '0x10',
  ' ', ' ', '  ', '\n', '\n', '\t', '=', '=', ':', ': ', ',', '{', '}', '[', ']', '"', "'", '#', '//', '/*', '*/', '- ', '---\n',
  '&x ', '*x', '<<: ', '!!str ', '|\n', '>\n', '<<EOF\n', 'EOF\n', '${a}', '\\', '\\n', '\u201c', '\u201d', '\uFEFF', '\r\n',
  'resource', '"consul_config_entry"', 'jsonencode(', ')', 'config_json', 'mtls-lint-disable-next-line', '--', 'unknown-field',
];

export function tokenSoupArb(maxTokens = 200): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...SOUP_TOKENS), { maxLength: maxTokens }).map((t) => t.join(''));
}

export function pathArb(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('', 'consul/', 'k8s/', 'a b/', 'ü/'), fc.constantFrom('mesh', 'svc', 'x', 'values', 'main'), fc.constantFrom(...EXTENSIONS))
    .map(([dir, name, ext]) => `${dir}${name}.${ext}`);
}
