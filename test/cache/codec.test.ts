import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { encodePrepared, restorePrepared } from '../../src/cache/codec.js';
import { prepareCached, type FileCacheKey, type PreparedCache } from '../../src/cache/prepared.js';
import { prepareSource } from '../../src/lint.js';
import { CORPUS_DIR, describeCorpus } from '../corpus-files.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const TODAY = '2026-06-01';

/** A cache in memory whose records go through JSON, as they do on disk. */
class JsonCache implements PreparedCache {
  // Every file, not only those worth caching: each is a test of the codec.
  readonly everyFile = true;
  readonly records = new Map<string, string>();
  hits = 0;
  misses = 0;

  private id(k: FileCacheKey): string {
    return `${k.path}\u0000${k.hash}\u0000${k.settings}`;
  }

  get(k: FileCacheKey): string | undefined {
    const r = this.records.get(this.id(k));
    if (r === undefined) this.misses++;
    else this.hits++;
    return r;
  }

  set(k: FileCacheKey, record: string): void {
    this.records.set(this.id(k), record);
  }
}

async function run(dir: string, cache?: PreparedCache): Promise<string> {
  const r = await lint({ cwd: dir, paths: ['.'], today: TODAY, cache });
  return JSON.stringify({ result: r.result, problems: r.configProblems });
}

describe('a warm cache gives the cold run, byte for byte', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`fixtures/${name}`, async () => {
      const dir = path.join(FIXTURES, name);
      const plain = await run(dir);
      const cache = new JsonCache();
      expect(await run(dir, cache)).toBe(plain);
      const stored = cache.records.size;
      // Every file read is cacheable: a class or value the codec does not know would show here.
      expect(cache.misses).toBeGreaterThanOrEqual(stored);
      expect(stored).toBeGreaterThan(0);
      cache.misses = 0;
      expect(await run(dir, cache)).toBe(plain);
      expect(cache.hits).toBe(stored);
      expect(cache.misses).toBe(0);
      // One file changed (its record gone): the same result again, that file alone prepared.
      const first = [...cache.records.keys()].sort()[0]!;
      cache.records.delete(first);
      cache.hits = 0;
      expect(await run(dir, cache)).toBe(plain);
      expect([cache.hits, cache.misses]).toEqual([stored - 1, 1]);
    });
  }
});

describeCorpus('a warm cache gives the cold run on the corpus of real files', () => {
  it('../shared/corpus', async () => {
    const plain = await run(CORPUS_DIR);
    const cache = new JsonCache();
    await run(CORPUS_DIR, cache);
    cache.misses = 0;
    expect(await run(CORPUS_DIR, cache)).toBe(plain);
    expect(cache.misses).toBe(0);
    expect(cache.hits).toBe(cache.records.size);
  });
});

describe('records', () => {
  const text = 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n';
  const prepared = prepareSource({ path: 'api.hcl', text });
  if (prepared.skipReason !== undefined) throw new Error('not prepared');

  it('share what the file shared: a decoded field and the tree hold the same property node', () => {
    const back = restorePrepared(JSON.parse(JSON.stringify(encodePrepared(prepared))), text)!;
    const entry = back.normalized.entries[0]!;
    const prop = entry.raw.props.find((p) => p.key === 'MutualTLSMode');
    expect(entry.root.fields.get('MutualTLSMode')!.props[0]).toBe(prop);
    expect(entry.field('MutualTLSMode')!.range).toEqual(prepared.normalized.entries[0]!.field('MutualTLSMode')!.range);
    expect(back.parsed.text).toBe(text);
  });

  it('give back blocks, decoded values and their kinds as they were', () => {
    const hcl = 'Kind = "service-defaults"\nName = "api"\nMeta {\n  owner = "a"\n}\nUpstreamConfig {\n  Overrides = [{ Name = "db" }]\n}\n';
    const cold = prepareSource({ path: 'blocks.hcl', text: hcl });
    if (cold.skipReason !== undefined) throw new Error('not prepared');
    const back = restorePrepared(JSON.parse(JSON.stringify(encodePrepared(cold))), hcl)!;
    const shape = (e: (typeof cold.normalized.entries)[number]) => ({
      blocks: e.raw.props.map((p) => `${p.key}:${p.block === true}`),
      kinds: [...e.root.fields.values()].map((f) => `${f.path}:${f.key}:${f.value.type}:${f.value.node.type}`),
      list: e.field('UpstreamConfig.Overrides')!.value.type,
      item: e.str('UpstreamConfig.Overrides[0].Name'),
    });
    expect(shape(back.normalized.entries[0]!)).toEqual(shape(cold.normalized.entries[0]!));
    expect(shape(back.normalized.entries[0]!)).toEqual({
      blocks: ['Kind:false', 'Name:false', 'Meta:true', 'UpstreamConfig:true'],
      kinds: ['Name:Name:scalar:string', 'UpstreamConfig:UpstreamConfig:object:object', 'Meta:Meta:opaque:object'],
      list: 'list',
      item: 'db',
    });
  });

  it('do not hold the file text (its hash is the key)', () => {
    expect(JSON.stringify(encodePrepared(prepared))).not.toContain('service-defaults"\\nName');
  });

  it.each([
    ['not an object', 42],
    ['no table', { root: [0] }],
    ['a dangling reference', { root: [7], objects: [], shapes: [] }],
    ['an unknown tag', { root: [0], objects: [['zz', 1]], shapes: [] }],
    ['a class with bad arguments', { root: [0], objects: [['sc', 'string', 'x', 0, 1, 'not a source']], shapes: [] }],
    ['a prototype key', { root: [0], objects: [['O', 0, 1]], shapes: [['__proto__']] }],
    ['a shape of another length', { root: [0], objects: [['O', 0, 'a.hcl']], shapes: [['path', 'parsed']] }],
    ['a cycle through a class', { root: [0], objects: [['ce', [0]]], shapes: [] }],
    ['a root that is not a prepared file', { root: [0], objects: [['O', 0, 'a.hcl']], shapes: [['path']] }],
  ])('that are forged or damaged (%s) are a miss, not an exception', (_name, record) => {
    expect(restorePrepared(record, text)).toBeUndefined();
  });

  it('are not made of what the codec cannot write back (a function)', () => {
    const odd = { ...prepared, normalized: { ...prepared.normalized, extra: () => 1 } };
    expect(encodePrepared(odd)).toBeUndefined();
  });

  it.each([
    ['text that is not JSON', '{"root": [0'],
    ['another file\'s record', 'other.hcl'],
  ])('read through the cache: %s is a miss and the file is prepared afresh', (_name, stored) => {
    const other = prepareSource({ path: 'other.hcl', text });
    const record = stored === 'other.hcl' && other.skipReason === undefined ? JSON.stringify(encodePrepared(other)) : stored;
    const set: unknown[] = [];
    const back = prepareCached({ path: 'api.hcl', text }, { get: () => record as string, set: (_k, r) => set.push(r), everyFile: true });
    expect(back.skipReason).toBeUndefined();
    expect(back.path).toBe('api.hcl');
    expect(set).toHaveLength(1);
  });

  it.each([
    ['an HCL file', 'a.hcl', 'Kind = "mesh"\n', false],
    ['a JSON file', 'a.json', '{"Kind": "mesh"}\n', false],
    ['YAML the event reader reads', 'a.yaml', 'kind: Mesh\nspec: {}\n', false],
    ['YAML only the composing reader reads (an anchor)', 'a.yaml', 'a: &x 1\nb: *x\n', true],
    ['a Terraform file of config entries (its record is larger than it)', 'main.tf', 'resource "consul_config_entry" "m" {\n  kind = "mesh"\n  name = "mesh"\n}\n', false],
    [
      'a Terraform module without Consul entries',
      'vpc.tf',
      Array.from({ length: 20 }, (_, i) => `variable "subnet_${i}" {\n  type    = string\n  default = "10.0.${i}.0/24"\n}\n`).join('\n'),
      true,
    ],
  ])('are kept only for files read slower than a record: %s', (_name, file, body, kept) => {
    const set: string[] = [];
    prepareCached({ path: file, text: body }, { get: () => undefined, set: (_k, r) => set.push(r) });
    expect(set.length > 0).toBe(kept);
  });
});
