/**
 * The onboarding inventory behind `mtls-lint status`: what
 * `consul config list -filter 'MutualTLSMode == "permissive"'` and
 * `consul config read -kind proxy-defaults -name global` tell on a live cluster, read from
 * the repository for every partition scope at once. Pure: the model and config in.
 *
 * A scope is re-secured (the last step of "Onboard services in transparent proxy mode")
 * when no service is permissive, proxy-defaults is not permissive, the mesh entry does
 * not allow permissive mode (nor does a cluster fact say the live one does) and, where the
 * repository has a mesh entry, it sets `TransparentProxy.MeshDestinationsOnly = true`.
 */
import { isIsoDate } from '../config/validate.js';
import { exceptionMatches, isExpired } from '../engine/exceptions.js';
import type { Finding } from '../engine/finding.js';
import type { LintConfig } from '../config/types.js';
import { PERMISSIVE_UNTIL_KEY } from '../model/deadline.js';
import type { ConfigEntry } from '../model/entries.js';
import type { Located } from '../model/located-ref.js';
import type { MeshModel } from '../model/mesh.js';
import type { NormalizedFile } from '../model/normalize.js';
import type { PartitionScope } from '../model/scope.js';

export const STATUS_FORMAT_VERSION = 1;
/** Rules whose exceptions time-box a permissive service. */
const PERMISSIVE_RULES = [
  'permissive-mtls',
  'permissive-expired',
  'permissive-without-intentions',
  'deny-intention-bypassed',
  'permissive-requires-transparent-proxy',
  'permissive-proxy-defaults',
];

/** `file:line:column` of a place (file relative to the working directory). */
export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface Deadline {
  date: string;
  from: 'meta' | 'exception';
  at?: Place;
  expired: boolean;
}

export interface ServiceStatus {
  name: string;
  namespace: string;
  /** Where the permissive mode comes from. */
  modeFrom: 'service-defaults' | 'proxy-defaults';
  modeAt?: Place;
  /** Downstreams that an allow (or L7) intention lets in. */
  allowFrom: string[];
  /** Downstreams denied by intention (not enforced on plaintext connections). */
  denyFrom: string[];
  /** Workloads that declare the service as an explicit upstream. */
  explicitUpstreamOf: string[];
  deadline?: Deadline;
  /**
   * A `mtls-lint/permissive-until` value that is not a real YYYY-MM-DD date (2026-02-30,
   * 15.03.2026): no deadline, as `permissive-expired` reports it.
   */
  invalidDeadline?: { value: string; at?: Place };
  /** What is left before the service can go strict, last step included. */
  left: string[];
}

export interface ScopeStatus {
  /** The deployment target the scope belongs to, when the repository holds more than one. */
  target?: string;
  scope: string;
  partition: string;
  datacenter?: string;
  state: 'onboarding' | 're-secured';
  mesh: {
    /** The mesh entry of the scope, when the repository has one. */
    at?: Place;
    /** null: neither the repository nor a cluster fact says. */
    allowEnablingPermissiveMutualTLS: boolean | null;
    allowFrom: 'repository' | 'cluster-fact' | 'unknown';
    allowAt?: Place;
    /** null: the repository has no mesh entry for the scope. */
    meshDestinationsOnly: boolean | null;
    meshDestinationsOnlyAt?: Place;
  };
  proxyDefaults?: { at: Place; mutualTLSMode: string; mode: string };
  permissive: ServiceStatus[];
  /** Services of the scope that are not permissive. */
  strict: string[];
  /** Services whose MutualTLSMode Terraform computes: neither strict nor permissive as far as mtls-lint can tell. */
  notEvaluated?: string[];
  left: string[];
}

export interface ProjectStatus {
  /** The config file in force, relative to the working directory. */
  config?: string;
  scopes: ScopeStatus[];
  /** Consul files that could not be parsed: the inventory may be incomplete. */
  unreadable: { file: string; line: number; message: string }[];
}

export interface StatusReport {
  version: number;
  today: string;
  resecured: boolean;
  permissiveServices: number;
  projects: ProjectStatus[];
}

function place(l: Located | { file: string; range: Located['range'] } | undefined): Place | undefined {
  return l ? { file: l.file, line: l.range.start.line, column: l.range.start.column } : undefined;
}

export function showPlace(p: Place | undefined): string {
  return p ? `${p.file}:${p.line}` : '';
}

function uniqueSorted(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort();
}

function deadlineOf(
  model: MeshModel,
  config: LintConfig | undefined,
  relToConfig: (file: string) => string,
  scope: PartitionScope,
  namespace: string,
  name: string,
  modeEntry: ConfigEntry | undefined,
  today: string,
): Pick<ServiceStatus, 'deadline' | 'invalidDeadline'> {
  const candidates: Deadline[] = [];
  let invalidDeadline: ServiceStatus['invalidDeadline'];
  const sd = model.serviceDefaultsOf(scope, namespace, name);
  const meta = sd?.metaValue(PERMISSIVE_UNTIL_KEY) ?? modeEntry?.metaValue(PERMISSIVE_UNTIL_KEY);
  if (meta) {
    const date = meta.value.trim();
    if (isIsoDate(date)) candidates.push({ date, from: 'meta', at: place(meta.at), expired: date < today });
    else invalidDeadline = { value: meta.value, at: place(meta.at) };
  }
  // An exception with `expires` that covers the service time-boxes it too.
  const entry = sd ?? modeEntry;
  for (const ex of config?.exceptions ?? []) {
    if (!ex.expires || !ex.rules.some((r) => PERMISSIVE_RULES.includes(r))) continue;
    const probe: Finding = {
      ruleId: ex.rules.find((r) => PERMISSIVE_RULES.includes(r))!,
      severity: 'warning',
      message: '',
      location: { file: entry?.file ?? '', range: entry?.range ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
      related: [],
      subject: `service-defaults/${scope.partition}/${namespace}/${name}`,
    };
    if (!exceptionMatches(ex, probe, relToConfig)) continue;
    candidates.push({ date: ex.expires, from: 'exception', at: place(ex.expiresLocation ?? ex.location), expired: isExpired(ex, today) });
  }
  candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { deadline: candidates[0], invalidDeadline };
}

function scopeStatus(
  model: MeshModel,
  scope: PartitionScope,
  config: LintConfig | undefined,
  relToConfig: (file: string) => string,
  today: string,
): ScopeStatus {
  const facts = model.factsOf(scope);
  const mesh = model.meshOf(scope);
  const allowField = mesh?.field('AllowEnablingPermissiveMutualTLS');
  const mdoField = mesh?.field('TransparentProxy.MeshDestinationsOnly');
  const allow = mesh ? mesh.bool('AllowEnablingPermissiveMutualTLS') === true : facts.meshAllowsPermissive ?? null;
  const meshStatus: ScopeStatus['mesh'] = {
    at: place(mesh?.location),
    allowEnablingPermissiveMutualTLS: allow,
    allowFrom: mesh ? 'repository' : facts.meshAllowsPermissive !== undefined ? 'cluster-fact' : 'unknown',
    allowAt: place(allowField),
    meshDestinationsOnly: mesh ? mesh.bool('TransparentProxy.MeshDestinationsOnly') === true : null,
    meshDestinationsOnlyAt: place(mdoField),
  };
  const pd = model.proxyDefaultsOf(scope);
  const proxyDefaults = pd
    ? { at: place(pd.location)!, mutualTLSMode: pd.str('MutualTLSMode') ?? '', mode: pd.str('Mode') ?? '' }
    : undefined;

  const permissive: ServiceStatus[] = [];
  for (const { service: s, mode } of model.permissiveServices()) {
    if (s.scope.key !== scope.key) continue;
    const deciding = model.decidingIntentionsTo(s.scope, s.namespace, s.name);
    const allowFrom = uniqueSorted(deciding.filter((i) => i.action === 'allow' || i.action === 'l7').map((i) => i.name));
    const denyFrom = uniqueSorted(deciding.filter((i) => i.action === 'deny').map((i) => i.name));
    const explicitUpstreamOf = uniqueSorted(model.explicitUpstreamsTo(s.scope, s.namespace, s.name).map((u) => u.workload.label));
    const modeFrom = mode.source === 'proxy-defaults' ? 'proxy-defaults' : 'service-defaults';
    const { deadline, invalidDeadline } = deadlineOf(model, config, relToConfig, s.scope, s.namespace, s.name, mode.entry, today);
    const left: string[] = [];
    for (const w of model.workloadsOf(s.scope, s.namespace, s.name)) {
      if (!w.transparentProxy) left.push(`turn transparent proxy on for ${w.label} (${showPlace(place(w.transparentProxyAt ?? w.at))})`);
    }
    if (allowFrom.length === 0 && explicitUpstreamOf.length === 0 && facts.defaultIntentionPolicy !== 'allow') {
      left.push('add allow intentions from its downstreams (none names it yet)');
    }
    if (deadline?.expired) left.push(`its deadline ${deadline.date} has passed`);
    left.push(
      modeFrom === 'service-defaults'
        ? `set MutualTLSMode = "strict" (${showPlace(place(mode.at))})`
        : `set MutualTLSMode = "strict" in its service-defaults, or take "permissive" out of proxy-defaults (${showPlace(place(mode.at))})`,
    );
    permissive.push({ name: s.name, namespace: s.namespace, modeFrom, modeAt: place(mode.at), allowFrom, denyFrom, explicitUpstreamOf, deadline, invalidDeadline, left });
  }
  // A MutualTLSMode that Terraform computes (`local.mode`) is neither strict nor permissive here.
  const computedMode = (e: { computedFields: readonly { field: string }[] } | undefined) => e?.computedFields.some((c) => c.field === 'MutualTLSMode') === true;
  const others = model.services().filter((s) => s.scope.key === scope.key && !permissive.some((p) => p.name === s.name && p.namespace === s.namespace));
  const label = (s: { namespace: string; name: string }) => (s.namespace === 'default' ? s.name : `${s.namespace}/${s.name}`);
  const unknownMode = others.filter((s) => computedMode(model.serviceDefaultsOf(s.scope, s.namespace, s.name)));
  const strict = uniqueSorted(others.filter((s) => !unknownMode.includes(s)).map(label));
  const notEvaluated = uniqueSorted(unknownMode.map(label));

  const left: string[] = [];
  if (permissive.length > 0) left.push(`move ${permissive.length} permissive service${permissive.length === 1 ? '' : 's'} to strict`);
  if (proxyDefaults?.mutualTLSMode === 'permissive') {
    left.push(`set MutualTLSMode = "strict" (or remove it) in proxy-defaults (${showPlace(place(pd!.field('MutualTLSMode')))})`);
  }
  if (notEvaluated.length > 0) {
    left.push(`check ${notEvaluated.length === 1 ? 'the service' : `${notEvaluated.length} services`} whose MutualTLSMode Terraform computes (not evaluated): ${notEvaluated.join(', ')}`);
  }
  if (computedMode(pd)) left.push(`check the MutualTLSMode Terraform computes in proxy-defaults (not evaluated) (${showPlace(place(pd!.field('MutualTLSMode') ?? pd!.location))})`);
  if (mesh && allow) left.push(`set AllowEnablingPermissiveMutualTLS = false in the mesh entry (${showPlace(place(allowField ?? mesh.location))})`);
  if (!mesh && allow) left.push('the live mesh entry allows permissive mode (cluster fact meshAllowsPermissive): set AllowEnablingPermissiveMutualTLS = false on the cluster, then remove the fact');
  if (mesh && meshStatus.meshDestinationsOnly !== true) {
    left.push(`set TransparentProxy.MeshDestinationsOnly = true in the mesh entry (${showPlace(place(mdoField ?? mesh.location))})`);
  }
  return {
    scope: scope.key,
    partition: scope.partition,
    ...(scope.datacenter ? { datacenter: scope.datacenter } : {}),
    state: left.length === 0 ? 're-secured' : 'onboarding',
    mesh: meshStatus,
    proxyDefaults,
    permissive: permissive.sort((a, b) => (a.namespace + a.name < b.namespace + b.name ? -1 : 1)),
    strict,
    ...(notEvaluated.length > 0 ? { notEvaluated } : {}),
    left,
  };
}

export interface ProjectInput {
  model: MeshModel;
  /** One model per deployment target (src/targets/): each target's scopes are its own. */
  targets?: readonly { name: string; model: MeshModel }[];
  normalized: readonly NormalizedFile[];
  config?: LintConfig;
  relToConfig: (file: string) => string;
}

export function buildStatus(projects: readonly ProjectInput[], today: string): StatusReport {
  const out: ProjectStatus[] = projects.map((p) => ({
    config: p.config?.displayPath,
    // Scopes with config entries or mesh workloads (a Deployment without a sidecar says nothing).
    scopes: (p.targets && p.targets.length > 1 ? p.targets : [{ name: undefined, model: p.model }]).flatMap((t) =>
      t.model
        .scopes()
        .filter((s) => t.model.entries.some((e) => e.scope.key === s.key) || t.model.workloads.some((w) => w.injected && w.scope.key === s.key))
        .map((s) => ({ ...(t.name !== undefined ? { target: t.name } : {}), ...scopeStatus(t.model, s, p.config, p.relToConfig, today) })),
    ),
    unreadable: p.normalized.flatMap((nf) =>
      nf.issues.filter((i) => i.ruleId === 'parse-error').map((i) => ({ file: nf.path, line: i.range.start.line, message: i.message })),
    ),
  }));
  const scopes = out.flatMap((p) => p.scopes);
  return {
    version: STATUS_FORMAT_VERSION,
    today,
    resecured: scopes.every((s) => s.state === 're-secured') && out.every((p) => p.unreadable.length === 0),
    permissiveServices: scopes.reduce((n, s) => n + s.permissive.length, 0),
    projects: out,
  };
}

