/**
 * Kustomize patches on located trees: what kustomize does to a custom resource
 * (sigs.k8s.io/kustomize/kyaml/yaml/merge2 for strategic merge without an OpenAPI patch
 * strategy; RFC 6902 through evanphx/json-patch), and that every patched value keeps the
 * place it was written.
 */
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, strategicMerge, tagFile, type JsonPatchOp } from '../../src/kustomize/patch.js';
import type { LNode, LObject } from '../../src/parse/located.js';
import { lastProp } from '../../src/parse/nodes.js';
import { parseText } from '../../src/parse/index.js';

function doc(path: string, text: string): LObject {
  const root = parseText(path, text, false).result.documents[0]!.root;
  if (root.type !== 'object') throw new Error('not an object');
  return root;
}

/** The plain value of a located tree. */
function plain(n: LNode): unknown {
  if (n.type === 'object') return Object.fromEntries(n.props.map((p) => [p.key, plain(p.value)]));
  if (n.type === 'array') return n.items.map(plain);
  return n.value;
}

function at(root: LNode, ...keys: string[]): LNode {
  let cur: LNode | undefined = root;
  for (const k of keys) cur = cur?.type === 'object' ? lastProp(cur, k)?.value : undefined;
  if (!cur) throw new Error(`no ${keys.join('.')}`);
  return cur;
}

const BASE = `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: api
spec:
  protocol: http
  upstreamConfig:
    defaults:
      connectTimeoutMs: 5000
  expose:
    paths:
      - path: /health
        localPathPort: 8080
`;

describe('tagFile', () => {
  it('keeps every position and names the file (parse nodes compute ranges in getters)', () => {
    const root = doc('a.yaml', BASE);
    const tagged = tagFile(root, 'patch.yaml');
    const v = at(tagged, 'spec', 'protocol');
    expect(v.range).toEqual({ start: { line: 6, column: 13, offset: 104 }, end: { line: 6, column: 17, offset: 108 }, file: 'patch.yaml' });
    const prop = lastProp(at(tagged, 'spec') as LObject, 'protocol')!;
    expect([prop.keyRange.start.line, prop.keyRange.start.column, prop.keyRange.file]).toEqual([6, 3, 'patch.yaml']);
    expect(plain(tagged)).toEqual(plain(root));
  });
});

describe('strategicMerge (custom resources: maps merge, lists replace)', () => {
  const base = () => tagFile(doc('base.yaml', BASE), 'base.yaml');
  const patch = (text: string) => tagFile(doc('patch.yaml', text), 'patch.yaml');

  it('adds a key, keeps the others, and the new value is located in the patch', () => {
    const m = strategicMerge(base(), patch('kind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n'));
    expect(m.deleted).toBe(false);
    if (m.deleted) return;
    expect(plain(at(m.node, 'spec'))).toEqual({
      protocol: 'http',
      upstreamConfig: { defaults: { connectTimeoutMs: 5000 } },
      expose: { paths: [{ path: '/health', localPathPort: 8080 }] },
      mutualTLSMode: 'permissive',
    });
    const mode = at(m.node, 'spec', 'mutualTLSMode');
    expect([mode.range.file, mode.range.start.line, mode.range.start.column]).toEqual(['patch.yaml', 5, 18]);
    expect(at(m.node, 'spec', 'protocol').range.file).toBe('base.yaml');
  });

  it('replaces a value, merges nested maps, replaces lists whole, and null deletes', () => {
    const m = strategicMerge(
      base(),
      patch(
        'kind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  protocol: grpc\n  upstreamConfig:\n    defaults:\n      maxFailures: 3\n  expose:\n    paths:\n      - path: /ready\n        localPathPort: 9090\n  meshGateway: null\n',
      ),
    );
    if (m.deleted) throw new Error('deleted');
    expect(plain(at(m.node, 'spec'))).toEqual({
      protocol: 'grpc',
      upstreamConfig: { defaults: { connectTimeoutMs: 5000, maxFailures: 3 } },
      expose: { paths: [{ path: '/ready', localPathPort: 9090 }] },
    });
    const removed = strategicMerge(base(), patch('spec:\n  protocol: null\n'));
    if (removed.deleted) throw new Error('deleted');
    expect(Object.keys(plain(at(removed.node, 'spec')) as object)).toEqual(['upstreamConfig', 'expose']);
  });

  it('$patch: replace replaces the map, $patch: delete removes the resource', () => {
    const r = strategicMerge(base(), patch('spec:\n  $patch: replace\n  protocol: tcp\n'));
    if (r.deleted) throw new Error('deleted');
    expect(plain(at(r.node, 'spec'))).toEqual({ protocol: 'tcp' });
    expect(strategicMerge(base(), patch('$patch: delete\nkind: ServiceDefaults\n')).deleted).toBe(true);
  });

  it('a patched base keeps the ranges it had (no position lost in the copies)', () => {
    const m = strategicMerge(base(), patch('spec:\n  mutualTLSMode: strict\n'));
    if (m.deleted) throw new Error('deleted');
    const p = at(m.node, 'spec', 'upstreamConfig', 'defaults', 'connectTimeoutMs');
    expect([p.range.start.line, p.range.start.column, p.range.file]).toEqual([9, 25, 'base.yaml']);
  });
});

describe('applyJsonPatch (RFC 6902)', () => {
  const base = () => tagFile(doc('base.yaml', BASE), 'base.yaml');
  const value = (text: string) => tagFile(doc('k.yaml', `v: ${text}\n`), 'k.yaml').props[0]!.value;
  const run = (ops: JsonPatchOp[]) => applyJsonPatch(base(), ops);

  it('add, replace, remove, copy, move, test', () => {
    const r = run([
      { op: 'add', path: '/spec/mutualTLSMode', value: value('permissive') },
      { op: 'replace', path: '/spec/protocol', value: value('http2') },
      { op: 'remove', path: '/spec/upstreamConfig' },
      { op: 'copy', from: '/spec/protocol', path: '/spec/copied' },
      { op: 'move', from: '/spec/copied', path: '/spec/moved' },
      { op: 'test', path: '/spec/moved', value: value('http2') },
      { op: 'add', path: '/spec/expose/paths/-', value: value('{path: /x}') },
    ]);
    if ('error' in r) throw new Error(r.error);
    expect(plain(at(r.node, 'spec'))).toEqual({
      protocol: 'http2',
      expose: { paths: [{ path: '/health', localPathPort: 8080 }, { path: '/x' }] },
      mutualTLSMode: 'permissive',
      moved: 'http2',
    });
    expect(at(r.node, 'spec', 'mutualTLSMode').range.file).toBe('k.yaml');
  });

  it('fails whole, with the reason, when an op cannot apply (json-patch semantics)', () => {
    expect(run([{ op: 'replace', path: '/spec/nope', value: value('x') }])).toEqual({ error: 'replace /spec/nope: no such path' });
    expect(run([{ op: 'test', path: '/spec/protocol', value: value('grpc') }])).toEqual({ error: 'test /spec/protocol: no such path' });
    expect(run([{ op: 'frobnicate', path: '/spec' }])).toEqual({ error: 'unknown op "frobnicate"' });
    expect(run([{ op: 'add', path: 'spec', value: value('x') }])).toEqual({ error: 'path "spec" is not a JSON pointer into the object' });
  });

  it('reads ~1 and ~0 in pointers (annotation keys with slashes)', () => {
    const d = tagFile(doc('d.yaml', 'metadata:\n  annotations:\n    consul.hashicorp.com/connect-inject: "true"\n'), 'd.yaml');
    const r = applyJsonPatch(d, [{ op: 'replace', path: '/metadata/annotations/consul.hashicorp.com~1connect-inject', value: value('"false"') }]);
    if ('error' in r) throw new Error(r.error);
    expect(plain(r.node)).toEqual({ metadata: { annotations: { 'consul.hashicorp.com/connect-inject': 'false' } } });
  });
});
