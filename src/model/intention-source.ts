/**
 * The namespace and partition Consul gives an intention source, as
 * `ServiceIntentionsConfigEntry.normalize` sets them (hashicorp/consul
 * agent/structs/config_entry_intentions.go) before it computes precedence and checks for
 * duplicates:
 *
 * - a local source (no Peer, no SamenessGroup): `src.EnterpriseMeta.MergeNoWildcard(&e.EnterpriseMeta)`
 *   then `Normalize()`: a namespace or partition the source leaves empty takes the
 *   destination's, unless that is the wildcard `*` (MergeNoWildcard does not copy a
 *   wildcard), and what is still empty becomes `default`. So under a `*`/`*` destination a
 *   source without a Namespace is in `default`, not in `*`.
 * - a peered or sameness-group source: `NormalizeNamespace()` only; the namespace defaults to
 *   `default` and the partition stays as written (empty: Peer and Partition exclude each other).
 *
 * Consul CE has no namespaces or partitions (acl/enterprisemeta_ce.go: everything is
 * `default`, MergeNoWildcard does nothing); the rule above is what Enterprise does with them.
 */

export interface IntentionSourceTenancy {
  namespace: string;
  partition: string;
}

export function intentionSourceTenancy(
  destination: { namespace: string; partition: string },
  source: { namespace: string; partition: string; peer: string; samenessGroup: string },
): IntentionSourceTenancy {
  const local = source.peer === '' && source.samenessGroup === '';
  const merged = (written: string, dest: string) => written || (local && dest !== '*' ? dest : '');
  return {
    namespace: merged(source.namespace, destination.namespace) || 'default',
    partition: local ? merged(source.partition, destination.partition) || 'default' : source.partition,
  };
}
