import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { UnreadEntries, type UnreadFileEntry } from '../src/model/unread.js';
import { describeScope, type PartitionScope } from '../src/model/scope.js';

/** Consul's error, exactly (agent/consul/state/config_entry.go `permissiveModeNotAllowedError`). */
const CONSUL_ERROR =
  'cannot set MutualTLSMode=permissive because AllowEnablingPermissiveMutualTLS=false in the mesh config entry';

const messages = {
  meshDisallows: (entry: ConfigEntry, scope: PartitionScope, flag: string) =>
    `${entry.label} sets MutualTLSMode = "permissive" in ${describeScope(scope)}, but the mesh entry of that partition ${flag}: applied from scratch, Consul rejects it with "${CONSUL_ERROR}"; set AllowEnablingPermissiveMutualTLS = true in that mesh entry first.`,
  noMesh: (entry: ConfigEntry, scope: PartitionScope) =>
    `${entry.label} sets MutualTLSMode = "permissive" in ${describeScope(scope)}, but the repository has no mesh entry for that partition (the global setting must be applied in each partition): applied from scratch, Consul rejects it with "${CONSUL_ERROR}"; add a mesh entry with AllowEnablingPermissiveMutualTLS = true to ${describeScope(scope)}, or declare the cluster fact meshAllowsPermissive for it.`,
  unreadMesh: (entry: ConfigEntry, scope: PartitionScope, unread: UnreadFileEntry[]) =>
    `${entry.label} sets MutualTLSMode = "permissive" in ${describeScope(scope)}, but ${UnreadEntries.clause(unread)}, so that partition has no mesh entry to apply: applied from scratch, Consul rejects it with "${CONSUL_ERROR}"; fix ${UnreadEntries.files(unread)} so that its mesh entry sets AllowEnablingPermissiveMutualTLS = true.`,
  relatedFlag: 'AllowEnablingPermissiveMutualTLS is not true here',
  relatedMesh: 'the mesh entry of this partition, which does not set AllowEnablingPermissiveMutualTLS = true',
  relatedOtherMesh: (scope: PartitionScope) =>
    `a mesh entry of ${describeScope(scope)}: it applies only to its own partition`,
};

/** Mesh entries of other partitions listed as related locations, at most. */
const MAX_OTHER_MESHES = 10;

/**
 * Consul checks this in the state store (`checkMutualTLSMode`) for service-defaults and
 * for proxy-defaults named `global`; a proxy-defaults with another name is rejected
 * before that (invalid-entry-name), so it is left to that rule.
 */
function checkedByConsul(entry: ConfigEntry): boolean {
  return entry.kind !== 'proxy-defaults' || entry.name === 'global' || entry.name === '';
}

export default defineRule({
  meta: {
    id: 'permissive-not-allowed',
    description:
      'Permissive mTLS needs AllowEnablingPermissiveMutualTLS = true in the mesh entry of the same partition',
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/permissive-not-allowed.md',
  },
  check({ model, files, report }) {
    // Files naming a mesh entry that failed to parse: the finding names them instead of saying there is none.
    const unread = new UnreadEntries(files);
    // Mesh entries by scope, once (a scan per permissive entry is quadratic in a large repository).
    const meshesOf = new Map<string, ConfigEntry[]>();
    for (const m of model.entriesOf('mesh')) {
      const list = meshesOf.get(m.scope.key);
      if (list) list.push(m);
      else meshesOf.set(m.scope.key, [m]);
    }
    for (const entry of model.permissiveEntries()) {
      if (!checkedByConsul(entry)) continue;
      const at = entry.field('MutualTLSMode');
      if (!at) continue;
      const scope = entry.scope;
      // The repository's mesh entry decides when there is one; a cluster fact only stands in for a missing one.
      // With several mesh entries for one scope (duplicate-entry), the outcome depends on apply order:
      // any of them allowing it is not a certain rejection.
      const meshes = meshesOf.get(scope.key) ?? [];
      if (meshes.some((m) => m.bool('AllowEnablingPermissiveMutualTLS') === true)) continue;
      if (meshes.length === 0 && model.factsOf(scope).meshAllowsPermissive === true) continue;
      const mesh = meshes[0];
      if (mesh) {
        const flag = mesh.field('AllowEnablingPermissiveMutualTLS');
        const written =
          flag && typeof flag.scalar === 'boolean'
            ? 'sets AllowEnablingPermissiveMutualTLS = false'
            : flag
              ? 'has no valid AllowEnablingPermissiveMutualTLS value'
              : 'does not set AllowEnablingPermissiveMutualTLS (default false)';
        report({
          at,
          message: messages.meshDisallows(entry, scope, written),
          related: [flag ? { at: flag, message: messages.relatedFlag } : { at: mesh.location, message: messages.relatedMesh }],
        });
        continue;
      }
      const broken = unread.of(scope, 'mesh');
      if (broken.length > 0) {
        report({ at, message: messages.unreadMesh(entry, scope, broken), related: UnreadEntries.related(broken) });
        continue;
      }
      // One mesh entry of each other partition is enough to show where the setting is.
      const others = [...meshesOf.values()].slice(0, MAX_OTHER_MESHES).map(([m]) => ({ at: m!.location, message: messages.relatedOtherMesh(m!.scope) }));
      report({ at, message: messages.noMesh(entry, scope), related: others });
    }
  },
});
