/**
 * The datacenter an agent configuration declares for its bootstrap entries (src/model/normalize.ts)
 * tells stores apart only when the repository shows more than one. Config entries written with
 * `consul config write`, custom resources and service registrations carry no datacenter, and are
 * most often written to the one cluster the repository's single server configuration starts: a
 * lone declared datacenter is dropped, so they are compared with the bootstrap entries as before.
 * With two or more (the server configurations of peered datacenters, dc1s1.hcl and dc2s1.hcl),
 * each datacenter's bootstrap entries are its own store's (hashicorp/consul
 * agent/consul/leader.go Server.bootstrapConfigEntries writes them with the server's Datacenter).
 * Bootstrap entries Consul never writes (a WAN secondary's, `notApplied`) do not count: in a
 * federation every config entry write goes to the primary (agent/consul/config_endpoint.go
 * ConfigEntry.Apply: `args.Datacenter = c.srv.config.PrimaryDatacenter`) and replicates.
 */
import type { ConfigEntry } from './entries.js';
import { makeScope } from './scope.js';
import type { Workload } from './workloads.js';

export function dropLoneDeclaredDatacenter(entries: readonly ConfigEntry[], workloads: readonly Workload[]): readonly ConfigEntry[] {
  let datacenter: string | undefined;
  for (const e of entries) {
    if (!e.datacenterDeclared) {
      // A datacenter the config's scopes give: a declared one of the same name is that one.
      if (e.scope.datacenter !== undefined) return entries;
      continue;
    }
    if (e.notApplied !== undefined) continue;
    if (datacenter === undefined) datacenter = e.scope.datacenter;
    else if (datacenter !== e.scope.datacenter) return entries;
  }
  if (datacenter === undefined || workloads.some((w) => w.scope.datacenter !== undefined)) return entries;
  return entries.map((e) => (e.datacenterDeclared && e.notApplied === undefined ? e.withScope(makeScope(e.scope.partition)) : e));
}
