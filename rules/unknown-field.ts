import { defineRule } from '../src/engine/rule.js';
import { didYouMean } from '../src/suggest.js';
import type { DecodeIssue } from '../src/model/decode.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { crdName, type FieldSpec, type FieldType } from '../src/model/schema.js';
import { describeScope } from '../src/model/scope.js';

/** The entry as messages name it: `mesh (partition "default")`, `ServiceDefaults "api" (partition "default")`. */
function who(e: ConfigEntry): string {
  const name = e.crd ? `${e.crd.kind} "${e.crd.metadataName ?? ''}"` : e.label;
  return `${name} (${describeScope(e.scope)})`;
}

const messages = {
  unknownKey: (e: ConfigEntry, consulError: string, fix: string) =>
    `${who(e)}: ${consulError}; Consul rejects the entry — ${fix}`,
  meshName: (e: ConfigEntry, key: string) =>
    `${who(e)}: invalid config key "${key}"; Consul rejects the entry because the mesh entry has no name (it is always "mesh") — remove the ${key} key`,
  proxyProtocol: (e: ConfigEntry, key: string, value: string) =>
    `${who(e)}: invalid config key "${key}"; consul config write rejects the entry (the HTTP API ignores the key: the protocol comes only from Config) — set it inside Config instead (${
      e.origin === 'hcl' ? `Config { protocol = "${value}" }` : `"Config": { "protocol": "${value}" }`
    })`,
  crdUnknown: (e: ConfigEntry, path: string, fix: string) =>
    `${who(e)}: unknown field "${path}"; kubectl apply rejects it (strict field validation) and with other clients the API server drops it, so Consul never receives the setting — ${fix}`,
  crdProxyProtocol: (e: ConfigEntry, value: string) =>
    `${who(e)}: unknown field "spec.protocol"; ProxyDefaults has no spec.protocol (kubectl apply rejects it, other clients have it dropped) — set the protocol in spec.config instead (config: { protocol: ${value} })`,
  duplicateSpelling: (e: ConfigEntry, canonical: string, winner: string, loser: string, consulKey: string | undefined) =>
    consulKey
      ? `${who(e)}: ${canonical} is set twice, as "${winner}" and "${loser}"; Consul decodes "${winner}" and rejects the entry with invalid config key "${consulKey}" — keep one spelling`
      : `${who(e)}: ${canonical} is set twice, as "${winner}" and "${loser}"; Consul keeps "${winner}" and silently ignores "${loser}" — keep one spelling`,
  terraformDropped: (e: ConfigEntry, path: string, fix: string) =>
    `${who(e)}: "${path}" is not a field of ${e.kind}; the Terraform provider decodes config_json with api.DecodeConfigEntry, which drops keys it does not know, so Consul never receives this setting — ${fix}`,
  duplicateKey: (e: ConfigEntry, key: string, times: number, line: number) =>
    `${who(e)}: "${key}" is set ${times} times in one object; ${lastWins(e)} keeps only the last value (line ${line}) and silently drops the others — remove them`,
  duplicateKeyEarlier: (key: string) => `"${key}" set here too; this value is not used`,
  repeatedKind: (e: ConfigEntry, count: number) =>
    `${who(e)}: Kind is set ${count} times in one object, so Consul reads these entries as one (the last Kind wins and the other entries' keys become unknown or overwritten) — write one config entry per file`,
};

export default defineRule({
  meta: {
    id: 'unknown-field',
    description: "A key Consul's decoder does not know for the entry's kind, or one key written twice",
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/unknown-field.md',
    fixable: true,
  },
  check({ model, report }) {
    for (const e of model.entries) {
      if (!e.spec) continue;
      // Several entries pasted into one HCL/JSON object: `consul config write` takes one entry per file.
      const kinds = e.crd ? [] : e.raw.props.filter((p) => p.key === 'Kind' || p.key === 'kind');
      if (kinds.length > 1) report({ at: e.at(kinds[1]!.keyRange, 'Kind'), message: messages.repeatedKind(e, kinds.length) });
      for (const issue of e.issues) {
        const at = e.at(issue.range, issue.path);
        switch (issue.code) {
          case 'unknown-key':
            if (e.origin === 'terraform') {
              // Not a rejection: the provider's decoder drops the key before Consul sees it.
              const s = didYouMean(lastSegment(issue.path), issue.known ?? []);
              report({ at, message: messages.terraformDropped(e, issue.path, s ? `did you mean "${s}"?` : 'remove it or correct its spelling'), atMost: 'warning', ...renameFix(issue, s) });
            } else report({ at, message: unknownKeyMessage(e, issue), ...renameFix(issue, suggestionFor(e, issue)) });
            break;
          case 'terraform-overridden':
            // Not a rejection: the provider replaces the value before Consul sees it.
            report({ at, message: `${who(e)}: ${issue.message}`, atMost: 'warning' });
            break;
          case 'duplicate-spelling': {
            // The decoder gives every duplicate spelling its facts.
            const d = issue.spelling!;
            report({ at, message: messages.duplicateSpelling(e, d.canonical, d.winner, d.loser, d.consulKey) });
            break;
          }
          case 'duplicate-key': {
            // A repeated YAML key is already a parser warning (parse-error). Not a rejection: the
            // readers keep the last value, so a warning at it, with the lost ones related.
            if (e.origin === 'crd' || e.origin === 'yaml') break;
            const earlier = issue.earlier ?? [];
            const key = issue.key ?? lastSegment(issue.path);
            report({
              at,
              message: messages.duplicateKey(e, key, earlier.length + 1, issue.range.start.line),
              related: earlier.map((r) => ({ at: e.at(r, issue.path), message: messages.duplicateKeyEarlier(key) })),
              atMost: 'warning',
            });
            break;
          }
          default:
            break;
        }
      }
    }
  },
});

/**
 * Who drops the earlier values of a repeated key: `consul config write` decodes JSON with Go's
 * encoding/json (command/helpers/decode_shim.go hclDecode) and HCL with HCL v1 (decoder.go
 * decodeMap: a later literal overwrites the map value); in Terraform, an HCL object constructor
 * (hashicorp/hcl hclsyntax ObjectConsExpr.Value: `vals[keyStr] = val`, no diagnostic) keeps the
 * last of a repeated key, and the provider unmarshals a JSON config_json with encoding/json.
 */
function lastWins(e: ConfigEntry): string {
  if (e.origin === 'hcl') return 'HCL v1 (which consul config write uses)';
  if (e.origin === 'terraform') return 'Terraform (an HCL object or JSON string alike)';
  return "consul config write (Go's encoding/json)";
}

/**
 * The one key the message suggests, when it suggests one: a misspelling of a known key. Not
 * for keys whose message says something else (a mesh entry's Name, proxy-defaults' Protocol).
 */
function suggestionFor(e: ConfigEntry, issue: DecodeIssue): string | undefined {
  const key = lastSegment(issue.path);
  const lower = key.toLowerCase();
  const topLevel = parentPath(issue.path) === (e.crd ? 'spec' : '');
  if (topLevel && e.kind === 'proxy-defaults' && lower === 'protocol') return undefined;
  if (!e.crd && topLevel && e.kind === 'mesh' && lower === 'name') return undefined;
  return didYouMean(key, issue.known ?? []);
}

/** `--fix`: the misspelled key renamed to the suggestion, in place (quotes and value kept). */
function renameFix(issue: DecodeIssue, to: string | undefined): { fix?: { from: string; to: string; description: string } } {
  const from = lastSegment(issue.path);
  return to && to !== from ? { fix: { from, to, description: `rename "${from}" to "${to}"` } } : {};
}

function lastSegment(path: string): string {
  const i = path.lastIndexOf('.');
  return i < 0 ? path : path.slice(i + 1);
}

function parentPath(path: string): string {
  const i = path.lastIndexOf('.');
  return i < 0 ? '' : path.slice(0, i);
}

function unknownKeyMessage(e: ConfigEntry, issue: DecodeIssue): string {
  const key = lastSegment(issue.path);
  const lower = key.toLowerCase();
  const topLevel = parentPath(issue.path) === (e.crd ? 'spec' : '');

  if (e.crd) {
    if (topLevel && e.kind === 'proxy-defaults' && lower === 'protocol') {
      return messages.crdProxyProtocol(e, writtenValue(e, issue) ?? 'http');
    }
    const s = didYouMean(key, issue.known ?? []);
    return messages.crdUnknown(e, crdPath(e.spec!.fields, issue.path), s ? `did you mean "${s}"?` : 'remove it or correct its spelling (spec keys are case-sensitive lowerCamelCase)');
  }

  if (topLevel && e.kind === 'mesh' && lower === 'name') return messages.meshName(e, key);
  if (topLevel && e.kind === 'proxy-defaults' && lower === 'protocol') {
    return messages.proxyProtocol(e, issue.path, writtenValue(e, issue) ?? 'http');
  }
  const s = didYouMean(key, issue.known ?? []);
  const fix = s ? `did you mean "${s}"?` : 'remove it or correct its spelling';
  return messages.unknownKey(e, consulUnknownKeyError(issue.path), fix);
}

/**
 * Consul's text for an unused key, as `consul config write` prints it: the CLI decodes into the
 * api package's structs and refuses a key they lack with the plain form, on CE and Enterprise
 * alike (command/helpers/helpers.go). The CE server's own wording for keys ending in "namespace"
 * ("namespaces are a consul enterprise feature", agent/structs/config_entry_ce.go
 * validateUnusedKeys) is only what its HTTP API answers, and an Enterprise server accepts such a
 * key there (an exported-services `Namespace` beside its `Partition`): not the text to quote.
 */
function consulUnknownKeyError(path: string): string {
  return `invalid config key "${path}"`;
}

/** The string value written for the unknown key, when it is one (for the Config hint). */
function writtenValue(e: ConfigEntry, issue: DecodeIssue): string | undefined {
  const obj = e.crd ? e.crd.spec : e.raw;
  const p = obj?.props.find((q) => q.keyRange.start.offset === issue.range.start.offset);
  return p && p.value.type === 'string' ? (p.value.value as string) : undefined;
}

/**
 * The decoder names parents by their Go field names (`spec.TransparentProxy.x`); a CRD user
 * writes the JSON tags (`spec.transparentProxy.x`). The last segment is the key as written.
 */
function crdPath(root: FieldSpec[], path: string): string {
  const segs = path.split('.');
  let fields: FieldSpec[] | undefined = root;
  const out = [segs[0]!];
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i]!;
    if (i === segs.length - 1) {
      out.push(seg);
      break;
    }
    // A key may hold dots or start with `[` (`.x`, `[0]`): a segment may be empty.
    const m = /^([^[]*)(.*)$/.exec(seg)!;
    const f: FieldSpec | undefined = fields?.find((x) => x.name === m[1]);
    let t: FieldType | undefined = f?.type;
    let rest = m[2]!;
    if (t?.t === 'map' && t.values && rest.startsWith('[')) {
      // Kubernetes names a map value by its key (`spec.failover.*.service`), the decoder as Go does (`Failover[*]`).
      const close = rest.indexOf(']');
      rest = `.${rest.slice(1, close)}${rest.slice(close + 1)}`;
      t = t.values;
    }
    out.push(`${f ? crdName(f) : m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1)}${rest}`);
    if (t?.t === 'list') t = t.of;
    fields = t?.t === 'object' ? t.fields : undefined;
  }
  return out.join('.');
}
