/**
 * proxy-defaults: `ProxyConfigEntry.Validate` (hashicorp/consul agent/structs/config_entry.go:
 * name, AccessLogs, Meta, Config socket dir, extensions, failover, locality, MutualTLSMode;
 * each returns at once) and the consul-k8s `ProxyDefaults.Validate` webhook.
 * The name is `invalid-entry-name`'s; FailoverPolicy and PrioritizeByLocality depend on
 * the edition (CE rejects any value) and are not checked.
 */
import { fieldAt, fld, mapObject, str, sub, type Checker } from './context.js';
import { consul, fix, webhook } from './messages.js';
import { checkCrdExpose, checkCrdMeshGateway, checkMeta, checkMutualTLSMode } from './shared.js';
import { lastProp } from '../../src/parse/nodes.js';

export function checkProxyDefaults(c: Checker): void {
  checkAccessLogs(c);
  checkMeta(c);
  checkConfig(c);
  if (c.crd) {
    checkCrdMeshGateway(c, c.entry.root, 'spec.meshGateway');
    checkCrdExpose(c);
  }
  checkMutualTLSMode(c);
}

/** `AccessLogsConfig.Validate` (Consul) / `AccessLogs.validate` (webhook): the first problem only, as both return. */
function checkAccessLogs(c: Checker): void {
  const logs = sub(c.entry.root, 'AccessLogs');
  if (!logs) return;
  const type = str(logs, 'Type') ?? '';
  const path = str(logs, 'Path') ?? '';
  const json = str(logs, 'JSONFormat') ?? '';
  const text = str(logs, 'TextFormat') ?? '';
  const at = (field: string) => fieldAt(c.entry, fld(logs, field) ?? fld(c.entry.root, 'AccessLogs')!);
  const reject = (field: string, consulErr: string, crdField: string, crdValue: string, crdDetail: string, fixText: string) => {
    if (c.crd) c.webhook(at(field), webhook.invalid(`spec.accessLogs.${crdField}`, crdValue, crdDetail), fixText);
    else c.consul(at(field), consulErr, fixText);
  };
  if (!['', 'stdout', 'stderr', 'file'].includes(type)) {
    return reject('Type', consul.accessLogType(type), 'type', type, 'invalid access log type (must be one of "stdout", "stderr", "file"', fix.oneOf(['stdout', 'stderr', 'file']));
  }
  if (type === 'file' && path === '') {
    return reject('Type', consul.accessLogPathRequired, 'path', '', 'path must be specified when using file type access logs', 'set Path to the log file');
  }
  if (json !== '' && text !== '') {
    return reject('TextFormat', consul.accessLogBothFormats, 'textFormat', text, 'cannot specify both access log jsonFormat and textFormat', 'keep JSONFormat or TextFormat, not both');
  }
  if (type !== 'file' && path !== '') {
    return reject('Path', consul.accessLogPathOnlyFile, 'path', path, 'path is only valid for file type access logs', 'set Type = "file" or remove Path');
  }
  if (json !== '') {
    const err = jsonSyntaxError(json);
    if (err) reject('JSONFormat', consul.accessLogJSON(err), 'jsonFormat', json, 'invalid access log json', 'write JSONFormat as a JSON object');
  }
}

/**
 * Whether `s` is valid JSON, and if not, Go's error where it is easy to reproduce
 * (`encoding/json` scanner: the first character, or an empty input); `…` otherwise.
 */
function jsonSyntaxError(s: string): string | undefined {
  try {
    JSON.parse(s);
    return undefined;
  } catch {
    const t = s.replace(/^[ \t\r\n]+/, '');
    if (t === '') return 'unexpected end of JSON input';
    if (!/^[{["\-0-9tfn]/.test(t)) return `invalid character '${t[0]}' looking for beginning of value`;
    return '…';
  }
}

/** `validateOpaqueProxyConfig`: `envoy_hcp_metrics_bind_socket_dir` at most 70 bytes (exact key, a Go map lookup). */
function checkConfig(c: Checker): void {
  const config = mapObject(c.entry.root, 'Config');
  if (!config) return;
  const prop = lastProp(config, 'envoy_hcp_metrics_bind_socket_dir');
  if (!prop || prop.value.type !== 'string') return;
  const n = Buffer.byteLength(prop.value.value as string);
  if (n > 70) c.consul(c.entry.at(prop.range, 'Config.envoy_hcp_metrics_bind_socket_dir'), consul.socketDir(n), 'use a directory path of at most 70 bytes');
}
