/**
 * Facts from outside config entries: Kubernetes workloads and Helm values say which
 * service a pod is, whether it is injected, whether its proxy is in transparent mode and
 * which upstreams it declares. Inputs add `Workload`s to the model; rules read them.
 * (src/model/kubernetes.ts fills them from manifests, Namespaces, Services and Helm values.)
 */
import type { Located } from './located-ref.js';
import type { PartitionScope } from './scope.js';

export interface Upstream {
  service: string;
  namespace?: string;
  partition?: string;
  peer?: string;
  datacenter?: string;
  /** The annotation (or registration field) that declares it: the entry inside the annotation value when it can be pinned down. */
  at: Located;
  /** The port as written (a number or a container port name). */
  port?: string;
  /** `labeled` (`api.svc:8080`) or `unlabeled` (`api:8080`). */
  format?: 'labeled' | 'unlabeled';
}

/** A `prepared_query:<name>:<port>` upstream: a query, not a service, so it names no destination service. */
export interface PreparedQueryUpstream {
  query: string;
  port: string;
  at: Located;
}

/** `nomad`: a Nomad job's sidecar_service, transparent only with a `transparent_proxy` block. */
/** `registration`: a Consul agent service definition's connect.sidecar_service.proxy.mode. */
/** `ecs`: a consul-ecs mesh-task module's enable_transparent_proxy; `ecs-version`: its version (no transparent proxy before v0.8.0). */
export type TproxySource = 'annotation' | 'namespace-label' | 'helm' | 'default' | 'nomad' | 'registration' | 'ecs' | 'ecs-version';

export type InjectedSource =
  /** `consul.hashicorp.com/connect-inject` on the pod. */
  | 'annotation'
  /** Helm `connectInject.default` (chart default false) decides. */
  | 'helm-default'
  /** kube-system, kube-public, Helm `k8sDenyNamespaces`, or a namespace outside `k8sAllowNamespaces`. */
  | 'namespace-denied'
  /** Helm `connectInject.enabled: false`: no injector runs. */
  | 'helm-disabled'
  /** A Nomad job (or another registration outside Kubernetes) declares the sidecar. */
  | 'registration';

export type ExclusionKind = 'inbound-ports' | 'outbound-ports' | 'outbound-cidrs' | 'uids';

export interface Exclusion {
  /** The annotation key, e.g. `consul.hashicorp.com/transparent-proxy-exclude-inbound-ports`. */
  annotation: string;
  value: string;
  /** The annotation (key and value). */
  at: Located;
  kind?: ExclusionKind;
  /** The comma-separated items, trimmed. */
  items?: string[];
}

export interface Workload {
  /** `Deployment/web`, `Pod/web-0`, … */
  label: string;
  /** The Kubernetes kind (`Deployment`) and `metadata.name`. */
  kind?: string;
  name?: string;
  k8sNamespace: string;
  /** The Consul service name(s) the pod registers as. */
  services: string[];
  serviceSource: 'annotation' | 'kubernetes-service' | 'workload-name' | 'registration';
  /** What gave the service name: the connect-service annotation, the Service's `metadata.name`, or the workload's name. */
  serviceAt?: Located;
  scope: PartitionScope;
  consulNamespace: string;
  /** Where the workload is named: its `metadata.name` (the object's `kind` when it has no name). */
  at: Located;
  /** The pod template (or, for a Pod, the object itself). */
  templateAt?: Located;
  injected: boolean;
  injectedSource: InjectedSource;
  /** The annotation or Helm value that decides injection (none for kube-system/kube-public). */
  injectedAt?: Located;
  transparentProxy: boolean;
  transparentProxySource: TproxySource;
  /** The annotation, Namespace label or Helm value that decides transparent proxy; none for the chart default. */
  transparentProxyAt?: Located;
  upstreams: Upstream[];
  preparedQueries?: PreparedQueryUpstream[];
  exclusions: Exclusion[];
  /** The Helm values files that applied to it, in merge order. */
  helmValues?: string[];
}

/** What the repository cannot show but the user declares in `.mtls-lint.yaml`, per partition scope. */
export interface ClusterFacts {
  /** The live mesh entry has AllowEnablingPermissiveMutualTLS = true. */
  meshAllowsPermissive?: boolean;
  /** The default intention policy (ACL default policy) of the cluster. */
  defaultIntentionPolicy?: 'allow' | 'deny';
  /** Helm connectInject.transparentProxy.defaultEnabled. */
  transparentProxyDefault?: boolean;
}
