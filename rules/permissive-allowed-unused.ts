import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { describeScope } from '../src/model/scope.js';

const messages = {
  unused: (mesh: ConfigEntry) =>
    `The mesh entry of ${describeScope(mesh.scope)} sets AllowEnablingPermissiveMutualTLS = true, but no service-defaults or proxy-defaults of that partition uses MutualTLSMode = "permissive": if onboarding is over, set it back to false so that services cannot be made permissive again.`,
};

export default defineRule({
  meta: {
    id: 'permissive-allowed-unused',
    description: 'The mesh entry allows permissive mTLS although no entry of its partition uses it',
    category: 'security',
    defaultSeverity: 'warning',
    enforceSeverity: 'error',
    securitySeverity: 5.0,
    docsUrl: 'rules/permissive-allowed-unused.md',
  },
  check({ model, report }) {
    const used = new Set(model.permissiveEntries().map((e) => e.scope.key));
    for (const mesh of model.entriesOf('mesh')) {
      const flag = mesh.field('AllowEnablingPermissiveMutualTLS');
      if (!flag || flag.scalar !== true) continue;
      if (used.has(mesh.scope.key)) continue;
      report({ at: flag, message: messages.unused(mesh) });
    }
  },
});
