/**
 * Nomad job specifications as Nomad registers their Consul services: a group `service` with
 * `connect { sidecar_service { … } }` is a mesh service with a sidecar, and its proxy runs in
 * transparent mode only when `proxy { transparent_proxy { … } }` is written (Nomad 1.8+).
 * Without that block Nomad registers the sidecar with no Mode and sets up no traffic
 * redirection, as consul-k8s does for a pod with transparent proxy off.
 * Sources: hashicorp/nomad website/content/docs/job-specification/transparent_proxy.mdx and
 * proxy.mdx (placement job → group → service → connect → sidecar_service → proxy →
 * transparent_proxy); command/agent/consul/connect.go (connectSidecarProxy sets
 * Mode = api.ProxyModeTransparent only when TransparentProxy is set).
 */
import type { LProperty, LocatedDocument } from '../parse/located.js';
import { parseHcl2Structure } from '../parse/terraform.js';
import { blocks, labeled, literal } from './hcl-blocks.js';
import { lastProp } from '../parse/nodes.js';
import type { ParsedFile } from '../parse/index.js';
import type { Located } from './located-ref.js';
import { makeScope, type ScopeHint } from './scope.js';
import type { Workload } from './workloads.js';

const NOMAD_JOB = /^job\s+"[^"\n]*"\s*\{/m;

/** A Nomad job specification (`job "web" { … }`, often named `*.nomad.hcl` or `*.nomad`). */
export function isNomadJob(file: ParsedFile): boolean {
  return file.format === 'hcl' && (/\.nomad(\.hcl)?$/i.test(file.path) || NOMAD_JOB.test(file.text ?? ''));
}

/**
 * The job file's documents. Nomad reads job files as HCL2: most use `variable` blocks and
 * expressions (`type = list(string)`, `var.region`) that HCL v1 cannot read, so when HCL v1
 * fails the file is read as an HCL2 body instead (its blocks in the same shape).
 */
function jobDocuments(file: ParsedFile): readonly LocatedDocument[] {
  if (file.result.documents.length > 0 && !file.result.problems.some((p) => p.fatal)) return file.result.documents;
  return parseHcl2Structure(file.text ?? '', file.lines).documents;
}

/** The Consul services with a sidecar declared by a Nomad job file. */
export function nomadWorkloads(file: ParsedFile, hint: ScopeHint): Workload[] {
  if (!isNomadJob(file)) return [];
  const out: Workload[] = [];
  const loc = (p: { range: LProperty['range'] }, what: string): Located => ({ file: file.path, range: p.range, subject: `${file.path}#nomad.${what}` });
  for (const doc of jobDocuments(file)) {
    if (doc.root.type !== 'object') continue;
    for (const job of labeled(doc.root, 'job')) {
      for (const group of labeled(job.body, 'group')) {
        // Group `consul { namespace, partition }` (Nomad Enterprise) places the services.
        const consul = blocks(group.body, 'consul')[0];
        const partition = hint.partition ?? (consul && literal(lastProp(consul, 'partition')));
        const namespace = hint.namespace || (consul && literal(lastProp(consul, 'namespace'))) || 'default';
        for (const service of blocks(group.body, 'service')) {
          const connect = blocks(service, 'connect')[0];
          const sidecar = connect && blocks(connect, 'sidecar_service')[0];
          if (!sidecar) continue;
          const nameProp = lastProp(service, 'name');
          const name = literal(nameProp);
          // Nomad's default name (job-group-service) or an interpolated one names no service we can match.
          if (!name || !nameProp) continue;
          const proxyProp = connect.props.find((p) => p.key === 'sidecar_service');
          const proxy = blocks(sidecar, 'proxy')[0];
          const tproxyProp = proxy?.props.find((p) => p.key === 'transparent_proxy');
          const what = `job.${job.label}.group.${group.label}.service.${name}`;
          out.push({
            label: `Nomad job "${job.label}" group "${group.label}" service "${name}"`,
            kind: 'NomadService',
            name,
            k8sNamespace: '',
            services: [name],
            serviceSource: 'registration',
            serviceAt: loc(nameProp, `${what}.name`),
            scope: makeScope(partition, hint.datacenter),
            consulNamespace: namespace,
            at: loc(nameProp, what),
            injected: true,
            injectedSource: 'registration',
            injectedAt: proxyProp ? loc(proxyProp, `${what}.sidecar_service`) : undefined,
            transparentProxy: tproxyProp !== undefined,
            transparentProxySource: 'nomad',
            transparentProxyAt: tproxyProp ? loc(tproxyProp, `${what}.transparent_proxy`) : proxyProp ? loc(proxyProp, `${what}.sidecar_service`) : undefined,
            upstreams: [],
            exclusions: [],
          });
        }
      }
    }
  }
  return out;
}
