import { defineRule } from '../src/engine/rule.js';
import { describeService, type ServiceKey } from '../src/model/mesh.js';

const CONSEQUENCE =
  'accepts plaintext connections, on which intentions are not enforced and traffic is not encrypted';

const messages = {
  own: (s: ServiceKey) =>
    `${describeService(s)} sets MutualTLSMode = "permissive", so it ${CONSEQUENCE}; set MutualTLSMode = "strict" when its onboarding is done.`,
  inherited: (s: ServiceKey) =>
    `${describeService(s)} inherits MutualTLSMode = "permissive" from proxy-defaults, so it ${CONSEQUENCE}; set MutualTLSMode = "strict" in its service-defaults (or in proxy-defaults) when its onboarding is done.`,
  relatedProxyDefaults: 'proxy-defaults sets MutualTLSMode = "permissive" for every service of the partition without its own value',
};

export default defineRule({
  meta: {
    id: 'permissive-mtls',
    description: 'A service in permissive mTLS mode accepts plaintext traffic that intentions do not govern',
    category: 'security',
    defaultSeverity: 'warning',
    enforceSeverity: 'error',
    securitySeverity: 7.5,
    docsUrl: 'rules/permissive-mtls.md',
  },
  check({ model, report }) {
    // Every service-defaults entry that sets permissive, duplicates included (the model's
    // effective mode reads only the first entry of a service).
    const unevaluated = model.unevaluated.filter((e) => e.str('MutualTLSMode') === 'permissive');
    for (const entry of [...model.permissiveEntries(), ...unevaluated]) {
      if (entry.kind !== 'service-defaults') continue;
      const at = entry.field('MutualTLSMode');
      if (at) report({ at, message: messages.own({ scope: entry.scope, namespace: entry.namespace, name: entry.name }) });
    }
    // Services that inherit it from proxy-defaults.
    for (const { service, mode } of model.permissiveServices()) {
      if (mode.source !== 'proxy-defaults' || !mode.at) continue;
      const sd = model.serviceDefaultsOf(service.scope, service.namespace, service.name);
      const at = sd?.location ?? model.serviceLocation(service.scope, service.namespace, service.name);
      if (!at) continue;
      report({
        at,
        message: messages.inherited(service),
        related: [{ at: mode.at, message: messages.relatedProxyDefaults }],
      });
    }
  },
});
