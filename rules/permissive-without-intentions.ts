import { defineRule } from '../src/engine/rule.js';
import type { Located } from '../src/model/located-ref.js';
import type { ServiceKey } from '../src/model/mesh.js';
import { describeScope } from '../src/model/scope.js';
import { UnreadEntries, type UnreadFileEntry } from '../src/model/unread.js';

const messages = {
  noIntentions: (s: ServiceKey) =>
    `No allow intention names permissive service "${s.name}"${s.namespace !== 'default' ? ` (namespace "${s.namespace}")` : ''} in ${describeScope(s.scope)} as its destination and no downstream declares it as an explicit upstream, so transparent proxies cannot infer it as an upstream and downstream traffic to it stays plaintext: add an allow intention from each downstream to "${s.name}".`,
  unreadIntentions: (s: ServiceKey, unread: UnreadFileEntry[]) =>
    `No allow intention that could be read names permissive service "${s.name}"${s.namespace !== 'default' ? ` (namespace "${s.namespace}")` : ''} in ${describeScope(s.scope)} as its destination, and ${UnreadEntries.clause(unread)}, so whether downstreams infer "${s.name}" as an upstream is unknown; until then downstream traffic to it stays plaintext: fix ${UnreadEntries.files(unread)}, and make sure an allow intention from each downstream to "${s.name}" is there.`,
  relatedInherited: 'MutualTLSMode = "permissive" is inherited from here',
  relatedDeny: 'only deny intentions name it; they do not make it an upstream',
};

export default defineRule({
  meta: {
    id: 'permissive-without-intentions',
    description: 'A permissive service that no allow intention or explicit upstream names keeps receiving plaintext traffic',
    category: 'security',
    defaultSeverity: 'warning',
    enforceSeverity: 'error',
    securitySeverity: 7.0,
    docsUrl: 'rules/permissive-without-intentions.md',
  },
  check({ model, files, report }) {
    const unread = new UnreadEntries(files);
    for (const { service: s, mode } of model.permissiveServices()) {
      // With a default-allow policy every service is an upstream of every transparent proxy (§9).
      if (model.factsOf(s.scope).defaultIntentionPolicy === 'allow') continue;
      // Any allow (or L7, counted as allow) that decides for some downstream makes the service
      // an inferred upstream of that downstream; a `*` allow still counts where an exact deny
      // overrides it for one source, because the other sources still infer it.
      const deciding = model.decidingIntentionsTo(s.scope, s.namespace, s.name);
      if (deciding.some((i) => i.action === 'allow' || i.action === 'l7')) continue;
      if (model.explicitUpstreamsTo(s.scope, s.namespace, s.name).length > 0) continue;

      const related: { at: Located; message: string }[] = [];
      let at: Located | undefined = mode.source === 'service-defaults' ? mode.at : undefined;
      if (!at) {
        // Inherited from proxy-defaults: report at the service's own place when it has one.
        at = model.serviceLocation(s.scope, s.namespace, s.name) ?? mode.at;
        if (mode.at && at !== mode.at) related.push({ at: mode.at, message: messages.relatedInherited });
      }
      if (!at) continue;
      for (const d of deciding) {
        if (d.action === 'deny') related.push({ at: d.entry.field(`${d.path}.Action`) ?? d.at, message: messages.relatedDeny });
      }
      // An intentions file that does not parse may hold the allow this service lacks: say so.
      const broken = unread.of(s.scope, 'service-intentions');
      if (broken.length > 0) report({ at, message: messages.unreadIntentions(s, broken), related: [...related, ...UnreadEntries.related(broken)] });
      else report({ at, message: messages.noIntentions(s), related });
    }
  },
});
