/**
 * A partition scope: Consul's admin partition of an entry, plus the datacenter where the
 * repository says so. The mesh entry and proxy-defaults are one per partition scope.
 */
export interface PartitionScope {
  partition: string;
  datacenter?: string;
  /** `dc/partition` or `partition`: the map key and what messages print. */
  key: string;
  /** `partition` is an expression Terraform computes (`each.value`), not a partition's name. */
  computed?: true;
}

/**
 * One object per scope, shared by its entries (read-only): a repository has a few scopes and an
 * entry per file. Bounded, so a hostile repository cannot grow it without end.
 */
const SCOPES = new Map<string, PartitionScope>();
const MAX_SCOPES = 10_000;

export function makeScope(partition: string | undefined, datacenter?: string): PartitionScope {
  const p = partition && partition !== '' ? partition : 'default';
  const key = datacenter ? `${datacenter}/${p}` : p;
  // The key alone does not tell `dc/x` in no datacenter from `x` in datacenter `dc`.
  const memo = `${datacenter === undefined ? '' : `${datacenter.length}:`}${key}`;
  const known = SCOPES.get(memo);
  if (known && known.partition === p && known.datacenter === datacenter) return known;
  const scope: PartitionScope = { partition: p, datacenter, key };
  if (SCOPES.size < MAX_SCOPES) SCOPES.set(memo, scope);
  return scope;
}

/** How messages name a scope: `partition "default"` or `partition "web" of datacenter "dc2"`. */
export function describeScope(scope: PartitionScope): string {
  if (scope.computed) return `partition = ${scope.partition}`;
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
