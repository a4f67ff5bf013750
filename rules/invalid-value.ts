/**
 * invalid-value: every value Consul (or, for custom resources, the consul-k8s webhook or
 * Kubernetes' CRD schema) rejects. The file-level and decoder problems are reported here;
 * the per-kind checks live in `rules/invalid-value/`, and every message text in
 * `rules/invalid-value/messages.ts`.
 */
import { defineRule, type RuleContext } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { kindSpecByCrd } from '../src/model/kinds.js';
import { suggestKind } from '../src/model/normalize.js';
import { UnreadEntries } from '../src/model/unread.js';
import { checkerFor, DECODE_CODES, fieldAt, fld, listLength, objects, type Checker } from './invalid-value/context.js';
import { checkControlPlaneRequestLimit } from './invalid-value/control-plane-request-limit.js';
import { checkMesh } from './invalid-value/mesh-entry.js';
import { consul, fix, frame, why } from './invalid-value/messages.js';
import { checkProxyDefaults } from './invalid-value/proxy-defaults.js';
import { checkServiceDefaults } from './invalid-value/service-defaults.js';
import { checkServiceIntentions } from './invalid-value/service-intentions.js';

const BY_KIND: Record<string, (c: Checker) => void> = {
  'service-defaults': checkServiceDefaults,
  'proxy-defaults': checkProxyDefaults,
  mesh: checkMesh,
  'service-intentions': checkServiceIntentions,
  'control-plane-request-limit': checkControlPlaneRequestLimit,
};

const HTTP_LIKE = ['http', 'http2', 'grpc'];

export default defineRule({
  meta: {
    id: 'invalid-value',
    description: 'A value Consul (or the consul-k8s webhook) rejects: unknown Kind, wrong case in MutualTLSMode or Action, malformed intentions, a shape the decoder refuses',
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/invalid-value.md',
  },
  check(ctx) {
    for (const f of ctx.files) {
      for (const issue of f.issues) {
        if (issue.ruleId !== 'invalid-value') continue;
        ctx.report({ at: { file: f.path, range: issue.range, subject: issue.subject }, message: issue.message });
      }
    }
    for (const entry of ctx.model.entries) {
      const c = checkerFor(ctx, entry);
      if (!entry.spec) {
        const suggestion = suggestKind(entry.writtenKind);
        const nameProp = entry.raw.props.find((p) => p.key.toLowerCase() === 'name' && p.value.type === 'string');
        const name = nameProp ? String(nameProp.value.type === 'string' ? nameProp.value.value : '') : undefined;
        c.report(
          entry.kindAt,
          frame.unknownKind(entry, name, fix.unknownKind(entry.writtenKind, suggestion, kindSpecByCrd(entry.writtenKind) !== undefined)),
        );
        continue;
      }
      for (const issue of entry.issues) {
        if (!DECODE_CODES.has(issue.code)) continue;
        const at = entry.at(issue.range, issue.path);
        const fixText = fix.decode[issue.code] ?? '';
        c.report(at, c.crd ? frame.schema(entry, issue.message, fixText) : frame.consul(entry, issue.message, fixText));
      }
      BY_KIND[entry.kind]?.(c);
      checkL7Protocol(ctx, c);
    }
  },
});

/**
 * The state store's graph check (agent/consul/state/config_entry.go
 * `validateProposedConfigEntryInServiceGraph`): an intention with Permissions needs its
 * destination's resolved protocol to be http, http2 or grpc. Reported only when the
 * repository holds the entry that resolves it (the destination's service-defaults, else the
 * scope's proxy-defaults); with neither, the live cluster decides.
 */
function checkL7Protocol(ctx: RuleContext, c: Checker): void {
  const e: ConfigEntry = c.entry;
  // The graph check runs when the entry is written; one Consul never writes is not checked there.
  if (e.notApplied !== undefined) return;
  if (e.kind !== 'service-intentions' || e.name === '' || e.name.includes('*') || e.namespace.includes('*')) return;
  const first = objects(e.root, 'Sources').find((s) => listLength(s.obj, 'Permissions') > 0);
  if (!first) return;
  const proto = ctx.model.resolvedProtocol(e.scope, e.namespace, e.name);
  if (proto.source === 'default' || HTTP_LIKE.includes(proto.value) || !proto.entry) return;
  // Two service-defaults for one service, or two proxy-defaults in one scope (duplicate-entry's
  // finding): the one applied last decides, so only a unanimous repository is reported.
  const defaults = ctx.model.entriesOf('service-defaults').filter(
    (sd) => sd.scope.key === e.scope.key && sd.namespace === e.namespace && sd.name === e.name,
  );
  if (defaults.some((sd) => HTTP_LIKE.includes((sd.str('Protocol') ?? '').toLowerCase()))) return;
  if (proto.source === 'proxy-defaults' && ctx.model.entriesOf('proxy-defaults').filter((pd) => pd.scope.key === e.scope.key).length > 1) return;
  // "There is no service-defaults" may be a service-defaults whose file does not parse.
  const unread = proto.source === 'proxy-defaults' ? new UnreadEntries(ctx.files).of(e.scope, 'service-defaults') : [];
  const reason =
    (proto.source === 'service-defaults'
      ? proto.explicit
        ? why.sdProtocol(e.name, proto.value)
        : why.sdNoProtocol(e.name, proto.shadowedProxyDefaults)
      : proto.explicit
        ? why.pdProtocol(e.name, proto.value)
        : why.pdNoProtocol(e.name)) + (unread.length > 0 ? why.unreadServiceDefaults(UnreadEntries.clause(unread)) : '');
  const permsF = fld(first.obj, 'Permissions')!;
  const related = [
    {
      at: proto.at ?? proto.entry.location,
      message: proto.source === 'service-defaults' ? why.related.sd : why.related.pd,
    },
    ...UnreadEntries.related(unread),
  ];
  c.report(fieldAt(e, permsF), frame.l7Protocol(e, consul.l7Protocol(e.name, proto.value), reason, fix.l7), related);
}
