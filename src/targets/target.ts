import type { ClusterFacts } from '../model/workloads.js';
/**
 * A deployment target: what is applied together to one Consul cluster (a datacenter and its
 * partitions). Cross-file reasoning — duplicates, the mesh entry that allows permissive,
 * intentions, proxy-defaults inheritance — happens within one target, never across two.
 */

/** How a target was found: declared in `.mtls-lint.yaml`, or inferred from the repository's shape. */
export type TargetOrigin = 'declared' | 'terraform-root' | 'provider-alias' | 'variant-folder' | 'kustomize' | 'repository';

export interface Target {
  /** As printed: `hashicups/dc1`, `examples/basic (provider consul.dc2)`, `.` for the whole repository. */
  name: string;
  origin: TargetOrigin;
  /** Why the target was inferred, one sentence each (empty for a single whole-repository target). */
  reasons: string[];
  /** Repository-relative paths of the files the target holds, sorted. A file may be in several targets. */
  files: string[];
  /**
   * Terraform entries of the target's files belong to it only when their `provider` argument
   * is this alias (`consul.dc2`); `''`: only those using the default provider; undefined: all.
   */
  provider?: string;
  /** A kustomize overlay: its directory; its entries are its resources as built, patches applied. */
  overlay?: string;
  /** Declared: the cluster the target is applied to. */
  datacenter?: string;
  partition?: string;
  kubeContext?: string;
  facts?: ReadonlyMap<string, ClusterFacts>;
}

/** A target from the config file, its globs already compiled. */
export interface DeclaredTarget {
  name: string;
  patterns: string[];
  /** Whether a file (relative to the working directory, like every path here) is in the target. */
  matches: (path: string) => boolean;
  datacenter?: string;
  partition?: string;
  kubeContext?: string;
  /** Cluster facts of this target by scope key, over the run's. */
  facts?: ReadonlyMap<string, ClusterFacts>;
}

/** What target inference needs to know of one file. */
export interface TargetFileInfo {
  path: string;
  /** Whether it holds Consul config or Kubernetes workloads of the mesh (what a target is made of). */
  meshContent: boolean;
  /** Kinds of the config entries it holds. */
  kinds: ReadonlySet<string>;
  /** The entries it defines, as `identityOf` names them. */
  identities: ReadonlySet<string>;
  /** `.tf` files: their text, for module sources. */
  terraformText?: string;
  /** Terraform provider aliases its entries use (`consul.dc2`). */
  providers: ReadonlySet<string>;
}

/**
 * Whether an entry written with `provider` (Terraform) or none belongs to a target that holds
 * its file: a provider alias target holds only its alias's resources; everything else goes to
 * the target of the default provider.
 */
export function providerMatches(t: Target, provider: string | undefined, isTerraform: boolean): boolean {
  if (t.provider === undefined) return true;
  if (!isTerraform) return t.provider === '';
  return (provider ?? '') === t.provider;
}

/** What makes two definitions the same Consul object: kind, partition scope, namespace, name. */
export function identityOf(e: { kind: string; name: string; namespace: string; scope: { key: string; partition: string } }): string | undefined {
  // proxy-defaults without a Name is "global" (Consul's Normalize); other nameless entries are not comparable.
  const name = e.kind === 'proxy-defaults' && e.name === '' ? 'global' : e.name;
  if (name === '' && e.kind !== 'mesh') return undefined;
  const where = [e.scope.key !== 'default' ? `partition "${e.scope.key}"` : '', e.namespace !== 'default' ? `namespace "${e.namespace}"` : '']
    .filter((x) => x !== '')
    .join(', ');
  // join() gives one flat string; a template literal keeps a tree of its pieces, and target
  // planning makes one for every entry of the repository.
  const parts = e.kind === 'mesh' ? [e.kind] : [e.kind, ' "', name, '"'];
  if (where) parts.push(' (', where, ')');
  return parts.join('');
}
