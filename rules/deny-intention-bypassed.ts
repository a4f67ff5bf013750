import { defineRule } from '../src/engine/rule.js';
import type { Located } from '../src/model/located-ref.js';
import type { IntentionSource } from '../src/model/mesh.js';
import { joinList } from '../src/suggest.js';
import { describeScope, type PartitionScope } from '../src/model/scope.js';

const NOT_ENFORCED = 'not enforced on plaintext connections, because the permissive filter chain has no RBAC filter';

const messages = {
  deny: (source: string, services: string[], scope: PartitionScope) =>
    `The deny intention from ${source} to ${permissiveServices(services)} in ${describeScope(scope)} is ${NOT_ENFORCED}: ${fix(services)}`,
  l7: (source: string, services: string[], scope: PartitionScope) =>
    `The L7 permissions from ${source} to ${permissiveServices(services)} in ${describeScope(scope)} are ${NOT_ENFORCED}: ${fix(services)}`,
  relatedPermissive: 'MutualTLSMode = "permissive" is set here',
};

function fix(services: string[]): string {
  return `set MutualTLSMode = "strict" on ${joinList(services)} once ${services.length > 1 ? 'their' : 'its'} downstreams use mTLS.`;
}

/** Service labels are already quoted (`"api"`, `"api" (namespace "ops")`). */
function permissiveServices(services: string[]): string {
  return `permissive service${services.length > 1 ? 's' : ''} ${joinList(services)}`;
}

/** `"web"`, `any source ("*")`, `"web" of peer "dc2"`, `"web" in namespace "ops"`. */
function describeSource(i: IntentionSource): string {
  let s = i.name === '*' ? 'any source ("*")' : `"${i.name}"`;
  if (i.peer) s += ` of peer "${i.peer}"`;
  else if (i.samenessGroup) s += ` of sameness group "${i.samenessGroup}"`;
  else {
    if (i.sourceNamespace !== i.entry.namespace) s += ` in namespace "${i.sourceNamespace}"`;
    if (i.sourcePartition !== i.entry.partition) s += ` of partition "${i.sourcePartition}"`;
  }
  return s;
}

function locKey(l: Located): string {
  return `${l.file}\u0000${l.range.start.offset}\u0000${l.range.end.offset}`;
}

export default defineRule({
  meta: {
    id: 'deny-intention-bypassed',
    description: 'Deny intentions and L7 permissions are not enforced on the plaintext connections a permissive service accepts',
    category: 'security',
    defaultSeverity: 'warning',
    enforceSeverity: 'error',
    securitySeverity: 7.0,
    docsUrl: 'rules/deny-intention-bypassed.md',
  },
  check({ model, report }) {
    // One finding per deny source (or Permissions list): a wildcard-destination deny that
    // several permissive services bypass names them all.
    const groups = new Map<
      string,
      { at: Located; src: IntentionSource; scope: PartitionScope; services: string[]; related: Map<string, { at: Located; message: string }> }
    >();
    for (const { service: s, mode } of model.permissiveServices()) {
      for (const src of model.decidingIntentionsTo(s.scope, s.namespace, s.name)) {
        if (src.action !== 'deny' && src.action !== 'l7') continue;
        const at = src.entry.field(`${src.path}.${src.action === 'deny' ? 'Action' : 'Permissions'}`) ?? src.at;
        const key = locKey(at);
        let g = groups.get(key);
        if (!g) {
          g = { at, src, scope: s.scope, services: [], related: new Map() };
          groups.set(key, g);
        }
        const label = s.namespace !== 'default' ? `"${s.name}" (namespace "${s.namespace}")` : `"${s.name}"`;
        if (!g.services.includes(label)) g.services.push(label);
        if (mode.at && !g.related.has(locKey(mode.at))) {
          g.related.set(locKey(mode.at), { at: mode.at, message: messages.relatedPermissive });
        }
      }
    }
    for (const g of groups.values()) {
      const services = [...g.services].sort();
      report({
        at: g.at,
        message: g.src.action === 'deny' ? messages.deny(describeSource(g.src), services, g.scope) : messages.l7(describeSource(g.src), services, g.scope),
        related: [...g.related.values()],
      });
    }
  },
});
