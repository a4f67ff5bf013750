/**
 * A real Prometheus for the `ready` tests: a TSDB backfilled with `promtool tsdb
 * create-blocks-from openmetrics` from samples in the shape of Envoy's /stats/prometheus,
 * served on 127.0.0.1 at a free port. Debian's `prometheus` package gives both binaries
 * (.ci/run installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function prometheusMissing(): string | undefined {
  for (const bin of ['prometheus', 'promtool']) {
    if (spawnSync(bin, ['--version'], { stdio: 'ignore' }).status !== 0) {
      // CI installs it: there its absence is a failure, not a skip.
      if (process.env.MTLS_LINT_REQUIRE_PROMETHEUS === '1') throw new Error(`${bin} is not installed, and MTLS_LINT_REQUIRE_PROMETHEUS=1`);
      return `${bin} is not installed (apt-get install prometheus): skipping the tests against a real Prometheus`;
    }
  }
  return undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface Series {
  labels: Record<string, string>;
  /** [unix seconds, counter value] */
  samples: [number, number][];
}

/** Consul's Envoy stat labels of one sidecar's listener (bootstrap_config.go's fixed tags). */
export function envoyLabels(service: string, prefix: 'permissive_public_listener' | 'public_listener', partition = 'default', namespace = 'default'): Record<string, string> {
  return {
    local_cluster: service,
    consul_source_service: service,
    consul_source_namespace: namespace,
    consul_source_partition: partition,
    consul_source_datacenter: 'dc1',
    envoy_tcp_prefix: prefix,
  };
}

export function openMetrics(series: readonly Series[]): string {
  const lines = ['# TYPE envoy_tcp_downstream_cx_total counter'];
  const rows: [number, string][] = [];
  for (const s of series) {
    const l = Object.entries(s.labels).map(([k, v]) => `${k}="${v}"`).join(',');
    for (const [t, v] of s.samples) rows.push([t, `envoy_tcp_downstream_cx_total{${l}} ${v} ${t}`]);
  }
  // OpenMetrics wants a metric family's samples in time order.
  rows.sort((a, b) => a[0] - b[0]);
  return `${[...lines, ...rows.map((r) => r[1])].join('\n')}\n# EOF\n`;
}

export interface RunningPrometheus {
  url: string;
  stop: () => Promise<void>;
}

export async function startPrometheus(series: readonly Series[]): Promise<RunningPrometheus> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mtls-lint-prom-'));
  const data = path.join(dir, 'data');
  writeFileSync(path.join(dir, 'in.om'), openMetrics(series));
  const fill = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', path.join(dir, 'in.om'), data], { encoding: 'utf8' });
  if (fill.status !== 0) throw new Error(`promtool failed: ${fill.stderr}`);
  writeFileSync(path.join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1h\n');
  const port = await freePort();
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${data}`,
      // Backfilled blocks must outlive the default 15 days whatever the test's dates.
      '--storage.tsdb.retention.time=100y',
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=error',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/-/ready`);
      if (r.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error('Prometheus did not become ready within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill();
      }),
  };
}
