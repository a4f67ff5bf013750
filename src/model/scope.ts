/**
 * A partition scope: Consul's admin partition of an entry, plus the datacenter where the
 * repository says so. The mesh entry and proxy-defaults are one per partition scope.
 */
export interface PartitionScope {
  partition: string;
  datacenter?: string;
  /** `dc/partition` or `partition`: the map key and what messages print. */
  key: string;
}

export function makeScope(partition: string | undefined, datacenter?: string): PartitionScope {
  const p = partition && partition !== '' ? partition : 'default';
  return { partition: p, datacenter, key: datacenter ? `${datacenter}/${p}` : p };
}

/** How messages name a scope: `partition "default"` or `partition "web" of datacenter "dc2"`. */
export function describeScope(scope: PartitionScope): string {
  return scope.datacenter
    ? `partition "${scope.partition}" of datacenter "${scope.datacenter}"`
    : `partition "${scope.partition}"`;
}

/** What the repository's config says about files under a path (scopes in .mtls-lint.yaml). */
export interface ScopeHint {
  partition?: string;
  namespace?: string;
  datacenter?: string;
}
