import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { describeScope } from '../src/model/scope.js';
import { UnreadEntries, type UnreadFileEntry } from '../src/model/unread.js';

const messages = {
  unused: (mesh: ConfigEntry) =>
    `The mesh entry of ${describeScope(mesh.scope)} sets AllowEnablingPermissiveMutualTLS = true, but no service-defaults or proxy-defaults of that partition uses MutualTLSMode = "permissive": if onboarding is over, set it back to false so that services cannot be made permissive again.`,
  unreadUsers: (mesh: ConfigEntry, unread: UnreadFileEntry[]) =>
    `The mesh entry of ${describeScope(mesh.scope)} sets AllowEnablingPermissiveMutualTLS = true, and no service-defaults or proxy-defaults of that partition that could be read uses MutualTLSMode = "permissive", but ${UnreadEntries.clause(unread)}, so whether one does is unknown: fix ${UnreadEntries.files(unread)}; if onboarding is over, set AllowEnablingPermissiveMutualTLS back to false.`,
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
  check({ model, files, report }) {
    const unread = new UnreadEntries(files);
    const used = new Set(model.permissiveEntries().map((e) => e.scope.key));
    for (const mesh of model.entriesOf('mesh')) {
      const flag = mesh.field('AllowEnablingPermissiveMutualTLS');
      if (!flag || flag.scalar !== true) continue;
      if (used.has(mesh.scope.key)) continue;
      // A service-defaults or proxy-defaults that does not parse may be the one using it.
      const broken = unread.of(mesh.scope, 'service-defaults', 'proxy-defaults');
      if (broken.length > 0) report({ at: flag, message: messages.unreadUsers(mesh, broken), related: UnreadEntries.related(broken) });
      else report({ at: flag, message: messages.unused(mesh) });
    }
  },
});
