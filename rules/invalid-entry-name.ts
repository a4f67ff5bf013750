import { defineRule, type ReportDescriptor } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { describeScope } from '../src/model/scope.js';

const scope = (e: ConfigEntry) => describeScope(e.scope);

const messages = {
  proxyDefaultsName: (e: ConfigEntry) =>
    `proxy-defaults "${e.name}" (${scope(e)}): Consul rejects it with invalid name ("${e.name}"), only "global" is supported — name it "global" (there is one proxy-defaults entry per partition)`,
  nameRequired: (e: ConfigEntry, what: string) =>
    `${e.kind} in ${scope(e)} has no Name: Consul rejects it with Name is required — set Name to ${what}`,
  serviceDefaultsWildcard: (e: ConfigEntry) =>
    `service-defaults "*" (${scope(e)}): Consul rejects it with service-defaults name must be the name of a service, and not a wildcard — name one service, or put settings for every service in proxy-defaults "global"`,
  crdIntentionsNoDestination: (e: ConfigEntry) =>
    `ServiceIntentions "${e.crd?.metadataName ?? ''}" (${scope(e)}) has no spec.destination.name: when the controller syncs it, Consul rejects it with Name is required — set spec.destination.name to the destination service`,
  crdMeshName: (e: ConfigEntry) =>
    `Mesh "${e.crd?.metadataName ?? ''}" (${scope(e)}): the consul-k8s webhook rejects it with mesh resource name must be "mesh" — set metadata.name to "mesh"`,
  crdProxyDefaultsName: (e: ConfigEntry) =>
    `ProxyDefaults "${e.crd?.metadataName ?? ''}" (${scope(e)}): the consul-k8s webhook rejects it with proxydefaults resource name must be "global" — set metadata.name to "global"`,
};

export default defineRule({
  meta: {
    id: 'invalid-entry-name',
    description: 'An entry name Consul or the consul-k8s webhook rejects: proxy-defaults not "global", a missing or wildcard service name, a Mesh CRD not named "mesh"',
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/invalid-entry-name.md',
  },
  check({ model, report }) {
    for (const e of model.entries) {
      if (e.notEvaluated.some((n) => n.field === 'Name')) continue; // Terraform computes it
      if (e.crd) checkCrd(e, report);
      else checkEntry(e, report);
    }
  },
});

type Report = (d: ReportDescriptor) => void;

function checkEntry(e: ConfigEntry, report: Report): void {
  switch (e.kind) {
    case 'proxy-defaults':
      // Normalize turns an empty name into "global" (agent/structs/config_entry.go).
      if (e.name !== '' && e.name !== 'global') report({ at: e.location, message: messages.proxyDefaultsName(e) });
      break;
    case 'service-defaults':
      if (e.name === '') report({ at: e.location, message: messages.nameRequired(e, 'the service it configures') });
      else if (e.name === '*') report({ at: e.location, message: messages.serviceDefaultsWildcard(e) });
      break;
    case 'service-intentions':
      if (e.name === '') report({ at: e.location, message: messages.nameRequired(e, 'the destination service (or "*")') });
      break;
    default:
      break;
  }
}

function checkCrd(e: ConfigEntry, report: Report): void {
  const crd = e.crd!;
  const at = crd.metadataNameAt ?? e.kindAt;
  switch (e.kind) {
    case 'mesh':
      if (crd.metadataName !== 'mesh') report({ at, message: messages.crdMeshName(e) });
      break;
    case 'proxy-defaults':
      if (crd.metadataName !== 'global') report({ at, message: messages.crdProxyDefaultsName(e) });
      break;
    case 'service-intentions':
      if (e.name === '') report({ at: e.location, message: messages.crdIntentionsNoDestination(e) });
      break;
    default:
      break;
  }
}
