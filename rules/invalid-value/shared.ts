/**
 * Checks several kinds share: MutualTLSMode (service-defaults, proxy-defaults), the Meta
 * limits (`validateConfigEntryMeta`), and the consul-k8s webhook checks of the shared
 * CRD structs (MeshGateway, Expose).
 */
import type { NObject } from '../../src/model/decode.js';
import { exceedsBytes, fld, fieldAt, mapObject, objects, str, sub, type Checker } from './context.js';
import { consul, fix, webhook } from './messages.js';

const MUTUAL_TLS_MODES = ['', 'strict', 'permissive'];

/** `MutualTLSMode.validate` (Consul) / `spec.mutualTLSMode` (webhook): exact lower case. */
export function checkMutualTLSMode(c: Checker): void {
  const f = fld(c.entry.root, 'MutualTLSMode');
  const v = str(c.entry.root, 'MutualTLSMode');
  if (!f || v === undefined || MUTUAL_TLS_MODES.includes(v)) return;
  if (c.crd) c.webhook(fieldAt(c.entry, f), webhook.mutualTLSMode(v), fix.mutualTLSMode(v));
  else c.consul(fieldAt(c.entry, f), consul.mutualTLSMode(v), fix.mutualTLSMode(v));
}

/**
 * `validateConfigEntryMeta`: at most 64 pairs, keys ≤ 128 and values ≤ 512 bytes. A CRD's
 * Meta is set by the controller, so only HCL/JSON entries are checked.
 */
export function checkMeta(c: Checker): void {
  if (c.crd) return;
  const f = fld(c.entry.root, 'Meta');
  const meta = mapObject(c.entry.root, 'Meta');
  if (!f || !meta) return;
  // Go maps keep the last of a repeated key.
  const byKey = new Map<string, (typeof meta.props)[number]>();
  for (const p of meta.props) byKey.set(p.key, p);
  if (byKey.size > 64) c.consul(fieldAt(c.entry, f), consul.metaCount, 'keep at most 64 Meta pairs');
  for (const [k, p] of byKey) {
    if (exceedsBytes(k, 128)) c.consul(c.entry.at(p.keyRange, `Meta.${k}`), consul.metaKey(k), 'shorten the key to 128 bytes');
    const v = p.value.type === 'string' ? (p.value.value as string) : p.value.type === 'number' ? p.value.raw : undefined;
    if (v !== undefined && exceedsBytes(v, 512)) {
      c.consul(c.entry.at(p.range, `Meta.${k}`), consul.metaValue(k), 'shorten the value to 512 bytes');
    }
  }
}

const MESH_GATEWAY_MODES = ['remote', 'local', 'none', ''];

/**
 * consul-k8s `MeshGateway.validate`. Consul itself does not validate MeshGateway.Mode in
 * config entries (HCL/JSON are not checked here).
 */
export function checkCrdMeshGateway(c: Checker, o: NObject | undefined, crdPath: string): void {
  if (!c.crd) return;
  const mg = sub(o, 'MeshGateway');
  const f = fld(mg, 'Mode');
  const v = str(mg, 'Mode');
  if (!f || v === undefined || MESH_GATEWAY_MODES.includes(v)) return;
  c.webhook(fieldAt(c.entry, f), webhook.oneOf(`${crdPath}.mode`, v, MESH_GATEWAY_MODES), fix.oneOf(['local', 'remote', 'none']));
}

/** consul-k8s `Expose.validate`: paths start with `/`, protocol `http` or `http2`. Consul does not check these. */
export function checkCrdExpose(c: Checker): void {
  if (!c.crd) return;
  for (const p of objects(sub(c.entry.root, 'Expose'), 'Paths')) {
    const path = str(p.obj, 'Path');
    const pathF = fld(p.obj, 'Path');
    if (pathF && path && !path.startsWith('/')) {
      c.webhook(fieldAt(c.entry, pathF), webhook.slash(`spec.expose.paths[${p.index}].path`, path), `write ${JSON.stringify(`/${path}`)}`);
    }
    const proto = str(p.obj, 'Protocol');
    const protoF = fld(p.obj, 'Protocol');
    if (protoF && proto && !['http', 'http2'].includes(proto)) {
      c.webhook(fieldAt(c.entry, protoF), webhook.oneOf(`spec.expose.paths[${p.index}].protocol`, proto, ['http', 'http2']), fix.oneOf(['http', 'http2']));
    }
  }
}
