/**
 * The mesh model: every entry and workload of the repository, indexed by partition scope,
 * namespace, kind and name, with the domain questions rules ask. Rules read only this.
 */
import type { NObject, NValue } from './decode.js';
import { ConfigEntry, type FieldRef } from './entries.js';
import { intentionSourceTenancy } from './intention-source.js';
import type { Located } from './located-ref.js';
import { describeScope, type PartitionScope } from './scope.js';
import { dropLoneDeclaredDatacenter } from './declared-datacenter.js';
import type { ClusterFacts, Workload } from './workloads.js';
import { type Target, type VariantGroup } from '../targets/index.js';
import { variantOf } from '../targets/variant-folders.js';

export type ModeSource = 'service-defaults' | 'proxy-defaults' | 'default';

export interface EffectiveValue {
  value: string;
  source: ModeSource;
  /** The field that sets it, when one does. */
  at?: FieldRef;
  /** The entry that sets it (service-defaults or proxy-defaults). */
  entry?: ConfigEntry;
}

/** A service's protocol as Consul's discovery chain resolves it (`resolvedProtocol`). */
export interface ResolvedProtocol extends EffectiveValue {
  /** Whether the deciding entry writes a protocol (otherwise "tcp" is Consul's default). */
  explicit: boolean;
  /** proxy-defaults' protocol when a service-defaults without Protocol hides it. */
  shadowedProxyDefaults?: string;
}

/** One source of one service-intentions entry that applies to a destination. */
export interface IntentionSource {
  entry: ConfigEntry;
  source: NObject;
  /** `Sources[2]` */
  path: string;
  name: string;
  /** `allow`, `deny`, or `l7` when the source has Permissions (counted as allow for upstream inference). */
  action: 'allow' | 'deny' | 'l7' | 'invalid';
  /** Whether the intention's destination is the service exactly (not `*`). */
  exactDestination: boolean;
  /** The source's namespace and partition as Consul normalizes them (`intentionSourceTenancy`). */
  sourceNamespace: string;
  sourcePartition: string;
  peer: string;
  samenessGroup: string;
  /** Consul's precedence (§5): 9 (exact to exact) down to 1 (wildcard namespace to wildcard namespace); the highest match decides. */
  precedence: number;
  at: Located;
}

export interface ServiceKey {
  scope: PartitionScope;
  namespace: string;
  name: string;
}

/** `Service "api" (namespace "ops") in partition "default"`: how messages name a service. */
export function describeService(s: ServiceKey): string {
  const ns = s.namespace !== 'default' ? ` (namespace "${s.namespace}")` : '';
  return `Service "${s.name}"${ns} in ${describeScope(s.scope)}`;
}

// join() gives one flat string; a template literal keeps a tree of its pieces, and the model
// keys an index entry, or a memo, by it for every service of the repository.
function serviceKey(scopeKey: string, namespace: string, name: string): string {
  return tupleKey(scopeKey, namespace, name);
}

/**
 * An exact key for a tuple of strings: joined by NUL, or (when a string holds a NUL) its JSON,
 * which holds none, so the two forms never meet. JSON for every key was ~1 % of a CRD run.
 */
function tupleKey(...parts: string[]): string {
  for (const p of parts) if (p.includes('\u0000')) return JSON.stringify(parts);
  return parts.join('\u0000');
}

/** The intentions to the many services that have none: one shared list, not a list each in the memo. */
const NO_SOURCES: readonly IntentionSource[] = Object.freeze([]);

export class MeshModel {
  private readonly byKind = new Map<string, ConfigEntry[]>();
  /** Entries with a name, partition or namespace not evaluated (Terraform expressions); in `entries` too. */
  readonly unevaluated: ConfigEntry[] = [];
  /** Entries Consul never writes (a secondary datacenter's bootstrap entries, `ConfigEntry.notApplied`); in `entries` too. */
  readonly notApplied: ConfigEntry[] = [];
  private readonly scopeMap = new Map<string, PartitionScope>();
  /** Indexes built on first use, so that every lookup is a map access, not a scan. */
  private readonly memo = new Map<string, unknown>();

  private orderOf(e: ConfigEntry): number {
    return this.cached('order', () => new Map(this.entries.map((x, i) => [x, i]))).get(e) ?? 0;
  }

  private cached<T>(key: string, build: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = build();
    this.memo.set(key, v);
    return v;
  }

  /** The first entry of a kind per key (later duplicates are `duplicate-entry`'s concern). */
  private firstBy(kind: string, keyOf: (e: ConfigEntry) => string | undefined): Map<string, ConfigEntry> {
    return this.cached(`first:${kind}`, () => {
      const m = new Map<string, ConfigEntry>();
      for (const e of this.entriesOf(kind)) {
        const k = keyOf(e);
        if (k !== undefined && !m.has(k)) m.set(k, e);
      }
      return m;
    });
  }

  /** Entries of a kind grouped by key. */
  private groupBy<T>(memoKey: string, items: readonly T[], keyOf: (t: T) => string[]): Map<string, T[]> {
    return this.cached(memoKey, () => {
      const m = new Map<string, T[]>();
      for (const t of items) {
        for (const k of keyOf(t)) {
          const list = m.get(k);
          if (list) list.push(t);
          else m.set(k, [t]);
        }
      }
      return m;
    });
  }

  readonly entries: readonly ConfigEntry[];

  constructor(
    entries: readonly ConfigEntry[],
    readonly workloads: readonly Workload[] = [],
    /** Cluster facts by scope key (`default`, `dc2/web`). */
    readonly facts: ReadonlyMap<string, ClusterFacts> = new Map(),
    /** The deployment target this model is of, and what target inference could only guess. */
    readonly target: { target?: Target; guessed: readonly VariantGroup[] } = { guessed: [] },
  ) {
    this.entries = entries = dropLoneDeclaredDatacenter(entries, workloads);
    for (const e of entries) {
      // An entry whose name, partition or namespace Terraform computes matches no other:
      // cross-entry questions (entriesOf and every index built on it) leave it out.
      if (!e.evaluated) {
        this.unevaluated.push(e);
        continue;
      }
      // In no config-entry store: no other entry's question (the mesh entry of a scope, the
      // defaults of a service) is answered by it.
      if (e.notApplied !== undefined) {
        this.notApplied.push(e);
        continue;
      }
      const list = this.byKind.get(e.kind);
      if (list) list.push(e);
      else this.byKind.set(e.kind, [e]);
      this.scopeMap.set(e.scope.key, e.scope);
    }
    for (const w of workloads) this.scopeMap.set(w.scope.key, w.scope);
  }

  /**
   * Whether two files lie in sibling folders that define the same entries without being
   * named as variants (src/targets/): perhaps alternatives for different clusters, perhaps not.
   */
  guessedApart(a: string, b: string): VariantGroup | undefined {
    const guessed = this.target.guessed;
    if (guessed.length === 0) return undefined;
    // Asked for every pair of definitions of an entry (thousands in a folder per test case):
    // each file's variants are found once.
    const va = this.guessedVariants(a);
    const vb = this.guessedVariants(b);
    for (let i = 0; i < guessed.length; i++) {
      if (va[i] !== undefined && vb[i] !== undefined && va[i] !== vb[i]) return guessed[i];
    }
    return undefined;
  }

  private readonly variantsByFile = new Map<string, (string | undefined)[]>();

  private guessedVariants(file: string): (string | undefined)[] {
    let v = this.variantsByFile.get(file);
    if (!v) this.variantsByFile.set(file, (v = this.target.guessed.map((g) => variantOf(file, g))));
    return v;
  }

  /** Every partition scope that has an entry or workload, sorted. */
  scopes(): PartitionScope[] {
    return [...this.scopeMap.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  entriesOf(kind: string): readonly ConfigEntry[] {
    return this.byKind.get(kind) ?? [];
  }

  factsOf(scope: PartitionScope): ClusterFacts {
    return this.facts.get(scope.key) ?? this.facts.get(scope.partition) ?? this.facts.get('*') ?? {};
  }

  /** The mesh entry of a scope (Consul reads it from the default namespace of the partition). */
  meshOf(scope: PartitionScope): ConfigEntry | undefined {
    return this.firstBy('mesh', (e) => e.scope.key).get(scope.key);
  }

  proxyDefaultsOf(scope: PartitionScope): ConfigEntry | undefined {
    return this.firstBy('proxy-defaults', (e) => (e.name === 'global' ? e.scope.key : undefined)).get(scope.key);
  }

  serviceDefaultsOf(scope: PartitionScope, namespace: string, name: string): ConfigEntry | undefined {
    return this.firstBy('service-defaults', (e) => serviceKey(e.scope.key, e.namespace, e.name)).get(
      serviceKey(scope.key, namespace, name),
    );
  }

  /** Effective MutualTLSMode: the service-defaults value if non-empty, else the proxy-defaults value (§9). */
  effectiveMutualTLSMode(scope: PartitionScope, namespace: string, name: string): EffectiveValue {
    return this.effective(scope, namespace, name, 'MutualTLSMode');
  }

  /** Effective proxy Mode from config entries (workload annotations are separate facts). */
  effectiveProxyMode(scope: PartitionScope, namespace: string, name: string): EffectiveValue {
    return this.effective(scope, namespace, name, 'Mode');
  }

  /**
   * The protocol Consul's discovery chain resolves for a service (agent/consul/discoverychain
   * compile.go `recordServiceProtocol`): a service-defaults entry decides as soon as it
   * exists, even with Protocol empty (then `tcp`; Consul does not fall back to proxy-defaults,
   * hashicorp/consul#11457); else proxy-defaults `Config.protocol` (weakly decoded, key
   * matched case-insensitively); else `tcp`. Lower-cased. `source: 'default'` means the
   * repository holds neither entry, so the live cluster may still say otherwise.
   */
  resolvedProtocol(scope: PartitionScope, namespace: string, name: string): ResolvedProtocol {
    const pd = this.proxyDefaultsOf(scope);
    let fromPd: ResolvedProtocol | undefined;
    if (pd) {
      const config = pd.field('Config');
      const node = config?.value.node;
      const obj = node?.type === 'array' && node.items.length === 1 ? node.items[0] : node;
      const prop = obj?.type === 'object' ? [...obj.props].reverse().find((p) => p.key.toLowerCase() === 'protocol') : undefined;
      const raw = prop && (prop.value.type === 'string' || prop.value.type === 'number') ? String(prop.value.value) : '';
      // The field, located at its `protocol` key.
      const at = prop && config ? pd.ref(config.field, prop.range) : config;
      fromPd = { value: raw === '' ? 'tcp' : raw.toLowerCase(), source: 'proxy-defaults', at, entry: pd, explicit: raw !== '' };
    }
    const sd = this.serviceDefaultsOf(scope, namespace, name);
    if (sd) {
      const f = sd.field('Protocol');
      const v = f && f.scalar !== undefined && f.scalar !== null ? String(f.scalar) : '';
      return {
        value: v === '' ? 'tcp' : v.toLowerCase(),
        source: 'service-defaults',
        at: f,
        entry: sd,
        explicit: v !== '',
        shadowedProxyDefaults: v === '' && fromPd?.explicit ? fromPd.value : undefined,
      };
    }
    return fromPd ?? { value: 'tcp', source: 'default', explicit: false };
  }

  private effective(scope: PartitionScope, namespace: string, name: string, field: string): EffectiveValue {
    // The field's location is built only for the entry that decides (this runs for every service).
    const sd = this.serviceDefaultsOf(scope, namespace, name);
    const sdValue = sd?.str(field);
    if (sd && sdValue) return { value: sdValue, source: 'service-defaults', at: sd.field(field), entry: sd };
    const pd = this.proxyDefaultsOf(scope);
    const pdValue = pd?.str(field);
    if (pd && pdValue) return { value: pdValue, source: 'proxy-defaults', at: pd.field(field), entry: pd };
    return { value: '', source: 'default' };
  }

  /**
   * Every service the repository knows in a scope: named by service-defaults, by an
   * intention destination or source, by a discovery-chain entry, or by an injected workload
   * (a pod without a sidecar is not a mesh service).
   */
  services(): ServiceKey[] {
    return this.cached('services', () => this.collectServices());
  }

  private collectServices(): ServiceKey[] {
    const seen = new Map<string, ServiceKey>();
    const add = (scope: PartitionScope, namespace: string, name: string) => {
      if (!name || name === '*') return;
      const k = serviceKey(scope.key, namespace, name);
      if (!seen.has(k)) seen.set(k, { scope, namespace, name });
    };
    for (const kind of ['service-defaults', 'service-intentions', 'service-router', 'service-splitter', 'service-resolver']) {
      for (const e of this.entriesOf(kind)) add(e.scope, e.namespace, e.name);
    }
    for (const w of this.workloads) if (w.injected) for (const s of w.services) add(w.scope, w.consulNamespace, s);
    // `seen` is keyed by serviceKey: sort the keys once instead of rebuilding them per comparison.
    return [...seen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => seen.get(k)!);
  }

  /** The service-defaults and proxy-defaults entries that set MutualTLSMode = "permissive". */
  permissiveEntries(): ConfigEntry[] {
    // Six rules ask; the scan is done once (a copy is returned, callers may sort it).
    return [
      ...this.cached('permissiveEntries', () =>
        [...this.entriesOf('service-defaults'), ...this.entriesOf('proxy-defaults')].filter((e) => e.str('MutualTLSMode') === 'permissive'),
      ),
    ];
  }

  /**
   * Whether the target is onboarding services: a mesh entry (or the cluster fact) allows
   * permissive mTLS, or an entry sets it. Hygiene advice about onboarding is for such
   * targets only; a mesh that never allowed permissive has nothing to seed.
   */
  isOnboarding(): boolean {
    return this.cached('onboarding', () => {
      if (this.permissiveEntries().length > 0) return true;
      if (this.entriesOf('mesh').some((m) => m.field('AllowEnablingPermissiveMutualTLS')?.scalar === true)) return true;
      return [...this.facts.values()].some((f) => f.meshAllowsPermissive === true);
    });
  }

  /**
   * What the target shows of transparent proxy: `in-use` (a config entry sets Mode =
   * "transparent", an injected pod runs it, or the cluster fact says the chart enables it),
   * `not-in-use` (injected pods exist and none runs it, or the chart default is off and no
   * pod opts in), or `unknown` (nothing in the repository says).
   */
  transparentProxyUse(): 'in-use' | 'not-in-use' | 'unknown' {
    return this.cached('tproxy', () => {
      const modes = [...this.entriesOf('proxy-defaults'), ...this.entriesOf('service-defaults')].map((e) => e.str('Mode'));
      if (modes.includes('transparent')) return 'in-use';
      const injected = this.workloads.filter((w) => w.injected);
      if (injected.some((w) => w.transparentProxy)) return 'in-use';
      if (injected.length > 0) return 'not-in-use';
      const facts = [...this.facts.values()].map((f) => f.transparentProxyDefault).filter((v) => v !== undefined);
      if (facts.includes(true)) return 'in-use';
      if (facts.length > 0) return 'not-in-use';
      return 'unknown';
    });
  }

  /** Services whose effective MutualTLSMode is permissive, with what makes them so. */
  permissiveServices(): { service: ServiceKey; mode: EffectiveValue }[] {
    return this.cached('permissiveServices', () => this.collectPermissiveServices());
  }

  private collectPermissiveServices(): { service: ServiceKey; mode: EffectiveValue }[] {
    const out: { service: ServiceKey; mode: EffectiveValue }[] = [];
    for (const s of this.services()) {
      const mode = this.effectiveMutualTLSMode(s.scope, s.namespace, s.name);
      if (mode.value === 'permissive') out.push({ service: s, mode });
    }
    return out;
  }

  /** Intention sources whose destination is this service, exactly or by wildcard, in its scope. */
  intentionsTo(scope: PartitionScope, namespace: string, name: string): IntentionSource[] {
    const cacheKey = tupleKey('intentionsTo', scope.key, namespace, name);
    return this.cached(cacheKey, () => {
      const found = this.collectIntentionsTo(scope, namespace, name);
      return found.length > 0 ? found : (NO_SOURCES as IntentionSource[]);
    });
  }

  private collectIntentionsTo(scope: PartitionScope, namespace: string, name: string): IntentionSource[] {
    const out: IntentionSource[] = [];
    // Candidates: intentions in this scope named after the service, or `*`.
    const byDest = this.groupBy('intentionsByDest', this.entriesOf('service-intentions'), (e) => [tupleKey(e.scope.key, e.name)]);
    const candidates = [...(byDest.get(tupleKey(scope.key, name)) ?? []), ...(name === '*' ? [] : (byDest.get(tupleKey(scope.key, '*')) ?? []))];
    if (name !== '*') candidates.sort((a, b) => this.orderOf(a) - this.orderOf(b));
    for (const e of candidates) {
      if (e.scope.key !== scope.key) continue;
      // Consul matches names exactly or by `*` alone; a `*` namespace only goes with a `*` name
      // (`Name: exact value cannot follow wildcard namespace`), partitions are never wildcards (§5).
      if (!(e.name === name || e.name === '*')) continue;
      if (!(e.namespace === namespace || (e.namespace === '*' && e.name === '*'))) continue;
      const sources = e.root.fields.get('Sources');
      if (!sources || sources.value.type !== 'list') continue;
      const destExact = e.namespace === '*' ? 0 : e.name === '*' ? 1 : 2;
      sources.value.items.forEach((item: NValue, i: number) => {
        if (item.type !== 'object') return;
        const path = `Sources[${i}]`;
        const str = (k: string): string => {
          const v = scalarOf(item.fields.get(k)?.value);
          return typeof v === 'string' ? v : '';
        };
        const action = str('Action');
        const perms = item.fields.get('Permissions');
        const hasPerms = perms && perms.value.type === 'list' && perms.value.items.length > 0;
        const srcName = str('Name');
        const peer = str('Peer');
        const samenessGroup = str('SamenessGroup');
        const tenancy = intentionSourceTenancy(e, { namespace: str('Namespace'), partition: str('Partition'), peer, samenessGroup });
        const sourceNamespace = tenancy.namespace;
        const srcExact = sourceNamespace === '*' ? 0 : srcName === '*' ? 1 : 2;
        out.push({
          entry: e,
          source: item,
          path,
          name: srcName,
          action: hasPerms ? 'l7' : action === 'allow' ? 'allow' : action === 'deny' ? 'deny' : 'invalid',
          exactDestination: e.name === name,
          sourceNamespace,
          sourcePartition: tenancy.partition,
          peer,
          samenessGroup,
          precedence: 3 * destExact + 3 - (2 - srcExact),
          at: e.at(objectRange(item), path),
        });
      });
    }
    return out;
  }

  /**
   * The intention sources to a service that decide for at least one downstream: Consul
   * takes the highest-precedence match, so a source is left out when a valid source of
   * higher precedence covers every downstream it names (e.g. a `*`-destination deny of
   * `web` under an exact-destination intention from `web`).
   */
  decidingIntentionsTo(scope: PartitionScope, namespace: string, name: string): IntentionSource[] {
    const all = this.intentionsTo(scope, namespace, name);
    // `o` covers `s` when `o` is valid, of higher precedence, with the same peer, sameness
    // group and source partition, its namespace `s`'s or `*` and its name `s`'s or `*`. The
    // highest valid precedence per (peer, group, partition, namespace, name) answers that for
    // each source in four lookups (a pairwise check is quadratic in the sources of a service).
    const key = (o: IntentionSource, ns: string, n: string) => tupleKey(o.peer, o.samenessGroup, o.sourcePartition, ns, n);
    const highest = new Map<string, number>();
    for (const o of all) {
      if (o.action === 'invalid') continue;
      const k = key(o, o.sourceNamespace, o.name);
      if ((highest.get(k) ?? -Infinity) < o.precedence) highest.set(k, o.precedence);
    }
    const covered = (s: IntentionSource) =>
      [s.sourceNamespace, '*'].some((ns) => [s.name, '*'].some((n) => (highest.get(key(s, ns, n)) ?? -Infinity) > s.precedence));
    return all.filter((s) => !covered(s));
  }

  /**
   * Where a service is written down, for findings about it: its service-defaults entry, else
   * an entry named after it (intentions, router, splitter, resolver), else a workload.
   */
  serviceLocation(scope: PartitionScope, namespace: string, name: string): Located | undefined {
    const sd = this.serviceDefaultsOf(scope, namespace, name);
    if (sd) return sd.location;
    for (const kind of ['service-intentions', 'service-router', 'service-splitter', 'service-resolver']) {
      const e = this.firstBy(kind, (x) => serviceKey(x.scope.key, x.namespace, x.name)).get(serviceKey(scope.key, namespace, name));
      if (e) return e.location;
    }
    return this.workloadsOf(scope, namespace, name)[0]?.at;
  }

  /** Workloads that register as this service. */
  workloadsOf(scope: PartitionScope, namespace: string, name: string): Workload[] {
    const idx = this.groupBy('workloadsByService', this.workloads, (w) =>
      w.services.map((s) => serviceKey(w.scope.key, w.consulNamespace, s)),
    );
    return idx.get(serviceKey(scope.key, namespace, name)) ?? [];
  }

  /** Explicit upstreams (e.g. `connect-service-upstreams`) that name this service. */
  explicitUpstreamsTo(scope: PartitionScope, namespace: string, name: string): { workload: Workload; at: Located }[] {
    const out: { workload: Workload; at: Located }[] = [];
    const byName = this.groupBy('workloadsByUpstream', this.workloads, (w) => [...new Set(w.upstreams.map((u) => u.service))]);
    for (const w of byName.get(name) ?? []) {
      for (const u of w.upstreams) {
        if (u.service !== name || u.peer) continue;
        const uPartition = u.partition ?? w.scope.partition;
        if (uPartition !== scope.partition) continue;
        if ((u.namespace ?? w.consulNamespace) !== namespace) continue;
        out.push({ workload: w, at: u.at });
      }
    }
    return out;
  }
}

function scalarOf(v: NValue | undefined): unknown {
  return v && v.type === 'scalar' ? v.value : undefined;
}

function objectRange(o: NObject) {
  return o.node.range;
}
