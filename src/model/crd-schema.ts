/**
 * The API server's structural-schema type check of a consul-k8s custom resource, which runs
 * before any webhook: a field whose value has another type than the CRD schema declares makes
 * Kubernetes reject the object (k8s.io/apiextensions-apiserver validation through
 * k8s.io/kube-openapi pkg/validation/validate type.go; message from go-openapi/errors
 * schema.go `InvalidType`, "%s in %s must be of type %s: %q"). The types come from the CRD
 * schemas of the consul-k8s chart (crd-types.generated.ts, scripts/crd-types.mjs).
 */
import type { LNode, LObject, SourceRange } from '../parse/located.js';
import { CRD_FIELD_TYPES, type CrdFieldType } from './crd-types.generated.js';

export interface SchemaTypeError {
  /** `spec.allowEnablingPermissiveMutualTLS` (list items as `[0]`). */
  path: string;
  expected: CrdFieldType;
  actual: string;
  range: SourceRange;
  /** The API server's words: `spec.x: Invalid value: "string": spec.x in body must be of type boolean: "string"`. */
  message: string;
}

/** The OpenAPI type name of a YAML value as the API server sees it after JSON conversion. */
function openApiType(n: LNode): string {
  switch (n.type) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(n.value) ? 'integer' : 'number';
    case 'object':
      return 'object';
    case 'array':
      return 'array';
    default:
      return 'null';
  }
}

function accepts(expected: CrdFieldType, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/**
 * The fields of `spec` with a value of another type than the schema's, and a copy of `spec`
 * without them: Kubernetes rejects the object, so nothing of what they say is applied, and the
 * rules read the field as not set.
 */
export function checkCrdTypes(crdKind: string, spec: LObject): { errors: SchemaTypeError[]; spec: LObject } {
  const table = CRD_FIELD_TYPES[crdKind]?.types;
  const errors: SchemaTypeError[] = [];
  if (!table) return { errors, spec };
  const visit = (node: LNode, schemaPath: string, path: string): LNode | undefined => {
    const expected = table[schemaPath];
    // null: the API server prunes or defaults it; no type error to claim here.
    if (expected && node.type !== 'null') {
      const actual = openApiType(node);
      if (!accepts(expected, actual)) {
        errors.push({
          path,
          expected,
          actual,
          range: node.range,
          message: `${path}: Invalid value: "${actual}": ${path} in body must be of type ${expected}: "${actual}"`,
        });
        return undefined;
      }
    }
    if (node.type === 'object') {
      let changed = false;
      const props = node.props.flatMap((p) => {
        const child = table[`${schemaPath}.${p.key}`] !== undefined || hasBelow(table, `${schemaPath}.${p.key}`) ? `${schemaPath}.${p.key}` : `${schemaPath}.*`;
        const v = visit(p.value, child, `${path}.${p.key}`);
        if (v === p.value) return [p];
        changed = true;
        return v ? [copyWith(p, { value: v })] : [];
      });
      return changed ? copyWith(node, { props }) : node;
    }
    if (node.type === 'array') {
      let changed = false;
      const items = node.items.flatMap((it, i) => {
        const v = visit(it, `${schemaPath}[]`, `${path}[${i}]`);
        if (v !== it) changed = true;
        return v ? [v] : [];
      });
      return changed ? copyWith(node, { items }) : node;
    }
    return node;
  };
  const out = visit(spec, 'spec', 'spec');
  return { errors, spec: out?.type === 'object' ? out : spec };
}

/**
 * A node with some parts replaced. Parse nodes compute their ranges in prototype getters
 * (src/parse/nodes.ts): a spread would drop them, so the copy keeps the prototype.
 */
function copyWith<T extends object>(node: T, changes: Partial<T>): T {
  return Object.assign(Object.create(Object.getPrototypeOf(node) as object) as T, node, changes);
}

function hasBelow(table: Readonly<Record<string, CrdFieldType>>, prefix: string): boolean {
  return Object.keys(table).some((k) => k.startsWith(`${prefix}.`) || k.startsWith(`${prefix}[`));
}
