/**
 * service-defaults: `ServiceConfigEntry.Validate` (hashicorp/consul
 * agent/structs/config_entry.go; MutualTLSMode last, Protocol since 1.20) and the
 * consul-k8s `ServiceDefaults.Validate` webhook (servicedefaults_types.go).
 */
import { isIP } from 'node:net';
import type { NObject } from '../../src/model/decode.js';
import { fieldAt, fld, num, objects, str, strings, sub, valueAt, type Checker } from './context.js';
import { consul, fix, webhook } from './messages.js';
import { checkCrdExpose, checkCrdMeshGateway, checkMeta, checkMutualTLSMode } from './shared.js';

const PROTOCOLS = ['tcp', 'http', 'http2', 'grpc'];
const BALANCES = ['', 'exact_balance'];

export function checkServiceDefaults(c: Checker): void {
  const root = c.entry.root;
  checkMeta(c);
  checkProtocol(c);
  checkBalanceInbound(c);
  checkUpstreamsAndDestination(c);
  if (c.crd) {
    checkCrdMeshGateway(c, root, 'spec.meshGateway');
    checkCrdExpose(c);
    for (const [name, crdName, label] of [
      ['MaxInboundConnections', 'maxinboundconnections', 'MaxInboundConnections'],
      ['LocalConnectTimeoutMs', 'localConnectTimeoutMs', 'LocalConnectTimeoutMs'],
      ['LocalRequestTimeoutMs', 'localRequestTimeoutMs', 'LocalRequestTimeoutMs'],
    ] as const) {
      const v = num(root, name);
      const f = fld(root, name);
      if (f && v !== undefined && v < 0) {
        c.webhook(fieldAt(c.entry, f), webhook.invalid(`spec.${crdName}`, v, `${label} must be > 0`), 'use 0 (the default) or a positive number');
      }
    }
  }
  checkMutualTLSMode(c);
}

/** Consul lower-cases Protocol, then (since 1.20) accepts only these; the webhook compares exactly. */
function checkProtocol(c: Checker): void {
  const f = fld(c.entry.root, 'Protocol');
  const v = str(c.entry.root, 'Protocol');
  if (!f || v === undefined || v === '') return;
  if (c.crd) {
    if (!PROTOCOLS.includes(v)) c.webhook(fieldAt(c.entry, f), webhook.oneOf('spec.protocol', v, PROTOCOLS), fix.protocol(v, true));
  } else if (!PROTOCOLS.includes(v.toLowerCase())) {
    c.newerConsul(fieldAt(c.entry, f), consul.protocol(v.toLowerCase()), fix.protocol(v, false));
  }
}

function checkBalanceInbound(c: Checker): void {
  const f = fld(c.entry.root, 'BalanceInboundConnections');
  const v = str(c.entry.root, 'BalanceInboundConnections');
  if (!f || v === undefined || BALANCES.includes(v)) return;
  if (c.crd) {
    c.webhook(
      fieldAt(c.entry, f),
      webhook.invalid('spec.balanceInboundConnections', v, 'BalanceInboundConnections must be an empty string or exact_balance'),
      fix.exactBalance,
    );
  } else c.consul(fieldAt(c.entry, f), consul.balanceInbound(v), fix.exactBalance);
}

function checkUpstreamsAndDestination(c: Checker): void {
  const root = c.entry.root;
  const upstreamF = fld(root, 'UpstreamConfig');
  const destF = fld(root, 'Destination');
  const upstreams = sub(root, 'UpstreamConfig');
  const dest = sub(root, 'Destination');
  if (c.crd) {
    checkCrdUpstreams(c, upstreams);
    if (dest) checkDestination(c, dest);
  }
  if (upstreams && dest && destF && upstreamF) {
    // Validate returns here: the override and destination checks below do not run.
    c.consul(fieldAt(c.entry, destF), consul.upstreamAndDestination, 'keep UpstreamConfig or Destination, not both', [
      { at: fieldAt(c.entry, upstreamF), message: 'UpstreamConfig is set here' },
    ]);
    return;
  }
  if (upstreams) checkConsulUpstreams(c, upstreams);
  if (dest && !c.crd) checkDestination(c, dest);
}

/** `UpstreamConfig.validate(named)` for each override, and `validate(false)` for Defaults. */
function checkConsulUpstreams(c: Checker, upstreams: NObject): void {
  for (const o of objects(upstreams, 'Overrides')) {
    const name = str(o.obj, 'Name') ?? '';
    const peer = str(o.obj, 'Peer') ?? '';
    const rendered = name ? `${name}:${peer}` : ':';
    const nameF = fld(o.obj, 'Name');
    if (name === '') {
      if (!c.crd) c.consul(valueAt(c.entry, o.obj, o.path), consul.overrideNameRequired, 'name the upstream service this override is for');
      continue;
    }
    if (name === '*') {
      c.consul(fieldAt(c.entry, nameF!), consul.overrideWildcardName(rendered), 'use UpstreamConfig.Defaults for settings that apply to every upstream');
      continue;
    }
    const nsF = fld(o.obj, 'Namespace');
    if (nsF && str(o.obj, 'Namespace') === '*') {
      c.consul(fieldAt(c.entry, nsF), consul.overrideWildcardNamespace(rendered), 'name an exact namespace');
      continue;
    }
    checkUpstreamSettings(c, o.obj, (err) => consul.overrideOther(rendered, err));
  }
  const defaults = sub(upstreams, 'Defaults');
  if (!defaults) return;
  let named = false;
  for (const field of ['Name', 'Namespace', 'Partition'] as const) {
    const f = fld(defaults, field);
    if (!f || (str(defaults, field) ?? '') === '') continue;
    if (!c.crd) c.consul(fieldAt(c.entry, f), consul.defaultsMustBeEmpty(field), `remove ${field} from Defaults or move these settings to an Overrides entry`);
    named = true;
    break;
  }
  if (!named) checkUpstreamSettings(c, defaults, consul.defaultsOther);
}

/** PassiveHealthCheck.Validate, UpstreamLimits.Validate and the outbound balance value. */
function checkUpstreamSettings(c: Checker, o: NObject, wrap: (err: string) => string): void {
  const phc = sub(o, 'PassiveHealthCheck');
  const report = (f: ReturnType<typeof fld>, err: string, fixText: string) => {
    if (f) c.consul(fieldAt(c.entry, f), wrap(err), fixText);
  };
  if (phc) {
    if (isNegativeDuration(phc, 'Interval')) report(fld(phc, 'Interval'), consul.negativeInterval, 'use a positive interval');
    for (const [field, label] of [
      ['EnforcingConsecutive5xx', 'enforcing_consecutive_5xx'],
      ['MaxEjectionPercent', 'max_ejection_percent'],
    ] as const) {
      const v = num(phc, field);
      if (v !== undefined && v > 100) report(fld(phc, field), consul.percentage(label), 'use a value from 0 to 100');
    }
    if (isNegativeDuration(phc, 'BaseEjectionTime')) report(fld(phc, 'BaseEjectionTime'), consul.negativeEjection, 'use a positive duration');
  }
  const limits = sub(o, 'Limits');
  for (const [field, label] of [
    ['MaxConnections', 'max connections'],
    ['MaxPendingRequests', 'max pending requests'],
    ['MaxConcurrentRequests', 'max concurrent requests'],
  ] as const) {
    const v = num(limits, field);
    if (v !== undefined && v < 0) report(fld(limits, field), consul.negativeLimit(label), 'use 0 or a positive number');
  }
  const bal = str(o, 'BalanceOutboundConnections');
  if (bal !== undefined && !BALANCES.includes(bal)) {
    report(fld(o, 'BalanceOutboundConnections'), consul.balanceOutbound(bal), fix.exactBalance);
  }
}

function isNegativeDuration(o: NObject, field: string): boolean {
  const f = fld(o, field);
  if (!f || f.value.type !== 'scalar') return false;
  const v = f.value.value;
  if (typeof v === 'number') return v < 0;
  return typeof v === 'string' && /^-/.test(v) && /[1-9]/.test(v);
}

/** The consul-k8s webhook's `Upstreams.validate` (Defaults and Overrides). */
function checkCrdUpstreams(c: Checker, upstreams: NObject | undefined): void {
  if (!upstreams) return;
  const base = 'spec.upstreamConfig';
  const defaults = sub(upstreams, 'Defaults');
  if (defaults) {
    for (const field of ['Name', 'Namespace', 'Partition', 'Peer'] as const) {
      const f = fld(defaults, field);
      const v = str(defaults, field) ?? '';
      if (!f || v === '') continue;
      const lower = field.toLowerCase();
      c.webhook(
        fieldAt(c.entry, f),
        webhook.invalid(`${base}.defaults.${lower}`, v, `upstream.${lower} for a default upstream must be ""`),
        `remove ${lower} from defaults`,
      );
    }
    checkCrdMeshGateway(c, defaults, `${base}.defaults.meshGateway`);
  }
  for (const o of objects(upstreams, 'Overrides')) {
    const path = `${base}.overrides[${o.index}]`;
    const name = str(o.obj, 'Name') ?? '';
    const peer = str(o.obj, 'Peer') ?? '';
    if (name === '') {
      c.webhook(valueAt(c.entry, o.obj, o.path), webhook.invalid(`${path}.name`, '', 'upstream.name for an override upstream cannot be ""'), 'name the upstream service');
    }
    for (const field of ['Namespace', 'Partition'] as const) {
      if ((str(o.obj, field) ?? '') !== '' && peer !== '') {
        c.webhook(
          valueAt(c.entry, o.obj, o.path),
          webhook.invalid(path, '…', `both ${field.toLowerCase()} and peer cannot be specified.`),
          `remove ${field.toLowerCase()} or peer`,
        );
      }
    }
    checkCrdMeshGateway(c, o.obj, `${path}.meshGateway`);
  }
}

/** Destination: Consul's `Validate` for HCL/JSON, the webhook's `ServiceDefaultsDestination.validate` for CRDs. */
function checkDestination(c: Checker, dest: NObject): void {
  const destF = fld(c.entry.root, 'Destination')!;
  const addrs = strings(dest, 'Addresses');
  const addrF = fld(dest, 'Addresses');
  if (addrs.length === 0) {
    const at = fieldAt(c.entry, addrF ?? destF);
    if (c.crd) c.webhook(at, webhook.required('spec.destination.addresses', 'at least one address must be define per destination'), 'list the IP addresses or hostnames');
    else c.consul(at, consul.destinationNoAddress, 'list the IP addresses or hostnames of the destination');
  }
  const seen = new Set<string>();
  for (const a of addrs) {
    const at = valueAt(c.entry, a.node, `Destination.Addresses[${a.index}]`);
    if (seen.has(a.value)) {
      if (c.crd) c.webhook(at, webhook.duplicate(`spec.destination.addresses[${a.index}]`, a.value), 'list each address once');
      else c.consul(at, consul.destinationDuplicate(a.value), 'list each address once');
      continue;
    }
    seen.add(a.value);
    if (!validEndpointAddress(a.value)) {
      if (c.crd) {
        c.webhook(at, webhook.invalid(`spec.destination.addresses[${a.index}]`, a.value, `address ${a.value} is not a valid IP or hostname`), 'use an IP address or a hostname without "*"');
      } else c.consul(at, consul.destinationBadAddress(a.value), 'use an IP address or a hostname without "*"');
    }
  }
  const port = num(dest, 'Port') ?? 0;
  if (port < 1 || port > 65535) {
    const at = fieldAt(c.entry, fld(dest, 'Port') ?? destF);
    if (c.crd) c.webhook(at, webhook.invalid('spec.destination.port', port, 'invalid port number'), 'set a port from 1 to 65535');
    else c.consul(at, consul.destinationPort(port), 'set a port from 1 to 65535');
  }
}

/** `validateEndpointAddress`: net.ParseIP, or miekg/dns IsDomainName without `*`. */
export function validEndpointAddress(a: string): boolean {
  if (isIP(a) !== 0 && !a.includes('%')) return true;
  if (a.includes('*')) return false;
  return isDomainName(a);
}

/** miekg/dns `IsDomainName` (escapes aside): non-empty, no leading or doubled dot, labels < 64, wire length ≤ 256. */
function isDomainName(s: string): boolean {
  if (s === '') return false;
  const fqdn = s.endsWith('.') ? s : `${s}.`;
  if (fqdn === '.') return true;
  if (fqdn.startsWith('.')) return false;
  let off = 0;
  for (const label of fqdn.slice(0, -1).split('.')) {
    if (label === '') return false;
    if (Buffer.byteLength(label) >= 64) return false;
    off += 1 + Buffer.byteLength(label);
    if (off > 256) return false;
  }
  return true;
}
