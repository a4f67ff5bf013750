/**
 * mesh: `MeshConfigEntry.Validate` (hashicorp/consul agent/structs/config_entry_mesh.go and
 * types/tls.go) and the consul-k8s `Mesh.Validate` webhook (TLS version enums).
 */
import type { NObject } from '../../src/model/decode.js';
import { fieldAt, fld, str, strings, sub, valueAt, type Checker } from './context.js';
import { consul, fix, webhook } from './messages.js';
import { checkMeta } from './shared.js';

const TLS_VERSIONS = ['TLS_AUTO', 'TLSv1_0', 'TLSv1_1', 'TLSv1_2', 'TLSv1_3'];
const ORDER: Record<string, number> = { TLSv1_0: 1, TLSv1_1: 2, TLSv1_2: 3, TLSv1_3: 4 };
/** Versions under which CipherSuites may be set (`TLSVersionsWithConfigurableCipherSuites`). */
const CIPHER_MIN_VERSIONS = ['', 'TLS_AUTO', 'TLSv1_0', 'TLSv1_1', 'TLSv1_2'];
/** `envoyTLSCipherSuiteStrings` keys. */
const ENVOY_CIPHERS = new Set([
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
]);
const PATH_ACTIONS = ['IMPLEMENTATION_SPECIFIC_DEFAULT', 'KEEP_UNCHANGED', 'REJECT_REQUEST', 'UNESCAPE_AND_REDIRECT', 'UNESCAPE_AND_FORWARD'];
const HEADER_ACTIONS = ['ALLOW', 'REJECT_REQUEST', 'DROP_HEADER'];

export function checkMesh(c: Checker): void {
  checkMeta(c);
  const tls = sub(c.entry.root, 'TLS');
  checkDirectionalTLS(c, sub(tls, 'Incoming'), 'incoming');
  checkDirectionalTLS(c, sub(tls, 'Outgoing'), 'outgoing');
  checkRequestNormalization(c);
}

function checkDirectionalTLS(c: Checker, cfg: NObject | undefined, dir: 'incoming' | 'outgoing'): void {
  if (!cfg) return;
  const min = str(cfg, 'TLSMinVersion') ?? '';
  const max = str(cfg, 'TLSMaxVersion') ?? '';
  let versionsOk = true;
  for (const [field, v, crdField] of [
    ['TLSMinVersion', min, 'tlsMinVersion'],
    ['TLSMaxVersion', max, 'tlsMaxVersion'],
  ] as const) {
    if (v === '' || TLS_VERSIONS.includes(v)) continue;
    versionsOk = false;
    const at = fieldAt(c.entry, fld(cfg, field)!);
    const fixText = versionFix(v);
    if (c.crd) c.webhook(at, webhook.oneOf(`spec.tls.${dir}.${crdField}`, v, [...TLS_VERSIONS, '']), fixText);
    else c.consul(at, consul.tlsVersion(dir, v), fixText);
  }
  if (versionsOk && ORDER[min] !== undefined && ORDER[max] !== undefined && ORDER[max]! < ORDER[min]!) {
    c.consul(fieldAt(c.entry, fld(cfg, 'TLSMaxVersion')!), consul.tlsMaxBelowMin(dir, max, min), 'set TLSMaxVersion at or above TLSMinVersion');
  }
  const ciphers = strings(cfg, 'CipherSuites');
  if (ciphers.length === 0 || !versionsOk) return;
  const cipherF = fld(cfg, 'CipherSuites')!;
  if (!CIPHER_MIN_VERSIONS.includes(min)) {
    c.consul(fieldAt(c.entry, cipherF), consul.tlsCipherWithTLS13(dir, min), 'remove CipherSuites (TLS 1.3 suites are not configurable)');
    return;
  }
  const unknown = ciphers.filter((s) => !ENVOY_CIPHERS.has(s.value));
  if (unknown.length > 0) {
    c.consul(
      valueAt(c.entry, unknown[0]!.node, `TLS.${dir}.CipherSuites[${unknown[0]!.index}]`),
      consul.tlsCipherUnknown(dir, unknown.map((u) => u.value)),
      'use IANA names such as "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"',
    );
  }
}

function versionFix(v: string): string {
  const guess = v.replace(/^tls\s*v?/i, 'TLSv').replace(/\./g, '_');
  return TLS_VERSIONS.includes(guess) ? `write ${JSON.stringify(guess)}` : fix.oneOf(TLS_VERSIONS);
}

function checkRequestNormalization(c: Checker): void {
  const rn = sub(sub(sub(c.entry.root, 'HTTP'), 'Incoming'), 'RequestNormalization');
  if (!rn) return;
  const path = str(rn, 'PathWithEscapedSlashesAction') ?? '';
  if (path !== '' && !PATH_ACTIONS.includes(path)) {
    c.consul(fieldAt(c.entry, fld(rn, 'PathWithEscapedSlashesAction')!), consul.pathWithEscapedSlashes(path), fix.oneOf(PATH_ACTIONS));
    return;
  }
  const headers = str(rn, 'HeadersWithUnderscoresAction') ?? '';
  if (headers !== '' && !HEADER_ACTIONS.includes(headers)) {
    c.consul(fieldAt(c.entry, fld(rn, 'HeadersWithUnderscoresAction')!), consul.headersWithUnderscores(headers), fix.oneOf(HEADER_ACTIONS));
  }
}
