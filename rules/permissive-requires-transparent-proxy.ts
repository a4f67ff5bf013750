import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import type { Located } from '../src/model/located-ref.js';
import { describeService, type EffectiveValue, type MeshModel, type ServiceKey } from '../src/model/mesh.js';
import { joinList } from '../src/suggest.js';
import { describeScope, type PartitionScope } from '../src/model/scope.js';
import type { TproxySource, Workload } from '../src/model/workloads.js';

const NO_LISTENER = 'Consul builds the permissive listener only for proxies in transparent mode, so MutualTLSMode = "permissive" has no effect';

const WHY_OFF: Record<TproxySource, string> = {
  annotation: 'the pod annotation consul.hashicorp.com/transparent-proxy: "false"',
  'namespace-label': 'the namespace label consul.hashicorp.com/transparent-proxy: "false"',
  helm: 'the Helm value connectInject.transparentProxy.defaultEnabled = false',
  default: 'the consul-k8s default',
  nomad: 'a Nomad sidecar_service without a transparent_proxy block',
  registration: 'the service registration\'s connect.sidecar_service.proxy.mode = "direct"',
  ecs: 'the consul-ecs mesh-task module\'s enable_transparent_proxy = false',
  'ecs-version': 'a consul-ecs mesh-task module version before 0.8.0 (which has no transparent proxy)',
};

/** How to turn transparent proxy on where the workload says it is off. */
/** Settings that turn transparent proxy off for many services at once, kept in files of their own. */
const SHARED_CAUSES: ReadonlySet<TproxySource> = new Set(['helm', 'namespace-label']);

function fixFor(source: TproxySource): string {
  if (source === 'registration') return 'register the sidecar with mode = "transparent" and redirect its traffic (consul connect redirect-traffic)';
  if (source === 'ecs' || source === 'ecs-version') {
    return 'use mesh-task 0.8.0 or later with enable_transparent_proxy = true (the default there; ECS EC2 launch type only)';
  }
  return source === 'nomad'
    ? 'add transparent_proxy {} to connect { sidecar_service { proxy { … } } } in the job (Nomad 1.8+, bridge networking, consul-cni plugin)'
    : 'annotate the pods with consul.hashicorp.com/transparent-proxy: "true"';
}

const messages = {
  serviceDirect: (s: ServiceKey, modeFrom: string) =>
    `${describeService(s)} is permissive but its proxy Mode is "direct" (${modeFrom}); ${NO_LISTENER}: set Mode = "transparent" for "${s.name}", or leave MutualTLSMode unset.`,
  proxyDefaultsDirect: (scope: PartitionScope) =>
    `proxy-defaults in ${describeScope(scope)} sets MutualTLSMode = "permissive" together with Mode = "direct"; ${NO_LISTENER} on every service that inherits both: set Mode = "transparent" (or leave it unset and let consul-k8s register transparent proxies).`,
  workloadOff: (s: ServiceKey, workloads: string, why: string, fix: string) =>
    `${describeService(s)} is permissive but ${why} turns transparent proxy off for ${workloads}; ${NO_LISTENER}: ${fix}.`,
  serviceFactOff: (s: ServiceKey) =>
    `${describeService(s)} is permissive but the cluster fact transparentProxyDefault: false says its pods run without transparent proxy unless they opt in; ${NO_LISTENER}: annotate the pods of "${s.name}" with consul.hashicorp.com/transparent-proxy: "true".`,
  proxyDefaultsFactOff: (scope: PartitionScope) =>
    `proxy-defaults in ${describeScope(scope)} sets MutualTLSMode = "permissive" but the cluster fact transparentProxyDefault: false says pods run without transparent proxy unless they opt in; ${NO_LISTENER} on those pods: annotate the pods with consul.hashicorp.com/transparent-proxy: "true".`,
  relatedPermissive: 'MutualTLSMode = "permissive" is set here',
  relatedOff: (why: string, workloads: string) => `${why} turns transparent proxy off for ${workloads} here`,
  relatedDirect: 'Mode = "direct" is set here',
};

function injectedWorkloads(model: MeshModel, s: ServiceKey): Workload[] {
  return model.workloadsOf(s.scope, s.namespace, s.name).filter((w) => w.injected);
}

/**
 * The proxy Mode from config entries, leaving out CRDs: the consul-k8s webhook rejects any
 * `spec.mode` (crd-rejected-field), so such a resource never reaches Consul.
 */
function configProxyMode(model: MeshModel, s: ServiceKey): EffectiveValue {
  const pm = model.effectiveProxyMode(s.scope, s.namespace, s.name);
  return pm.entry?.origin === 'crd' ? { value: '', source: 'default' } : pm;
}


function locKey(l: Located): string {
  return `${l.file}\u0000${l.range.start.offset}\u0000${l.range.end.offset}`;
}

export default defineRule({
  meta: {
    id: 'permissive-requires-transparent-proxy',
    description: 'Permissive mTLS only takes effect on proxies in transparent mode',
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/permissive-requires-transparent-proxy.md',
  },
  check({ model, report }) {
    for (const { service: s, mode } of model.permissiveServices()) {
      const injected = injectedWorkloads(model, s);
      if (injected.length > 0) {
        // consul-k8s registers Mode = "transparent" for tproxy pods (the registration wins over
        // config entries); for the others it leaves Mode empty and no traffic is redirected.
        const groups = new Map<string, { at: Located; source: TproxySource; why: string; fix: string; labels: string[] }>();
        for (const w of injected) {
          if (w.transparentProxy) continue;
          const at = w.transparentProxyAt ?? w.at;
          const g = groups.get(locKey(at));
          if (g) g.labels.push(w.label);
          else groups.set(locKey(at), { at, source: w.transparentProxySource, why: WHY_OFF[w.transparentProxySource], fix: fixFor(w.transparentProxySource), labels: [w.label] });
        }
        // A setting shared by many services (the Helm value, a namespace label) is not what the
        // finding is about: it is anchored at the service's MutualTLSMode (or, when inherited,
        // the service's own place) with that setting related, so a pre-commit run that names the
        // service's file reports it, and one that names the values file reports it as caused
        // there. A workload's own setting (pod annotation, Nomad sidecar, registration) stays the
        // anchor: it is the service's own object, and suppressions on it cover the finding.
        const anchor = mode.source === 'service-defaults' && mode.at ? mode.at : model.serviceLocation(s.scope, s.namespace, s.name) ?? mode.at;
        for (const g of groups.values()) {
          const workloads = joinList(g.labels.sort());
          const at = SHARED_CAUSES.has(g.source) ? anchor ?? g.at : g.at;
          const related = [{ at: g.at, message: messages.relatedOff(g.why, workloads) }];
          if (mode.at && locKey(mode.at) !== locKey(at)) related.push({ at: mode.at, message: messages.relatedPermissive });
          report({ at, message: messages.workloadOff(s, workloads, g.why, g.fix), related: related.filter((r) => locKey(r.at) !== locKey(at)) });
        }
        continue;
      }
      const pm = configProxyMode(model, s);
      if (pm.value === 'direct' && pm.at) {
        if (mode.source === 'proxy-defaults' && pm.source === 'proxy-defaults') continue; // reported once, below
        const fromSd = mode.source === 'service-defaults';
        const at = fromSd ? mode.at! : pm.at;
        const related = fromSd
          ? { at: pm.at, message: messages.relatedDirect }
          : { at: mode.at!, message: messages.relatedPermissive };
        report({
          at,
          message: messages.serviceDirect(s, pm.entry ? `from ${pm.entry.label}` : 'from config'),
          related: locKey(related.at) === locKey(at) ? [] : [related],
        });
        continue;
      }
      if (model.factsOf(s.scope).transparentProxyDefault === false && mode.source === 'service-defaults' && mode.at) {
        report({ at: mode.at, message: messages.serviceFactOff(s) });
      }
    }

    // proxy-defaults that make every inheriting service permissive without a transparent proxy.
    for (const pd of model.permissiveEntries()) {
      if (pd.kind !== 'proxy-defaults' || pd.name !== 'global') continue;
      const mtls = pd.field('MutualTLSMode');
      if (!mtls) continue;
      const modeF = pd.origin === 'crd' ? undefined : pd.field('Mode');
      const direct = modeF?.scalar === 'direct';
      const factOff = model.factsOf(pd.scope).transparentProxyDefault === false;
      if (!direct && !factOff) continue;
      if (!reachesUninjectedService(model, pd, direct)) continue;
      report({
        at: mtls,
        message: direct ? messages.proxyDefaultsDirect(pd.scope) : messages.proxyDefaultsFactOff(pd.scope),
        related: direct && modeF ? [{ at: modeF, message: messages.relatedDirect }] : [],
      });
    }
  },
});

/**
 * Whether the proxy-defaults finding concerns anyone: true when no known service inherits
 * permissive from it (every future service will), or when one that inherits it (and, for
 * Mode = "direct", inherits the Mode too) has no injected workload in the repository; services
 * with workloads are judged by their workloads above.
 */
function reachesUninjectedService(model: MeshModel, pd: ConfigEntry, direct: boolean): boolean {
  const inheriting = model
    .permissiveServices()
    .filter(({ service: s, mode }) => s.scope.key === pd.scope.key && mode.source === 'proxy-defaults')
    .filter(({ service: s }) => !direct || configProxyMode(model, s).source === 'proxy-defaults');
  if (inheriting.length === 0) return true;
  return inheriting.some(({ service: s }) => injectedWorkloads(model, s).length === 0);
}
