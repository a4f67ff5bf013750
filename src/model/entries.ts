/**
 * Config entries: one per Consul object in the repository, whatever its source format.
 * Normalization turns a located document into a `ConfigEntry` with decoded fields,
 * exact ranges and the decoder's complaints.
 */
import type { LNode, LObject, LProperty, SourceRange } from '../parse/located.js';
import type { DecodeIssue, NField, NObject, NValue } from './decode.js';
import type { Located } from './located-ref.js';
import type { KindSpec } from './schema.js';
import { LineIndex, OffsetRange } from '../parse/line-index.js';
import type { PartitionScope } from './scope.js';

export type EntryOrigin = 'hcl' | 'json' | 'crd' | 'yaml' | 'terraform';

export interface CrdInfo {
  /** `ServiceDefaults`, … as written. */
  kind: string;
  apiVersion: string;
  metadataName?: string;
  metadataNameAt?: Located;
  k8sNamespace?: string;
  annotations: Map<string, { value: string; at: Located }>;
  /** The `spec` object, when present. */
  spec?: LObject;
}

/** A decoded field as a rule sees it: its value and where it is written. */
export interface FieldRef extends Located {
  field: NField;
  /** The key's range alone. */
  keyRange: SourceRange;
  value: NValue;
  /** Scalar value after weak typing, or undefined for non-scalars. */
  scalar: string | number | boolean | null | undefined;
}

/** What normalization knows of an entry; the entry makes its located parts from it. */
export interface EntryInit {
  /** The `Kind` as written (`service-defaults`, or a CRD's `ServiceDefaults`). */
  writtenKind: string;
  /** The Consul kind, or undefined when the kind is unknown. */
  spec: KindSpec | undefined;
  name: string;
  partition: string;
  namespace: string;
  scope: PartitionScope;
  origin: EntryOrigin;
  file: string;
  /** The whole object (for CRDs, the whole Kubernetes object). */
  range: SourceRange;
  documentIndex: number;
  kindRange: SourceRange;
  nameRange?: SourceRange;
  /** The decoded fields (for CRDs, decoded from `spec`). */
  root: NObject;
  raw: LObject;
  issues: DecodeIssue[];
  /** Terraform: the resource's `provider` argument as written (`consul.dc2`); it decides the deployment target. */
  provider?: string;
  /**
   * Terraform: identity fields whose value is an expression Terraform computes at plan time
   * (`var.name`, `"${var.dc}-api"`): the entry takes part in no comparison that needs them.
   */
  notEvaluated?: NotEvaluated[];
  /**
   * Terraform: other fields whose value Terraform computes (`MutualTLSMode = local.mode`,
   * `lower("PERMISSIVE")`): no rule sees a value there, so they are listed for the reviewer.
   */
  computedFields?: ComputedField[];
  /**
   * Why Consul never writes this entry to any config-entry store (a secondary datacenter's
   * bootstrap entry): it is checked as written, and takes part in no comparison with others.
   */
  notApplied?: string;
  /**
   * The scope's datacenter is the one the entry's agent configuration declares (`datacenter =
   * "dc2"`), not one the config's scopes give: `MeshModel` drops it when it is the only
   * datacenter of the model (src/model/declared-datacenter.ts).
   */
  datacenterDeclared?: true;
  crd?: Omit<CrdInfo, 'metadataNameAt' | 'annotations'> & {
    metadataNameRange?: SourceRange;
    annotations: Map<string, { value: string; range: SourceRange }>;
  };
}

/** A field (dotted path, `Sources[0].Action`) whose value is an expression Terraform computes. */
export interface ComputedField {
  field: string;
  expression: string;
  range: SourceRange;
}

/** An identity field whose value is an expression (its source text, where it is written). */
export interface NotEvaluated {
  field: 'Name' | 'Partition' | 'Namespace';
  expression: string;
  range: SourceRange;
}

/** Shared by the entries that have none (most): an array each would be kept for the whole run. */
const NONE: readonly never[] = Object.freeze([]);
const NO_ANNOTATIONS: ReadonlyMap<string, never> = new Map<string, never>();

export class ConfigEntry implements Located {
  readonly writtenKind: string;
  readonly spec: KindSpec | undefined;
  readonly name: string;
  readonly partition: string;
  readonly namespace: string;
  readonly scope: PartitionScope;
  readonly origin: EntryOrigin;
  readonly file: string;
  readonly documentIndex: number;
  readonly root: NObject;
  readonly raw: LObject;
  readonly issues: DecodeIssue[];
  readonly subject: string;
  readonly crd?: CrdInfo;
  readonly provider?: string;
  readonly notEvaluated: readonly NotEvaluated[];
  readonly computedFields: readonly ComputedField[];
  readonly notApplied?: string;
  readonly datacenterDeclared?: true;

  // The located places are made when read: a repository holds an entry per file, and a place
  // object (with its subject string) for each would be kept for the whole run. Their ranges are
  // kept as offsets into the file's line index when they are offset ranges of one (almost
  // always): a range object each was 48 bytes, three per entry.
  private readonly places: LineIndex | readonly [SourceRange, SourceRange, SourceRange | undefined];
  private readonly rangeStart: number;
  private readonly rangeEnd: number;
  private readonly kindStart: number;
  private readonly kindEnd: number;
  /** -1 without a name's place. */
  private readonly nameStart: number;
  private readonly nameEnd: number;
  private readonly crdInit: EntryInit['crd'];

  constructor(init: EntryInit) {
    this.writtenKind = init.writtenKind;
    this.spec = init.spec;
    this.name = init.name;
    this.partition = init.partition;
    this.namespace = init.namespace;
    this.scope = init.scope;
    this.origin = init.origin;
    this.file = init.file;
    this.documentIndex = init.documentIndex;
    this.root = init.root;
    this.raw = init.raw;
    // Read-only once made (as the lists below): the many entries without issues share one.
    this.issues = init.issues.length > 0 ? init.issues : (NONE as never[]);
    this.provider = init.provider;
    this.notEvaluated = init.notEvaluated?.length ? init.notEvaluated : NONE;
    this.computedFields = init.computedFields?.length ? init.computedFields : NONE;
    if (init.notApplied !== undefined) this.notApplied = init.notApplied;
    if (init.datacenterDeclared) this.datacenterDeclared = true;
    const { range, kindRange, nameRange } = init;
    if (
      range instanceof OffsetRange &&
      kindRange instanceof OffsetRange &&
      kindRange.lines === range.lines &&
      (nameRange === undefined || (nameRange instanceof OffsetRange && nameRange.lines === range.lines))
    ) {
      this.places = range.lines;
      this.rangeStart = range.startOffset;
      this.rangeEnd = range.endOffset;
      this.kindStart = kindRange.startOffset;
      this.kindEnd = kindRange.endOffset;
      this.nameStart = nameRange ? nameRange.startOffset : -1;
      this.nameEnd = nameRange ? nameRange.endOffset : -1;
    } else {
      this.places = [range, kindRange, nameRange];
      this.rangeStart = this.rangeEnd = this.kindStart = this.kindEnd = this.nameStart = this.nameEnd = -1;
    }
    this.crdInit = init.crd;
    // join() gives one flat string; a template literal keeps a tree of pieces per entry.
    this.subject = [this.kind, init.partition, init.namespace, init.name].join('/');
    if (init.crd) this.crd = new CrdPlaces(this, init.crd);
  }

  /** The whole object (for CRDs, the whole Kubernetes object). */
  get range(): SourceRange {
    const p = this.places;
    return p instanceof LineIndex ? p.range(this.rangeStart, this.rangeEnd) : p[0];
  }

  private get kindRange(): SourceRange {
    const p = this.places;
    return p instanceof LineIndex ? p.range(this.kindStart, this.kindEnd) : p[1];
  }

  private get nameRange(): SourceRange | undefined {
    const p = this.places;
    if (!(p instanceof LineIndex)) return p[2];
    return this.nameStart < 0 ? undefined : p.range(this.nameStart, this.nameEnd);
  }

  /** What the entry was made from (the cache writes it; `withNamespace` remakes the entry from it). */
  get init(): EntryInit {
    return {
      writtenKind: this.writtenKind,
      spec: this.spec,
      name: this.name,
      partition: this.partition,
      namespace: this.namespace,
      scope: this.scope,
      origin: this.origin,
      file: this.file,
      range: this.range,
      documentIndex: this.documentIndex,
      kindRange: this.kindRange,
      nameRange: this.nameRange,
      root: this.root,
      raw: this.raw,
      issues: this.issues,
      provider: this.provider,
      notEvaluated: this.notEvaluated.length > 0 ? [...this.notEvaluated] : undefined,
      computedFields: this.computedFields.length > 0 ? [...this.computedFields] : undefined,
      ...(this.notApplied !== undefined ? { notApplied: this.notApplied } : {}),
      ...(this.datacenterDeclared ? { datacenterDeclared: true as const } : {}),
      crd: this.crdInit,
    };
  }

  get kindAt(): Located {
    return this.at(this.kindRange, 'Kind');
  }

  get nameAt(): Located | undefined {
    return this.nameRange ? this.at(this.nameRange, 'Name') : undefined;
  }

  /**
   * The same entry in another Consul namespace: a CRD's namespace is decided by the Helm
   * values of its cluster, read after the file is normalized.
   */
  withNamespace(namespace: string): ConfigEntry {
    return namespace === this.namespace ? this : new ConfigEntry({ ...this.init, namespace });
  }

  /** The same entry in another scope (src/model/declared-datacenter.ts). */
  withScope(scope: PartitionScope): ConfigEntry {
    return scope === this.scope ? this : new ConfigEntry({ ...this.init, scope, datacenterDeclared: undefined });
  }

  /** Whether its name, partition and namespace are known (not Terraform expressions). */
  get evaluated(): boolean {
    return this.notEvaluated.length === 0;
  }

  get kind(): string {
    return this.spec?.kind ?? this.writtenKind;
  }

  /** `service-defaults "api"`, or `mesh` for the nameless mesh entry. */
  get label(): string {
    if (this.spec?.hasName === false) return this.kind;
    // A name Terraform computes is its expression, not a name: say so rather than quote it as one.
    return this.notEvaluated.some((n) => n.field === 'Name') ? `${this.kind} with name = ${this.name}` : `${this.kind} "${this.name}"`;
  }

  /** Field by canonical dotted path (`TransparentProxy.MeshDestinationsOnly`, `Sources[0].Action`). */
  field(path: string): FieldRef | undefined {
    const f = lookup(this.root, path);
    if (!f) return undefined;
    return this.ref(f);
  }

  /** A field's location; `at` places it elsewhere in the field (a key inside a map value). */
  ref(f: NField, at?: SourceRange): FieldRef {
    return new FieldLocation(this, f, at);
  }

  /** The scalar value of a field when it is a string, else undefined. */
  str(path: string): string | undefined {
    const v = scalarOf(lookup(this.root, path));
    return typeof v === 'string' ? v : undefined;
  }

  bool(path: string): boolean | undefined {
    const v = scalarOf(lookup(this.root, path));
    return typeof v === 'boolean' ? v : undefined;
  }

  /** A place inside this entry with this entry's identity as subject. */
  at(range: SourceRange, path = ''): Located {
    return { file: range.file ?? this.file, range, subject: path ? `${this.subject}#${path}` : this.subject };
  }

  /** Where to report about the entry as a whole: its Kind line (small and always present). */
  get location(): Located {
    return this.nameAt ?? this.kindAt;
  }

  /** A `Meta` value (HCL/JSON) or, for CRDs, a `metadata.annotations` value. */
  metaValue(key: string): { value: string; at: Located } | undefined {
    if (this.crd) return this.crd.annotations.get(key);
    const meta = this.root.fields.get('Meta');
    if (!meta) return undefined;
    const obj = unwrapObject(meta.value.node);
    if (!obj) return undefined;
    for (const p of [...obj.props].reverse()) {
      if (p.key === key && (p.value.type === 'string' || p.value.type === 'number' || p.value.type === 'boolean')) {
        return { value: String(p.value.value), at: this.at(p.range, `Meta.${key}`) };
      }
    }
    return undefined;
  }
}

/**
 * An entry's Kubernetes facts, read from what normalization gave (a field of each beside it
 * would be kept for every custom resource of the run), with their places made when read (as
 * the entry's own).
 */
class CrdPlaces implements CrdInfo {
  readonly annotations: Map<string, { value: string; at: Located }>;

  constructor(
    private readonly entry: ConfigEntry,
    private readonly init: NonNullable<EntryInit['crd']>,
  ) {
    const located = new Map<string, { value: string; at: Located }>();
    for (const [k, a] of init.annotations) located.set(k, new AnnotationPlace(entry, a.value, a.range));
    // Read-only in use: one empty map for the many objects without annotations.
    this.annotations = located.size > 0 ? located : (NO_ANNOTATIONS as Map<string, never>);
  }

  get kind(): string {
    return this.init.kind;
  }

  get apiVersion(): string {
    return this.init.apiVersion;
  }

  get metadataName(): string | undefined {
    return this.init.metadataName;
  }

  get k8sNamespace(): string | undefined {
    return this.init.k8sNamespace;
  }

  get spec(): LObject | undefined {
    return this.init.spec;
  }

  get metadataNameAt(): Located | undefined {
    const r = this.init.metadataNameRange;
    return r ? this.entry.at(r, 'metadata.name') : undefined;
  }
}

class AnnotationPlace {
  constructor(
    private readonly entry: ConfigEntry,
    readonly value: string,
    private readonly range: SourceRange,
  ) {}

  get at(): Located {
    return this.entry.at(this.range, 'metadata.annotations');
  }
}

/**
 * A field's location, derived when read: rules ask for many fields and report few, and the
 * subject string and ranges of each would be garbage.
 */
class FieldLocation implements FieldRef {
  constructor(
    private readonly entry: ConfigEntry,
    readonly field: NField,
    private readonly at?: SourceRange,
  ) {}

  get file(): string {
    return this.range.file ?? this.entry.file;
  }

  get range(): SourceRange {
    if (this.at) return this.at;
    const props = this.field.props;
    return props[props.length - 1]!.range;
  }

  get subject(): string {
    return `${this.entry.subject}#${this.field.path}`;
  }

  get keyRange(): SourceRange {
    return this.field.keyRange;
  }

  get value(): NValue {
    return this.field.value;
  }

  get scalar(): FieldRef['scalar'] {
    return scalarOf(this.field);
  }
}

function scalarOf(f: NField | undefined): FieldRef['scalar'] {
  return f?.value.type === 'scalar' ? f.value.value : undefined;
}

function unwrapObject(n: LNode): LObject | undefined {
  if (n.type === 'object') return n;
  if (n.type === 'array' && n.items.length === 1 && n.items[0]!.type === 'object') return n.items[0];
  return undefined;
}

/** Walk a dotted path with optional `[i]` indexes through decoded values. */
export function lookup(root: NObject, path: string): NField | undefined {
  // Most paths name a top-level field.
  if (!path.includes('.') && !path.includes('[')) return root.fields.get(path);
  const segs = parsedPath(path);
  if (!segs) return undefined;
  let cur: NValue = root;
  let found: NField | undefined;
  for (const seg of segs) {
    if (cur.type !== 'object') return undefined;
    found = cur.fields.get(seg.name);
    if (!found) return undefined;
    cur = found.value;
    for (const idx of seg.indexes) {
      if (cur.type !== 'list') return undefined;
      const item: NValue | undefined = cur.items[idx];
      if (!item) return undefined;
      cur = item;
    }
  }
  return found;
}

type PathSegment = { name: string; indexes: number[] };

/** Parsed lookup paths: rules ask for the same few paths of every entry. */
const PATHS = new Map<string, PathSegment[] | null>();
const MAX_CACHED_PATHS = 10_000;

function parsedPath(path: string): PathSegment[] | null {
  let segs = PATHS.get(path);
  if (segs !== undefined) return segs;
  segs = [];
  for (const seg of path.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(seg);
    if (!m) {
      segs = null;
      break;
    }
    segs.push({ name: m[1]!, indexes: (m[2]!.match(/\d+/g) ?? []).map(Number) });
  }
  if (PATHS.size < MAX_CACHED_PATHS) PATHS.set(path, segs);
  return segs;
}

export type { LProperty };
