/**
 * `mtls-lint ready --fix` and `--fix-dry-run`: MutualTLSMode "permissive" → "strict" for the
 * services judged ready, in HCL, JSON, CRD YAML and Terraform `config_json`, with formatting,
 * comments and key spelling kept; whole files compared before and after; idempotent.
 * Readiness from saved Envoy /stats/prometheus snapshots (test/ready/envoy-stats.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../config/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const FILES: Record<string, string> = {
  'mesh.hcl': 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n',
  'api.hcl': [
    '# api: onboarding since November',
    'Kind          = "service-defaults"',
    'Name          = "api"',
    'Protocol      = "http"',
    'MutualTLSMode = "permissive" # until the batch jobs move',
    '',
  ].join('\n'),
  'billing.json': '{\n  "Kind": "service-defaults",\n  "Name": "billing",\n  "MutualTLSMode": "permissive"\n}\n',
  'cart.json': '{\n  "kind": "service-defaults",\n  "name": "cart",\n  "mutual_tls_mode": "permissive"\n}\n',
  'k8s/web.yaml': [
    'apiVersion: consul.hashicorp.com/v1alpha1',
    'kind: ServiceDefaults',
    'metadata:',
    '  name: web # the storefront',
    'spec:',
    '  protocol: http',
    '  mutualTLSMode: permissive',
    '',
  ].join('\n'),
  'tf/main.tf': [
    'resource "consul_config_entry" "shop" {',
    '  kind = "service-defaults"',
    '  name = "shop"',
    '',
    '  config_json = jsonencode({',
    '    Protocol      = "http"',
    '    MutualTLSMode = "permissive"',
    '  })',
    '}',
    '',
  ].join('\n'),
};

const T0 = Date.parse('2026-11-20T09:00:00Z') / 1000;
let dir: string;

function snapshot(service: string, plaintext: number): string {
  return `# TYPE envoy_tcp_downstream_cx_total counter\nenvoy_tcp_downstream_cx_total{local_cluster="${service}",consul_source_service="${service}",consul_source_namespace="default",consul_source_partition="default",consul_source_datacenter="dc1",envoy_tcp_prefix="permissive_public_listener"} ${plaintext}\n`;
}

/** Every service quiet for 7 days except billing. */
function statsArgs(): string[] {
  const args: string[] = [];
  for (const s of ['api', 'billing', 'cart', 'web', 'shop']) {
    for (const [i, at] of [T0, T0 + 7 * 86400].entries()) {
      const file = path.join(dir, 'stats', `${s}-${i}.prom`);
      writeFileSync(file, snapshot(s, s === 'billing' ? 5 + i * 20 : 2));
      utimesSync(file, at, at);
      args.push('--envoy-stats', file);
    }
  }
  return args;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtls-lint-fix-'));
  mkdirSync(path.join(dir, 'repo', 'k8s'), { recursive: true });
  mkdirSync(path.join(dir, 'repo', 'tf'));
  mkdirSync(path.join(dir, 'stats'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(dir, 'repo', name), text);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string) => readFileSync(path.join(dir, 'repo', name), 'utf8');
const ready = (...args: string[]) => runCli(['ready', ...statsArgs(), ...args, 'repo'], { cwd: dir });

describe('mtls-lint ready --fix', () => {
  it('rewrites only the ready services, keeping everything else of each file', async () => {
    const r = await ready('--fix', '-f', 'json');
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.fixes.map((f: Json) => [f.file, f.line, f.column, f.service, f.fixed])).toEqual([
      ['repo/api.hcl', 5, 17, 'api', true],
      ['repo/cart.json', 4, 22, 'cart', true],
      ['repo/k8s/web.yaml', 7, 18, 'web', true],
      ['repo/tf/main.tf', 7, 21, 'shop', true],
    ]);
    expect(read('api.hcl')).toBe(FILES['api.hcl']!.replace('"permissive" # until', '"strict" # until'));
    expect(read('cart.json')).toBe(FILES['cart.json']!.replace('"mutual_tls_mode": "permissive"', '"mutual_tls_mode": "strict"'));
    expect(read('k8s/web.yaml')).toBe(FILES['k8s/web.yaml']!.replace('mutualTLSMode: permissive', 'mutualTLSMode: strict'));
    expect(read('tf/main.tf')).toBe(FILES['tf/main.tf']!.replace('MutualTLSMode = "permissive"', 'MutualTLSMode = "strict"'));
    // billing took 20 plaintext connections: not ready, not touched.
    expect(read('billing.json')).toBe(FILES['billing.json']);
    expect(read('mesh.hcl')).toBe(FILES['mesh.hcl']);
  });

  it('is idempotent: a second run finds nothing more to change', async () => {
    await ready('--fix');
    const after = Object.fromEntries(Object.keys(FILES).map((f) => [f, read(f)]));
    const again = await ready('--fix', '-f', 'json');
    expect(JSON.parse(again.stdout).fixes).toEqual([]);
    expect(Object.fromEntries(Object.keys(FILES).map((f) => [f, read(f)]))).toEqual(after);
  });

  it('text lists each change', async () => {
    const r = await ready('--fix');
    expect(r.stdout).toContain('fixed repo/api.hcl:5:17: MutualTLSMode of "api" is now "strict"\n');
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const r = await ready('--fix-dry-run');
    expect(r.stdout).toBe(
      [
        '--- a/repo/api.hcl',
        '+++ b/repo/api.hcl',
        '@@ -2,5 +2,5 @@',
        ' Kind          = "service-defaults"',
        ' Name          = "api"',
        ' Protocol      = "http"',
        '-MutualTLSMode = "permissive" # until the batch jobs move',
        '+MutualTLSMode = "strict" # until the batch jobs move',
        ' ',
        '--- a/repo/cart.json',
        '+++ b/repo/cart.json',
        '@@ -1,6 +1,6 @@',
        ' {',
        '   "kind": "service-defaults",',
        '   "name": "cart",',
        '-  "mutual_tls_mode": "permissive"',
        '+  "mutual_tls_mode": "strict"',
        ' }',
        ' ',
        '--- a/repo/k8s/web.yaml',
        '+++ b/repo/k8s/web.yaml',
        '@@ -4,5 +4,5 @@',
        '   name: web # the storefront',
        ' spec:',
        '   protocol: http',
        '-  mutualTLSMode: permissive',
        '+  mutualTLSMode: strict',
        ' ',
        '--- a/repo/tf/main.tf',
        '+++ b/repo/tf/main.tf',
        '@@ -4,7 +4,7 @@',
        ' ',
        '   config_json = jsonencode({',
        '     Protocol      = "http"',
        '-    MutualTLSMode = "permissive"',
        '+    MutualTLSMode = "strict"',
        '   })',
        ' }',
        ' ',
        '',
      ].join('\n'),
    );
    for (const [name, text] of Object.entries(FILES)) expect(read(name)).toBe(text);
  });

  it('a file with a parse error is never changed, even where one of its documents parsed', async () => {
    const broken = `${FILES['k8s/web.yaml']}---\nkind: [unclosed\n`;
    writeFileSync(path.join(dir, 'repo', 'k8s/web.yaml'), broken);
    const r = await ready('--fix', '-f', 'json');
    expect(read('k8s/web.yaml')).toBe(broken);
    const web = (JSON.parse(r.stdout).fixes as Json[]).filter((f) => f.service === 'web');
    expect(web).toEqual([{ file: 'repo/k8s/web.yaml', line: 7, column: 18, service: 'web', namespace: 'default', partition: 'default', field: 'MutualTLSMode', to: 'strict', fixed: false, reason: 'the file has a parse error: it is not changed' }]);
  });

  it('a service made permissive by proxy-defaults is not fixed, and says why', async () => {
    writeFileSync(path.join(dir, 'repo', 'proxy.hcl'), 'Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n');
    writeFileSync(path.join(dir, 'repo', 'shop-svc.hcl'), 'Kind = "service-defaults"\nName = "orders"\n');
    for (const [i, at] of [T0, T0 + 7 * 86400].entries()) {
      const file = path.join(dir, `o${i + 1}.prom`);
      writeFileSync(file, snapshot('orders', 0));
      utimesSync(file, at, at);
    }
    const out = await runCli(['ready', '--envoy-stats', path.join(dir, 'o1.prom'), '--envoy-stats', path.join(dir, 'o2.prom'), '--fix', '-f', 'json', 'repo'], { cwd: dir });
    const orders = (JSON.parse(out.stdout).fixes as Json[]).filter((f) => f.service === 'orders');
    expect(orders).toEqual([
      { file: 'repo/proxy.hcl', line: 3, column: 1, service: 'orders', namespace: 'default', partition: 'default', field: 'MutualTLSMode', to: 'strict', fixed: false, reason: 'permissive through proxy-defaults, which other services share: give it a service-defaults with MutualTLSMode = "strict"' },
    ]);
    expect(read('proxy.hcl')).toBe('Kind = "proxy-defaults"\nName = "global"\nMutualTLSMode = "permissive"\n');
  });

  it('when every permissive service of the partition goes strict, the mesh entry stops allowing permissive mode (same file, offsets kept)', async () => {
    rmSync(path.join(dir, 'repo', 'billing.json'));
    rmSync(path.join(dir, 'repo', 'mesh.hcl'));
    const mesh = [
      '---',
      'apiVersion: consul.hashicorp.com/v1alpha1',
      'kind: Mesh',
      'metadata:',
      '  name: mesh',
      'spec:',
      '  allowEnablingPermissiveMutualTLS: true   # onboarding',
      '  transparentProxy:',
      '    meshDestinationsOnly: false',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'repo', 'k8s/web.yaml'), FILES['k8s/web.yaml'] + mesh);
    const r = await ready('--fix');
    expect(r.stderr).toBe('');
    expect(read('k8s/web.yaml')).toBe(
      FILES['k8s/web.yaml']!.replace('mutualTLSMode: permissive', 'mutualTLSMode: strict') +
        mesh.replace('allowEnablingPermissiveMutualTLS: true', 'allowEnablingPermissiveMutualTLS: false').replace('meshDestinationsOnly: false', 'meshDestinationsOnly: true'),
    );
    expect(r.stdout).toContain('fixed repo/k8s/web.yaml:14:37: AllowEnablingPermissiveMutualTLS of the mesh entry of partition "default" is now false\n');
    expect(r.stdout).toContain('fixed repo/k8s/web.yaml:16:27: TransparentProxy.MeshDestinationsOnly of the mesh entry of partition "default" is now true\n');
    const again = await ready('--fix', '-f', 'json');
    expect(JSON.parse(again.stdout).fixes).toEqual([]);
  });

  it('a mesh flag waits for its services: one that could not be fixed keeps it', async () => {
    rmSync(path.join(dir, 'repo', 'billing.json'));
    // cart's value is written with a JSON escape: not the plain word, so not fixed, so the mesh keeps allowing.
    writeFileSync(path.join(dir, 'repo', 'cart.json'), FILES['cart.json']!.replace('"permissive"', '"permissiv\\u0065"'));
    const r = await ready('--fix', '-f', 'json');
    expect(read('mesh.hcl')).toBe(FILES['mesh.hcl']);
    const meshFix = (JSON.parse(r.stdout).fixes as Json[]).filter((f) => f.service === 'mesh');
    expect(meshFix.map((f) => [f.field, f.fixed, f.reason])).toEqual([['AllowEnablingPermissiveMutualTLS', false, 'a permissive service of this partition could not be set to strict']]);
  });
});
