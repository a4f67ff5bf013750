/**
 * Consul agent service definitions (`service { … }` / `services = [ … ]` in a .hcl or .json
 * file loaded with `consul services register` or the agent's config dir): a service with
 * `connect { sidecar_service { proxy { mode = "…" } } }` says where its proxy runs. Only a
 * written mode is evidence: with none, Consul resolves the mode from service-defaults and
 * proxy-defaults (the config entries the rules already read), so such a service adds nothing.
 * Source: hashicorp/consul agent/structs/connect_proxy_config.go (ConnectProxyConfig.Mode),
 * website/content/docs/connect/proxies/deploy-sidecar-services.mdx (sidecar_service.proxy).
 */
import type { LNode, LObject, LProperty } from '../parse/located.js';
import type { ParsedFile } from '../parse/index.js';
import { isNomadJob } from './nomad.js';
import { makeScope, type ScopeHint } from './scope.js';
import type { Workload } from './workloads.js';

/** Agent config keys are matched without case and with or without underscores, as Consul's decoder does. */
function norm(key: string): string {
  return key.toLowerCase().replace(/_/g, '');
}

function objects(n: LNode | undefined): LObject[] {
  if (!n) return [];
  if (n.type === 'object') return [n];
  if (n.type === 'array') return n.items.flatMap((i) => objects(i));
  return [];
}

function last(obj: LObject, key: string): LProperty | undefined {
  return [...obj.props].reverse().find((p) => norm(p.key) === key);
}

function str(p: LProperty | undefined): string | undefined {
  return p && p.value.type === 'string' && typeof p.value.value === 'string' ? p.value.value : undefined;
}

/** The services with a sidecar whose proxy mode the registration writes. */
export function registrationWorkloads(file: ParsedFile, hint: ScopeHint): Workload[] {
  if ((file.format !== 'hcl' && file.format !== 'json') || isNomadJob(file)) return [];
  const out: Workload[] = [];
  for (const doc of file.result.documents) {
    if (doc.root.type !== 'object') continue;
    const services = doc.root.props.filter((p) => norm(p.key) === 'service' || norm(p.key) === 'services').flatMap((p) => objects(p.value));
    for (const svc of services) {
      const nameProp = last(svc, 'name');
      const name = str(nameProp);
      const connect = objects(last(svc, 'connect')?.value)[0];
      const sidecar = connect && objects(last(connect, 'sidecarservice')?.value)[0];
      const proxy = sidecar && objects(last(sidecar, 'proxy')?.value)[0];
      const modeProp = proxy && last(proxy, 'mode');
      const mode = str(modeProp);
      if (!name || !nameProp || !modeProp || (mode !== 'transparent' && mode !== 'direct')) continue;
      const at = { file: file.path, range: nameProp.range, subject: `${file.path}#service.${name}` };
      out.push({
        label: `service registration "${name}"`,
        kind: 'ServiceRegistration',
        name,
        k8sNamespace: '',
        services: [name],
        serviceSource: 'registration',
        serviceAt: at,
        scope: makeScope(hint.partition ?? str(last(svc, 'partition')), hint.datacenter),
        consulNamespace: hint.namespace || str(last(svc, 'namespace')) || 'default',
        at,
        injected: true,
        injectedSource: 'registration',
        transparentProxy: mode === 'transparent',
        transparentProxySource: 'registration',
        transparentProxyAt: { file: file.path, range: modeProp.range, subject: `${file.path}#service.${name}.proxy.mode` },
        upstreams: [],
        exclusions: [],
      });
    }
  }
  return out;
}
