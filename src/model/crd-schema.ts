/**
 * The API server's structural-schema type check of a consul-k8s custom resource, which runs
 * before any webhook: a field whose value has another type than the CRD schema declares makes
 * Kubernetes reject the object (k8s.io/apiextensions-apiserver validation through
 * k8s.io/kube-openapi pkg/validation/validate type.go; message from go-openapi/errors
 * schema.go `InvalidType`, "%s in %s must be of type %s: %q"). The types come from the CRD
 * schemas of the consul-k8s chart (crd-types.generated.ts, scripts/crd-types.mjs).
 */
import type { LNode, LObject, LProperty, SourceRange } from '../parse/located.js';
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
  const schema = schemaOf(crdKind);
  const errors: SchemaTypeError[] = [];
  if (!schema) return { errors, spec };
  // The written path (`spec.sources[0].name`) as segments: joined only for an error.
  const at: (string | number)[] = ['spec'];
  const visit = (node: LNode, step: Step): LNode | undefined => {
    const expected = step.expected;
    // null: the API server prunes or defaults it; no type error to claim here.
    if (expected && node.type !== 'null') {
      const actual = openApiType(node);
      if (!accepts(expected, actual)) {
        const path = at.join('');
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
      // Copied only from the first property that changes: most objects are kept as written.
      let props: LProperty[] | undefined;
      for (let i = 0; i < node.props.length; i++) {
        const p = node.props[i]!;
        at.push('.', p.key);
        const v = visit(p.value, schema.property(step, p.key));
        at.length -= 2;
        if (v === p.value && !props) continue;
        props ??= node.props.slice(0, i);
        if (v === p.value) props.push(p);
        else if (v) props.push(copyWith(p, { value: v }));
      }
      return props ? copyWith(node, { props }) : node;
    }
    if (node.type === 'array') {
      let items: LNode[] | undefined;
      const itemStep = schema.item(step);
      for (let i = 0; i < node.items.length; i++) {
        const it = node.items[i]!;
        at.push('[', i, ']');
        const v = visit(it, itemStep);
        at.length -= 3;
        if (v === it && !items) continue;
        items ??= node.items.slice(0, i);
        if (v) items.push(v);
      }
      return items ? copyWith(node, { items }) : node;
    }
    return node;
  };
  const out = visit(spec, schema.root);
  return { errors, spec: out?.type === 'object' ? out : spec };
}

/** A schema path (`spec.sources[].name`, `spec.meta.*`) and the type the table gives it. */
interface Step {
  path: string;
  expected: CrdFieldType | undefined;
  /** The steps to its properties by key, and to its list items: computed once each. */
  byKey?: Map<string, Step>;
  item?: Step;
}

/** At most this many steps per kind are kept: keys a hostile file invents are not remembered without end. */
const MAX_STEPS = 20_000;

/**
 * The schema of one kind as steps from path to path: a property's path is
 * `<path>.<key>` when the table has it or something below it, else the table's `<path>.*`.
 * Each step is made once and kept, so the check of a file makes no path string.
 */
class CrdSchema {
  readonly root: Step;
  private steps = 1;

  constructor(
    private readonly table: Readonly<Record<string, CrdFieldType>>,
    /** Every path of the table with a field below it (`spec.sources` for `spec.sources[].name`). */
    private readonly parents: ReadonlySet<string>,
  ) {
    this.root = this.step('spec');
  }

  private step(path: string): Step {
    return { path, expected: this.table[path] };
  }

  property(from: Step, key: string): Step {
    const known = from.byKey?.get(key);
    if (known) return known;
    const named = `${from.path}.${key}`;
    const step = this.step(this.table[named] !== undefined || this.parents.has(named) ? named : `${from.path}.*`);
    if (this.steps < MAX_STEPS) {
      (from.byKey ??= new Map()).set(key, step);
      this.steps++;
    }
    return step;
  }

  item(from: Step): Step {
    return (from.item ??= this.step(`${from.path}[]`));
  }
}

const SCHEMAS = new Map<string, CrdSchema>();

function schemaOf(crdKind: string): CrdSchema | undefined {
  const known = SCHEMAS.get(crdKind);
  if (known) return known;
  const table = Object.hasOwn(CRD_FIELD_TYPES, crdKind) ? CRD_FIELD_TYPES[crdKind]?.types : undefined;
  const schema = table ? new CrdSchema(table, parentPaths(table)) : undefined;
  // Only the kinds of the table are remembered: a written kind is not.
  if (schema) SCHEMAS.set(crdKind, schema);
  return schema;
}

/**
 * A node with some parts replaced. Parse nodes compute their ranges in prototype getters
 * (src/parse/nodes.ts): a spread would drop them, so the copy keeps the prototype.
 */
function copyWith<T extends object>(node: T, changes: Partial<T>): T {
  return Object.assign(Object.create(Object.getPrototypeOf(node) as object) as T, node, changes);
}

/**
 * Every path of the table that has a field below it (`spec.sources` for `spec.sources[].name`):
 * a key of such a path is read by its own name, any other by the table's `*` entry. Once per table.
 */
function parentPaths(table: Readonly<Record<string, CrdFieldType>>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const k of Object.keys(table)) {
    for (let i = 0; i < k.length; i++) if (k[i] === '.' || k[i] === '[') set.add(k.slice(0, i));
  }
  return set;
}
