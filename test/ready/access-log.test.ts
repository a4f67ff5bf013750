/**
 * `mtls-lint ready --access-log`: the clients of plaintext connections, from a sidecar's
 * access log in Consul's default JSON format (hashicorp/consul
 * agent/xds/accesslogs/accesslogs.go, defaultJSONFormat). Inbound entries go to the
 * "local_app" cluster; mesh clients send SNI, so an inbound entry without
 * requested_server_name is a plaintext connection.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plaintextSources } from '../../src/ready/access-log.js';
import { ROOT, runCli } from '../config/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const dir = mkdtempSync(path.join(tmpdir(), 'mtls-lint-access-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.parse('2026-11-20T09:00:00Z') / 1000;
const DAY = 86400;

/** One access log line with the fields of Consul's default format that matter here. */
function entry(at: string, remote: string, sni: string, cluster = 'local_app'): string {
  return JSON.stringify({
    start_time: at,
    route_name: null,
    method: null,
    path: null,
    protocol: null,
    response_code: 0,
    response_flags: '-',
    response_code_details: null,
    connection_termination_details: null,
    bytes_received: 120,
    bytes_sent: 480,
    duration: 12,
    upstream_service_time: null,
    x_forwarded_for: null,
    user_agent: null,
    request_id: null,
    authority: null,
    upstream_host: '127.0.0.1:8080',
    upstream_cluster: cluster,
    upstream_local_address: '127.0.0.1:40112',
    downstream_local_address: '10.0.1.5:20000',
    downstream_remote_address: remote,
    requested_server_name: sni,
    upstream_transport_failure_reason: null,
  });
}

const MESH_SNI = 'billing.default.dc1.internal.11111111-2222-3333-4444-555555555555.consul';

const LOG = [
  '[2026-11-21 10:00:00.000][1][info][main] [source/server/server.cc:932] all clusters initialized',
  entry('2026-11-21T10:00:00.100Z', '10.0.7.21:51234', ''),
  entry('2026-11-22T10:00:00.100Z', '10.0.7.21:51290', ''),
  entry('2026-11-23T11:30:00.000Z', '10.0.9.4:40000', ''),
  entry('2026-11-23T12:00:00.000Z', '10.0.3.3:40001', MESH_SNI),
  entry('2026-11-23T12:00:01.000Z', '10.0.3.3:40002', ''),
  entry('2026-11-23T12:00:02.000Z', '10.0.3.3:40003', '', 'db'),
  entry('2026-11-10T12:00:00.000Z', '10.0.8.8:40004', ''),
  entry('2026-11-24T08:00:00.000Z', '[fd00::7]:41000', ''),
  '{"not": "an entry"',
  '',
].join('\n');

describe('plaintextSources', () => {
  it('counts inbound entries without SNI per client address, in the window, most first', () => {
    expect(plaintextSources(LOG, T0, T0 + 7 * DAY)).toEqual([
      { address: '10.0.7.21', connections: 2, lastSeen: '2026-11-22T10:00:00Z' },
      { address: '10.0.3.3', connections: 1, lastSeen: '2026-11-23T12:00:01Z' },
      { address: '10.0.9.4', connections: 1, lastSeen: '2026-11-23T11:30:00Z' },
      { address: 'fd00::7', connections: 1, lastSeen: '2026-11-24T08:00:00Z' },
    ]);
  });

  it('mTLS entries, outbound entries and lines that are no entry give nothing', () => {
    const noise = [entry('2026-11-23T12:00:00Z', '10.0.3.3:1', MESH_SNI), entry('2026-11-23T12:00:00Z', '10.0.3.3:2', '', 'db'), 'not json', '[1,2]'].join('\n');
    expect(plaintextSources(noise, T0, T0 + 7 * DAY)).toEqual([]);
  });
});

function save(name: string, text: string, at: number): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  utimesSync(file, at, at);
  return file;
}

function promSnapshot(service: string, plaintext: number): string {
  const labels = (prefix: string) =>
    `local_cluster="${service}",consul_source_service="${service}",consul_source_namespace="default",consul_source_partition="default",consul_source_datacenter="dc1",envoy_tcp_prefix="${prefix}"`;
  return [
    '# TYPE envoy_tcp_downstream_cx_total counter',
    `envoy_tcp_downstream_cx_total{${labels('permissive_public_listener')}} ${plaintext}`,
    `envoy_tcp_downstream_cx_total{${labels('public_listener')}} 100`,
    '',
  ].join('\n');
}

const billing0 = save('billing-0.prom', promSnapshot('billing', 10), T0);
const billing1 = save('billing-1.prom', promSnapshot('billing', 15), T0 + 7 * DAY);
const log = save('billing.log', LOG, T0 + 7 * DAY);

async function ready(...args: string[]) {
  return runCli(['ready', '-f', 'json', '--envoy-stats', billing0, '--envoy-stats', billing1, ...args, path.join(ROOT, 'fixtures/ready')], { cwd: ROOT });
}

function billing(stdout: string): Json {
  return JSON.parse(stdout).scopes[0].services.find((s: Json) => s.name === 'billing');
}

describe('mtls-lint ready --access-log', () => {
  it('names the clients of a not-ready service', async () => {
    const r = await ready('--access-log', `billing=${log}`);
    expect(r.stderr).toBe('');
    const b = billing(r.stdout);
    expect(b).toMatchObject({ verdict: 'not-ready', plaintextConnections: 5 });
    expect(b.reason).toBe(
      '5 plaintext connections in the last 7d; from 10.0.7.21 (2, last 2026-11-22T10:00:00Z), 10.0.3.3 (1, last 2026-11-23T12:00:01Z), 10.0.9.4 (1, last 2026-11-23T11:30:00Z), fd00::7 (1, last 2026-11-24T08:00:00Z)',
    );
    expect(b.downstreams).toHaveLength(4);
  });

  it('without a log, says the stats do not name the sources; a log of another service changes nothing', async () => {
    for (const args of [[], ['--access-log', `default/api=${log}`]]) {
      const b = billing((await ready(...args)).stdout);
      expect(b.reason).toBe("5 plaintext connections in the last 7d; Envoy's TCP stats do not name the sources: check which downstreams are outside the mesh (or give its --access-log)");
      expect(b.downstreams).toBeUndefined();
    }
  });

  it('a log with no plaintext entry in the window says so rather than naming no one silently', async () => {
    const quiet = save('quiet.log', entry('2026-11-23T12:00:00Z', '10.0.3.3:1', MESH_SNI), T0);
    const b = billing((await ready('--access-log', `billing=${quiet}`)).stdout);
    expect(b.reason).toMatch(/; its access log shows no plaintext connection in the window/);
    expect(b.downstreams).toEqual([]);
  });

  it('a log without its service, and a directory, are usage errors', async () => {
    const r = await ready('--access-log', log);
    expect(r).toMatchObject({ code: 2, stderr: `mtls-lint ready: --access-log needs the service it belongs to: --access-log SERVICE=FILE (or NAMESPACE/SERVICE=FILE), not "${log}"\n` });
    const d = await ready('--access-log', `billing=${dir}`);
    expect(d).toMatchObject({ code: 2, stderr: `mtls-lint ready: --access-log ${dir}: not a regular file\n` });
  });

  it('text output carries the hints in the why column', async () => {
    const r = await runCli(['ready', '--envoy-stats', billing0, '--envoy-stats', billing1, '--access-log', `billing=${log}`, path.join(ROOT, 'fixtures/ready')], { cwd: ROOT });
    expect(r.stdout).toMatch(/billing .* not-ready .*; from 10\.0\.7\.21 \(2, last 2026-11-22T10:00:00Z\), 10\.0\.3\.3/);
  });
});
