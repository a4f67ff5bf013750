/**
 * `mtls-lint status` over a repository mid-onboarding and after re-securing. The text and
 * Markdown outputs are compared with reviewed golden files (test/status/golden/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../config/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const golden = (name: string) => readFileSync(path.join(import.meta.dirname, 'golden', name), 'utf8');

describe('mtls-lint status, mid-onboarding (fixtures/status-onboarding)', () => {
  it('text: a table per partition scope, and what is left', async () => {
    const r = await runCli(['status', '--now', '2026-02-15', 'fixtures/status-onboarding']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('status-onboarding.txt'));
  });

  it('markdown', async () => {
    const r = await runCli(['status', '--now', '2026-02-15', '--format', 'markdown', 'fixtures/status-onboarding']);
    expect(r.stdout).toBe(golden('status-onboarding.md'));
  });

  it('json: mesh flags, proxy-defaults, permissive services with intentions, deadlines and what is left', async () => {
    const r = await runCli(['status', '--now', '2026-02-15', '-f', 'json', 'fixtures/status-onboarding']);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, today: '2026-02-15', resecured: false, permissiveServices: 3 });
    const [def, teamA] = report.projects[0].scopes;
    expect(def.mesh).toMatchObject({ allowEnablingPermissiveMutualTLS: true, allowFrom: 'repository', meshDestinationsOnly: false });
    expect(def.proxyDefaults).toMatchObject({ mutualTLSMode: '' });
    expect(def.permissive.map((s: Json) => [s.name, s.modeFrom, s.allowFrom, s.denyFrom, s.deadline])).toEqual([
      ['orders', 'service-defaults', [], [], { date: '2026-02-28', from: 'exception', at: { file: 'fixtures/status-onboarding/.mtls-lint.yaml', line: 12, column: 5 }, expired: false }],
      ['payments', 'service-defaults', ['frontend'], ['legacy-batch'], { date: '2026-01-31', from: 'meta', at: { file: 'fixtures/status-onboarding/default/payments-defaults.hcl', line: 6, column: 3 }, expired: true }],
    ]);
    expect(def.strict).toEqual(['frontend']);
    expect(teamA.mesh).toMatchObject({ allowEnablingPermissiveMutualTLS: true, allowFrom: 'cluster-fact', meshDestinationsOnly: null });
    expect(teamA.permissive.map((s: Json) => `${s.name} ${s.modeFrom}`)).toEqual(['inventory proxy-defaults']);
    expect(teamA.left).toHaveLength(3);
  });

  it('--check exits 1 while onboarding is not over', async () => {
    const r = await runCli(['status', '--check', '--now', '2026-02-15', 'fixtures/status-onboarding']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('mtls-lint status: not re-secured yet (3 permissive services)\n');
  });

  it('the deadline of an exception comes from --now / MTLS_LINT_NOW', async () => {
    const r = await runCli(['status', '-f', 'json', 'fixtures/status-onboarding'], { env: { MTLS_LINT_NOW: '2026-03-01' } });
    const orders = JSON.parse(r.stdout).projects[0].scopes[0].permissive[0];
    expect(orders.deadline.expired).toBe(true);
    expect(orders.left).toContain('its deadline 2026-02-28 has passed');
  });
});

describe('mtls-lint status, re-secured (fixtures/status-resecured)', () => {
  it('text', async () => {
    const r = await runCli(['status', '--now', '2026-02-15', 'fixtures/status-resecured']);
    expect(r.stdout).toBe(golden('status-resecured.txt'));
  });

  it('--check exits 0; so does the plain lint in enforce phase', async () => {
    expect((await runCli(['status', '--check', 'fixtures/status-resecured'])).code).toBe(0);
    expect((await runCli(['--phase', 'enforce', 'fixtures/status-resecured'])).code).toBe(0);
  });

  it('the seed fixtures: onboarding is not re-secured, resecured is', async () => {
    expect((await runCli(['status', '--check', 'fixtures/onboarding'])).code).toBe(1);
    expect((await runCli(['status', '--check', 'fixtures/resecured'])).code).toBe(0);
  });
});

describe('mtls-lint status, other cases', () => {
  it('a repository without Consul files', async () => {
    const r = await runCli(['status', 'fixtures/no-consul-files']);
    expect(r.stdout).toMatch(/^mtls-lint status \(\d{4}-\d{2}-\d{2}\): no Consul config entries found\n/);
    expect(r.code).toBe(0);
  });

  it('a MutualTLSMode Terraform computes is neither strict nor permissive: listed as not evaluated, and the scope is not re-secured', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'mtls-status-'));
    try {
      writeFileSync(path.join(dir, 'mesh.hcl'), 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = false\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n');
      writeFileSync(path.join(dir, 'api.hcl'), 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "strict"\n');
      writeFileSync(
        path.join(dir, 'main.tf'),
        'locals { mode = "permissive" }\nresource "consul_config_entry" "web" {\n  kind = "service-defaults"\n  name = "web"\n  config_json = jsonencode({\n    MutualTLSMode = local.mode\n  })\n}\n',
      );
      const json = JSON.parse((await runCli(['status', '--now', '2026-02-15', '-f', 'json', '.'], { cwd: dir })).stdout);
      const scope = json.projects[0].scopes[0];
      expect(scope.strict).toEqual(['api']);
      expect(scope.notEvaluated).toEqual(['web']);
      expect(scope.state).toBe('onboarding');
      expect(scope.left).toEqual(['check the service whose MutualTLSMode Terraform computes (not evaluated): web']);
      const text = (await runCli(['status', '--now', '2026-02-15', '.'], { cwd: dir })).stdout;
      expect(text).toContain('  MutualTLSMode not evaluated (Terraform computes it): web\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an impossible permissive-until date is shown as invalid, not as a deadline (as permissive-expired reports it)', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'mtls-status-'));
    try {
      writeFileSync(path.join(dir, 'mesh.hcl'), 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n');
      writeFileSync(path.join(dir, 'api.hcl'), 'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\nMeta {\n  "mtls-lint/permissive-until" = "2026-02-30"\n}\n');
      writeFileSync(path.join(dir, 'web.hcl'), 'Kind = "service-defaults"\nName = "web"\nMutualTLSMode = "permissive"\nMeta {\n  "mtls-lint/permissive-until" = "2026-02-28"\n}\n');
      const json = JSON.parse((await runCli(['status', '--now', '2026-02-15', '-f', 'json', '.'], { cwd: dir })).stdout);
      const [api, web] = json.projects[0].scopes[0].permissive;
      expect(api.deadline).toBeUndefined();
      expect(api.invalidDeadline).toEqual({ value: '2026-02-30', at: { file: 'api.hcl', line: 5, column: 3 } });
      expect(web.deadline).toEqual({ date: '2026-02-28', from: 'meta', at: { file: 'web.hcl', line: 5, column: 3 }, expired: false });
      expect(web.invalidDeadline).toBeUndefined();
      const text = (await runCli(['status', '--now', '2026-02-15', '.'], { cwd: dir })).stdout;
      expect(text).toMatch(/^ {2}api {2}.*"2026-02-30" \(not a YYYY-MM-DD date\) {2}/m);
      expect(text).toMatch(/^ {2}web {2}.* 2026-02-28 {2}/m);
      const md = (await runCli(['status', '--now', '2026-02-15', '-f', 'markdown', '.'], { cwd: dir })).stdout;
      expect(md).toContain('| "2026-02-30" (not a YYYY-MM-DD date) |');
      // The rule reads the same key and rejects the same date.
      const lint = JSON.parse((await runCli(['-f', 'json', '--now', '2026-02-15', '.'], { cwd: dir })).stdout);
      expect(lint.findings.filter((f: Json) => f.ruleId === 'permissive-expired').map((f: Json) => `${f.file}:${f.line}`)).toEqual(['api.hcl:5']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file that cannot be parsed makes --check fail', async () => {
    const r = await runCli(['status', '--check', 'fixtures/parse-errors']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/could not read fixtures\/parse-errors\//);
  });

  it('usage errors exit 2', async () => {
    expect((await runCli(['status', '--format', 'sarif', 'fixtures/onboarding'])).code).toBe(2);
    expect((await runCli(['status', 'no/such/dir'])).code).toBe(2);
    expect((await runCli(['status', '--bogus'])).code).toBe(2);
  });

  it('--output-file writes the report', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'mtls-status-'));
    try {
      const r = await runCli(['status', '-f', 'markdown', '-o', path.join(dir, 'out/status.md'), '--now', '2026-02-15', 'fixtures/status-onboarding']);
      expect(r.stdout).toBe('');
      expect(readFileSync(path.join(dir, 'out/status.md'), 'utf8')).toBe(golden('status-onboarding.md'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ROOT is the package root', () => {
    expect(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).toContain('"name": "mtls-lint"');
  });
});
