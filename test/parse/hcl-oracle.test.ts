/**
 * Differential test of `parseHcl` + `hclToPlain` against HCL v1 itself: the npm package
 * `js-hcl-parser` is hashicorp/hcl v1 compiled to JavaScript with gopherjs; its `parse`
 * runs `hcl.Unmarshal(src, &interface{})` and prints the result as JSON (or
 * "unable to parse JSON: <error>", or throws when HCL v1 panics).
 *
 * Property: for every input, ours accepts exactly when the oracle accepts, and then
 * `hclToPlain(ours)` deep-equals the oracle's value. Inputs: every `.hcl` file of the shared
 * corpus, the `.json` files (HCL v1's JSON mode), deterministic mutants of them, and
 * generated HCL that exercises the decoder's corners (repeated keys of mixed types, block
 * labels, heredocs, escapes, number forms).
 *
 * Known difference, not a disagreement: gopherjs compiles Go's `int` to 32 bits, so the
 * oracle rejects integers outside int32 (`Interval = 5000000000`, which is in the corpus),
 * while Consul's real (64-bit) builds accept them. The comparison therefore runs
 * `parseHcl` with `{ intSize: 32 }`, and separately checks that the default (64-bit) parse
 * differs from it only on such integers.
 *
 * Out of scope: strings with unpaired UTF-16 surrogates. They cannot come from decoding a
 * file (invalid UTF-8 decodes to U+FFFD), and gopherjs mangles them when handing the text
 * to Go (an unpaired surrogate swallows the next character), so the mutators here work on
 * code points and never create them.
 *
 * Raise the number of mutants with HCL_ORACLE_MUTANTS / HCL_ORACLE_GENERATED and change the
 * seed with HCL_ORACLE_SEED (e.g. `HCL_ORACLE_MUTANTS=200000 npx vitest run test/parse/hcl-oracle`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHcl } from '../../src/parse/hcl.js';
import { CORPUS_DIR, describeCorpus } from '../corpus-files.js';
import { hclToPlain } from '../../src/parse/hcl-plain.js';
import { LineIndex } from '../../src/parse/line-index.js';

/** Mutants of corpus files per run (each is parsed by both parsers). */
export const HCL_ORACLE_MUTANTS = Number(process.env.HCL_ORACLE_MUTANTS ?? 4000);
/** Generated inputs per run. */
export const HCL_ORACLE_GENERATED = Number(process.env.HCL_ORACLE_GENERATED ?? 3000);
export const HCL_ORACLE_SEED = Number(process.env.HCL_ORACLE_SEED ?? 20240611);

const CORPUS = CORPUS_DIR;
const require = createRequire(import.meta.url);
const ORACLE_PATH = require.resolve('js-hcl-parser');

// ---------------------------------------------------------------------------------------
// The oracle, in a worker thread so that a hang cannot stall the test run.

type OracleResult = { kind: 'accept'; value: unknown } | { kind: 'reject'; message: string } | { kind: 'hang' };

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const hcl = require(${JSON.stringify(ORACLE_PATH)});
parentPort.on('message', (texts) => {
  parentPort.postMessage(texts.map((t) => {
    try { return { out: hcl.parse(t) }; } catch (e) { return { err: String(e && e.message || e) }; }
  }));
});`;

class Oracle {
  private worker: Worker | undefined;

  private get w(): Worker {
    this.worker ??= new Worker(WORKER_SOURCE, { eval: true });
    return this.worker;
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private batch(texts: string[], timeoutMs: number): Promise<Array<{ out?: string; err?: string }> | 'timeout'> {
    const w = this.w;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.close();
        resolve('timeout');
      }, timeoutMs);
      const onMessage = (m: Array<{ out?: string; err?: string }>) => {
        cleanup();
        resolve(m);
      };
      const onError = (e: Error) => {
        cleanup();
        this.close();
        reject(e);
      };
      const cleanup = () => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.postMessage(texts);
    });
  }

  /** Runs all texts; a batch that times out is split until the hanging input is found. */
  async run(texts: string[]): Promise<OracleResult[]> {
    const out: OracleResult[] = [];
    for (let i = 0; i < texts.length; i += 250) out.push(...(await this.runSplit(texts.slice(i, i + 250))));
    return out;
  }

  private async runSplit(texts: string[]): Promise<OracleResult[]> {
    const r = await this.batch(texts, 5_000 + texts.length * 40);
    if (r === 'timeout') {
      if (texts.length === 1) return [{ kind: 'hang' }];
      const mid = texts.length >> 1;
      return [...(await this.runSplit(texts.slice(0, mid))), ...(await this.runSplit(texts.slice(mid)))];
    }
    return r.map((x): OracleResult => {
      if (x.err !== undefined) return { kind: 'reject', message: `panic: ${x.err}` };
      const o = x.out!;
      if (o.startsWith('unable to parse JSON: ')) return { kind: 'reject', message: o.slice(22) };
      if (o.startsWith('unable to print JSON: ')) return { kind: 'reject', message: o.slice(22) };
      return { kind: 'accept', value: JSON.parse(o) as unknown };
    });
  }
}

// ---------------------------------------------------------------------------------------
// Ours

type Ours = { ok: true; value: unknown } | { ok: false; message: string };

function ours(text: string, intSize: 32 | 64): Ours {
  const r = parseHcl(text, new LineIndex(text), { intSize });
  const fatal = r.problems.find((p) => p.fatal);
  if (fatal) {
    if (r.documents.length !== 0) throw new Error('fatal problem but documents returned');
    return { ok: false, message: `${fatal.range.start.line}:${fatal.range.start.column}: ${fatal.message}` };
  }
  if (r.documents.length !== 1) throw new Error('accepted but not exactly one document');
  return { ok: true, value: hclToPlain(r.documents[0]!.root, { intSize }) };
}

// ---------------------------------------------------------------------------------------
// Inputs

/** mulberry32 */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['"', '{', '}', '[', ']', '=', ',', '#', '\n', '\t', '“', '”', ' ', '\r', '-', '.', '/', '*', '<', '\\', '$', ':', '0', 'a'];

function mutate(text: string, rnd: () => number): string {
  let t = text;
  const count = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < count; k++) {
    const op = Math.floor(rnd() * 9);
    if (op <= 2) {
      const lines = t.split('\n');
      const i = Math.floor(rnd() * lines.length);
      if (op === 0) lines.splice(i, 1);
      else if (op === 1) lines.splice(i, 0, lines[i] ?? '');
      else {
        const j = Math.floor(rnd() * lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      t = lines.join('\n');
      continue;
    }
    const cps = Array.from(t);
    const at = Math.floor(rnd() * (cps.length + 1));
    switch (op) {
      case 3:
      case 4:
        cps.splice(at, 1);
        break;
      case 5:
      case 6:
        cps.splice(at, 0, INSERTS[Math.floor(rnd() * INSERTS.length)]!);
        break;
      case 7:
        cps.length = at;
        break;
      default:
        cps.splice(at, 0, cps[Math.floor(rnd() * cps.length)] ?? '');
    }
    t = cps.join('');
  }
  return t;
}

/** Random HCL built to reach the decoder's corners, then sometimes damaged. */
function generate(rnd: () => number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const KEYS = ['a', 'A', 'b', 'c', '"a"', '"b"', '"A"', '"x/y"', '"b c"', 'k-1', 'x.y', '"\\u0061"', '"é"', 'É',
    // Case folding corners of labelled-block gathering (Go's strings.EqualFold).
    'k', 'K', 'ſ', 'i', 'ı', 'İ', 'ʰ', '𝒜b', 'a٣', '"\\x80"'];
  const SCALARS = [
    '1', '-1', '0', '0x1F', '0X1f', '010', '09', '1.5', '-2.5', '1e3', '1E-2', '.5', '1.', '-0', '-0.0',
    '2147483647', '2147483648', '"x"', '"1"', '"0"', '"true"', '"TRUE"', '"false"', '"t"', '"12"', '"0x10"',
    '"+5"', '"\\x80"', '"\\xc3\\xa9"', '"\\u00e9"', '"${a}"', '"${ "x" }"', '"$${x}"', '"a\\"b"', '"\\t\\n"',
    '"\\101"', '"\\400"', 'true', 'false', '""', '"é"', '<<EOF\nfoo\nEOF\n', '<<-EOF\n  x\n    y\n  EOF\n',
    '<<-EOF\n  x\n y\n  EOF\n', '<<EOF\nfoo\n  EOF\n', '<<E1\nEOF\nE1\n', '<<-EOF\nx\nEOF\n',
    '<<É\nx\nÉ\n', '<<-É\n  x\n  É\r\n', '<<É1\nx\nÉ1\r\r\n', '<<EOF\r\r\nx\nEOF\r\n', '"\\U0010FFFF"',
    '"\\ud83d"', '"\\xed\\xa0\\x80"', '"\\xe1\\x80"', '"\\xf0\\x9f\\x98\\x80"', '"𝒜"', '1e', '"\\U00110000"',
  ];
  const SEP = ['\n', '\n', ' ', ', ', '\n\n', ' # c\n', ' // c\n', ' /* c */ ', '\r\n'];
  const value = (d: number): string => {
    const x = rnd();
    if (d > 3 || x < 0.55) return pick(SCALARS);
    return x < 0.7 ? list(d + 1) : obj(d + 1);
  };
  const list = (d: number): string => {
    const items: string[] = [];
    for (let i = Math.floor(rnd() * 4); i > 0; i--) {
      const y = rnd();
      items.push(y < 0.6 ? pick(SCALARS) : y < 0.85 ? obj(d + 1) : list(d + 1));
    }
    return '[' + items.join(pick([', ', ',\n', ','])) + (rnd() < 0.3 ? ',' : '') + ']';
  };
  const obj = (d: number): string => '{' + pick(SEP) + body(d) + '}';
  const item = (d: number): string => {
    const k = pick(KEYS);
    const x = rnd();
    if (x < 0.55) return `${k} = ${value(d)}`;
    if (x < 0.8) return `${k} ${obj(d + 1)}`;
    let h = k;
    for (let i = 1 + Math.floor(rnd() * 2); i > 0; i--) h += ' ' + pick(['"b"', '"c"', 'd', '"a"']);
    return `${h} ${obj(d + 1)}`;
  };
  const body = (d: number): string => {
    let s = '';
    for (let i = Math.floor(rnd() * (d > 2 ? 2 : 5)); i > 0; i--) s += item(d) + pick(SEP);
    return s;
  };
  let t = body(0) || item(0);
  const damage = rnd() < 0.5 ? 0 : 1 + Math.floor(rnd() * 2);
  for (let m = 0; m < damage; m++) {
    const cps = Array.from(t);
    const p = Math.floor(rnd() * (cps.length + 1));
    if (rnd() < 0.5) cps.splice(p, 1);
    else cps.splice(p, 0, pick(INSERTS));
    t = cps.join('');
  }
  if (rnd() < 0.05) t = '{' + t;
  return t;
}

function corpusFiles(ext: string): Array<{ name: string; text: string }> {
  return (readdirSync(CORPUS, { recursive: true }) as string[])
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(CORPUS, f), 'utf8') }));
}

// ---------------------------------------------------------------------------------------
// Comparison

interface Tally {
  cases: number;
  accepted: number;
  rejected: number;
  oraclePanics: number;
  hangs: number;
  /** Rejected by the 32-bit oracle only because of an integer beyond int32; 64-bit accepts. */
  int64Only: number;
  disagreements: string[];
}

function tally(): Tally {
  return { cases: 0, accepted: 0, rejected: 0, oraclePanics: 0, hangs: 0, int64Only: 0, disagreements: [] };
}

function show(s: string): string {
  const j = JSON.stringify(s);
  return j.length > 300 ? j.slice(0, 300) + '…' : j;
}

async function compare(oracle: Oracle, label: string, texts: string[], t: Tally): Promise<void> {
  const results = await oracle.run(texts);
  texts.forEach((text, i) => {
    const o = results[i]!;
    t.cases++;
    if (o.kind === 'hang') {
      t.hangs++;
      t.disagreements.push(`${label}#${i}: the oracle hangs on ${show(text)}`);
      return;
    }
    if (o.kind === 'accept') t.accepted++;
    else {
      t.rejected++;
      if (o.message.startsWith('panic: ')) t.oraclePanics++;
    }
    let m32: Ours;
    let m64: Ours;
    try {
      m32 = ours(text, 32);
      m64 = ours(text, 64);
    } catch (e) {
      t.disagreements.push(`${label}#${i}: ours threw ${String(e)} on ${show(text)}`);
      return;
    }
    const agree =
      o.kind === 'accept' ? m32.ok && isDeepStrictEqual(m32.value, o.value) : !m32.ok;
    if (!agree) {
      t.disagreements.push(
        `${label}#${i}: ${show(text)}\n    oracle: ${o.kind === 'accept' ? show(JSON.stringify(o.value)) : o.message}\n    ours:   ${
          m32.ok ? show(JSON.stringify(m32.value)) : m32.message
        }`,
      );
      return;
    }
    // The default 64-bit parse must differ from the 32-bit one only on int32 overflow.
    if (m32.ok) {
      if (!m64.ok || !isDeepStrictEqual(m64.value, m32.value))
        t.disagreements.push(`${label}#${i}: 64-bit parse differs from the 32-bit one on ${show(text)}`);
    } else if (m64.ok) {
      if (/does not fit in a 32-bit integer/.test(m32.message)) t.int64Only++;
      else t.disagreements.push(`${label}#${i}: only the 64-bit parse accepts ${show(text)} (${m32.message})`);
    }
  });
}

describeCorpus('parseHcl agrees with HCL v1 (js-hcl-parser)', () => {
  const oracle = new Oracle();
  const summary: string[] = [];
  afterAll(() => {
    oracle.close();
    console.log(`hcl oracle: ${summary.join('; ')}`);
  });

  const hclFiles = corpusFiles('.hcl');

  it('on every .hcl file of the corpus', async () => {
    expect(hclFiles.length).toBeGreaterThan(300);
    const t = tally();
    await compare(oracle, 'corpus', hclFiles.map((f) => f.text), t);
    summary.push(
      `files ${t.cases} (accepted ${t.accepted}, rejected ${t.rejected}; ${t.int64Only} more accepted with 64-bit int)`,
    );
    expect(t.disagreements.map((d) => d.replace(/^corpus#(\d+)/, (_, i: string) => hclFiles[Number(i)]!.name))).toEqual([]);
    expect(t.hangs).toBe(0);
  });

  it('on every .json file of the corpus (HCL v1 JSON mode)', async () => {
    const jsonFiles = corpusFiles('.json');
    const t = tally();
    await compare(oracle, 'json', jsonFiles.map((f) => f.text), t);
    summary.push(`json files ${t.cases} (accepted ${t.accepted}, rejected ${t.rejected})`);
    expect(t.disagreements).toEqual([]);
  });

  it(`on ${HCL_ORACLE_MUTANTS} mutants of corpus files`, async () => {
    const rnd = prng(HCL_ORACLE_SEED);
    const bases = [...hclFiles.map((f) => f.text), ...corpusFiles('.json').map((f) => f.text).slice(0, 40)];
    const texts: string[] = [];
    for (let i = 0; i < HCL_ORACLE_MUTANTS; i++) texts.push(mutate(bases[Math.floor(rnd() * bases.length)]!, rnd));
    const t = tally();
    await compare(oracle, 'mutant', texts, t);
    summary.push(
      `mutants ${t.cases} (accepted ${t.accepted}, rejected ${t.rejected}, oracle panics ${t.oraclePanics}, hangs ${t.hangs}); disagreements ${t.disagreements.length}`,
    );
    expect(t.disagreements.slice(0, 20)).toEqual([]);
  });

  it(`on ${HCL_ORACLE_GENERATED} generated inputs`, async () => {
    const rnd = prng(HCL_ORACLE_SEED ^ 0x5bd1e995);
    const texts: string[] = [];
    for (let i = 0; i < HCL_ORACLE_GENERATED; i++) texts.push(generate(rnd));
    const t = tally();
    await compare(oracle, 'generated', texts, t);
    summary.push(
      `generated ${t.cases} (accepted ${t.accepted}, rejected ${t.rejected}, oracle panics ${t.oraclePanics}); disagreements ${t.disagreements.length}`,
    );
    expect(t.disagreements.slice(0, 20)).toEqual([]);
  });
});
