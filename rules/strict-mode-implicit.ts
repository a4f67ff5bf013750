import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { describeScope } from '../src/model/scope.js';
import { UnreadEntries } from '../src/model/unread.js';

const messages = {
  implicit: (entry: ConfigEntry, inherits: string) =>
    `${entry.label} in ${describeScope(entry.scope)} does not set MutualTLSMode, so it inherits ${inherits}, while MeshDestinationsOnly is not true in that partition (onboarding is under way); set MutualTLSMode = "strict" explicitly so the service is added with strict mTLS.`,
  relatedMdo: 'MeshDestinationsOnly is not true in the mesh entry of this partition',
};

export default defineRule({
  meta: {
    id: 'strict-mode-implicit',
    description: 'During onboarding (MeshDestinationsOnly not true), a service-defaults entry should set MutualTLSMode explicitly',
    category: 'hygiene',
    defaultSeverity: 'note',
    enforceSeverity: 'warning',
    docsUrl: 'rules/strict-mode-implicit.md',
  },
  check({ model, files, report }) {
    const unread = new UnreadEntries(files);
    // The seed is onboarding advice: a target that neither allows nor uses permissive has none to take.
    if (!model.isOnboarding()) return;
    for (const entry of model.entriesOf('service-defaults')) {
      const own = entry.field('MutualTLSMode');
      if (own && own.scalar !== '') continue;
      const mesh = model.meshOf(entry.scope);
      if (!mesh) continue;
      const mdo = mesh.field('TransparentProxy.MeshDestinationsOnly');
      if (mdo && mdo.scalar !== false) continue; // true, or a value that does not decode
      const proxyDefaults = model.proxyDefaultsOf(entry.scope);
      const pd = proxyDefaults?.str('MutualTLSMode');
      // With no proxy-defaults read, one that does not parse decides what is inherited.
      const broken = proxyDefaults ? [] : unread.of(entry.scope, 'proxy-defaults');
      const inherits = pd
        ? `"${pd}" from proxy-defaults`
        : broken.length > 0
          ? `the proxy-defaults value, unknown because ${UnreadEntries.clause(broken)}`
          : 'the proxy-defaults value (strict while none is set)';
      report({
        at: own ?? entry.location,
        message: messages.implicit(entry, inherits),
        related: [{ at: mdo ?? mesh.location, message: messages.relatedMdo }, ...UnreadEntries.related(broken)],
      });
    }
  },
});
