import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { ROOT, runCli } from './helpers.js';
import { tempRepos } from '../e2e/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const brief = (f: Json) => `${f.file}:${f.line} ${f.severity} ${f.ruleId}`;

async function jsonOf(args: string[], cwd = ROOT) {
  const r = await runCli(['-f', 'json', ...args], { cwd });
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : undefined };
}

const repo = tempRepos('mtls-config-');

const PERMISSIVE = (name: string) => `Kind = "service-defaults"\nName = "${name}"\nMutualTLSMode = "permissive"\n`;
const MESH_ALLOWS = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';

describe('config lookup in a monorepo with two config files', () => {
  it('each file gets the nearest .mtls-lint.yaml', async () => {
    const r = await jsonOf(['fixtures/monorepo-configs']);
    expect(r.code).toBe(1);
    expect(r.json.findings.map(brief)).toEqual([
      'fixtures/monorepo-configs/services/payments/payments-defaults.hcl:3 warning permissive-mtls',
      'fixtures/monorepo-configs/services/web/web-defaults.hcl:3 error permissive-mtls',
    ]);
  });

  it('a file linted alone gets the same config and the same findings', async () => {
    const r = await jsonOf(['fixtures/monorepo-configs/services/payments/payments-defaults.hcl']);
    expect(r.code).toBe(0);
    expect(r.json.findings.map(brief)).toEqual(['fixtures/monorepo-configs/services/payments/payments-defaults.hcl:3 warning permissive-mtls']);
  });

  it('--config overrides the lookup for every file', async () => {
    const r = await jsonOf(['--config', 'fixtures/monorepo-configs/.mtls-lint.yaml', 'fixtures/monorepo-configs']);
    expect(r.code).toBe(1);
    expect(r.json.findings.map(brief)).toEqual([
      'fixtures/monorepo-configs/services/payments/payments-defaults.hcl:3 error permissive-mtls',
      'fixtures/monorepo-configs/services/payments/payments-defaults.hcl:3 warning permissive-without-intentions',
      'fixtures/monorepo-configs/services/web/web-defaults.hcl:3 error permissive-mtls',
    ]);
  });

  it('the programmatic API reports which config governs which files', async () => {
    const run = await lint({ cwd: ROOT, paths: ['fixtures/monorepo-configs'], today: '2026-01-15' });
    expect(run.projects.map((p) => [p.config.displayPath, p.run.result.files.map((f) => f.path)])).toEqual([
      [
        'fixtures/monorepo-configs/.mtls-lint.yaml',
        ['fixtures/monorepo-configs/platform/mesh.hcl', 'fixtures/monorepo-configs/services/web/web-defaults.hcl', 'fixtures/monorepo-configs/services/web/web-intentions.hcl'],
      ],
      ['fixtures/monorepo-configs/services/payments/.mtls-lint.yaml', ['fixtures/monorepo-configs/services/payments/payments-defaults.hcl']],
    ]);
  });

  it('the lookup stops at the repository root (.git)', async () => {
    const dir = repo({
      '.mtls-lint.yaml': 'rules:\n  permissive-mtls: error\n',
      'inner/.git/HEAD': 'ref: refs/heads/main\n',
      'inner/mesh.hcl': MESH_ALLOWS,
      'inner/a.hcl': PERMISSIVE('a'),
      'mesh.hcl': MESH_ALLOWS,
      'b.hcl': PERMISSIVE('b'),
    });
    const inner = await jsonOf(['inner'], dir);
    expect(inner.json.findings.map(brief)).toEqual(['inner/a.hcl:3 warning permissive-mtls', 'inner/a.hcl:3 warning permissive-without-intentions']);
    // From above, the inner repository's files still get no config of the outer one.
    const outer = await jsonOf(['.'], dir);
    expect(outer.json.findings.filter((f: Json) => f.ruleId === 'permissive-mtls').map(brief)).toEqual([
      'b.hcl:3 error permissive-mtls',
      'inner/a.hcl:3 warning permissive-mtls',
    ]);
  });
});

describe('scopes map folders to partitions', () => {
  it('permissive-not-allowed is found in the partition whose mesh forbids it', async () => {
    const r = await jsonOf(['fixtures/partition-folders']);
    const pna = r.json.findings.filter((f: Json) => f.ruleId === 'permissive-not-allowed');
    expect(pna.map(brief)).toEqual(['fixtures/partition-folders/partitions/team-b/billing-defaults.hcl:3 error permissive-not-allowed']);
    expect(pna[0].message).toMatch(/in partition "team-b", but the mesh entry of that partition sets AllowEnablingPermissiveMutualTLS = false/);
    expect(pna[0].related.map((x: Json) => `${x.file}:${x.line}`)).toEqual(['fixtures/partition-folders/partitions/team-b/mesh.hcl:4']);
    expect(r.json.findings.some((f: Json) => f.ruleId === 'duplicate-entry')).toBe(false);
  });

  it('without the scopes every file is in partition "default"', async () => {
    const run = await lint({ cwd: ROOT, paths: ['fixtures/partition-folders'], today: '2026-01-15', useConfigFiles: false });
    const ids = run.result.findings.map((f) => f.ruleId);
    expect(ids).toContain('duplicate-entry');
  });
});

describe('config settings reach the run', () => {
  it('phase, rules, include, exclude; the command line wins', async () => {
    const dir = repo({
      '.mtls-lint.yaml': 'phase: enforce\nrules:\n  permissive-allowed-unused: off\ninclude: [consul]\nexclude: ["consul/skip-*"]\n',
      'consul/mesh.hcl': MESH_ALLOWS,
      'consul/a.hcl': PERMISSIVE('a'),
      'consul/skip-b.hcl': PERMISSIVE('b'),
      'other/c.hcl': PERMISSIVE('c'),
    });
    const r = await jsonOf(['.'], dir);
    expect(r.json.phase).toBe('enforce');
    expect(r.json.files.map((f: Json) => f.path)).toEqual(['consul/a.hcl', 'consul/mesh.hcl']);
    expect(r.json.findings.map(brief)).toEqual(['consul/a.hcl:3 error permissive-mtls', 'consul/a.hcl:3 error permissive-without-intentions']);
    const cli = await jsonOf(['--phase', 'onboarding', '--rule', 'permissive-without-intentions=off', '.'], dir);
    expect(cli.json.phase).toBe('onboarding');
    expect(cli.json.findings.map(brief)).toEqual(['consul/a.hcl:3 warning permissive-mtls']);
  });

  it('cluster facts feed the rules by scope', async () => {
    const dir = repo({
      '.mtls-lint.yaml': 'scopes:\n  team-a: { partition: team-a }\nclusterFacts:\n  team-a: { meshAllowsPermissive: true, defaultIntentionPolicy: allow }\n',
      'team-a/a.hcl': PERMISSIVE('a'),
      'team-b/b.hcl': 'Kind = "service-defaults"\nName = "b"\nPartition = "team-b"\nMutualTLSMode = "permissive"\n',
    });
    const r = await jsonOf(['.'], dir);
    expect(r.json.findings.map(brief)).toEqual([
      'team-a/a.hcl:3 warning permissive-mtls',
      'team-b/b.hcl:4 warning permissive-mtls',
      'team-b/b.hcl:4 error permissive-not-allowed',
      'team-b/b.hcl:4 warning permissive-without-intentions',
    ]);
  });
});

describe('config errors', () => {
  it('exit 2 with located messages and did-you-mean; nothing is linted', async () => {
    const dir = repo({
      '.mtls-lint.yaml': 'rules:\n  permissive-mtls: warn\nexeptions: []\n',
      'a.hcl': PERMISSIVE('a'),
    });
    const r = await runCli(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '.mtls-lint.yaml:2:20: error: rules.permissive-mtls must be "off", "note", "warning" or "error", not "warn" (did you mean "warning"?)\n' +
        '.mtls-lint.yaml:3:1: error: unknown key "exeptions" (did you mean "exceptions"?); known keys: $schema, phase, rules, include, exclude, scopes, targets, clusterFacts, helmValues, exceptions\n',
    );
  });

  it('a missing --config file is an error', async () => {
    const r = await runCli(['--config', 'nope.yaml', 'fixtures/onboarding']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('nope.yaml:1:1: error: configuration file no such file\n');
  });

  it('status reports them the same way', async () => {
    const dir = repo({ '.mtls-lint.yaml': 'phase: later\n' });
    const r = await runCli(['status', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.mtls-lint\.yaml:1:8: error: phase must be "onboarding" or "enforce", not "later"/);
  });

  it('--now must be a date', async () => {
    expect((await runCli(['--now', '2026-13-01', 'fixtures/onboarding'])).stderr).toMatch(/--now must be a date written YYYY-MM-DD/);
    expect((await runCli(['fixtures/onboarding'], { env: { MTLS_LINT_NOW: 'tomorrow' } })).code).toBe(2);
  });
});

describe('helmValues', () => {
  it('names the files that are the consul chart values', async () => {
    const files = {
      'mesh.hcl': MESH_ALLOWS,
      'api.hcl': PERMISSIVE('api'),
      'api-intentions.hcl': 'Kind = "service-intentions"\nName = "api"\nSources = [\n  {\n    Name   = "web"\n    Action = "allow"\n  }\n]\n',
      'deploy.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      annotations:\n        consul.hashicorp.com/connect-inject: "true"\n    spec:\n      containers: []\n',
      'helm/consul.json': '{"connectInject": {"transparentProxy": {"defaultEnabled": false}}}\n',
    };
    const without = await jsonOf(['.'], repo(files));
    expect(without.json.findings.map((f: Json) => f.ruleId)).not.toContain('permissive-requires-transparent-proxy');
    const withHelm = await jsonOf(['.'], repo({ ...files, '.mtls-lint.yaml': 'helmValues: [helm/*.json]\n' }));
    expect(withHelm.json.findings.map((f: Json) => f.ruleId)).toContain('permissive-requires-transparent-proxy');
  });
});
