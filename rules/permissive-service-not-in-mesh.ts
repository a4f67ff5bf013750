import { defineRule } from '../src/engine/rule.js';
import type { Located } from '../src/model/located-ref.js';
import { describeScope, type PartitionScope } from '../src/model/scope.js';
import type { Workload } from '../src/model/workloads.js';

/** Why a workload has no sidecar, in words. */
function whyNotInjected(w: Workload): string {
  switch (w.injectedSource) {
    case 'annotation':
      return 'consul.hashicorp.com/connect-inject: "false"';
    case 'helm-default':
      return w.helmValues
        ? 'no consul.hashicorp.com/connect-inject annotation, and Helm connectInject.default is false'
        : 'no consul.hashicorp.com/connect-inject annotation, so it is injected only where the cluster\'s Helm value connectInject.default is true (the chart default is false)';
    case 'namespace-denied':
      return `namespace "${w.k8sNamespace}" is excluded from injection`;
    case 'helm-disabled':
      return 'Helm connectInject.enabled is false: no injector runs';
    case 'registration':
      return 'it declares a sidecar'; // registrations are always injected; never reported here
  }
}

const messages = {
  notInMesh: (svc: string, scope: PartitionScope, workloads: Workload[]) =>
    `service-defaults "${svc}" in ${describeScope(scope)} sets MutualTLSMode = "permissive", but no workload of "${svc}" in the repository is injected (${workloads
      .map((w) => `${w.label}: ${whyNotInjected(w)}`)
      .join('; ')}): without a sidecar nothing accepts mTLS for "${svc}" and its traffic never enters the mesh, so permissive mode does nothing; inject its pods (consul.hashicorp.com/connect-inject: "true") to onboard it.`,
  related: (w: Workload) => `${w.label} is not injected here`,
};

export default defineRule({
  meta: {
    id: 'permissive-service-not-in-mesh',
    description: 'A permissive service whose workloads in the repository are not injected: nothing will ever accept mTLS for it',
    category: 'correctness',
    defaultSeverity: 'warning',
    docsUrl: 'rules/permissive-service-not-in-mesh.md',
  },
  check({ model, report }) {
    for (const sd of model.permissiveEntries()) {
      if (sd.kind !== 'service-defaults' || sd.name === '') continue;
      const at = sd.field('MutualTLSMode');
      if (!at) continue;
      const workloads = model.workloadsOf(sd.scope, sd.namespace, sd.name);
      if (workloads.length === 0 || workloads.some((w) => w.injected)) continue;
      const related: { at: Located; message: string }[] = workloads.map((w) => ({ at: w.injectedAt ?? w.at, message: messages.related(w) }));
      report({ at, message: messages.notInMesh(sd.name, sd.scope, workloads), related });
    }
  },
});
