/**
 * Facts from outside config entries: Kubernetes workloads and Helm values say which
 * service a pod is, whether it is injected, whether its proxy is in transparent mode and
 * which upstreams it declares. Inputs add `Workload`s to the model; rules read them.
 */
import type { Located } from './located-ref.js';
import type { PartitionScope } from './scope.js';

export interface Upstream {
  service: string;
  namespace?: string;
  partition?: string;
  peer?: string;
  datacenter?: string;
  /** The annotation (or registration field) that declares it. */
  at: Located;
}

export type TproxySource = 'annotation' | 'namespace-label' | 'helm' | 'default';

export interface Workload {
  /** `Deployment/web`, `Pod/web-0`, … */
  label: string;
  k8sNamespace: string;
  /** The Consul service name(s) the pod registers as. */
  services: string[];
  serviceSource: 'annotation' | 'kubernetes-service' | 'workload-name';
  scope: PartitionScope;
  consulNamespace: string;
  /** The pod template (or pod) object. */
  at: Located;
  injected: boolean;
  injectedSource: 'annotation' | 'helm-default' | 'namespace-denied';
  injectedAt?: Located;
  transparentProxy: boolean;
  transparentProxySource: TproxySource;
  transparentProxyAt?: Located;
  upstreams: Upstream[];
  exclusions: { annotation: string; value: string; at: Located }[];
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
