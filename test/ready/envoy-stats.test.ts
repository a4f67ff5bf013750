/**
 * `mtls-lint ready --envoy-stats`: two snapshots of a sidecar's admin /stats/prometheus or
 * /stats, a window apart, in the shape Envoy writes them. Stat names as consul-k8s'
 * acceptance test reads them (acceptance/tests/connect/permissive_mtls_test.go:
 * tcp.permissive_public_listener.downstream_cx_total, tcp.public_listener.downstream_cx_total).
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../config/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const dir = mkdtempSync(path.join(tmpdir(), 'mtls-lint-envoy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.parse('2026-11-20T09:00:00Z') / 1000;
const DAY = 86400;

function labels(service: string, prefix: string): string {
  return `local_cluster="${service}",consul_source_service="${service}",consul_source_namespace="default",consul_source_partition="default",consul_source_datacenter="dc1",envoy_tcp_prefix="${prefix}"`;
}

/** A /stats/prometheus excerpt of one sidecar (Envoy writes one # TYPE line per metric). */
function promSnapshot(service: string, plaintext: number | undefined, mtls: number): string {
  return [
    '# TYPE envoy_tcp_downstream_cx_no_route counter',
    `envoy_tcp_downstream_cx_no_route{${labels(service, 'public_listener')}} 0`,
    '# TYPE envoy_tcp_downstream_cx_total counter',
    ...(plaintext === undefined ? [] : [`envoy_tcp_downstream_cx_total{${labels(service, 'permissive_public_listener')}} ${plaintext}`]),
    `envoy_tcp_downstream_cx_total{${labels(service, 'public_listener')}} ${mtls}`,
    '# TYPE envoy_server_uptime gauge',
    'envoy_server_uptime{} 123456',
    '',
  ].join('\n');
}

/** A plain /stats excerpt: names only, no Consul tags. */
function plainSnapshot(plaintext: number, mtls: number): string {
  return [
    'cluster.local_app.upstream_cx_total: 88',
    `tcp.permissive_public_listener.downstream_cx_total: ${plaintext}`,
    'tcp.permissive_public_listener.downstream_cx_no_route: 0',
    `tcp.public_listener.downstream_cx_total: ${mtls}`,
    '',
  ].join('\n');
}

function save(name: string, text: string, at: number): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  utimesSync(file, at, at);
  return file;
}

const api0 = save('api-0.prom', promSnapshot('api', 3, 100), T0);
const api1 = save('api-1.prom', promSnapshot('api', 3, 5000), T0 + 7 * DAY);
const billing0 = save('billing-0.prom', promSnapshot('billing', 10, 0), T0);
const billing1 = save('billing-1.prom', promSnapshot('billing', 55, 0), T0 + 7 * DAY);
const legacy0 = save('legacy-0.prom', promSnapshot('legacy', undefined, 1), T0);
const legacy1 = save('legacy-1.prom', promSnapshot('legacy', undefined, 9), T0 + 7 * DAY);
// cart: a day apart only.
const cart0 = save('cart-0.txt', plainSnapshot(0, 5), T0 + 6 * DAY);
const cart1 = save('cart-1.txt', plainSnapshot(0, 9), T0 + 7 * DAY);

async function ready(...args: string[]) {
  return runCli(['ready', ...args, path.join(ROOT, 'fixtures/ready')], { cwd: ROOT });
}

describe('mtls-lint ready --envoy-stats', () => {
  it('verdicts from /stats/prometheus and /stats snapshot pairs', async () => {
    const r = await ready('-f', 'json', ...[api0, api1, billing0, billing1, legacy0, legacy1].flatMap((f) => ['--envoy-stats', f]), '--envoy-stats', `cart=${cart0}`, '--envoy-stats', `cart=${cart1}`);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ window: '7d', end: '2026-11-27T09:00:00Z', canResecure: false, counts: { ready: 2, 'not-ready': 1, 'no-data': 2 } });
    expect(report.source).toMatch(/^8 Envoy admin snapshots \(/);
    const byName = Object.fromEntries(report.scopes[0].services.map((s: Json) => [s.name, s]));
    expect(byName.api).toMatchObject({ verdict: 'ready', plaintextConnections: 0, mtlsConnections: 4900, coverage: 1 });
    expect(byName.billing).toMatchObject({ verdict: 'not-ready', plaintextConnections: 45 });
    expect(byName.billing.reason).toMatch(/^45 plaintext connections in the last 7d;/);
    expect(byName.legacy).toMatchObject({ verdict: 'ready', mtlsConnections: 8 });
    expect(byName.cart).toMatchObject({ verdict: 'no-data', plaintextConnections: 0 });
    expect(byName.cart.reason).toMatch(/^the metrics cover 14\.2% of the last 7d/);
    expect(byName.search.verdict).toBe('no-data');
  });

  it('a counter that went down (the proxy restarted) covers nothing', async () => {
    const restarted = save('billing-restarted.prom', promSnapshot('billing', 2, 0), T0 + 7 * DAY);
    const r = await ready('-f', 'json', '--envoy-stats', billing0, '--envoy-stats', restarted);
    const billing = JSON.parse(r.stdout).scopes[0].services.find((s: Json) => s.name === 'billing');
    expect(billing).toMatchObject({ verdict: 'no-data', coverage: 0 });
  });

  it('a plain /stats file without a service name is a usage error that says how to name it', async () => {
    const r = await ready('--envoy-stats', cart0, '--envoy-stats', cart1);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`mtls-lint ready: --envoy-stats ${cart0}: a plain /stats file does not say which service it is from; name it as [partition/][namespace/]service=${cart0}, or save /stats/prometheus instead\n`);
  });

  it('a file that is no Envoy stats output, a missing file, and no source at all', async () => {
    const bogus = save('bogus.txt', 'hello\n', T0);
    expect((await ready('--envoy-stats', bogus)).stderr).toBe(`mtls-lint ready: --envoy-stats ${bogus}: no tcp.public_listener or tcp.permissive_public_listener stat: is it the admin /stats of a Consul sidecar?\n`);
    const gone = await ready('--envoy-stats', path.join(dir, 'nope.prom'));
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/^mtls-lint ready: --envoy-stats .*nope\.prom: ENOENT/);
    const none = await ready();
    expect(none).toMatchObject({ code: 2, stderr: 'mtls-lint ready: give either --prometheus <url> or --envoy-stats <file>...\n' });
  });

  it('bad --window and --at values are usage errors', async () => {
    expect((await ready('--envoy-stats', api0, '--window', '7 days')).stderr).toBe('mtls-lint ready: --window must be a duration such as 7d, 36h or 1h30m (at most a year), not "7 days"\n');
    expect((await ready('--envoy-stats', api0, '--at', 'yesterday')).stderr).toBe('mtls-lint ready: --at must be an ISO 8601 time (2026-12-05T10:00:00Z) or Unix seconds, not "yesterday"\n');
  });
});
