/**
 * What the metrics say about one Consul service's inbound connections over the window,
 * whatever the source (a Prometheus query or saved Envoy admin snapshots).
 *
 * Consul's Envoy bootstrap tags every stat of a sidecar with its own service:
 * `consul.source.service`, `consul.source.namespace`, `consul.source.partition`,
 * `consul.source.datacenter` (hashicorp/consul command/connect/envoy/bootstrap_config.go,
 * the defaults of generateStatsTags). Plaintext connections accepted in permissive mode are
 * counted by `tcp.permissive_public_listener.downstream_cx_total`, mTLS ones by
 * `tcp.public_listener.downstream_cx_total`; in strict mode the permissive stat does not
 * exist (hashicorp/consul-k8s acceptance/tests/connect/permissive_mtls_test.go).
 */

export interface ServiceKey {
  service: string;
  namespace: string;
  partition: string;
  /** Empty when the source does not say. */
  datacenter: string;
}

export interface ListenerCounts {
  /** Connections accepted in the window (Prometheus' increase() may be fractional: rounded). */
  connections: number;
  /** Share of the window the counter was observed (0..1). */
  coverage: number;
  /** Unix seconds of the last step where the counter moved, when the source can tell. */
  lastChangeAt?: number;
}

export interface ServiceConnections {
  key: ServiceKey;
  /** Absent: no permissive listener stat (the live proxy is strict, or was never seen). */
  plaintext?: ListenerCounts;
  mtls?: ListenerCounts;
}

export interface ConnectionData {
  /** Where the data came from, for the report: a URL without credentials, or file names. */
  source: string;
  windowSeconds: number;
  /** Unix seconds of the window's end. */
  end: number;
  services: ServiceConnections[];
}

export const PERMISSIVE_PREFIX = 'permissive_public_listener';
export const MTLS_PREFIX = 'public_listener';

export function keyString(k: ServiceKey): string {
  return `${k.partition}/${k.namespace}/${k.service}@${k.datacenter}`;
}

/** Consul CE leaves namespace and partition empty in some versions: they mean "default". */
export function normalizedKey(k: Partial<ServiceKey> & { service: string }): ServiceKey {
  return {
    service: k.service,
    namespace: k.namespace || 'default',
    partition: k.partition || 'default',
    datacenter: k.datacenter ?? '',
  };
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** A Prometheus-style duration (`7d`, `36h`, `1h30m`) in seconds, or undefined. */
export function parseDuration(s: string): number | undefined {
  const m = /^(?:\d+[smhdw])+$/.test(s) ? s.match(/\d+[smhdw]/g) : null;
  if (!m) return undefined;
  const total = m.reduce((n, part) => n + Number(part.slice(0, -1)) * UNITS[part.slice(-1)]!, 0);
  return total > 0 && total <= 366 * 86400 ? total : undefined;
}

export function showDuration(seconds: number): string {
  for (const [u, n] of [['d', 86400], ['h', 3600], ['m', 60]] as const) {
    if (seconds % n === 0) return `${seconds / n}${u}`;
  }
  return `${seconds}s`;
}
