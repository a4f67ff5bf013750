import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { DEFAULT_INCLUDE } from '../../src/discover.js';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, copyFixture, remove, requireBuild, ROOT, tempDir } from './helpers.js';

beforeAll(requireBuild);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const FIXTURE = 'fixtures/targets-variant-folders';

function findings(args: string[], cwd?: string): { code: number; list: string[] } {
  const r = cli([...args, '--format', 'json'], cwd ? { cwd } : {});
  const json: Json = JSON.parse(r.stdout);
  return { code: r.code, list: json.findings.map((f: Json) => `${f.severity} ${f.ruleId} ${f.file}:${f.line}:${f.column}`) };
}

describe('deployment targets (built binary)', () => {
  test('variant folders: no duplicates across clusters; the real duplicate and dc2 mesh entry are found', () => {
    const { code, list } = findings([FIXTURE]);
    expect(code).toBe(1);
    expect(list.filter((f) => /duplicate-entry|permissive-not-allowed/.test(f))).toEqual([
      `error permissive-not-allowed ${FIXTURE}/cluster-peering/dc2/public-api.yaml:7:3`,
      `error duplicate-entry ${FIXTURE}/hcp-managed/eks/hashicups/intentions.yaml:7:5`,
    ]);
  });

  test('Terraform: one target per provider alias and per root module; no duplicates across them', () => {
    const tf = 'fixtures/targets-terraform';
    const { list } = findings([tf]);
    expect(list.filter((f) => /error|duplicate-entry/.test(f))).toEqual([`error permissive-not-allowed ${tf}/consul-peering/dc2.tf:22:5`]);
    const t = cli(['targets', tf, '--format', 'json']);
    expect(JSON.parse(t.stdout).targets.map((x: Json) => [x.name.replace(`${tf}/`, ''), x.origin, x.provider ?? null, x.files])).toEqual([
      ['consul-peering (provider consul.dc1)', 'provider-alias', 'consul.dc1', [`${tf}/consul-peering/dc1.tf`]],
      ['consul-peering (provider consul.dc2)', 'provider-alias', 'consul.dc2', [`${tf}/consul-peering/dc2.tf`]],
      ['examples/basic', 'terraform-root', null, [`${tf}/examples/basic/main.tf`, `${tf}/modules/mesh-defaults/main.tf`]],
      ['examples/partitions', 'terraform-root', null, [`${tf}/examples/partitions/main.tf`, `${tf}/modules/mesh-defaults/main.tf`]],
    ]);
  });

  test('mtls-lint targets: the targets, why, and their files (JSON)', () => {
    const r = cli(['targets', FIXTURE, '--format', 'json']);
    expect(r.code).toBe(0);
    const json: Json = JSON.parse(r.stdout);
    expect(json.targets.map((t: Json) => [t.name.replace(`${FIXTURE}/`, ''), t.origin, t.files.length, t.entries])).toEqual([
      ['cluster-peering/dc1', 'variant-folder', 3, 3],
      ['cluster-peering/dc2', 'variant-folder', 3, 3],
      // hcp-managed/ holds one variant with entries (eks): no choice to make below it
      ['hcp-managed', 'variant-folder', 3, 4],
      ['self-managed/eks', 'variant-folder', 2, 3],
      ['self-managed/local', 'variant-folder', 2, 3],
    ]);
    expect(json.targets[0].reasons).toEqual([
      `variant folder: "dc1" beside "dc2" in ${FIXTURE}/cluster-peering/, holding the same kinds of entries (mesh, service-defaults, service-intentions), so each is applied to a cluster of its own`,
    ]);
    expect(json.targets[2].files).toEqual([
      `${FIXTURE}/hcp-managed/eks/hashicups/intentions-nginx.yaml`,
      `${FIXTURE}/hcp-managed/eks/hashicups/intentions.yaml`,
      `${FIXTURE}/hcp-managed/eks/proxy/proxy-defaults.yaml`,
    ]);
  });

  test('status reports per target: each cluster\'s scope with its own mesh entry', () => {
    const r = cli(['status', FIXTURE, '--format', 'json', '--now', '2026-12-05']);
    expect(r.code).toBe(0);
    const scopes = JSON.parse(r.stdout).projects[0].scopes;
    expect(scopes.map((s: Json) => [s.target.replace(`${FIXTURE}/`, ''), s.partition, s.state, s.mesh.allowEnablingPermissiveMutualTLS, s.permissive.length])).toEqual([
      ['cluster-peering/dc1', 'default', 'onboarding', true, 1],
      ['cluster-peering/dc2', 'default', 'onboarding', false, 1],
      ['hcp-managed', 'default', 're-secured', null, 0],
      ['self-managed/eks', 'default', 're-secured', null, 0],
      ['self-managed/local', 'default', 're-secured', null, 0],
    ]);
    const text = cli(['status', FIXTURE, '--now', '2026-12-05']).stdout;
    expect(text).toContain(`\ntarget "${FIXTURE}/cluster-peering/dc2", partition "default": onboarding\n`);
  });

  test('mtls-lint targets: text', () => {
    const r = cli(['targets', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^5 deployment targets \(inferred; declare them in \.mtls-lint\.yaml \(targets:\) to change this\)\n/);
    expect(r.stdout).toContain(
      `\n${FIXTURE}/self-managed/local  [variant-folder]  3 entries\n` +
        `  why: variant folder: "self-managed" beside "hcp-managed" in ${FIXTURE}/, holding the same kinds of entries (proxy-defaults, service-intentions), so each is applied to a cluster of its own\n` +
        `  why: variant folder: "local" beside "eks" in ${FIXTURE}/self-managed/, holding the same kinds of entries (proxy-defaults, service-intentions), so each is applied to a cluster of its own\n` +
        `  2 files:\n    ${FIXTURE}/self-managed/local/hashicups/intentions.yaml\n    ${FIXTURE}/self-managed/local/proxy/proxy-defaults.yaml\n`,
    );
  });

  test('files of one folder named alike: a guessed group (text and JSON), a duplicate between them a note', () => {
    const dir = tempDir();
    try {
      mkdirSync(path.join(dir, 'demo'));
      const tgw = (services: string) => `apiVersion: consul.hashicorp.com/v1alpha1\nkind: TerminatingGateway\nmetadata:\n  name: terminating-gateway\nspec:\n  services: ${services}\n`;
      writeFileSync(path.join(dir, 'demo/terminating-gateway.yml'), tgw('[{name: db}]'));
      writeFileSync(path.join(dir, 'demo/terminating-gateway-delete.yml'), tgw('[]'));
      expect(findings(['.'], dir).list).toEqual(['note duplicate-entry demo/terminating-gateway.yml:4:3']);
      const text = cli(['targets', '.'], { cwd: dir }).stdout;
      expect(text).toContain('\n  demo/: terminating-gateway-delete.yml, terminating-gateway.yml (terminating-gateway "terminating-gateway")\n');
      expect(JSON.parse(cli(['targets', '.', '--format', 'json'], { cwd: dir }).stdout).guessed).toEqual([
        { folder: 'demo', siblings: ['terminating-gateway-delete.yml', 'terminating-gateway.yml'], files: true, sameEntries: ['terminating-gateway "terminating-gateway"'] },
      ]);
    } finally {
      remove(dir);
    }
  });

  test('declared targets replace inference: one cluster for everything makes the variants duplicates', () => {
    const dir = copyFixture('targets-variant-folders');
    try {
      writeFileSync(path.join(dir, '.mtls-lint.yaml'), 'targets:\n  everything:\n    files: ["**"]\n');
      const { list } = findings(['.'], dir);
      expect(list.filter((f) => f.includes('duplicate-entry')).length).toBeGreaterThan(5);
      const t = cli(['targets', '.', '--format', 'json'], { cwd: dir });
      expect(JSON.parse(t.stdout).targets.map((x: Json) => [x.name, x.origin])).toEqual([['everything', 'declared']]);
    } finally {
      remove(dir);
    }
  });

  test('a declared target glob that matches no file is a located configuration problem (exit 2)', () => {
    const dir = copyFixture('targets-variant-folders');
    try {
      writeFileSync(path.join(dir, '.mtls-lint.yaml'), 'targets:\n  dc1:\n    files:\n      - "cluster-peering/dc1/**"\n      - "clusters/dc1/**"\n');
      const r = cli(['.'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('.mtls-lint.yaml:5:9: error: targets."dc1": the glob "clusters/dc1/**" matches no file');
    } finally {
      remove(dir);
    }
  });

  test('kustomize overlays: each is a cluster built from its base and patches; findings at the patch that sets the value', () => {
    const k = 'fixtures/targets-kustomize';
    const { code, list } = findings([k]);
    expect(code).toBe(1);
    expect(list).toEqual([
      `warning permissive-mtls ${k}/apps/payments/overlays/production/kustomization.yaml:16:16`,
      `error permissive-not-allowed ${k}/apps/payments/overlays/production/kustomization.yaml:16:16`,
      `error permissive-requires-transparent-proxy ${k}/apps/payments/overlays/production/replicas.yaml:10:9`,
      `warning permissive-mtls ${k}/apps/payments/overlays/staging/permissive.yaml:7:3`,
    ]);
    const t = JSON.parse(cli(['targets', k, '--format', 'json']).stdout);
    expect(t.targets.map((x: Json) => [x.name.replace(`${k}/`, ''), x.origin, x.files.map((f: string) => f.replace(`${k}/`, ''))])).toEqual([
      [
        'apps/payments/overlays/production',
        'kustomize',
        [
          'apps/payments/base/deployment.yaml',
          'apps/payments/base/intentions.yaml',
          'apps/payments/base/service-defaults.yaml',
          'apps/payments/overlays/production/replicas.yaml',
          'clusters/production/mesh.yaml',
        ],
      ],
      [
        'apps/payments/overlays/staging',
        'kustomize',
        [
          'apps/payments/base/deployment.yaml',
          'apps/payments/base/intentions.yaml',
          'apps/payments/base/service-defaults.yaml',
          'apps/payments/overlays/staging/permissive.yaml',
          'clusters/staging/mesh.yaml',
        ],
      ],
    ]);
    const status = JSON.parse(cli(['status', k, '--format', 'json', '--now', '2026-12-05']).stdout).projects[0].scopes;
    expect(status.map((x: Json) => [x.target.replace(`${k}/`, ''), x.mesh.allowEnablingPermissiveMutualTLS, x.permissive.map((p: Json) => [p.name, p.modeAt.file.replace(`${k}/`, ""), p.modeAt.line])])).toEqual([
      ['apps/payments/overlays/production', false, [['payments', 'apps/payments/overlays/production/kustomization.yaml', 16]]],
      ['apps/payments/overlays/staging', true, [['payments', 'apps/payments/overlays/staging/permissive.yaml', 7]]],
    ]);
  });

  test('kustomize: declared targets get their overlays built; without its patch, production is strict', () => {
    const dir = copyFixture('targets-kustomize');
    try {
      writeFileSync(
        path.join(dir, '.mtls-lint.yaml'),
        'targets:\n  staging:\n    files: ["apps/*/base/**", "apps/*/overlays/staging/**", "clusters/staging/**"]\n  production:\n    files: ["apps/*/base/**", "apps/*/overlays/production/**", "clusters/production/**"]\n',
      );
      const declared = findings(['.'], dir).list;
      expect(declared).toEqual([
        'warning permissive-mtls apps/payments/overlays/production/kustomization.yaml:16:16',
        'error permissive-not-allowed apps/payments/overlays/production/kustomization.yaml:16:16',
        'error permissive-requires-transparent-proxy apps/payments/overlays/production/replicas.yaml:10:9',
        'warning permissive-mtls apps/payments/overlays/staging/permissive.yaml:7:3',
      ]);
      const kfile = path.join(dir, 'apps/payments/overlays/production/kustomization.yaml');
      writeFileSync(kfile, readFileSync(kfile, 'utf8').replace(/  - target:[\s\S]*$/, ''));
      expect(findings(['.'], dir).list).toEqual(['warning permissive-mtls apps/payments/overlays/staging/permissive.yaml:7:3']);
    } finally {
      remove(dir);
    }
  });

  test('Nomad: HCL2 job files are read as HCL2; a permissive service whose job has no transparent_proxy is found', () => {
    const n = 'fixtures/nomad-onboarding';
    const r = cli([n, '--format', 'json']);
    const json: Json = JSON.parse(r.stdout);
    expect(json.findings.map((f: Json) => `${f.severity} ${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.related.map((x: Json) => `${x.file}:${x.line}`).join(',')}`)).toEqual([
      `warning permissive-mtls ${n}/aws/consul_configuration.tf:28:5 `,
      `warning permissive-mtls ${n}/aws/consul_configuration.tf:38:5 `,
      `error permissive-requires-transparent-proxy ${n}/shared/jobs/hashicups.nomad.hcl:63:9 ${n}/aws/consul_configuration.tf:38`,
    ]);
  });

  test('Nomad: a job file named *.nomad is discovered and read the same way', () => {
    const dir = copyFixture('nomad-onboarding');
    try {
      renameSync(path.join(dir, 'shared/jobs/hashicups.nomad.hcl'), path.join(dir, 'shared/jobs/hashicups.nomad'));
      expect(findings(['.'], dir).list).toContain('error permissive-requires-transparent-proxy shared/jobs/hashicups.nomad:63:9');
    } finally {
      remove(dir);
    }
  });

  test('the pre-commit hook passes every kind of file discovery reads', () => {
    const hook = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const files = new RegExp(/^\s*files: (.*)$/m.exec(hook)![1]!);
    for (const glob of DEFAULT_INCLUDE) expect(files.test(`x/y${glob.slice('**/*'.length)}`)).toBe(true);
  });

  test('mtls-lint targets: a Terraform root with no Consul content is no target', () => {
    const dir = copyFixture('targets-terraform');
    try {
      mkdirSync(path.join(dir, 'examples/vpc'));
      writeFileSync(path.join(dir, 'examples/vpc/main.tf'), 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n');
      const json = JSON.parse(cli(['targets', '.', '--format', 'json'], { cwd: dir }).stdout);
      expect(json.targets.map((t: Json) => t.name)).toEqual([
        'consul-peering (provider consul.dc1)',
        'consul-peering (provider consul.dc2)',
        'examples/basic',
        'examples/partitions',
      ]);
    } finally {
      remove(dir);
    }
  });
});
