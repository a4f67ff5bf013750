/**
 * What the per-kind checks of `invalid-value` share: a reporter bound to one entry (it
 * picks the framing: Consul, Consul on CRD sync, or the consul-k8s webhook) and small
 * readers over decoded values.
 */
import type { RuleContext } from '../../src/engine/rule.js';
import type { NField, NObject, NValue } from '../../src/model/decode.js';
import type { ConfigEntry } from '../../src/model/entries.js';
import type { Located } from '../../src/model/located-ref.js';
import type { LNode, LObject } from '../../src/parse/located.js';
import { frame } from './messages.js';

export interface Related {
  at: Located;
  message: string;
}

export interface Checker {
  entry: ConfigEntry;
  /** The entry is a consul-k8s custom resource. */
  crd: boolean;
  /** Consul's `Validate` rejects it (for a CRD: when the controller syncs it). */
  consul(at: Located, err: string, fix: string, related?: Related[]): void;
  /** Only Consul releases since 1.20 reject it. */
  newerConsul(at: Located, err: string, fix: string): void;
  /** The consul-k8s admission webhook rejects the custom resource. */
  webhook(at: Located, err: string, fix: string): void;
  /** A message already framed. */
  report(at: Located, message: string, related?: Related[]): void;
}

/** The decoder's shape and type problems (the other decode issues are `unknown-field`'s). */
export const DECODE_CODES: ReadonlySet<string> = new Set([
  'expected-object',
  'expected-map-entry',
  'expected-list',
  'expected-scalar',
  'bad-bool',
  'bad-number',
  'bad-duration',
  'schema-type',
]);

export function checkerFor(ctx: RuleContext, entry: ConfigEntry): Checker {
  const crd = entry.crd !== undefined;
  const report = (at: Located, message: string, related?: Related[]) => ctx.report({ at, message, related });
  // Consul fails to decode such an entry before it validates anything; a value the decoder
  // dropped must not come back as a "missing" one (`'Sources' expected a list…` is not also
  // `At least one source is required`).
  // Computed on the first report: most entries report nothing.
  let broken: string[] | undefined;
  // A value Terraform computes at plan time is unknown, not missing: nothing is reported at it,
  // at what holds it (the source whose Name is `var.x` has a name), or below it.
  let computed: string[] | undefined;
  const hidden = (at: Located) => {
    broken ??= entry.issues.filter((i) => DECODE_CODES.has(i.code)).map((i) => i.path);
    computed ??= entry.computedFields.map((c) => c.field.toLowerCase());
    if (broken.length === 0 && computed.length === 0) return false;
    const hash = at.subject.indexOf('#');
    const path = hash < 0 ? '' : at.subject.slice(hash + 1);
    const lower = path.toLowerCase();
    return (
      broken.some((b) => b === path || b.startsWith(`${path}.`) || b.startsWith(`${path}[`)) ||
      (path !== '' && computed.some((c) => c === lower || c.startsWith(`${lower}.`) || c.startsWith(`${lower}[`) || lower.startsWith(`${c}.`) || lower.startsWith(`${c}[`)))
    );
  };
  return {
    entry,
    crd,
    consul: (at, err, fix, related) => {
      if (!hidden(at)) report(at, crd ? frame.consulOnSync(entry, err, fix) : frame.consul(entry, err, fix), related);
    },
    newerConsul: (at, err, fix) => {
      if (!hidden(at)) report(at, frame.newerConsul(entry, err, fix));
    },
    webhook: (at, err, fix) => {
      if (!hidden(at)) report(at, frame.webhook(entry, err, fix));
    },
    report,
  };
}

/** Where a decoded field is written (the whole `key = value`). */
export function fieldAt(entry: ConfigEntry, f: NField): Located {
  return entry.ref(f);
}

/** Where a decoded value (an object of a list, a list element) is written. */
export function valueAt(entry: ConfigEntry, v: NValue | LNode, path: string): Located {
  const node = 'node' in v ? v.node : v;
  return entry.at(node.range, path);
}

export function sub(o: NObject | undefined, name: string): NObject | undefined {
  const v = o?.fields.get(name)?.value;
  return v?.type === 'object' ? v : undefined;
}

export function fld(o: NObject | undefined, name: string): NField | undefined {
  return o?.fields.get(name);
}

/** A string field's value after weak typing (a bool written into a string field is "1"/"0"). */
export function str(o: NObject | undefined, name: string): string | undefined {
  const v = o?.fields.get(name)?.value;
  if (v?.type !== 'scalar') return undefined;
  if (typeof v.value === 'string') return v.value;
  if (typeof v.value === 'number') return String(v.value);
  if (typeof v.value === 'boolean') return v.value ? '1' : '0';
  return undefined;
}

export function num(o: NObject | undefined, name: string): number | undefined {
  const v = o?.fields.get(name)?.value;
  if (v?.type !== 'scalar') return undefined;
  if (typeof v.value === 'number') return v.value;
  if (typeof v.value === 'string' && v.value.trim() !== '' && Number.isFinite(Number(v.value))) return Number(v.value);
  return undefined;
}

export function bool(o: NObject | undefined, name: string): boolean | undefined {
  const v = o?.fields.get(name)?.value;
  return v?.type === 'scalar' && typeof v.value === 'boolean' ? v.value : undefined;
}

/** The objects of a list field, with their index and canonical path. */
export function objects(o: NObject | undefined, name: string): { obj: NObject; index: number; path: string }[] {
  const f = o?.fields.get(name);
  if (!f || f.value.type !== 'list') return [];
  const out: { obj: NObject; index: number; path: string }[] = [];
  f.value.items.forEach((item, index) => {
    if (item.type === 'object') out.push({ obj: item, index, path: `${f.path}[${index}]` });
  });
  return out;
}

/** The string elements of a list field (weakly typed), with where each is written. */
export function strings(o: NObject | undefined, name: string): { value: string; node: LNode; index: number }[] {
  const f = o?.fields.get(name);
  if (!f || f.value.type !== 'list') return [];
  const out: { value: string; node: LNode; index: number }[] = [];
  f.value.items.forEach((item, index) => {
    if (item.type !== 'scalar') return;
    const v = item.value;
    if (v === null || v === undefined) return;
    out.push({ value: typeof v === 'boolean' ? (v ? '1' : '0') : String(v), node: item.node, index });
  });
  return out;
}

/** The length of a list field (0 when absent). */
export function listLength(o: NObject | undefined, name: string): number {
  const v = o?.fields.get(name)?.value;
  return v?.type === 'list' ? v.items.length : 0;
}

/** An opaque map field (`Meta`, `Config`, `LegacyMeta`) as the located object written. */
export function mapObject(o: NObject | undefined, name: string): LObject | undefined {
  const v = o?.fields.get(name)?.value;
  if (!v || v.type !== 'opaque') return undefined;
  const n = v.node;
  if (n.type === 'object') return n;
  if (n.type === 'array' && n.items.length === 1 && n.items[0]!.type === 'object') return n.items[0];
  return undefined;
}

/**
 * Whether a string is longer than `max` UTF-8 bytes (Go's `len()`). A UTF-16 code unit is 1 to 3 bytes, so
 * most strings are decided by their length alone (every Meta key and value is checked).
 */
export function exceedsBytes(s: string, max: number): boolean {
  if (s.length > max) return true;
  if (s.length * 3 <= max) return false;
  return Buffer.byteLength(s, 'utf8') > max;
}
