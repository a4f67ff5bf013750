/**
 * Terraform `resource "consul_config_entry"` → `ConfigEntry` (origin `terraform`), with
 * locations inside the .tf file. src/parse/terraform.ts gives one document per resource
 * whose root holds the resource's arguments, `config_json` already turned into an object.
 *
 * The provider (hashicorp/terraform-provider-consul `resource_consul_config_entry.go`)
 * unmarshals `config_json` into a map, sets `kind` and `name` (and, in newer releases,
 * `partition` and `namespace`) from the arguments, and decodes the map into the `api`
 * config entry with mapstructure (weakly typed, unknown keys rejected, names matched
 * case-insensitively). So the entry is decoded here as Consul's JSON: style `consul`,
 * repeats `last`, the arguments beside the `config_json` keys.
 *
 * Values Terraform computes at plan time (`var.x`, `"${…}"`) are unknown: they are kept as
 * null (no finding about them), and a resource whose `kind` or `config_json` is unknown is
 * left out. Other resource types never reach this module.
 */
import type { ParsedFile } from '../parse/index.js';
import type { LNode, LObject, LProperty, LScalar, LocatedDocument, SourceRange } from '../parse/located.js';
import { isUnknown } from '../parse/terraform.js';
import { decodeObject, type DecodeIssue } from './decode.js';
import { ConfigEntry, type ComputedField, type NotEvaluated } from './entries.js';
import { KIND_KEYS, kindSpec } from './kinds.js';
import type { NormalizedFile } from './normalize.js';
import { makeScope, type ScopeHint } from './scope.js';
import { lastProp } from '../parse/nodes.js';

function within(inner: SourceRange, outer: SourceRange): boolean {
  return inner.start.offset >= outer.start.offset && inner.end.offset <= outer.end.offset;
}

/** Ranges of the unknown (plan-time) values of a tree. */
function unknownRanges(n: LNode, out: SourceRange[] = []): SourceRange[] {
  if (isUnknown(n)) out.push(n.range);
  else if (n.type === 'object') for (const p of n.props) unknownRanges(p.value, out);
  else if (n.type === 'array') for (const i of n.items) unknownRanges(i, out);
  return out;
}

/** Fields below `n` whose value Terraform computes, by dotted path. */
function computedFields(n: LNode, at: string, out: ComputedField[]): ComputedField[] {
  if (isUnknown(n)) out.push({ field: at, expression: (n as LScalar).raw ?? '', range: n.range });
  else if (n.type === 'object') for (const p of n.props) computedFields(p.value, at === '' ? p.key : `${at}.${p.key}`, out);
  else if (n.type === 'array') n.items.forEach((item, i) => computedFields(item, `${at}[${i}]`, out));
  return out;
}

export function normalizeTerraformDocument(file: ParsedFile, doc: LocatedDocument, hint: ScopeHint, out: NormalizedFile): void {
  const root = doc.root;
  if (root.type !== 'object') return;
  out.consulLike = true;
  const kindP = lastProp(root, 'kind');
  if (!kindP) {
    out.issues.push({
      ruleId: 'invalid-value',
      message: 'consul_config_entry has no kind: Terraform rejects it with The argument "kind" is required, but no definition was found.',
      range: { start: root.range.start, end: root.range.start },
      subject: `${file.path}#${doc.index}#kind`,
    });
    return;
  }
  if (kindP.value.type !== 'string') return; // computed at plan time
  const kind = kindP.value.value as string;
  const spec = kindSpec(kind);

  const cj = lastProp(root, 'config_json');
  let config: LObject | undefined;
  if (cj) {
    if (isUnknown(cj.value)) return; // file(), templatefile(), a variable: Terraform's to compute
    if (cj.value.type !== 'object') {
      out.issues.push({
        ruleId: 'invalid-value',
        message: `config_json must hold a JSON object: the provider fails with Failed to unmarshal configMap: json: cannot unmarshal ${
          cj.value.type === 'array' ? 'array' : cj.value.type
        } into Go value of type map[string]interface {}`,
        range: cj.value.range,
        subject: `${file.path}#${doc.index}#config_json`,
      });
      return;
    }
    config = cj.value;
  }

  // The map the provider decodes (makeConfigEntry in hashicorp/terraform-provider-consul
  // consul/resource_consul_config_entry.go): the config_json keys, with kind, name,
  // Partition and Namespace set from the resource's arguments — which win over config_json's.
  const notEvaluated: NotEvaluated[] = [];
  const args: LProperty[] = [kindP];
  const argKeys = new Set(['kind']);
  const identity = [
    ['name', 'Name'],
    ['partition', 'Partition'],
    ['namespace', 'Namespace'],
  ] as const;
  // Partition and Namespace are set even when the argument is absent (to "", d.Get's zero value):
  // config_json's are always replaced, and said so (terraform-overridden).
  const overridden: DecodeIssue[] = [];
  for (const [arg, field] of identity) {
    if (arg === 'name' && spec?.hasName === false) continue;
    const p = lastProp(root, arg);
    if (!p) {
      if (arg === 'name') continue;
      argKeys.add(arg);
      const inJson = (config?.props ?? []).filter((x) => x.key.toLowerCase() === arg);
      const last = inJson[inJson.length - 1];
      // "default" (or "") is where the entry goes anyway: nothing is lost.
      if (last && !isUnknown(last.value) && !(last.value.type === 'string' && (last.value.value === '' || last.value.value === 'default'))) {
        const written = last.value.type === 'string' ? String(last.value.value) : (last.value as LScalar).raw ?? '';
        overridden.push({
          code: 'terraform-overridden',
          path: field,
          message: `${field} "${written}" in config_json is replaced by the resource's ${arg} argument, which is not set: the provider writes the entry to the ${arg === 'partition' ? 'default partition' : 'default namespace'} — set ${arg} = "${written}" on the resource instead`,
          range: last.keyRange,
        });
      }
      continue;
    }
    argKeys.add(arg);
    if (isUnknown(p.value)) notEvaluated.push({ field, expression: (p.value as LScalar).raw, range: p.value.range });
    else args.push(p);
  }
  const fromJson = (config?.props ?? []).filter((p) => !argKeys.has(p.key.toLowerCase()));
  // An identity key of config_json that is itself an expression (`Partition = var.partition`).
  for (const [arg, field] of identity) {
    if (argKeys.has(arg)) continue;
    const p = [...fromJson].reverse().find((x) => x.key.toLowerCase() === arg);
    if (p && isUnknown(p.value)) notEvaluated.push({ field, expression: (p.value as LScalar).raw, range: p.value.range });
  }
  const props: LProperty[] = [...args, ...fromJson];
  const merged: LObject = { type: 'object', range: config?.range ?? root.range, props };

  const decoded = spec
    ? decodeObject(merged, spec.fields, { style: 'consul', repeats: 'last', skipTopLevel: KIND_KEYS })
    : { value: { type: 'object' as const, node: merged, fields: new Map() }, issues: [] as DecodeIssue[] };
  // Problems with values Terraform computes are not ours to judge.
  const unknown = decoded.issues.length > 0 ? unknownRanges(merged) : [];
  const issues = [...overridden, ...decoded.issues.filter((i) => !unknown.some((u) => within(i.range, u)))];

  const scalar = (name: string): string => {
    const f = decoded.value.fields.get(name);
    return f && f.value.type === 'scalar' && typeof f.value.value === 'string' ? f.value.value : '';
  };
  const nameField = decoded.value.fields.get('Name');
  const exprOf = (field: NotEvaluated['field']) => notEvaluated.find((n) => n.field === field);
  const partitionExpr = exprOf('Partition');
  const partition = partitionExpr ? partitionExpr.expression : scalar('Partition') || hint.partition || 'default';
  const namespace = exprOf('Namespace')?.expression ?? (scalar('Namespace') || hint.namespace || 'default');
  const nameExpr = exprOf('Name');
  out.entries.push(
    new ConfigEntry({
      writtenKind: kind,
      spec,
      name: spec?.hasName === false ? spec.kind : (nameExpr?.expression ?? scalar('Name')),
      partition,
      namespace,
      // A partition Terraform computes is no partition we know: a scope of its own, compared with none.
      scope: partitionExpr ? { partition, key: `\u0000${file.path}#${doc.index}:${partition}`, computed: true } : makeScope(partition, hint.datacenter),
      origin: 'terraform',
      file: file.path,
      range: root.range,
      documentIndex: doc.index,
      kindRange: kindP.range,
      nameRange: nameExpr?.range ?? nameField?.props[nameField.props.length - 1]!.range,
      root: decoded.value,
      raw: merged,
      issues,
      provider: providerOf(root),
      notEvaluated,
      // Identity fields are listed as notEvaluated already.
      computedFields: computedFields(merged, '', []).filter((c) => !notEvaluated.some((n) => n.range === c.range)),
    }),
  );
}

/** `provider = consul.dc2` → `consul.dc2`; the default provider → undefined. */
function providerOf(root: LObject): string | undefined {
  const p = lastProp(root, 'provider');
  if (!p) return undefined;
  const v = p.value as LScalar;
  const text = (typeof v.value === 'string' ? v.value : v.raw ?? '').trim();
  return text === '' ? undefined : text;
}
