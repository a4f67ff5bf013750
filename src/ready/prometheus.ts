/**
 * Connection counts from Prometheus: one instant query per run (`/api/v1/query`), nothing
 * sent anywhere but the given URL. The query sums `increase()` of Envoy's
 * `envoy_tcp_downstream_cx_total` over the window, grouped by the Consul source labels and
 * the listener prefix, and in the same request measures how much of the window each
 * service's counter was observed and when it last moved (a subquery at a step of at least
 * the 5-minute lookback, so a missed scrape is no gap but a pod scraped only since Tuesday is).
 *
 * With Envoy's default tag extraction the stat `tcp.<prefix>.downstream_cx_total` becomes
 * `envoy_tcp_downstream_cx_total{envoy_tcp_prefix="<prefix>"}`, and Consul's fixed tags
 * `consul.source.*` become `consul_source_*` labels.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import {
  MTLS_PREFIX,
  PERMISSIVE_PREFIX,
  keyString,
  normalizedKey,
  showDuration,
  type ConnectionData,
  type ListenerCounts,
  type ServiceConnections,
} from './connections.js';

export const METRIC = 'envoy_tcp_downstream_cx_total';
const GROUP = 'consul_source_service, consul_source_namespace, consul_source_partition, consul_source_datacenter, envoy_tcp_prefix';
const STAT_LABEL = 'mtls_lint_stat';
/** Responses larger than this are refused: one series per service and listener is small. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export class PrometheusError extends Error {}

export interface PrometheusOptions {
  url: string;
  windowSeconds: number;
  /** Unix seconds of the window's end. */
  end: number;
  token?: string;
  /** The environment variable the token came from, for messages. */
  tokenFrom?: string;
  ca?: string;
  cert?: string;
  key?: string;
  insecureSkipVerify?: boolean;
  timeoutMs: number;
  retries: number;
}

/** The subquery step: at least the 5-minute lookback, at most ~2,000 steps per window. */
export function stepSeconds(windowSeconds: number): number {
  return Math.max(300, Math.ceil(windowSeconds / 2000 / 60) * 60);
}

export function readyQuery(windowSeconds: number): string {
  const w = showDuration(windowSeconds);
  const step = `${stepSeconds(windowSeconds)}s`;
  const sel = `${METRIC}{envoy_tcp_prefix=~"${PERMISSIVE_PREFIX}|${MTLS_PREFIX}"}`;
  const tag = (expr: string, name: string) => `label_replace(${expr}, "${STAT_LABEL}", "${name}", "", "")`;
  return [
    tag(`sum by (${GROUP}) (increase(${sel}[${w}]))`, 'increase'),
    // Steps at which at least one instance of the service had a sample.
    tag(`count_over_time((count by (${GROUP}) (${sel}))[${w}:${step}])`, 'steps'),
    tag(`max by (${GROUP}) (max_over_time((timestamp(${sel}) and (changes(${sel}[${step}]) > 0))[${w}:${step}]))`, 'last_change'),
  ].join('\nor\n');
}

/** The URL as it may be printed: no user or password. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}

interface HttpAnswer {
  status: number;
  body: string;
}

function post(opts: PrometheusOptions, body: string): Promise<HttpAnswer> {
  const base = new URL(opts.url);
  const u = new URL(`${base.pathname.replace(/\/+$/, '')}/api/v1/query`, base);
  const lib = u.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  else if (base.username) headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString('base64')}`;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      u,
      {
        method: 'POST',
        headers,
        timeout: opts.timeoutMs,
        ...(u.protocol === 'https:'
          ? { ca: opts.ca, cert: opts.cert, key: opts.key, rejectUnauthorized: !opts.insecureSkipVerify }
          : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_RESPONSE_BYTES) {
            req.destroy(new PrometheusError(`the answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB`));
            return;
          }
          chunks.push(c);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${opts.timeoutMs / 1000} s`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function transient(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'ENETUNREACH', 'EHOSTUNREACH'].includes(code ?? '');
}

function networkMessage(opts: PrometheusOptions, err: unknown): string {
  const e = err as { code?: string; message?: string };
  const where = displayUrl(opts.url);
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `cannot resolve the host of ${where}: check --prometheus`;
  if (e.code === 'ECONNREFUSED') return `cannot reach Prometheus at ${where} (connection refused): check --prometheus and that the server (or port-forward) is up`;
  if (e.code === 'ETIMEDOUT') return `Prometheus at ${where} gave no answer within ${opts.timeoutMs / 1000} s: check the address, or raise --timeout for a long window`;
  if (/certificate|self[- ]signed|SSL|TLS/i.test(`${e.code} ${e.message}`)) {
    return `TLS with ${where} failed (${e.code ?? e.message}): give its CA with --prometheus-ca-file (or --prometheus-insecure-skip-verify to test)`;
  }
  return `cannot query Prometheus at ${where}: ${e.message ?? String(err)}`;
}

function httpMessage(opts: PrometheusOptions, a: HttpAnswer): string {
  const where = displayUrl(opts.url);
  let detail = '';
  try {
    const j = JSON.parse(a.body) as { error?: string };
    if (typeof j.error === 'string') detail = `: ${j.error.slice(0, 300)}`;
  } catch {
    // Not Prometheus' JSON (a proxy's page): the status says enough.
  }
  if (a.status === 401) {
    return opts.token
      ? `Prometheus at ${where} refused the token from $${opts.tokenFrom} (HTTP 401): check that it is current and meant for this server`
      : `Prometheus at ${where} wants credentials (HTTP 401): put a bearer token in an environment variable and name it with --prometheus-token-env`;
  }
  if (a.status === 403) return `Prometheus at ${where} denied the query (HTTP 403): the token lacks read access`;
  if (a.status === 404) return `${where} has no /api/v1/query (HTTP 404): give the Prometheus base URL, with its path prefix if it has one`;
  return `Prometheus at ${where} answered HTTP ${a.status}${detail}`;
}

interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

/** Runs the one query (with retries on network errors, 429 and 5xx) and reads its answer. */
export async function queryPrometheus(opts: PrometheusOptions, pause: (ms: number) => Promise<unknown> = sleep): Promise<ConnectionData> {
  const body = new URLSearchParams({ query: readyQuery(opts.windowSeconds), time: String(opts.end) }).toString();
  let answer: HttpAnswer | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      answer = await post(opts, body);
      if ((answer.status === 429 || answer.status >= 500) && attempt < opts.retries) {
        await pause(500 * 2 ** attempt);
        continue;
      }
      break;
    } catch (err) {
      if (err instanceof PrometheusError) throw err;
      if (transient(err) && attempt < opts.retries) {
        await pause(500 * 2 ** attempt);
        continue;
      }
      throw new PrometheusError(networkMessage(opts, err));
    }
  }
  if (answer.status !== 200) throw new PrometheusError(httpMessage(opts, answer));
  let json: { status?: string; error?: string; data?: { resultType?: string; result?: Sample[] } };
  try {
    json = JSON.parse(answer.body);
  } catch {
    throw new PrometheusError(`${displayUrl(opts.url)} did not answer with Prometheus JSON: is it the Prometheus base URL?`);
  }
  if (json.status !== 'success' || json.data?.resultType !== 'vector' || !Array.isArray(json.data.result)) {
    throw new PrometheusError(`Prometheus at ${displayUrl(opts.url)} could not run the query: ${String(json.error ?? 'unexpected answer').slice(0, 300)}`);
  }
  if (json.data.result.length === 0) {
    throw new PrometheusError(
      `Prometheus at ${displayUrl(opts.url)} has no ${METRIC} series in the ${showDuration(opts.windowSeconds)} before ${new Date(opts.end * 1000).toISOString()}: ` +
        'check that it scrapes the Envoy sidecars (consul-k8s metrics merging, or envoy_prometheus_bind_addr) and that Envoy keeps its default tag extraction',
    );
  }
  return { source: displayUrl(opts.url), windowSeconds: opts.windowSeconds, end: opts.end, services: fromSamples(json.data.result, opts.windowSeconds) };
}

export function fromSamples(samples: readonly Sample[], windowSeconds: number): ServiceConnections[] {
  const steps = Math.floor(windowSeconds / stepSeconds(windowSeconds));
  const byKey = new Map<string, ServiceConnections>();
  for (const s of samples) {
    const m = s.metric ?? {};
    if (!m.consul_source_service) continue;
    const key = normalizedKey({
      service: m.consul_source_service,
      namespace: m.consul_source_namespace,
      partition: m.consul_source_partition,
      datacenter: m.consul_source_datacenter,
    });
    const k = keyString(key);
    const svc = byKey.get(k) ?? { key };
    byKey.set(k, svc);
    const which = m.envoy_tcp_prefix === PERMISSIVE_PREFIX ? 'plaintext' : m.envoy_tcp_prefix === MTLS_PREFIX ? 'mtls' : undefined;
    if (!which) continue;
    const counts: ListenerCounts = svc[which] ?? { connections: 0, coverage: 0 };
    svc[which] = counts;
    const v = Number(s.value?.[1]);
    if (!Number.isFinite(v)) continue;
    if (m[STAT_LABEL] === 'increase') counts.connections = Math.round(v);
    else if (m[STAT_LABEL] === 'steps') counts.coverage = Math.min(1, v / steps);
    else if (m[STAT_LABEL] === 'last_change') counts.lastChangeAt = v;
  }
  return [...byKey.values()].sort((a, b) => (keyString(a.key) < keyString(b.key) ? -1 : 1));
}

/** Reads a PEM file named by an option. */
export function readPem(file: string | undefined, option: string): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new PrometheusError(`${option} ${file}: ${(err as Error).message}`);
  }
}
