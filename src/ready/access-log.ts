/**
 * Downstream hints for a not-ready service: which addresses opened the plaintext
 * connections, from its sidecar's access log. Envoy's TCP stats do not name clients; the
 * access log does, when Consul's proxy-defaults `AccessLogs { Enabled = true }` is set.
 *
 * The shape read is Consul's default: one JSON object per line with the fields of
 * defaultJSONFormat (hashicorp/consul agent/xds/accesslogs/accesslogs.go). Envoy's own default
 * text format has no downstream address, so it cannot give hints. An inbound connection goes
 * to the cluster "local_app" (LocalAppClusterName, hashicorp/consul
 * agent/xds/xdscommon); a mesh client always sends SNI (Consul writes it into each upstream
 * cluster's TLS context: agent/xds/clusters.go `makeMTLSTransportSocket`,
 * `UpstreamTlsContext{Sni: sni}`), so an inbound entry without `requested_server_name` came in
 * plaintext through the permissive filter chain. Other lines (Envoy's own logs interleaved
 * by `kubectl logs`) are skipped.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { ServiceKey } from './connections.js';
import { EnvoyStatsError, parseServiceName, readBounded } from './envoy-stats.js';

export const LOCAL_APP_CLUSTER = 'local_app';
/** Listed per service in text; JSON keeps them all (bounded by the file size limit). */
export const HINTS_SHOWN = 5;

export interface DownstreamHint {
  /** The client's IP address (the ephemeral port is dropped). */
  address: string;
  connections: number;
  /** ISO time of the last plaintext connection from it. */
  lastSeen: string;
}

export interface AccessLogHints {
  key: ServiceKey;
  file: string;
  sources: DownstreamHint[];
}

function hostOf(addr: string): string | undefined {
  const v6 = /^\[([0-9A-Fa-f:.]+)\]:\d+$/.exec(addr);
  if (v6) return v6[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(addr);
  return v4 ? v4[1] : undefined;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && v !== '-' ? v : undefined;
}

/** Plaintext inbound connections per client address, in [start, end] (Unix seconds). */
export function plaintextSources(log: string, start: number, end: number): DownstreamHint[] {
  const by = new Map<string, { connections: number; last: number }>();
  for (const line of log.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    let e: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(t);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) continue;
      e = parsed as Record<string, unknown>;
    } catch {
      continue;
    }
    if (e.upstream_cluster !== LOCAL_APP_CLUSTER || text(e.requested_server_name) !== undefined) continue;
    const addr = text(e.downstream_remote_address);
    const host = addr && hostOf(addr);
    const at = text(e.start_time) ? Date.parse(e.start_time as string) / 1000 : NaN;
    if (!host || Number.isNaN(at) || at < start || at > end) continue;
    const h = by.get(host) ?? { connections: 0, last: -Infinity };
    h.connections++;
    h.last = Math.max(h.last, at);
    by.set(host, h);
  }
  return [...by]
    .map(([address, h]) => ({ address, connections: h.connections, lastSeen: new Date(Math.floor(h.last) * 1000).toISOString().replace(/\.000Z$/, 'Z') }))
    .sort((a, b) => b.connections - a.connections || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

/** `--access-log [partition/][namespace/]service=FILE`: the log does not name its service. */
export function readAccessLog(arg: string, cwd: string, start: number, end: number): AccessLogHints {
  const eq = arg.indexOf('=');
  const key = eq > 0 ? parseServiceName(arg.slice(0, eq)) : undefined;
  if (!key || existsSync(path.resolve(cwd, arg))) {
    throw new EnvoyStatsError(`--access-log needs the service it belongs to: --access-log SERVICE=FILE (or NAMESPACE/SERVICE=FILE), not "${arg}"`);
  }
  const file = arg.slice(eq + 1);
  const { text: log } = readBounded(path.resolve(cwd, file), '--access-log');
  return { key, file, sources: plaintextSources(log, start, end) };
}

/** The sources seen for one service (several files of its instances merge). */
export function hintsFor(all: readonly AccessLogHints[], key: ServiceKey): DownstreamHint[] | undefined {
  const mine = all.filter((h) => h.key.service === key.service && h.key.namespace === key.namespace && h.key.partition === key.partition);
  if (mine.length === 0) return undefined;
  const by = new Map<string, DownstreamHint>();
  for (const s of mine.flatMap((h) => h.sources)) {
    const prev = by.get(s.address);
    by.set(s.address, prev ? { address: s.address, connections: prev.connections + s.connections, lastSeen: prev.lastSeen > s.lastSeen ? prev.lastSeen : s.lastSeen } : s);
  }
  return [...by.values()].sort((a, b) => b.connections - a.connections || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

