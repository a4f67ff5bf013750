/**
 * Decodes a located value tree against a kind's field table the way Consul's decoder
 * does (mapstructure with WeaklyTypedInput, HookTranslateKeys and
 * HookWeakDecodeFromSlice): keys match exactly, then case-insensitively, then by
 * snake_case alias; unknown keys and duplicate spellings are errors; a single-object
 * field takes an object or a one-element list; a list field takes a list, repeated HCL
 * blocks, or a lone object; with `unwrapSlices`, a scalar field takes a one-element list
 * too. Problems become `DecodeIssue`s that rules report.
 */
import type { LNode, LObject, LProperty, LScalar, SourceRange } from '../parse/located.js';
import { parseGoFloat, parseGoInt, parseGoUint } from '../parse/go-strconv.js';
import { propertyStartOf } from '../parse/nodes.js';
import { crdName, type FieldSpec, type FieldType } from './schema.js';

export interface NField {
  /** Canonical Go field name. */
  name: string;
  /** Dotted canonical path from the entry root, e.g. `TransparentProxy.MeshDestinationsOnly`, `Sources[1].Action`. */
  path: string;
  /** The key as written (the last one when a key is repeated). */
  key: string;
  keyRange: SourceRange;
  /** Every property that fed this field (repeated HCL blocks give several). */
  props: LProperty[];
  value: NValue;
}

export type NValue = NObject | NList | NScalar | NOpaque;

export interface NObject {
  type: 'object';
  node: LNode;
  /** By canonical field name, in field-table order. */
  fields: ReadonlyMap<string, NField>;
}

export interface NList {
  type: 'list';
  node: LNode;
  items: NValue[];
}

export interface NScalar {
  type: 'scalar';
  node: LScalar;
  /** The value after weak typing (a bool field's `"true"` is `true`); `undefined` when it does not decode. */
  value: string | number | boolean | null | undefined;
}

/** A map or interface{} field: kept as written, not checked. */
export interface NOpaque {
  type: 'opaque';
  node: LNode;
}

export type DecodeIssueCode =
  | 'unknown-key'
  | 'duplicate-spelling'
  | 'duplicate-key'
  | 'expected-object'
  /** A value of a map of structs (service-resolver `Failover`, `Subsets`) that is not an object. */
  | 'expected-map-entry'
  | 'expected-list'
  | 'expected-scalar'
  | 'bad-bool'
  | 'bad-number'
  | 'bad-duration'
  /** A CRD field whose value has another type than the CRD schema declares (crd-schema.ts). */
  | 'schema-type'
  /** Terraform: a config_json key the provider replaces with the resource's argument (`Partition`, `Namespace`). */
  | 'terraform-overridden';

export interface DecodeIssue {
  code: DecodeIssueCode;
  /** Dotted path as Consul prints it in `invalid config key "…"`. */
  path: string;
  message: string;
  range: SourceRange;
  /** For unknown keys: the known names at that level, for did-you-mean. */
  known?: readonly string[];
  /** For a duplicate spelling: the field, the key Consul decodes and the one it does not. */
  spelling?: DuplicateSpelling;
  /** For a repeated key: the key as written, and the ranges of those before the one used (`range`). */
  key?: string;
  earlier?: SourceRange[];
}

export interface DuplicateSpelling {
  /** Canonical path of the field both keys set. */
  canonical: string;
  winner: string;
  loser: string;
  /**
   * The key Consul then rejects as unused (`invalid config key "…"`); undefined when it drops
   * the loser without a word.
   */
  consulKey: string | undefined;
}

export type KeyStyle = 'consul' | 'crd';

export interface DecodeOptions {
  style: KeyStyle;
  /** HCL merges repeated keys into lists (repeated blocks); JSON and YAML keep the last. */
  repeats: 'merge' | 'last';
  /** Field names (canonical) to ignore at the top level, e.g. Kind. */
  skipTopLevel?: ReadonlySet<string>;
  /**
   * Consul's HookWeakDecodeFromSlice (lib/decode/decode.go), which `consul config write`
   * (command/helpers/helpers.go newDecodeConfigEntry) and the server's DecodeConfigEntry
   * (agent/structs/config_entry.go) run: a one-element list whose target is not a list is
   * read as its element (`MutualTLSMode = ["permissive"]` is "permissive"). The Terraform
   * provider's decoder (resource_consul_config_entry.go decodeConfigEntry) and the
   * Kubernetes API server (CRDs) do not.
   */
  unwrapSlices?: boolean;
}

interface Ctx {
  issues: DecodeIssue[];
  style: KeyStyle;
  repeats: 'merge' | 'last';
  unwrapSlices: boolean;
}

export function decodeObject(
  node: LNode,
  fields: FieldSpec[],
  opts: DecodeOptions,
): { value: NObject; issues: DecodeIssue[] } {
  const ctx: Ctx = { issues: [], style: opts.style, repeats: opts.repeats, unwrapSlices: opts.unwrapSlices === true };
  const value = decodeStruct(node, fields, '', ctx, opts.skipTopLevel);
  return { value, issues: ctx.issues };
}


function joinPath(base: string, name: string): string {
  return base ? `${base}.${name}` : name;
}

/** HCL v1 decodes a block into a list of objects: unwrap what a struct field may take. */
function asSingleObject(node: LNode, path: string, ctx: Ctx, keyRange: SourceRange): LNode | undefined {
  if (node.type === 'object') return node;
  if (node.type === 'array') {
    if (node.items.length === 1 && node.items[0]!.type === 'object') return node.items[0]!;
    ctx.issues.push({
      code: 'expected-object',
      path,
      message: `'${path}' expected a map, got 'slice'`,
      range: node.items.length === 0 ? node.range : keyRange.start.offset < node.range.start.offset ? spanOf(keyRange, node.range) : node.range,
    });
    return undefined;
  }
  ctx.issues.push({
    code: 'expected-object',
    path,
    message: `'${path}' expected a map, got '${goKindOf(node)}'`,
    range: node.range,
  });
  return undefined;
}

function spanOf(a: SourceRange, b: SourceRange): SourceRange {
  return { start: a.start, end: b.end };
}

function goKindOf(node: LNode): string {
  switch (node.type) {
    case 'object':
      return 'map';
    case 'array':
      return 'slice';
    case 'string':
      return 'string';
    case 'number':
      return Number.isInteger(node.value) ? 'int' : 'float64';
    case 'boolean':
      return 'bool';
    case 'null':
      return 'nil';
  }
}

function decodeStruct(
  node: LNode,
  fields: FieldSpec[],
  path: string,
  ctx: Ctx,
  skip?: ReadonlySet<string>,
): NObject {
  if (node.type !== 'object') return new DecodedObject(node, NO_FIELDS);
  const decoded: NField[] = [];
  const tables = keyTables(fields, ctx.style);
  const { byExact, byFold, byAlias, order } = tables;

  // Which written keys claim which field; the first claimant in priority order wins.
  const claims: Claim[] = [];
  for (const group of groupedByKey(node.props)) {
    const first = Array.isArray(group) ? group[0]! : group;
    const key = first.key;
    if (skip?.has(key) || skip?.has(key.toLowerCase())) continue;
    let spec: FieldSpec | undefined;
    let rank = 0;
    if (byExact.has(key)) spec = byExact.get(key);
    else if (ctx.style === 'consul') {
      const lower = key.toLowerCase();
      if (byAlias.has(lower)) {
        spec = byAlias.get(lower);
        rank = 2;
      } else if (byFold.has(lower)) {
        spec = byFold.get(lower);
        rank = 1;
      }
    }
    if (!spec) {
      const full = joinPath(path, key);
      ctx.issues.push({
        code: 'unknown-key',
        path: full,
        message: unknownKeyMessage(full, key, ctx.style),
        range: first.keyRange,
        known: knownNames(fields, tables, ctx.style),
      });
      continue;
    }
    claims.push({ spec, order: order.get(spec)!, key, props: group, rank, start: propertyStartOf(first) });
  }
  // Field-table order; for one field, the winner first.
  sortClaims(claims);

  for (let i = 0; i < claims.length; ) {
    const winner = claims[i]!;
    const spec = winner.spec;
    let j = i + 1;
    for (; j < claims.length && claims[j]!.spec === spec; j++) {
      const loser = claims[j]!;
      const p = Array.isArray(loser.props) ? loser.props[0]! : loser.props;
      const spelling = duplicateSpelling(path, spec, winner, loser);
      ctx.issues.push({
        code: 'duplicate-spelling',
        path: joinPath(path, loser.key),
        message: `"${loser.key}" and "${winner.key}" both set ${spelling.canonical}; Consul decodes "${winner.key}" and ${
          spelling.consulKey ? `rejects the other with invalid config key "${spelling.consulKey}"` : 'silently ignores the other'
        }`,
        range: p.keyRange,
        spelling,
      });
    }
    i = j;
    const fieldPath = joinPath(path, spec.name);
    const value = decodeField(spec.type, winner.props, fieldPath, ctx);
    if (!value) continue;
    // Claims come in field-table order, one winner per field: no field is decoded twice.
    decoded.push(new DecodedField(spec.name, path, winner.props, value));
  }
  // slice(): an exact-size copy (a pushed-to array keeps spare capacity).
  return new DecodedObject(node, decoded.length > 0 ? decoded.slice() : NO_FIELDS);
}

function compareClaims(a: Claim, b: Claim): number {
  return a.order - b.order || a.rank - b.rank || a.start - b.start;
}

/** At most this many claims are sorted by insertion (an object's keys; more go to Array.prototype.sort). */
const INSERTION_SORT_MAX = 24;

/**
 * Sorts claims by `compareClaims`, stably. An object has a handful of keys, and sorting them
 * by insertion costs a fraction of `Array.prototype.sort` (a call of the comparator, and the
 * set-up of a sort, for each object of a run); both give the one stable order.
 */
export function sortClaims<T extends Claim>(claims: T[]): void {
  if (claims.length > INSERTION_SORT_MAX) {
    claims.sort(compareClaims);
    return;
  }
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i]!;
    let j = i - 1;
    while (j >= 0 && compareClaims(claims[j]!, c) > 0) {
      claims[j + 1] = claims[j]!;
      j--;
    }
    claims[j + 1] = c;
  }
}

/**
 * Consul's HookTranslateKeys (lib/decode/decode.go) renames an alias (`mutual_tls_mode`) to
 * the lower-cased field name, which mapstructure then leaves unused: `invalid config key
 * "mutualtlsmode"`; a second case variant is left unused as written. When the winner is itself
 * the lower-cased field name, the hook drops the alias without a word.
 */
function duplicateSpelling(path: string, spec: FieldSpec, winner: Claim, loser: Claim): DuplicateSpelling {
  const lowered = spec.name.toLowerCase();
  const alias = loser.rank === 2;
  const consulKey = alias && winner.key === lowered ? undefined : joinPath(path, alias ? lowered : loser.key);
  return { canonical: joinPath(path, spec.name), winner: winner.key, loser: loser.key, consulKey };
}

export interface Claim {
  spec: FieldSpec;
  /** The field's position in its table. */
  order: number;
  key: string;
  /** The property that wrote the key, or all of them when the key is repeated (HCL blocks). */
  props: LProperty | LProperty[];
  /** 0 exact, 1 case-folded, 2 snake_case alias. */
  rank: number;
  start: number;
}

/**
 * `groupByKey` as decodeStruct reads it: a key written once is its property alone, a repeated
 * key the list of its properties. Most objects repeat no key, and are their own grouping then.
 */
export function groupedByKey(props: readonly LProperty[]): readonly (LProperty | LProperty[])[] {
  if (props.length <= 16) {
    let repeated = false;
    for (let i = 1; i < props.length && !repeated; i++) {
      const k = props[i]!.key;
      for (let j = 0; j < i; j++) {
        if (props[j]!.key === k) {
          repeated = true;
          break;
        }
      }
    }
    if (!repeated) return props;
  }
  return Array.from(groupByKey(props), ([, g]) => (g.length === 1 ? g[0]! : g));
}

/**
 * The props of an object grouped by the exact key as written, in first-occurrence order:
 * HCL repeats a key for repeated blocks, JSON keeps the last of a duplicated key.
 */
function groupByKey(props: readonly LProperty[]): Iterable<[string, LProperty[]]> {
  // Most objects have a handful of distinct keys: a linear search beats a Map per object.
  if (props.length <= 16) {
    const out: [string, LProperty[]][] = [];
    for (const p of props) {
      const g = out.find((e) => e[0] === p.key);
      if (g) g[1].push(p);
      else out.push([p.key, [p]]);
    }
    return out;
  }
  const groups = new Map<string, LProperty[]>();
  for (const p of props) {
    const g = groups.get(p.key);
    if (g) g.push(p);
    else groups.set(p.key, [p]);
  }
  return groups;
}

// The decoded values are classes whose `type` is a prototype getter: a field each would be 8
// bytes on every value of every entry the run keeps.

export class DecodedScalar implements NScalar {
  constructor(
    readonly node: LScalar,
    readonly value: NScalar['value'],
  ) {}

  get type(): 'scalar' {
    return 'scalar';
  }
}

export class DecodedList implements NList {
  readonly items: NValue[];

  constructor(
    readonly node: LNode,
    items: NValue[],
  ) {
    // An exact-size copy: the list is kept for the whole run, and `filter` leaves room for 17 items.
    this.items = items.length > 0 ? items.slice() : items;
  }

  get type(): 'list' {
    return 'list';
  }
}

export class OpaqueValue implements NOpaque {
  constructor(readonly node: LNode) {}

  get type(): 'opaque' {
    return 'opaque';
  }
}

/** The object with no fields (shared, read-only). */
const NO_FIELDS: readonly NField[] = Object.freeze([]);

/**
 * A decoded struct, which is also the read-only map of its fields (`fields` is the object
 * itself) over a short array: most objects have a few fields, and a `Map`, or a map object
 * beside the value, per object costs several times the memory in a large repository.
 */
export class DecodedObject implements NObject, ReadonlyMap<string, NField> {
  constructor(
    readonly node: LNode,
    /** In field-table order. */
    private readonly list: readonly NField[],
  ) {}

  get type(): 'object' {
    return 'object';
  }

  get fields(): ReadonlyMap<string, NField> {
    return this;
  }

  get size(): number {
    return this.list.length;
  }

  get(name: string): NField | undefined {
    for (const f of this.list) if (f.name === name) return f;
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  forEach(cb: (value: NField, key: string, map: ReadonlyMap<string, NField>) => void, thisArg?: unknown): void {
    for (const f of this.list) cb.call(thisArg, f, f.name, this);
  }

  *entries(): MapIterator<[string, NField]> {
    for (const f of this.list) yield [f.name, f];
  }

  *keys(): MapIterator<string> {
    for (const f of this.list) yield f.name;
  }

  *values(): MapIterator<NField> {
    yield* this.list;
  }

  [Symbol.iterator](): MapIterator<[string, NField]> {
    return this.entries();
  }
}

/**
 * An `NField` whose path, props and key range are derived when read: a 100k-file
 * repository holds a field per key, and a path string and an array each would not fit.
 */
export class DecodedField implements NField {
  constructor(
    readonly name: string,
    /** The path of the enclosing object (`''` at the entry root). */
    private readonly base: string,
    /** The property that fed this field, or all of them (repeated HCL blocks). */
    private readonly from: LProperty | LProperty[],
    readonly value: NValue,
  ) {}

  get path(): string {
    return joinPath(this.base, this.name);
  }

  /** The key as written: its first property's (a repeated key is one key written again). */
  get key(): string {
    const f = this.from;
    return (Array.isArray(f) ? f[0]! : f).key;
  }

  get props(): LProperty[] {
    return Array.isArray(this.from) ? this.from : [this.from];
  }

  get keyRange(): SourceRange {
    const f = this.from;
    return (Array.isArray(f) ? f[f.length - 1]! : f).keyRange;
  }
}

interface KeyTables {
  byExact: Map<string, FieldSpec>;
  byFold: Map<string, FieldSpec>;
  byAlias: Map<string, FieldSpec>;
  order: Map<FieldSpec, number>;
  /** The names a writer may use at this level (for did-you-mean), built when first needed. */
  known?: readonly string[];
}

/** Key lookup tables of a field table, built once per table and key style (not per object). */
const KEY_TABLES: Record<KeyStyle, WeakMap<FieldSpec[], KeyTables>> = { consul: new WeakMap(), crd: new WeakMap() };

function keyTables(fields: FieldSpec[], style: KeyStyle): KeyTables {
  let t = KEY_TABLES[style].get(fields);
  if (t) return t;
  t = { byExact: new Map(), byFold: new Map(), byAlias: new Map(), order: new Map(fields.map((f, i) => [f, i])) };
  for (const f of fields) {
    if (f.crdOnly && style !== 'crd') continue;
    const name = style === 'crd' ? crdName(f) : f.name;
    t.byExact.set(name, f);
    if (style === 'consul') {
      t.byFold.set(f.name.toLowerCase(), f);
      for (const a of f.alias ?? []) t.byAlias.set(a.toLowerCase(), f);
    }
  }
  KEY_TABLES[style].set(fields, t);
  return t;
}

/** One list per field table, shared by the issues that name it (read-only). */
function knownNames(fields: FieldSpec[], t: KeyTables, style: KeyStyle): readonly string[] {
  t.known ??= fields.filter((f) => style === 'crd' || !f.crdOnly).map((f) => (style === 'crd' ? crdName(f) : f.name));
  return t.known;
}

function unknownKeyMessage(full: string, key: string, style: KeyStyle): string {
  if (style === 'crd') return `unknown field "${full}"`;
  if (/namespace$/i.test(key)) return `invalid config key "${full}"`;
  return `invalid config key "${full}"`;
}

function decodeField(type: FieldType, from: LProperty | LProperty[], path: string, ctx: Ctx): NValue | undefined {
  // Several properties only when the key is repeated.
  let props = Array.isArray(from) ? from : [from];
  const last = props[props.length - 1]!;
  // HCL's repeated blocks: lists and maps merge (mapstructure's decodeMapFromSlice for a map),
  // a single object takes exactly one.
  const merges = type.t === 'list' || type.t === 'object' || type.t === 'map';
  if (props.length > 1 && (ctx.repeats === 'last' || !merges)) {
    // Go's encoding/json, HCL v1 (decoder.go decodeMap: a repeated literal overwrites) and
    // sigs.k8s.io/yaml keep the last of a repeated key; say so, since the others are silently lost.
    ctx.issues.push({
      code: 'duplicate-key',
      path,
      message: `"${last.key}" is set ${props.length} times in one object; only the last value is used`,
      range: last.keyRange,
      key: last.key,
      earlier: props.slice(0, -1).map((p) => p.keyRange),
    });
    props = [last];
  }
  switch (type.t) {
    case 'list': {
      // Repeated blocks and `= [...]` merge into one list; a lone object is lifted.
      let items: readonly LNode[];
      if (props.length === 1 && last.value.type === 'array') items = last.value.items;
      else {
        const merged: LNode[] = [];
        for (const p of props) {
          if (p.value.type === 'array') merged.push(...p.value.items);
          else if (p.value.type === 'object') merged.push(p.value);
          else if (p.value.type === 'null') continue;
          else if (type.of.t === 'object') {
            ctx.issues.push({
              code: 'expected-list',
              path,
              message: `'${path}' expected a list of objects, got '${goKindOf(p.value)}'`,
              range: p.value.range,
            });
          } else merged.push(p.value);
        }
        items = merged;
      }
      return new DecodedList(last.value, decodeItems(type.of, items, path, ctx, last.keyRange));
    }
    case 'map':
      // Repeated HCL blocks give a list of maps, which mapstructure merges into one map
      // (decodeMapFromSlice), naming each `Subsets[0]`, `Subsets[1]`.
      if (props.length > 1) {
        if (type.values) props.forEach((p, i) => decodeMapValues(type.values!, p.value, `${path}[${i}]`, ctx));
        return new OpaqueValue(mergedMap(props));
      }
      return decodeValue(type, last.value, path, ctx, last.keyRange);
    case 'object': {
      if (props.length > 1) {
        const second = props[1]!;
        ctx.issues.push({
          code: 'expected-object',
          path,
          message: `'${path}' expected a map, got 'slice' (${props.length} ${props[0]!.key} blocks; Consul takes exactly one)`,
          range: second.keyRange,
        });
        return undefined;
      }
      return decodeValue(type, last.value, path, ctx, last.keyRange);
    }
    default:
      return decodeValue(type, last.value, path, ctx, last.keyRange);
  }
}

/**
 * The one map that repeated HCL blocks (`Meta { a = "1" }` twice) decode to: their keys in
 * source order, so the last of a repeated key wins as in the merge. A value that is not a map
 * (or a list of maps) stays as the last word, as Consul's decoder would fail on it anyway.
 */
function mergedMap(props: readonly LProperty[]): LNode {
  const merged: LProperty[] = [];
  for (const p of props) {
    const v = p.value;
    if (v.type === 'object') merged.push(...v.props);
    else if (v.type === 'array' && v.items.every((i) => i.type === 'object')) for (const i of v.items) merged.push(...(i as LObject).props);
    else return props[props.length - 1]!.value;
  }
  return { type: 'object', props: merged, range: { start: props[0]!.value.range.start, end: props[props.length - 1]!.value.range.end } };
}

/** The items of a list decoded in order, each under `path[i]`; those that do not decode are left out. */
function decodeItems(type: FieldType, items: readonly LNode[], path: string, ctx: Ctx, keyRange: SourceRange): NValue[] {
  const out: NValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const v = decodeValue(type, items[i]!, `${path}[${i}]`, ctx, keyRange);
    if (v !== undefined) out.push(v);
  }
  return out;
}

function decodeValue(type: FieldType, node: LNode, path: string, ctx: Ctx, keyRange: SourceRange): NValue | undefined {
  switch (type.t) {
    case 'map':
      if (type.values) decodeMapValues(type.values, node, path, ctx);
      return new OpaqueValue(node);
    case 'any':
      return new OpaqueValue(node);
    case 'object': {
      // A null sets nothing: mapstructure's Decoder.decode returns before any hook or kind check
      // when the input is nil (mitchellh/mapstructure mapstructure.go, "If the data is nil, then
      // we don't set anything"), and the API server prunes a null that the CRD schema does not
      // declare nullable. `"TransparentProxy": null` is an unset field, not a wrong shape.
      if (node.type === 'null') return undefined;
      const obj = asSingleObject(node, path, ctx, keyRange);
      if (!obj) return undefined;
      return decodeStruct(obj, type.fields, path, ctx);
    }
    case 'list': {
      const items = node.type === 'array' ? node.items : node.type === 'null' ? [] : [node];
      return new DecodedList(node, decodeItems(type.of, items, path, ctx, keyRange));
    }
    default:
      return decodeScalar(type, node, path, ctx);
  }
}

/**
 * The values of a map of structs (service-resolver `Subsets`, `Failover`), each decoded
 * against the struct as mapstructure's decodeMapFromMap does, under `Failover[*]`; the keys
 * are free. The map itself stays opaque (`NOpaque`).
 */
function decodeMapValues(values: FieldType, node: LNode, path: string, ctx: Ctx): void {
  if (node.type === 'object') {
    for (const [key, props] of groupByKey(node.props)) {
      const entryPath = `${path}[${key}]`;
      const before = ctx.issues.length;
      decodeField(values, props, entryPath, ctx);
      // Settings written straight under the map (`Failover { Datacenters = […] }`) rather than
      // under a key: the fix is a key, not a single object.
      for (let i = before; i < ctx.issues.length; i++) {
        const issue = ctx.issues[i]!;
        if (issue.code === 'expected-object' && issue.path === entryPath) issue.code = 'expected-map-entry';
      }
    }
  } else if (node.type === 'array') {
    // A list of maps merges into one map (WeaklyTypedInput); a one-element list is unwrapped first.
    node.items.forEach((item, i) => decodeMapValues(values, item, node.items.length === 1 ? path : `${path}[${i}]`, ctx));
  } else if (node.type !== 'null') {
    ctx.issues.push({ code: 'expected-object', path, message: `'${path}' expected a map, got '${goKindOf(node)}'`, range: node.range });
  }
}

const PARSE_BOOL = new Map<string, boolean>([
  ['1', true], ['t', true], ['T', true], ['TRUE', true], ['true', true], ['True', true],
  ['0', false], ['f', false], ['F', false], ['FALSE', false], ['false', false], ['False', false],
]);

/** Go's strconv.ParseBool, which weak decoding applies to strings. */
export function parseGoBool(s: string): boolean | undefined {
  return PARSE_BOOL.get(s);
}

function decodeScalar(type: FieldType, written: LNode, path: string, ctx: Ctx): NValue | undefined {
  // HookWeakDecodeFromSlice runs once per value: `[["permissive"]]` is unwrapped one level only.
  const node = ctx.unwrapSlices && written.type === 'array' && written.items.length === 1 ? written.items[0]! : written;
  if (node.type === 'object' || node.type === 'array') {
    ctx.issues.push({
      code: 'expected-scalar',
      path,
      message: `'${path}' expected type '${goTypeName(type)}', got unconvertible type '${node.type === 'object' ? 'map[string]interface {}' : '[]interface {}'}'`,
      range: node.range,
    });
    return undefined;
  }
  const v = node.value;
  let value: NScalar['value'] = v;
  if (ctx.style === 'crd') return new DecodedScalar(node, value);
  switch (type.t) {
    case 'bool':
      if (typeof v === 'string') {
        value = v === '' ? false : parseGoBool(v);
        if (value === undefined) {
          ctx.issues.push({
            code: 'bad-bool',
            path,
            message: `cannot parse '${path}' as bool: strconv.ParseBool: parsing "${v}": invalid syntax`,
            range: node.range,
          });
        }
      } else if (typeof v === 'number') value = v !== 0;
      break;
    case 'int':
    case 'float':
      if (typeof v === 'string') {
        // mapstructure's decodeInt/decodeUint/decodeFloat: "" is 0, else strconv.ParseInt(v, 0,
        // bits), ParseUint(v, 0, bits) or ParseFloat(v, bits).
        const how = type.t === 'float' ? 'float' : type.unsigned ? 'uint' : 'int';
        const bits = type.bits ?? 64;
        const n = v === '' ? 0 : how === 'float' ? parseGoFloat(v, bits) : how === 'uint' ? parseGoUint(v, bits) : parseGoInt(v, bits);
        if (typeof n === 'number') value = n;
        else {
          const fn = how === 'float' ? 'ParseFloat' : how === 'uint' ? 'ParseUint' : 'ParseInt';
          ctx.issues.push({
            code: 'bad-number',
            path,
            message: `cannot parse '${path}' as ${how}: strconv.${fn}: parsing ${JSON.stringify(v)}: ${n === 'range' ? 'value out of range' : 'invalid syntax'}`,
            range: node.range,
          });
          value = undefined;
        }
      } else if (typeof v === 'boolean') value = v ? 1 : 0;
      break;
    case 'duration':
      if (typeof v === 'string' && v !== '' && !/^[+-]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$|^0$/.test(v)) {
        ctx.issues.push({
          code: 'bad-duration',
          path,
          message: `'${path}': time: invalid duration "${v}"`,
          range: node.range,
        });
        value = undefined;
      }
      break;
    case 'string':
      if (typeof v === 'boolean') value = v ? '1' : '0';
      else if (typeof v === 'number') value = String(v);
      break;
  }
  return new DecodedScalar(node, value);
}

function goTypeName(type: FieldType): string {
  switch (type.t) {
    case 'bool':
      return 'bool';
    case 'int':
      return `${type.unsigned ? 'uint' : 'int'}${type.bits ?? (type.unsigned ? 64 : '')}`;
    case 'float':
      return `float${type.bits ?? 64}`;
    case 'duration':
      return 'time.Duration';
    default:
      return 'string';
  }
}
