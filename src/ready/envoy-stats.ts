/**
 * Connection counts from Envoy admin output saved to files, for teams without Prometheus:
 * two snapshots per proxy of `/stats` or `/stats/prometheus`, taken a window apart. The
 * difference of `tcp.permissive_public_listener.downstream_cx_total` between them is the
 * plaintext connections of the window.
 *
 * `/stats/prometheus` carries the Consul source labels on every line. Plain `/stats` does
 * not (Consul's tags are fixed values, not part of the stat name), so its files are named
 * `[partition/][namespace/]service=FILE` on the command line. A snapshot's time is the
 * file's modification time (what `curl -o` leaves), unless the file starts with a
 * `# time: <ISO 8601>` line.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { METRIC } from './prometheus.js';
import {
  MTLS_PREFIX,
  PERMISSIVE_PREFIX,
  keyString,
  normalizedKey,
  type ConnectionData,
  type ServiceConnections,
  type ServiceKey,
} from './connections.js';

/** A saved /stats of a busy Envoy is a few MB; this bounds a wrong file. */
const MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024;

export class EnvoyStatsError extends Error {}

export interface Snapshot {
  file: string;
  /** Unix seconds. */
  time: number;
  /** Counters per service: plaintext and mTLS connection totals (absent: no such stat). */
  counts: Map<string, { key: ServiceKey; plaintext?: number; mtls?: number }>;
}

export function readBounded(file: string, option = '--envoy-stats'): { text: string; mtime: number } {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) throw new EnvoyStatsError(`${option} ${file}: not a regular file`);
    if (st.size > MAX_SNAPSHOT_BYTES) throw new EnvoyStatsError(`${option} ${file}: larger than ${MAX_SNAPSHOT_BYTES / 1024 / 1024} MB`);
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { text: buf.subarray(0, off).toString('utf8'), mtime: st.mtimeMs / 1000 };
  } catch (err) {
    if (err instanceof EnvoyStatsError) throw err;
    throw new EnvoyStatsError(`${option} ${file}: ${(err as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parseLabels(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
  for (const m of s.matchAll(re)) out[m[1]!] = m[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
  return out;
}

/** `[partition/][namespace/]service` of a plain /stats file. */
export function parseServiceName(s: string): ServiceKey | undefined {
  const parts = s.split('/');
  if (parts.length > 3 || parts.some((p) => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(p))) return undefined;
  const service = parts.pop()!;
  const namespace = parts.pop();
  const partition = parts.pop();
  return normalizedKey({ service, namespace, partition });
}

export function parseSnapshot(text: string, file: string, mtime: number, named?: ServiceKey): Snapshot {
  const counts: Snapshot['counts'] = new Map();
  let time = mtime;
  const header = /^# time: (\S+)/.exec(text);
  if (header) {
    const t = Date.parse(header[1]!);
    if (Number.isNaN(t)) throw new EnvoyStatsError(`--envoy-stats ${file}: "# time: ${header[1]}" is not an ISO 8601 time`);
    time = t / 1000;
  }
  const entry = (key: ServiceKey) => {
    const k = keyString(key);
    const e = counts.get(k) ?? { key };
    counts.set(k, e);
    return e;
  };
  let prometheusFormat = false;
  for (const line of text.split('\n')) {
    const prom = new RegExp(`^${METRIC}\\{(.*)\\}\\s+(\\S+)`).exec(line);
    if (prom) {
      prometheusFormat = true;
      const l = parseLabels(prom[1]!);
      const v = Number(prom[2]);
      if (!Number.isFinite(v)) continue;
      const service = l.consul_source_service ?? named?.service;
      if (!service) continue;
      const key = l.consul_source_service
        ? normalizedKey({ service, namespace: l.consul_source_namespace, partition: l.consul_source_partition, datacenter: l.consul_source_datacenter })
        : named!;
      if (l.envoy_tcp_prefix === PERMISSIVE_PREFIX) entry(key).plaintext = (entry(key).plaintext ?? 0) + v;
      else if (l.envoy_tcp_prefix === MTLS_PREFIX) entry(key).mtls = (entry(key).mtls ?? 0) + v;
      continue;
    }
    const plain = /^tcp\.(permissive_public_listener|public_listener)\.downstream_cx_total: (\d+)\s*$/.exec(line);
    if (plain) {
      if (!named) {
        throw new EnvoyStatsError(
          `--envoy-stats ${file}: a plain /stats file does not say which service it is from; name it as [partition/][namespace/]service=${file}, or save /stats/prometheus instead`,
        );
      }
      const e = entry(named);
      if (plain[1] === PERMISSIVE_PREFIX) e.plaintext = Number(plain[2]);
      else e.mtls = Number(plain[2]);
    }
  }
  if (counts.size === 0 && named) entry(named);
  if (counts.size === 0 && !prometheusFormat) {
    throw new EnvoyStatsError(`--envoy-stats ${file}: no tcp.public_listener or tcp.permissive_public_listener stat: is it the admin /stats of a Consul sidecar?`);
  }
  return { file, time, counts };
}

export function readSnapshot(arg: string, cwd: string): Snapshot {
  const eq = arg.indexOf('=');
  let named: ServiceKey | undefined;
  let file = arg;
  // `api=before.txt` names the service, unless a file is really called so.
  if (eq > 0 && !existsSync(path.resolve(cwd, arg))) {
    named = parseServiceName(arg.slice(0, eq));
    if (named) file = arg.slice(eq + 1);
  }
  const { text, mtime } = readBounded(path.resolve(cwd, file));
  return parseSnapshot(text, file, mtime, named);
}

/**
 * Pairs snapshots per service (first and last in time) into counts over their interval.
 * The window is covered when the snapshots are at least `windowSeconds` apart; a counter that
 * went down (the proxy restarted) leaves the window uncovered.
 */
export function fromSnapshots(snapshots: readonly Snapshot[], windowSeconds: number): ConnectionData {
  const per = new Map<string, { key: ServiceKey; snaps: { time: number; plaintext?: number; mtls?: number }[] }>();
  for (const s of snapshots) {
    for (const [k, c] of s.counts) {
      const p = per.get(k) ?? { key: c.key, snaps: [] };
      per.set(k, p);
      p.snaps.push({ time: s.time, plaintext: c.plaintext, mtls: c.mtls });
    }
  }
  const services: ServiceConnections[] = [];
  let end = 0;
  for (const { key, snaps } of per.values()) {
    snaps.sort((a, b) => a.time - b.time);
    const first = snaps[0]!;
    const last = snaps[snaps.length - 1]!;
    end = Math.max(end, last.time);
    const span = last.time - first.time;
    const svc: ServiceConnections = { key };
    for (const which of ['plaintext', 'mtls'] as const) {
      const a = first[which];
      const b = last[which];
      if (a === undefined && b === undefined) continue;
      const moved = (b ?? 0) - (a ?? 0);
      const reset = moved < 0 || snaps.length < 2;
      svc[which] = {
        connections: Math.max(0, moved),
        coverage: reset ? 0 : Math.min(1, span / windowSeconds),
      };
    }
    services.push(svc);
  }
  services.sort((a, b) => (keyString(a.key) < keyString(b.key) ? -1 : 1));
  return {
    source: `${snapshots.length} Envoy admin snapshot${snapshots.length === 1 ? '' : 's'} (${snapshots.map((s) => s.file).join(', ')})`,
    windowSeconds,
    end: Math.round(end),
    services,
  };
}
