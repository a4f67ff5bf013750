/**
 * A verdict per permissive service of the repository (per deployment target and partition
 * scope, as `mtls-lint status` lists them), from the connection counts of the window.
 * Pure: the status report and the counts in.
 *
 * The onboarding page says to switch a service to strict "after the service is no longer
 * receiving incoming non-mTLS traffic", judged from the permissive listener's stats staying
 * static over a sufficient period. So: *ready* when no plaintext connection was accepted and
 * the counters were observed over (almost) all the window; *not ready* when any was; *no
 * data* when the service is missing from the metrics or the window is not covered — silence
 * is not evidence. mTLS connections (readiness probes add some) never count against it.
 */
import type { ListenerCounts, ConnectionData, ServiceConnections } from './connections.js';
import { HINTS_SHOWN, hintsFor, type AccessLogHints, type DownstreamHint } from './access-log.js';
import type { FixOutcome } from './fix.js';
import type { Place, StatusReport } from '../status/inventory.js';

export const READY_FORMAT_VERSION = 1;
/** Share of the window the counters must have been observed in (a 7d window may miss 1.7 h). */
export const MIN_COVERAGE = 0.99;

export type Verdict = 'ready' | 'not-ready' | 'no-data';

export interface ServiceVerdict {
  name: string;
  namespace: string;
  verdict: Verdict;
  /** Plaintext connections accepted in the window (absent: no permissive listener stat). */
  plaintextConnections?: number;
  mtlsConnections?: number;
  /** Share of the window observed, 0..1. */
  coverage?: number;
  /** ISO time of the last step where plaintext connections were counted. */
  lastPlaintextAt?: string;
  reason: string;
  /** Not ready, with --access-log: the clients that connected in plaintext, most first. */
  downstreams?: DownstreamHint[];
  /** Where the service is made permissive (the line `--fix` would change). */
  modeAt?: Place;
}

export interface ScopeVerdicts {
  target?: string;
  partition: string;
  datacenter?: string;
  services: ServiceVerdict[];
}

export interface ReadyReport {
  version: number;
  source: string;
  window: string;
  /** ISO time the window ends. */
  end: string;
  /** Every permissive service is ready and every Consul file was read. */
  canResecure: boolean;
  counts: Record<Verdict, number>;
  scopes: ScopeVerdicts[];
  /** Consul files that could not be parsed: services may be missing. */
  unreadable: number;
  /** With --fix or --fix-dry-run: each MutualTLSMode value changed, or why not. */
  fixes?: FixOutcome[];
}

function combine(parts: readonly ListenerCounts[]): ListenerCounts | undefined {
  if (parts.length === 0) return undefined;
  const last = Math.max(...parts.map((p) => p.lastChangeAt ?? -Infinity));
  return {
    connections: parts.reduce((n, p) => n + p.connections, 0),
    coverage: Math.min(...parts.map((p) => p.coverage)),
    ...(Number.isFinite(last) ? { lastChangeAt: last } : {}),
  };
}

function pct(x: number): string {
  return `${Math.floor(x * 1000) / 10}%`;
}

function iso(unix: number): string {
  return new Date(unix * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

export function judge(found: readonly ServiceConnections[], window: string): Omit<ServiceVerdict, 'name' | 'namespace' | 'modeAt'> {
  const plaintext = combine(found.flatMap((f) => (f.plaintext ? [f.plaintext] : [])));
  const mtls = combine(found.flatMap((f) => (f.mtls ? [f.mtls] : [])));
  const numbers = {
    ...(plaintext ? { plaintextConnections: plaintext.connections } : {}),
    ...(mtls ? { mtlsConnections: mtls.connections } : {}),
  };
  if (!plaintext && !mtls) return { verdict: 'no-data', reason: 'not found in the metrics (is its sidecar scraped?)' };
  if (plaintext && plaintext.connections > 0) {
    const last = plaintext.lastChangeAt !== undefined ? `, last seen ${iso(plaintext.lastChangeAt)}` : '';
    return {
      verdict: 'not-ready',
      ...numbers,
      coverage: plaintext.coverage,
      ...(plaintext.lastChangeAt !== undefined ? { lastPlaintextAt: iso(plaintext.lastChangeAt) } : {}),
      reason: `${plaintext.connections} plaintext connection${plaintext.connections === 1 ? '' : 's'} in the last ${window}${last}`,
    };
  }
  // Without a permissive listener stat, the live proxy is strict already: its mTLS listener tells the coverage.
  const observed = plaintext ?? mtls!;
  if (observed.coverage < MIN_COVERAGE) {
    return { verdict: 'no-data', ...numbers, coverage: observed.coverage, reason: `the metrics cover ${pct(observed.coverage)} of the last ${window}: wait, or choose a shorter --window` };
  }
  return {
    verdict: 'ready',
    ...numbers,
    coverage: observed.coverage,
    reason: plaintext
      ? `no plaintext connection in the last ${window}`
      : `no permissive listener stat over the last ${window}: the live proxy is already strict`,
  };
}

const NO_SOURCES = "; Envoy's TCP stats do not name the sources: check which downstreams are outside the mesh (or give its --access-log)";

/** The not-ready reason, ended by who connected when an access log says. */
function withHints(v: ServiceVerdict, hints: DownstreamHint[] | undefined): ServiceVerdict {
  if (v.verdict !== 'not-ready') return v;
  if (hints === undefined) return { ...v, reason: v.reason + NO_SOURCES };
  if (hints.length === 0) return { ...v, reason: `${v.reason}; its access log shows no plaintext connection in the window (is it from every instance, and complete?)`, downstreams: [] };
  const shown = hints.slice(0, HINTS_SHOWN).map((h) => `${h.address} (${h.connections}, last ${h.lastSeen})`);
  const more = hints.length > HINTS_SHOWN ? ` and ${hints.length - HINTS_SHOWN} more` : '';
  return { ...v, reason: `${v.reason}; from ${shown.join(', ')}${more}`, downstreams: hints };
}

export function buildReady(status: StatusReport, data: ConnectionData, window: string, accessLogs: readonly AccessLogHints[] = []): ReadyReport {
  const scopes: ScopeVerdicts[] = [];
  for (const s of status.projects.flatMap((p) => p.scopes)) {
    if (s.permissive.length === 0) continue;
    const services = s.permissive.map((svc): ServiceVerdict => {
      const found = data.services.filter(
        (c) =>
          c.key.service === svc.name &&
          c.key.namespace === svc.namespace &&
          c.key.partition === s.partition &&
          (!s.datacenter || !c.key.datacenter || c.key.datacenter === s.datacenter),
      );
      const v: ServiceVerdict = { name: svc.name, namespace: svc.namespace, ...judge(found, window), ...(svc.modeAt ? { modeAt: svc.modeAt } : {}) };
      return withHints(v, hintsFor(accessLogs, { service: svc.name, namespace: svc.namespace, partition: s.partition, datacenter: '' }));
    });
    scopes.push({ ...(s.target !== undefined ? { target: s.target } : {}), partition: s.partition, ...(s.datacenter ? { datacenter: s.datacenter } : {}), services });
  }
  const all = scopes.flatMap((s) => s.services);
  const count = (v: Verdict) => all.filter((x) => x.verdict === v).length;
  const unreadable = status.projects.reduce((n, p) => n + p.unreadable.length, 0);
  return {
    version: READY_FORMAT_VERSION,
    source: data.source,
    window,
    end: iso(data.end),
    canResecure: unreadable === 0 && all.every((x) => x.verdict === 'ready'),
    counts: { ready: count('ready'), 'not-ready': count('not-ready'), 'no-data': count('no-data') },
    scopes,
    unreadable,
  };
}
