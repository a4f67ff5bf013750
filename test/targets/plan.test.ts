import { describe, expect, it } from 'vitest';
import { identityOf, planTargets, UNDECLARED_TARGET, type TargetFileInfo } from '../../src/targets/index.js';
import { SharedSets } from '../../src/lint.js';
import { compileGlob } from '../../src/config/glob.js';
import { copyLeftUnrenamed, namedAlike } from '../../src/targets/variant-folders.js';

/** A file with entries of the given kinds (`service-defaults:web` also names the entry). */
function file(path: string, entries: string[] = [], extra: Partial<TargetFileInfo> = {}): TargetFileInfo {
  const kinds = new Set(entries.map((e) => e.split(':')[0]!));
  const identities = new Set(entries.filter((e) => e.includes(':')).map((e) => `${e.split(':')[0]} "${e.split(':')[1]}"`));
  return { path, meshContent: entries.length > 0, kinds, identities, providers: new Set(), ...extra };
}

const summary = (files: TargetFileInfo[], declared = undefined as Parameters<typeof planTargets>[1]) =>
  Object.fromEntries(planTargets(files, declared).targets.map((t) => [t.name, t.files]));

describe('planTargets', () => {
  it('a repository without variants, roots or aliases is one target', () => {
    const plan = planTargets([file('mesh.hcl', ['mesh']), file('api.hcl', ['service-defaults:api'])]);
    expect(plan.targets).toEqual([{ name: '.', origin: 'repository', reasons: [], files: ['api.hcl', 'mesh.hcl'] }]);
  });

  it('kustomize overlays are targets of the files their build reads (with what it left out); the other files are planned apart', () => {
    const plan = planTargets(
      [file('base/sd.yaml', ['service-defaults:api']), file('overlays/dev/patch.yaml', ['service-defaults:api']), file('legacy/mesh.hcl', ['mesh'])],
      [],
      [{ dir: 'overlays/dev', files: ['base/kustomization.yaml', 'base/sd.yaml', 'overlays/dev/kustomization.yaml', 'overlays/dev/patch.yaml'], notes: ['overlays/dev/kustomization.yaml: resource "https://x" is outside the repository or remote; not read'] }],
    );
    expect(plan.targets).toEqual([
      { name: '. (outside kustomize overlays)', origin: 'repository', reasons: ['the files no kustomize overlay reads'], files: ['legacy/mesh.hcl'] },
      {
        name: 'overlays/dev',
        origin: 'kustomize',
        reasons: [
          'kustomize overlay: overlays/dev/ has a kustomization that no other kustomization uses, so it is applied on its own, its resources with its patches',
          'overlays/dev/kustomization.yaml: resource "https://x" is outside the repository or remote; not read',
        ],
        files: ['base/sd.yaml', 'overlays/dev/patch.yaml'],
        overlay: 'overlays/dev',
      },
    ]);
  });

  it('variant folders holding the same kinds are targets; shared files join each', () => {
    expect(
      summary([
        file('k8s-yamls/mesh.yaml', ['mesh']),
        file('hashicups/dc1/frontend.yaml', ['service-defaults:frontend']),
        file('hashicups/dc2/frontend.yaml', ['service-defaults:frontend']),
        file('README.md'),
      ]),
    ).toEqual({
      'hashicups/dc1': ['README.md', 'hashicups/dc1/frontend.yaml', 'k8s-yamls/mesh.yaml'],
      'hashicups/dc2': ['README.md', 'hashicups/dc2/frontend.yaml', 'k8s-yamls/mesh.yaml'],
    });
  });

  it('nested variants (hcp-managed/self-managed × eks/aks) give one target per leaf, with the files shared on the way', () => {
    const t = summary([
      file('hcp-managed/consul.yaml', ['proxy-defaults:global']),
      file('hcp-managed/eks/intentions.yaml', ['service-intentions:api']),
      file('hcp-managed/aks/intentions.yaml', ['service-intentions:api']),
      file('self-managed/eks/intentions.yaml', ['service-intentions:api', 'proxy-defaults:global']),
    ]);
    expect(t).toEqual({
      'hcp-managed/aks': ['hcp-managed/aks/intentions.yaml', 'hcp-managed/consul.yaml'],
      'hcp-managed/eks': ['hcp-managed/consul.yaml', 'hcp-managed/eks/intentions.yaml'],
      // one variant below self-managed/ holds entries: no choice to make there
      'self-managed': ['self-managed/eks/intentions.yaml'],
    });
  });

  it('variant-named folders that share no kind of entry stay together', () => {
    expect(Object.keys(summary([file('dev/mesh.hcl', ['mesh']), file('prod/api.hcl', ['service-defaults:api'])]))).toEqual(['.']);
  });

  it('files named apart by one variant word (dc1-…, dc2-…) are alternatives', () => {
    expect(
      summary([
        file('k8s-yamls/dc1-sg-hashicups.yaml', ['sameness-group:hashicups']),
        file('k8s-yamls/dc2-sg-hashicups.yaml', ['sameness-group:hashicups']),
        file('k8s-yamls/intentions.yaml', ['service-intentions:api']),
      ]),
    ).toEqual({
      'k8s-yamls/*dc1*': ['k8s-yamls/dc1-sg-hashicups.yaml', 'k8s-yamls/intentions.yaml'],
      'k8s-yamls/*dc2*': ['k8s-yamls/dc2-sg-hashicups.yaml', 'k8s-yamls/intentions.yaml'],
    });
  });

  it('two or more Terraform root modules are targets; a root holds the local modules it sources', () => {
    const tf = (path: string, text: string, entries: string[] = []) => file(path, entries, { terraformText: text });
    const t = summary([
      tf('examples/basic/main.tf', 'module "mesh" {\n  source = "../../modules/mesh"\n}\n'),
      tf('examples/partitions/main.tf', 'module "mesh" {\n  source = "../../modules/mesh"\n}\nresource "consul_config_entry" "x" {}\n', ['service-defaults:api']),
      tf('modules/mesh/main.tf', 'resource "consul_config_entry" "pd" {}\n', ['proxy-defaults:global']),
      file('k8s/api.yaml', ['service-defaults:api']),
    ]);
    expect(t).toEqual({
      '.': ['k8s/api.yaml'],
      'examples/basic': ['examples/basic/main.tf', 'modules/mesh/main.tf'],
      'examples/partitions': ['examples/partitions/main.tf', 'modules/mesh/main.tf'],
    });
  });

  it('a single Terraform root does not split the repository', () => {
    const t = summary([file('terraform/main.tf', ['mesh'], { terraformText: '' }), file('k8s/api.yaml', ['service-defaults:api'])]);
    expect(Object.keys(t)).toEqual(['.']);
  });

  it('provider aliases: one target per alias, the rest with the default provider', () => {
    const plan = planTargets([
      file('peering/dc1.tf', ['mesh'], { terraformText: '', providers: new Set(['consul.dc1']) }),
      file('peering/dc2.tf', ['mesh'], { terraformText: '', providers: new Set(['consul.dc2']) }),
      file('peering/shared.tf', ['service-defaults:api'], { terraformText: '', providers: new Set(['']) }),
    ]);
    expect(plan.targets.map((t) => [t.name, t.provider, t.files])).toEqual([
      ['.', '', ['peering/dc1.tf', 'peering/dc2.tf', 'peering/shared.tf']],
      ['. (provider consul.dc1)', 'consul.dc1', ['peering/dc1.tf']],
      ['. (provider consul.dc2)', 'consul.dc2', ['peering/dc2.tf']],
    ]);
    expect(plan.targets[1]!.reasons).toEqual([expect.stringMatching(/^provider alias: .*provider = consul\.dc1/)]);
  });

  it('sibling folders not named as variants that define the same entries are a guess: one target, the group remembered', () => {
    const plan = planTargets([
      file('service-mesh/frontend.yaml', ['service-defaults:frontend']),
      file('observability/frontend.yaml', ['service-defaults:frontend']),
      file('observability/tracing.yaml', ['proxy-defaults:global']),
    ]);
    expect(plan.targets.map((t) => t.name)).toEqual(['.']);
    expect(plan.guessed).toEqual([{ parent: '', variants: ['observability', 'service-mesh'], sure: false, shared: ['service-defaults "frontend"'] }]);
  });

  it('files of one folder named alike that define the same entry are a guess: one target, the group remembered', () => {
    const plan = planTargets([
      file('demo/terminating-gateway.yml', ['terminating-gateway:terminating-gateway']),
      file('demo/terminating-gateway-delete.yml', ['terminating-gateway:terminating-gateway']),
      file('demo/backend-v1-dc1a-default.yml', ['service-defaults:backend']),
      file('demo/backend-v1-dc1b-default.yml', ['service-defaults:backend']),
      file('demo/backend-v1-dc2-default.yml', ['service-defaults:backend']),
      // Named otherwise: no guess, a duplicate stays an error.
      file('demo/service-defaults-backend-grpc.yml', ['service-defaults:backend']),
      file('demo/a.tf', ['service-defaults:backend'], { terraformText: '' }),
    ]);
    expect(plan.targets.map((t) => t.name)).toEqual(['.']);
    expect(plan.guessed).toEqual([
      { parent: 'demo', variants: ['backend-v1-dc1a-default.yml', 'backend-v1-dc1b-default.yml', 'backend-v1-dc2-default.yml'], alikeFiles: true, sure: false, shared: ['service-defaults "backend"'] },
      { parent: 'demo', variants: ['terminating-gateway-delete.yml', 'terminating-gateway.yml'], alikeFiles: true, sure: false, shared: ['terminating-gateway "terminating-gateway"'] },
    ]);
  });

  it.each([
    // One name goes on where the other stops.
    ['service-intentions.yaml', 'service-intentions-dc1b.yaml', true],
    ['product-v1-local.yml', 'product-v1-local-failing-health.yml', true],
    ['export-service-backend.yml', 'export-service-backend-dc1a-to-dc2.yml', true],
    // One word differs.
    ['service-defaults-static-server-strict.yaml', 'service-defaults-static-server-permissive.yaml', true],
    ['export-service-backend-dc1a-to-dc2.yml', 'export-service-backend-dc1b-to-dc2.yml', true],
    ['Backend_V1.yaml', 'backend-v2.yml', true],
    // Two words differ.
    ['backend-v1-dc1a.yml', 'backend-v2-dc1b.yml', true],
    // Nothing in common at the start (alike only at the end), more than two words apart, or the same name.
    ['a.yaml', 'b.yaml', false],
    ['hash-resolver.hcl', 'least-req-resolver.hcl', false],
    ['backend.yml', 'service-defaults-backend-grpc.yml', false],
    ['api-one-two-three.yml', 'api-four-five-six.yml', false],
    ['api.yaml', 'api.yml', false],
  ])('namedAlike(%s, %s) is %s', (a, b, alike) => {
    expect(namedAlike(a, b)).toBe(alike);
    expect(namedAlike(b, a)).toBe(alike);
  });

  it('a differing word that names the entry both define is a copy left unrenamed, not a version', () => {
    expect(namedAlike('service-defaults-api.yaml', 'service-defaults-web.yaml', new Set(['api']))).toBe(false);
    expect(namedAlike('service-defaults-api.yaml', 'service-defaults-web.yaml', new Set(['frontend']))).toBe(true);
  });

  it.each([
    // The copy's name differs from the original's only where the original names the entry.
    ['central/payments_service_defaults.hcl', 'central/web_service_defaults.hcl', 'payments', true],
    ['apps/service-defaults-api.yaml', 'apps/service-defaults-web.yaml', 'api', true],
    ['service-defaults-static-server.yaml', 'service-defaults-web.yaml', 'static-server', true],
    // The other way round, names with nothing else in common, or a copy that names the entry too.
    ['central/web_service_defaults.hcl', 'central/payments_service_defaults.hcl', 'payments', false],
    ['api.hcl', 'defaults.hcl', 'api', false],
    ['service-defaults-api.yaml', 'service-defaults-api-v2.yaml', 'api', false],
    ['mesh.hcl', 'configs/mesh.hcl', 'mesh', false],
  ])('copyLeftUnrenamed(%s, %s, %s) is %s', (original, copy, name, expected) => {
    expect(copyLeftUnrenamed(original, copy, name)).toBe(expected);
  });

  it('declared targets win over inference; files of no declared target are linted together', () => {
    const dc1 = compileGlob('clusters/dc1/**');
    const t = summary(
      [file('clusters/dc1/mesh.hcl', ['mesh']), file('clusters/dc2/mesh.hcl', ['mesh']), file('apps/api.hcl', ['service-defaults:api'])],
      [{ name: 'dc1', patterns: ['clusters/dc1/**'], matches: dc1 }],
    );
    expect(t).toEqual({ dc1: ['clusters/dc1/mesh.hcl'], [UNDECLARED_TARGET]: ['apps/api.hcl', 'clusters/dc2/mesh.hcl'] });
  });

  it('each inferred target says why', () => {
    const plan = planTargets([file('dc1/mesh.hcl', ['mesh']), file('dc2/mesh.hcl', ['mesh'])]);
    expect(plan.targets.map((t) => [t.name, t.origin, t.reasons])).toEqual([
      ['dc1', 'variant-folder', ['variant folder: "dc1" beside "dc2" in the repository root, holding the same kinds of entries (mesh), so each is applied to a cluster of its own']],
      ['dc2', 'variant-folder', ['variant folder: "dc2" beside "dc1" in the repository root, holding the same kinds of entries (mesh), so each is applied to a cluster of its own']],
    ]);
  });
});

describe('the entry kinds of the files target planning reads', () => {
  it('are one shared set for each distinct content, whatever the order or repeats (SharedSets)', () => {
    const sets = new SharedSets();
    const a = sets.of(['service-defaults', 'service-intentions']);
    expect(sets.of(['service-intentions', 'service-defaults', 'service-defaults'])).toBe(a);
    expect([...a].sort()).toEqual(['service-defaults', 'service-intentions']);
    const one = sets.of(['mesh']);
    expect(sets.of(['mesh', 'mesh'])).toBe(one);
    expect([...one]).toEqual(['mesh']);
    expect(sets.of(['mesh', 'proxy-defaults'])).not.toBe(one);
    expect(sets.of([]).size).toBe(0);
    expect(sets.of([])).toBe(sets.of([]));
  });
});

it('SharedSets tells a kind holding the separator of a key apart from two kinds', () => {
  const sets = new SharedSets();
  expect([...sets.of(['a","b'])]).toEqual(['a","b']);
  expect([...sets.of(['a', 'b'])]).toEqual(['a', 'b']);
});

describe('identityOf: what two files both define, as target inference names it', () => {
  const scope = (key: string) => ({ key, partition: key });
  it.each([
    [{ kind: 'service-defaults', name: 'api', namespace: 'default', scope: scope('default') }, 'service-defaults "api"'],
    [{ kind: 'mesh', name: '', namespace: 'default', scope: scope('default') }, 'mesh'],
    [{ kind: 'proxy-defaults', name: '', namespace: 'default', scope: scope('default') }, 'proxy-defaults "global"'],
    [{ kind: 'service-intentions', name: 'web', namespace: 'team', scope: scope('default') }, 'service-intentions "web" (namespace "team")'],
    [{ kind: 'mesh', name: 'mesh', namespace: 'default', scope: scope('ap1') }, 'mesh (partition "ap1")'],
    [{ kind: 'service-defaults', name: 'db', namespace: 'ns', scope: scope('ap1') }, 'service-defaults "db" (partition "ap1", namespace "ns")'],
    [{ kind: 'service-defaults', name: '', namespace: 'default', scope: scope('default') }, undefined],
  ])('%j → %s', (entry, expected) => {
    expect(identityOf(entry)).toBe(expected);
  });
});
