import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { describeScope } from '../src/model/scope.js';

const messages = {
  permissive: (entry: ConfigEntry) =>
    `${entry.label} sets MutualTLSMode = "permissive" for all of ${describeScope(entry.scope)}, so every service there without its own MutualTLSMode accepts plaintext connections that intentions do not govern; leave proxy-defaults strict and set "permissive" only in the service-defaults of the services being onboarded.`,
};

export default defineRule({
  meta: {
    id: 'permissive-proxy-defaults',
    description: 'MutualTLSMode = "permissive" in proxy-defaults makes every service of the partition permissive',
    category: 'security',
    defaultSeverity: 'warning',
    enforceSeverity: 'error',
    securitySeverity: 7.5,
    docsUrl: 'rules/permissive-proxy-defaults.md',
  },
  check({ model, report }) {
    for (const entry of model.permissiveEntries()) {
      if (entry.kind !== 'proxy-defaults') continue;
      const at = entry.field('MutualTLSMode');
      if (at) report({ at, message: messages.permissive(entry) });
    }
  },
});
