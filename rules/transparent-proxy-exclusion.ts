import { defineRule } from '../src/engine/rule.js';
import type { MeshModel } from '../src/model/mesh.js';
import { joinList } from '../src/suggest.js';
import { describeScope } from '../src/model/scope.js';
import type { Exclusion, ExclusionKind, Workload } from '../src/model/workloads.js';


const NOT_MESH = 'without passing the sidecar: no mTLS, no intentions';

/** What an exclusion lets through, in words. */
const LETS_THROUGH: Record<ExclusionKind, (items: string[]) => string> = {
  'inbound-ports': (i) => `inbound connections to ${i.length === 1 ? 'port' : 'ports'} ${joinList(i)} reach the application directly, ${NOT_MESH}`,
  'outbound-ports': (i) =>
    `outbound connections to ${i.length === 1 ? 'port' : 'ports'} ${joinList(i)} leave the pod ${NOT_MESH}, and MeshDestinationsOnly does not stop them`,
  'outbound-cidrs': (i) => `outbound connections to ${joinList(i)} leave the pod ${NOT_MESH}, and MeshDestinationsOnly does not stop them`,
  uids: (i) => `every outbound connection of processes running as ${i.length === 1 ? 'UID' : 'UIDs'} ${joinList(i)} leaves the pod ${NOT_MESH}`,
};

function modeOf(model: MeshModel, w: Workload, service: string): string {
  const mode = model.effectiveMutualTLSMode(w.scope, w.consulNamespace, service);
  if (mode.value === 'permissive') return 'permissive';
  if (mode.value === 'strict') return 'strict';
  return mode.value === '' ? 'strict by default' : `MutualTLSMode "${mode.value}"`;
}

const messages = {
  exclusion: (w: Workload, e: Exclusion, modes: string, scope: string) =>
    `${w.label} (${modes}, ${scope}) sets ${e.annotation}: ${LETS_THROUGH[e.kind!](e.items ?? [])}. This is a documented bypass of the mesh; keep it only for traffic that must bypass it (metrics, health checks, the Kubernetes API) and suppress this finding with the reason, or remove the annotation.`,
  relatedMode: 'the service\'s MutualTLSMode is set here',
};

export default defineRule({
  meta: {
    id: 'transparent-proxy-exclusion',
    description: 'A transparent-proxy exclusion annotation lets traffic of a mesh service bypass its sidecar: no mTLS, no intentions',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 5.0,
    docsUrl: 'rules/transparent-proxy-exclusion.md',
  },
  check({ model, report }) {
    for (const w of model.workloads) {
      // Exclusions only shape the redirection rules of an injected pod in transparent proxy mode.
      if (!w.injected || !w.transparentProxy) continue;
      for (const e of w.exclusions) {
        if (!e.kind || !e.items || e.items.length === 0) continue;
        const names = w.services.length > 0 ? w.services : [];
        const modes =
          names.length === 0 ? 'a mesh service' : names.map((s) => `service "${s}", ${modeOf(model, w, s)}`).join('; ');
        const related = names
          .map((s) => model.effectiveMutualTLSMode(w.scope, w.consulNamespace, s).at)
          .filter((a): a is NonNullable<typeof a> => a !== undefined)
          .map((at) => ({ at, message: messages.relatedMode }));
        report({ at: e.at, message: messages.exclusion(w, e, modes, describeScope(w.scope)), related });
      }
    }
  },
});
