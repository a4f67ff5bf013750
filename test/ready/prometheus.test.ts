/**
 * `mtls-lint ready --prometheus` against a real Prometheus (test/ready/prometheus-server.ts)
 * holding eight days of Envoy connection counters for fixtures/ready: a quiet service, a
 * noisy one, one scraped for three days only, one missing, one whose live proxy is strict.
 *
 * Series and labels as Consul's sidecars give them: `envoy_tcp_downstream_cx_total` with
 * `envoy_tcp_prefix` "permissive_public_listener" / "public_listener" (Envoy's default tag
 * extraction of tcp.<prefix>.downstream_cx_total) and the fixed `consul.source.*` tags of
 * hashicorp/consul command/connect/envoy/bootstrap_config.go.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../config/helpers.js';
import { envoyLabels, freePort, prometheusMissing, startPrometheus, type RunningPrometheus, type Series } from './prometheus-server.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const missing = prometheusMissing();
if (missing) console.warn(missing);

const HOUR = 3600;
const DAY = 24 * HOUR;
/** The window's end: an hour boundary, so every run has the same steps. */
const END = Math.floor(Date.now() / 1000 / HOUR) * HOUR;
const AT = String(END);

function series(service: string, prefix: 'permissive_public_listener' | 'public_listener', from: number, value: (t: number) => number, partition = 'default'): Series {
  const samples: [number, number][] = [];
  for (let t = from; t <= END; t += 300) samples.push([t, value(t)]);
  return { labels: envoyLabels(service, prefix, partition), samples };
}

const NOISY_LAST = END - 2 * DAY;
const SERIES: Series[] = [
  // api: 3 plaintext connections before the window, none in it; mTLS keeps coming (readiness probes too).
  series('api', 'permissive_public_listener', END - 8 * DAY, () => 3),
  series('api', 'public_listener', END - 8 * DAY, (t) => Math.floor((t - END + 8 * DAY) / 60)),
  // billing: plaintext connections until two days ago, 12 an hour.
  series('billing', 'permissive_public_listener', END - 8 * DAY, (t) => Math.floor((Math.min(t, NOISY_LAST) - (END - 8 * DAY)) / 300)),
  series('billing', 'public_listener', END - 8 * DAY, () => 10),
  // cart: scraped for the last three days only.
  series('cart', 'permissive_public_listener', END - 3 * DAY, () => 0),
  series('cart', 'public_listener', END - 3 * DAY, () => 0),
  // legacy: strict on the cluster already, so no permissive listener stat.
  series('legacy', 'public_listener', END - 8 * DAY, (t) => Math.floor((t - END + 8 * DAY) / 600)),
  // The same name in another partition takes plaintext: not the default partition's api.
  series('api', 'permissive_public_listener', END - 8 * DAY, (t) => Math.floor((t - END + 8 * DAY) / 300), 'other'),
];

describe.skipIf(missing !== undefined)('mtls-lint ready --prometheus (real Prometheus)', () => {
  let prom: RunningPrometheus;
  beforeAll(async () => {
    prom = await startPrometheus(SERIES);
  });
  afterAll(async () => {
    await prom?.stop();
  });

  it('json: a verdict per permissive service, from one query over the window', async () => {
    const r = await runCli(['ready', '--prometheus', prom.url, '--at', AT, '-f', 'json', 'fixtures/ready']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, window: '7d', canResecure: false, counts: { ready: 2, 'not-ready': 1, 'no-data': 2 }, unreadable: 0 });
    expect(report.end).toBe(new Date(END * 1000).toISOString().replace('.000Z', 'Z'));
    const byName = Object.fromEntries(report.scopes[0].services.map((s: Json) => [s.name, s]));
    expect(report.scopes.map((s: Json) => s.partition)).toEqual(['default']);
    expect(byName.api).toMatchObject({ verdict: 'ready', plaintextConnections: 0, coverage: 1, modeAt: { file: 'fixtures/ready/api-defaults.hcl', line: 4, column: 1 } });
    expect(byName.api.mtlsConnections).toBeGreaterThan(9000);
    // 12 an hour for the 5 days of the window before it stopped.
    expect(byName.billing.verdict).toBe('not-ready');
    expect(Math.abs(byName.billing.plaintextConnections - 5 * 24 * 12)).toBeLessThanOrEqual(2);
    // The last step at which the counter moved: within a step (6 min) of when it stopped.
    expect(Math.abs(Date.parse(byName.billing.lastPlaintextAt) / 1000 - NOISY_LAST)).toBeLessThanOrEqual(360);
    expect(byName.cart).toMatchObject({ verdict: 'no-data', plaintextConnections: 0 });
    expect(byName.cart.coverage).toBeGreaterThan(0.4);
    expect(byName.cart.coverage).toBeLessThan(0.45);
    expect(byName.cart.reason).toMatch(/^the metrics cover 4\d\.\d% of the last 7d/);
    expect(byName.search).toEqual({ name: 'search', namespace: 'default', verdict: 'no-data', reason: 'not found in the metrics (is its sidecar scraped?)', modeAt: { file: 'fixtures/ready/search-defaults.hcl', line: 4, column: 1 } });
    expect(byName.legacy).toMatchObject({ verdict: 'ready', mtlsConnections: 7 * 24 * 6, coverage: 1 });
    expect(byName.legacy.plaintextConnections).toBeUndefined();
    expect(byName.legacy.reason).toMatch(/already strict/);
  });

  it('text and markdown say whether the mesh can be re-secured; --check exits 1', async () => {
    const text = await runCli(['ready', '--prometheus', prom.url, '--at', AT, '--check', 'fixtures/ready']);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe('mtls-lint ready: not every permissive service is ready (1 not ready, 2 without data)\n');
    expect(text.stdout.split('\n')[0]).toBe('mtls-lint ready: the mesh cannot be re-secured yet: 2 of 5 permissive services ready, 1 not ready, 2 without data');
    expect(text.stdout).toMatch(/^ {2}billing +default +not-ready +\d+ +0 +100%/m);
    const md = await runCli(['ready', '--prometheus', prom.url, '--at', AT, '-f', 'markdown', 'fixtures/ready']);
    expect(md.stdout).toMatch(/^### 🚧 mtls-lint ready: the mesh cannot be re-secured yet/);
    expect(md.stdout).toMatch(/^\| api \| default \| ready \| 0 \| \d+ \| 100% \| no plaintext connection in the last 7d \| fixtures/m);
  });

  it('a shorter window that every scraped service covers: all ready, only the missing one keeps --check at 1', async () => {
    // Two days: billing stopped exactly then, cart has been scraped for three.
    const r = await runCli(['ready', '--prometheus', prom.url, '--at', AT, '--window', '47h', '--check', '-f', 'json', 'fixtures/ready']);
    const report = JSON.parse(r.stdout);
    const verdicts = Object.fromEntries(report.scopes[0].services.map((s: Json) => [s.name, s.verdict]));
    expect(verdicts).toEqual({ api: 'ready', billing: 'ready', cart: 'ready', legacy: 'ready', search: 'no-data' });
    expect(r.code).toBe(1);
  });

  it('a window with no series at all: says what to check, exit 2', async () => {
    const r = await runCli(['ready', '--prometheus', prom.url, '--at', String(END - 30 * DAY), '--window', '1d', 'fixtures/ready']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mtls-lint ready: Prometheus at http:\/\/127\.0\.0\.1:\d+\/ has no envoy_tcp_downstream_cx_total series in the 1d before .*: check that it scrapes the Envoy sidecars/);
  });

  it('an unreachable server: retried, then a clear error, exit 2', async () => {
    const port = await freePort();
    const r = await runCli(['ready', '--prometheus', `http://127.0.0.1:${port}`, 'fixtures/ready']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`mtls-lint ready: cannot reach Prometheus at http://127.0.0.1:${port}/ (connection refused): check --prometheus and that the server (or port-forward) is up\n`);
  });

  describe('behind an https proxy that wants a bearer token', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mtls-lint-tls-'));
    const ca = path.join(dir, 'cert.pem');
    let server: https.Server;
    let url = '';
    const seen: { auth?: string; path?: string }[] = [];
    beforeAll(async () => {
      const gen = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', ca, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
      if (gen.status !== 0) throw new Error(`openssl: ${gen.stderr}`);
      server = https.createServer({ key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(ca) }, (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', async () => {
          seen.push({ auth: req.headers.authorization, path: req.url });
          if (req.headers.authorization !== 'Bearer s3cret') {
            res.writeHead(401, { 'content-type': 'text/plain' }).end('Unauthorized');
            return;
          }
          const upstream = await fetch(`${prom.url}${(req.url ?? '').replace(/^\/prom/, '')}`, { method: req.method, headers: { 'content-type': String(req.headers['content-type']) }, body: Buffer.concat(chunks) });
          res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      url = `https://127.0.0.1:${(server.address() as { port: number }).port}/prom`;
    });
    afterAll(async () => {
      await new Promise((r) => server?.close(r));
      rmSync(dir, { recursive: true, force: true });
    });

    it('the CA file and the token from the environment: one query, with the token, under the path prefix', async () => {
      seen.length = 0;
      const r = await runCli(['ready', '--prometheus', url, '--prometheus-ca-file', ca, '--at', AT, '-f', 'json', 'fixtures/ready'], { env: { MTLS_LINT_PROMETHEUS_TOKEN: 's3cret' } });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).counts).toEqual({ ready: 2, 'not-ready': 1, 'no-data': 2 });
      expect(seen).toEqual([{ auth: 'Bearer s3cret', path: '/prom/api/v1/query' }]);
    });

    it('--prometheus-token-env names another variable; --prometheus-insecure-skip-verify skips the CA', async () => {
      const r = await runCli(['ready', '--prometheus', url, '--prometheus-insecure-skip-verify', '--prometheus-token-env', 'PROM_TOKEN', '--at', AT, '-f', 'json', 'fixtures/ready'], { env: { PROM_TOKEN: 's3cret' } });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).counts.ready).toBe(2);
    });

    it('an unknown CA, a refused token, no token, an unset variable: each says what to check', async () => {
      const noCa = await runCli(['ready', '--prometheus', url, 'fixtures/ready'], { env: { MTLS_LINT_PROMETHEUS_TOKEN: 's3cret' } });
      expect(noCa.code).toBe(2);
      expect(noCa.stderr).toMatch(/^mtls-lint ready: TLS with https:\/\/127\.0\.0\.1:\d+\/prom failed \(\w+\): give its CA with --prometheus-ca-file/);
      const wrong = await runCli(['ready', '--prometheus', url, '--prometheus-ca-file', ca, 'fixtures/ready'], { env: { MTLS_LINT_PROMETHEUS_TOKEN: 'old' } });
      expect(wrong.stderr).toBe(`mtls-lint ready: Prometheus at ${url} refused the token from $MTLS_LINT_PROMETHEUS_TOKEN (HTTP 401): check that it is current and meant for this server\n`);
      expect(wrong.stderr).not.toContain('old');
      const none = await runCli(['ready', '--prometheus', url, '--prometheus-ca-file', ca, 'fixtures/ready']);
      expect(none.stderr).toBe(`mtls-lint ready: Prometheus at ${url} wants credentials (HTTP 401): put a bearer token in an environment variable and name it with --prometheus-token-env\n`);
      const unset = await runCli(['ready', '--prometheus', url, '--prometheus-token-env', 'NOPE', 'fixtures/ready']);
      expect(unset).toMatchObject({ code: 2, stderr: 'mtls-lint ready: --prometheus-token-env NOPE: that environment variable is not set or empty\n' });
    });
  });
});
