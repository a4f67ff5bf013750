import { describe, expect, it } from 'vitest';
import { decodeObject, groupedByKey, sortClaims, type Claim } from '../../src/model/decode.js';
import type { LObject } from '../../src/parse/located.js';
import { parseText } from '../../src/parse/index.js';
import { obj, str, type FieldSpec } from '../../src/model/schema.js';

function root(path: string, text: string): LObject {
  const r = parseText(path, text, false).result.documents[0]!.root;
  if (r.type !== 'object') throw new Error('not an object');
  return r;
}

/** Fields F00…Fnn, in that order in the table. */
function fields(n: number): FieldSpec[] {
  return Array.from({ length: n }, (_, i) => str(`F${String(i).padStart(2, '0')}`));
}

describe('decodeObject: fields in table order, whatever order they are written in', () => {
  // Up to 24 claims are sorted by insertion, more by Array.prototype.sort; up to 16 keys are
  // grouped without a map. Each size is on both sides of both limits.
  it.each([3, 16, 17, 24, 25, 40])('%i keys written in reverse', (n) => {
    const spec = fields(n);
    const text = `{${spec
      .map((f) => f.name)
      .reverse()
      .map((name) => `"${name}": "${name.toLowerCase()}"`)
      .join(', ')}}`;
    const { value, issues } = decodeObject(root('a.json', text), spec, { style: 'consul', repeats: 'last' });
    expect(issues).toEqual([]);
    expect([...value.fields.keys()]).toEqual(spec.map((f) => f.name));
    expect(value.fields.get('F00')!.value).toMatchObject({ type: 'scalar', value: 'f00' });
  });

  it.each([5, 20])('a key repeated among %i keys: the last value, and one issue naming the others', (n) => {
    const spec = fields(n);
    const keys = [...spec.map((f) => f.name), 'F01'];
    const text = `{${keys.map((k, i) => `"${k}": "v${i}"`).join(', ')}}`;
    const { value, issues } = decodeObject(root('a.json', text), spec, { style: 'consul', repeats: 'last' });
    expect(value.fields.get('F01')!.value).toMatchObject({ value: `v${n}` });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'duplicate-key', path: 'F01', key: 'F01' });
    expect(issues[0]!.earlier).toHaveLength(1);
    expect(issues[0]!.earlier![0]!.start.column).toBe(text.indexOf('"F01"') + 1);
  });

  it('repeated HCL blocks merge into a list; a repeated single object is refused', () => {
    const spec = [obj('One', [str('A')]), { name: 'Many', type: { t: 'list', of: { t: 'object', fields: [str('A')] } } } as FieldSpec];
    const { value, issues } = decodeObject(root('a.hcl', 'Many { A = "1" }\nOne { A = "x" }\nMany { A = "2" }\nOne { A = "y" }\n'), spec, {
      style: 'consul',
      repeats: 'merge',
    });
    const many = value.fields.get('Many')!;
    expect(many.props).toHaveLength(2);
    expect(many.value.type === 'list' && many.value.items.map((i) => i.type === 'object' && i.fields.get('A')!.value)).toMatchObject([{ value: '1' }, { value: '2' }]);
    expect(value.fields.has('One')).toBe(false);
    expect(issues).toMatchObject([{ code: 'expected-object', path: 'One' }]);
  });

  it('unknown keys in written order first, then each field: the first spelling in priority order wins', () => {
    const spec = [str('Protocol', 'protocol_name'), str('Mode')];
    const text = '{"zz": 1, "protocol_name": "tcp", "Mode": "m", "PROTOCOL": "grpc", "Protocol": "http", "aa": 2}';
    const { value, issues } = decodeObject(root('a.json', text), spec, { style: 'consul', repeats: 'last' });
    expect(value.fields.get('Protocol')!.value).toMatchObject({ value: 'http' });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-key', 'zz'],
      ['unknown-key', 'aa'],
      ['duplicate-spelling', 'PROTOCOL'],
      ['duplicate-spelling', 'protocol_name'],
    ]);
  });
});

describe('groupedByKey', () => {
  it('an object without a repeated key is its own grouping; a repeated key is a list in first-occurrence order', () => {
    const once = root('a.json', '{"a": 1, "b": 2}').props;
    expect(groupedByKey(once)).toBe(once);
    const twice = root('a.json', '{"a": 1, "b": 2, "a": 3}').props;
    expect(groupedByKey(twice)).toEqual([[twice[0], twice[2]], twice[1]]);
    const many = root('a.json', `{${Array.from({ length: 20 }, (_, i) => `"k${i}": ${i}`).join(', ')}, "k3": 0}`).props;
    const g = groupedByKey(many);
    expect(g).toHaveLength(20);
    expect(g[3]).toEqual([many[3], many[20]]);
    expect(g[4]).toBe(many[4]);
  });
});

describe('sortClaims: the stable order of Array.prototype.sort', () => {
  it('for lists on both sides of the insertion limit, with ties', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let len = 0; len <= 40; len++) {
      const claims = Array.from({ length: len }, (_, i) => ({ order: rand(6), rank: rand(3), start: rand(4), key: `k${i}` }) as unknown as Claim);
      const expected = [...claims].sort((a, b) => a.order - b.order || a.rank - b.rank || a.start - b.start);
      sortClaims(claims);
      expect(claims.map((c) => c.key)).toEqual(expected.map((c) => c.key));
    }
  });
});
