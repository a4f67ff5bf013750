/**
 * The shape of Consul's config-entry structs, as the decoder (mapstructure with Consul's
 * hooks) sees them. `model/kinds.ts` describes every kind with these builders; the
 * normalizer walks a located value tree against them.
 */

export type FieldType =
  | { t: 'string' }
  | { t: 'bool' }
  /** A Go integer: `int`/`int64` unless `bits` or `unsigned` say `int32`, `uint32`, `uint64`. */
  | { t: 'int'; bits?: 32; unsigned?: true }
  /** float64, or float32 with `bits: 32`. */
  | { t: 'float'; bits?: 32 }
  /** Go time.Duration: a string like "10s" or a number of nanoseconds. */
  | { t: 'duration' }
  /** map[string]string or map[string]interface{}: any keys, not checked. */
  | { t: 'map'; values?: FieldType }
  /** interface{} or json.RawMessage: anything goes, not checked. */
  | { t: 'any' }
  /** A struct or *struct: an object, or (Consul's WeakDecodeFromSlice hook) a one-element list. */
  | { t: 'object'; fields: FieldSpec[] }
  /** A slice: a list, or repeated HCL blocks; a lone object is lifted to a one-element list. */
  | { t: 'list'; of: FieldType };

export interface FieldSpec {
  /** The Go field name, which is also the canonical HCL/JSON key. */
  name: string;
  /** snake_case spellings accepted through `alias:"…"` tags. */
  alias?: string[];
  type: FieldType;
  /** The CRD (lowerCamelCase JSON tag) name when it is not derivable from `name`. */
  crd?: string;
  /** Present in the `api` struct but only meaningful on Consul Enterprise. */
  enterprise?: boolean;
  /** Not part of the CRD spec (e.g. Kind, Name, Meta, which Kubernetes sets). */
  notInCrd?: boolean;
  /** Only in the consul-k8s CRD spec (the controller translates it), not a Consul key. */
  crdOnly?: boolean;
}

export interface KindSpec {
  /** Consul's kind value, e.g. `service-defaults`. */
  kind: string;
  /** The consul-k8s CRD kind, e.g. `ServiceDefaults`, when there is one. */
  crdKind?: string;
  /** Whether the entry has a `Name` field (mesh has none). */
  hasName: boolean;
  /** Top-level fields other than Kind (Name, Partition, Namespace, Meta included where the api struct has them). */
  fields: FieldSpec[];
}

type Opts = Omit<FieldSpec, 'name' | 'type'>;
type Alias = string | string[] | Opts;

function opts(o?: Alias): Opts {
  if (o === undefined) return {};
  if (typeof o === 'string') return { alias: [o] };
  if (Array.isArray(o)) return { alias: o };
  return o;
}

export const str = (name: string, o?: Alias): FieldSpec => ({ name, type: { t: 'string' }, ...opts(o) });
export const bool = (name: string, o?: Alias): FieldSpec => ({ name, type: { t: 'bool' }, ...opts(o) });
export const int = (name: string, o?: Alias): FieldSpec => ({ name, type: { t: 'int' }, ...opts(o) });
export const float = (name: string, o?: Alias): FieldSpec => ({ name, type: { t: 'float' }, ...opts(o) });
export const UINT32: FieldType = { t: 'int', bits: 32, unsigned: true };
export const UINT64: FieldType = { t: 'int', unsigned: true };
export const uint32 = (name: string, o?: Alias): FieldSpec => ({ name, type: UINT32, ...opts(o) });
export const uint64 = (name: string, o?: Alias): FieldSpec => ({ name, type: UINT64, ...opts(o) });
export const float32 = (name: string, o?: Alias): FieldSpec => ({ name, type: { t: 'float', bits: 32 }, ...opts(o) });
export const duration = (name: string, o?: Alias): FieldSpec => ({ name, type: { t: 'duration' }, ...opts(o) });
export const map = (name: string, o?: Alias): FieldSpec => ({ name, type: { t: 'map' }, ...opts(o) });
export const any = (name: string, o?: Alias): FieldSpec => ({ name, type: { t: 'any' }, ...opts(o) });
export const obj = (name: string, fields: FieldSpec[], o?: Alias): FieldSpec => ({
  name,
  type: { t: 'object', fields },
  ...opts(o),
});
export const list = (name: string, of: FieldType, o?: Alias): FieldSpec => ({ name, type: { t: 'list', of }, ...opts(o) });
/** A list of structs. */
export const objList = (name: string, fields: FieldSpec[], o?: Alias): FieldSpec =>
  list(name, { t: 'object', fields }, o);
export const strList = (name: string, o?: Alias): FieldSpec => list(name, { t: 'string' }, o);

/** The lowerCamelCase JSON tag consul-k8s uses for a Go field name: `TLSMinVersion` → `tlsMinVersion`. */
export function crdName(spec: FieldSpec): string {
  if (spec.crd) return spec.crd;
  const n = spec.name;
  const m = /^[A-Z]+/.exec(n);
  if (!m) return n;
  const run = m[0];
  if (run.length === n.length) return n.toLowerCase();
  if (run.length === 1) return n[0]!.toLowerCase() + n.slice(1);
  // `TLSMinVersion`: the last capital of the run starts the next word.
  return run.slice(0, -1).toLowerCase() + n.slice(run.length - 1);
}
