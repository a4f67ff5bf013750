/**
 * Kustomize overlays as `kustomize build` makes them, for what mtls-lint reads
 * (sigs.k8s.io/kustomize api/internal/target/kusttarget.go; api/types/kustomization.go).
 */
import { describe, expect, it } from 'vitest';
import { buildOverlays, resolveInRepo, selectorRegex } from '../../src/kustomize/build.js';
import type { LNode } from '../../src/parse/located.js';
import { lastProp } from '../../src/parse/nodes.js';
import { parseText, type ParsedFile } from '../../src/parse/index.js';

function repo(files: Record<string, string>): Map<string, ParsedFile> {
  return new Map(Object.entries(files).map(([p, t]) => [p, parseText(p, t, false)]));
}

function get(root: LNode, path: string): LNode | undefined {
  let cur: LNode | undefined = root;
  for (const k of path.split('.')) cur = cur?.type === 'object' ? lastProp(cur, k)?.value : undefined;
  return cur;
}

const SD = (name: string, extra = '') => `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: ${name}\nspec:\n  protocol: http\n${extra}`;
const K = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;

describe('resolveInRepo', () => {
  it.each([
    ['overlays/prod', '../../base', 'base'],
    ['overlays/prod', './patch.yaml', 'overlays/prod/patch.yaml'],
    ['', 'base', 'base'],
    ['a', '../../etc/passwd', undefined],
    ['a', '/etc/passwd', undefined],
    ['a', 'https://github.com/org/repo//base?ref=v1', undefined],
    ['a', 'github.com/org/repo/base?ref=main', undefined],
    ['a', 'git@github.com:org/repo.git', undefined],
  ])('%s + %s → %s', (dir, ref, want) => {
    expect(resolveInRepo(dir, ref)).toBe(want);
  });
});

describe('buildOverlays', () => {
  it('an overlay that no other kustomization uses is built from its base and patches; the base is not an overlay', () => {
    const overlays = buildOverlays(
      repo({
        'base/kustomization.yaml': K('resources:\n  - sd.yaml\n'),
        'base/sd.yaml': SD('api'),
        'overlays/dev/kustomization.yaml': K('resources:\n  - ../../base\npatches:\n  - path: permissive.yaml\n'),
        'overlays/dev/permissive.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api\nspec:\n  mutualTLSMode: permissive\n',
        'overlays/prod/kustomization.yaml': K('resources:\n  - ../../base\n'),
      }),
    );
    expect(overlays.map((o) => [o.dir, o.files, o.patchFiles])).toEqual([
      ['overlays/dev', ['base/kustomization.yaml', 'base/sd.yaml', 'overlays/dev/kustomization.yaml', 'overlays/dev/permissive.yaml'], ['overlays/dev/permissive.yaml']],
      ['overlays/prod', ['base/kustomization.yaml', 'base/sd.yaml', 'overlays/prod/kustomization.yaml'], []],
    ]);
    const dev = overlays[0]!.resources[0]!;
    expect(dev.file).toBe('base/sd.yaml');
    const mode = get(dev.root, 'spec.mutualTLSMode')!;
    expect([mode.type === 'string' && mode.value, mode.range.file, mode.range.start.line]).toEqual(['permissive', 'overlays/dev/permissive.yaml', 6]);
    expect(get(overlays[1]!.resources[0]!.root, 'spec.mutualTLSMode')).toBeUndefined();
  });

  it('namespace, namePrefix and nameSuffix apply to the resources; a later patch still finds the resource by its old name', () => {
    const [o] = buildOverlays(
      repo({
        'app/kustomization.yaml': K(
          'namespace: payments\nnamePrefix: eu-\nresources:\n  - sd.yaml\npatchesJson6902:\n  - target:\n      kind: ServiceDefaults\n      name: api\n    path: json.yaml\n',
        ),
        'app/sd.yaml': SD('api'),
        'app/json.yaml': '- op: add\n  path: /spec/mutualTLSMode\n  value: permissive\n',
      }),
    );
    const root = o!.resources[0]!.root;
    const ns = get(root, 'metadata.namespace')!;
    expect([ns.type === 'string' && ns.value, ns.range.file, ns.range.start.line]).toEqual(['payments', 'app/kustomization.yaml', 3]);
    const name = get(root, 'metadata.name')!;
    expect(name.type === 'string' && name.value).toBe('eu-api');
    const mode = get(root, 'spec.mutualTLSMode')!;
    expect([mode.type === 'string' && mode.value, mode.range.file, mode.range.start.line, mode.range.start.column]).toEqual(['permissive', 'app/json.yaml', 3, 10]);
  });

  it('inline patches are located in the kustomization (block scalars)', () => {
    const [o] = buildOverlays(
      repo({
        'k/kustomization.yaml': K(
          'resources:\n  - sd.yaml\npatches:\n  - target:\n      kind: ServiceDefaults\n    patch: |-\n      - op: replace\n        path: /spec/protocol\n        value: grpc\n  - patch: |-\n      kind: ServiceDefaults\n      metadata:\n        name: api\n      spec:\n        mutualTLSMode: permissive\n',
        ),
        'k/sd.yaml': SD('api'),
      }),
    );
    const root = o!.resources[0]!.root;
    const p = get(root, 'spec.protocol')!;
    expect([p.type === 'string' && p.value, p.range.file, p.range.start.line, p.range.start.column]).toEqual(['grpc', 'k/kustomization.yaml', 11, 16]);
    const m = get(root, 'spec.mutualTLSMode')!;
    expect([m.range.file, m.range.start.line, m.range.start.column]).toEqual(['k/kustomization.yaml', 17, 24]);
  });

  it('patchesStrategicMerge by file; $patch: delete removes the resource', () => {
    const [o] = buildOverlays(
      repo({
        'k/kustomization.yaml': K('resources:\n  - a.yaml\n  - b.yaml\npatchesStrategicMerge:\n  - drop-b.yaml\n'),
        'k/a.yaml': SD('a'),
        'k/b.yaml': SD('b'),
        'k/drop-b.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: b\n$patch: delete\n',
      }),
    );
    expect(o!.resources.map((r) => r.file)).toEqual(['k/a.yaml']);
    expect(o!.patchFiles).toEqual(['k/drop-b.yaml']);
  });

  it('a kustomization whose resources mtls-lint cannot read (a Helm post-renderer of generated all.yaml) is no overlay', () => {
    // shaped like david-yu/kustomize-consul-k8s: resources: [all.yaml], label patches per kind
    const overlays = buildOverlays(
      repo({
        'kustomization.yaml': 'resources:\n  - all.yaml\npatches:\n  - path: deployment-labels.yaml\n    target:\n      kind: Deployment\n',
        'deployment-labels.yaml': '- op: add\n  path: /spec/template/metadata/labels/team\n  value: mesh\n',
      }),
    );
    expect(overlays).toEqual([]);
  });

  it('remote bases, paths outside the repository and cycles are left out with a note', () => {
    const overlays = buildOverlays(
      repo({
        'a/kustomization.yaml': K('resources:\n  - .\n  - https://github.com/org/repo//base?ref=v1\n  - ../../outside\n  - sd.yaml\n'),
        'a/sd.yaml': SD('a'),
        'overlay/kustomization.yaml': K('resources:\n  - ../a\n'),
      }),
    );
    expect(overlays.map((o) => [o.dir, o.resources.map((r) => r.file)])).toEqual([['overlay', ['a/sd.yaml']]]);
    const notes = overlays.flatMap((o) => o.notes);
    expect(notes).toContain('a/kustomization.yaml: resource "https://github.com/org/repo//base?ref=v1" is outside the repository or remote; not read');
    expect(notes).toContain('a/kustomization.yaml: resource "../../outside" is outside the repository or remote; not read');
    expect(notes.some((n) => n.includes('makes a cycle'))).toBe(true);
  });

  it('a selector pattern that would backtrack is not evaluated: the patch is left out with a note, quickly', () => {
    const name = 'a'.repeat(200);
    const [o] = buildOverlays(
      repo({
        'k/kustomization.yaml': K(`resources:\n  - sd.yaml\npatches:\n  - target:\n      name: "(a+)+$b"\n    patch: |-\n      - op: add\n        path: /spec/mutualTLSMode\n        value: permissive\n`),
        'k/sd.yaml': SD(name),
      }),
    );
    expect(get(o!.resources[0]!.root, 'spec.mutualTLSMode')).toBeUndefined();
    expect(o!.notes.some((n) => n.includes('is not evaluated'))).toBe(true);
    expect(selectorRegex('pay.*')?.test('payments')).toBe(true);
    expect(selectorRegex('.*.*.*.*x')).toBeUndefined();
  });

  it('a strategic merge patch without a target matches its own kind and name literally (a dot is not a pattern)', () => {
    const [o] = buildOverlays(
      repo({
        'k/kustomization.yaml': K('resources:\n  - a.yaml\n  - b.yaml\npatches:\n  - path: p.yaml\n'),
        'k/a.yaml': SD('api.v1'),
        'k/b.yaml': SD('apixv1'),
        'k/p.yaml': 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: api.v1\nspec:\n  mutualTLSMode: permissive\n',
      }),
    );
    expect(o!.resources.map((r) => get(r.root, 'spec.mutualTLSMode') !== undefined)).toEqual([true, false]);
  });
});

describe('buildOverlays on hostile input', () => {
  it('applies at most 500 patches per overlay and says so', () => {
    const patches = Array.from({ length: 600 }, (_, i) => `  - patch: |-\n      kind: ServiceDefaults\n      metadata:\n        name: api\n      spec:\n        maxInboundConnections: ${i}\n`).join('');
    const [o] = buildOverlays(repo({ 'k/kustomization.yaml': K(`resources:\n  - sd.yaml\npatches:\n${patches}`), 'k/sd.yaml': SD('api') }));
    const v = get(o!.resources[0]!.root, 'spec.maxInboundConnections')!;
    expect(v.type === 'number' && v.value).toBe(499);
    expect(o!.notes).toContain('k/kustomization.yaml: more than 500 patches; the rest are not applied');
  });
});
