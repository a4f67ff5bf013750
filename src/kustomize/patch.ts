/**
 * Kustomize patches on located trees. A patched value keeps the range it has in the patch
 * file, tagged with that file (`SourceRange.file`), so a finding about it points at the patch.
 *
 * Strategic merge as kustomize applies it to a custom resource (no OpenAPI patch strategy:
 * sigs.k8s.io/kustomize/kyaml/yaml/merge2, `merge2.Merge`): maps merge key by key, a `null`
 * value removes the key, `$patch: replace` replaces the map, `$patch: delete` removes the
 * resource, and lists are replaced whole. JSON 6902 (RFC 6902, the ops kustomize's
 * PatchJson6902Transformer applies through evanphx/json-patch): add, remove, replace, copy,
 * move, test.
 */
import type { LArray, LNode, LObject, LProperty, LScalar, SourceRange } from '../parse/located.js';

/** Nesting bound for hostile input: deeper patches are not applied. */
const MAX_DEPTH = 64;

/**
 * A copy of a tree with each range mapped by `move`, built of plain objects. Parse nodes keep
 * offsets into their own text and compute ranges in prototype getters (src/parse/nodes.ts): a
 * spread would drop the getters and keep offsets that mean nothing in the tree they join.
 */
export function relocate<T extends LNode>(node: T, move: (r: SourceRange) => SourceRange, depth = 0): T {
  const range = move(node.range);
  if (node.type === 'object') {
    const props: LProperty[] =
      depth > MAX_DEPTH
        ? []
        : node.props.map((p) => ({
            key: p.key,
            keyRange: move(p.keyRange),
            value: relocate(p.value, move, depth + 1),
            range: move(p.range),
            ...(p.block ? { block: true } : {}),
          }));
    return { type: 'object', range, props } as LObject as T;
  }
  if (node.type === 'array') {
    return { type: 'array', range, items: depth > MAX_DEPTH ? [] : node.items.map((i) => relocate(i, move, depth + 1)) } as LArray as T;
  }
  return { type: node.type, value: node.value, raw: node.raw, range } as LScalar as T;
}

/** A copy of a tree whose ranges say they are in `file`. */
export function tagFile<T extends LNode>(node: T, file: string): T {
  return relocate(node, (r) => ({ start: r.start, end: r.end, file }));
}

/** What a strategic merge patch did to one object. */
export type MergeResult = { deleted: true } | { deleted: false; node: LNode };

/** The last value of each key, in first-seen order (what a map decoder keeps). */
function lastByKey(obj: LObject): LProperty[] {
  const out = new Map<string, LProperty>();
  for (const p of obj.props) {
    out.delete(p.key);
    out.set(p.key, p);
  }
  return [...out.values()];
}

function directive(obj: LObject): string | undefined {
  const d = lastByKey(obj).find((p) => p.key === '$patch');
  return d && d.value.type === 'string' ? String(d.value.value) : undefined;
}

/** `patch` (already tagged with its file) merged into `base` as a strategic merge patch. */
export function strategicMerge(base: LNode, patch: LNode, depth = 0): MergeResult {
  if (patch.type !== 'object') return { deleted: false, node: patch };
  const how = directive(patch);
  if (how === 'delete') return { deleted: true };
  const own = lastByKey(patch).filter((p) => p.key !== '$patch' && !(p.key.startsWith('$') && p.key !== '$ref'));
  if (how === 'replace' || base.type !== 'object' || depth > MAX_DEPTH) {
    return { deleted: false, node: { ...patch, props: own.filter((p) => p.value.type !== 'null') } };
  }
  const props = lastByKey(base);
  for (const p of own) {
    const i = props.findIndex((b) => b.key === p.key);
    if (p.value.type === 'null') {
      if (i >= 0) props.splice(i, 1);
      continue;
    }
    if (i < 0) {
      const merged = p.value.type === 'object' ? strategicMerge({ ...p.value, props: [] }, p.value, depth + 1) : undefined;
      if (merged?.deleted) continue;
      props.push(merged ? { ...p, value: merged.node } : p);
      continue;
    }
    const b = props[i]!;
    if (b.value.type === 'object' && p.value.type === 'object') {
      const merged = strategicMerge(b.value, p.value, depth + 1);
      if (merged.deleted) props.splice(i, 1);
      else props[i] = { ...b, value: merged.node };
    } else {
      props[i] = p;
    }
  }
  return { deleted: false, node: { ...base, props } };
}

export interface JsonPatchOp {
  op: string;
  path: string;
  from?: string;
  value?: LNode;
}

/** RFC 6901 pointer → tokens; undefined when malformed. */
function pointer(path: string): string[] | undefined {
  if (path === '') return [];
  if (!path.startsWith('/')) return undefined;
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function child(n: LNode, token: string): LNode | undefined {
  if (n.type === 'object') return lastByKey(n).find((p) => p.key === token)?.value;
  if (n.type === 'array' && /^(0|[1-9]\d*)$/.test(token)) return n.items[Number(token)];
  return undefined;
}

/** A copy of `root` with the node at `tokens` changed by `edit` (undefined when the path is missing). */
function update(root: LNode, tokens: readonly string[], edit: (parent: LNode, last: string) => LNode | undefined): LNode | undefined {
  if (tokens.length === 0) return undefined;
  const [head, ...rest] = tokens;
  if (rest.length === 0) return edit(root, head!);
  const c = child(root, head!);
  if (!c) return undefined;
  const changed = update(c, rest, edit);
  if (!changed) return undefined;
  if (root.type === 'object') {
    const props = lastByKey(root).map((p) => (p.key === head ? { ...p, value: changed } : p));
    return { ...root, props };
  }
  if (root.type === 'array') {
    const items = [...root.items];
    items[Number(head)] = changed;
    return { ...root, items };
  }
  return undefined;
}

function setAt(parent: LNode, last: string, value: LNode, insert: boolean): LNode | undefined {
  if (parent.type === 'object') {
    const props = lastByKey(parent);
    const i = props.findIndex((p) => p.key === last);
    if (i < 0 && !insert) return undefined;
    const prop: LProperty =
      i >= 0 ? { ...props[i]!, value, range: { ...value.range } } : { key: last, keyRange: value.range, value, range: value.range };
    if (i >= 0) props[i] = prop;
    else props.push(prop);
    return { ...parent, props };
  }
  if (parent.type === 'array') {
    const items = [...parent.items];
    const idx = last === '-' ? items.length : /^(0|[1-9]\d*)$/.test(last) ? Number(last) : -1;
    if (idx < 0 || idx > items.length || (!insert && idx >= items.length)) return undefined;
    if (insert) items.splice(idx, 0, value);
    else items[idx] = value;
    return { ...parent, items } satisfies LArray;
  }
  return undefined;
}

function removeAt(parent: LNode, last: string): LNode | undefined {
  if (parent.type === 'object') {
    const props = lastByKey(parent);
    const i = props.findIndex((p) => p.key === last);
    if (i < 0) return undefined;
    props.splice(i, 1);
    return { ...parent, props };
  }
  if (parent.type === 'array' && /^(0|[1-9]\d*)$/.test(last) && Number(last) < parent.items.length) {
    const items = [...parent.items];
    items.splice(Number(last), 1);
    return { ...parent, items };
  }
  return undefined;
}

function get(root: LNode, tokens: readonly string[]): LNode | undefined {
  let cur: LNode | undefined = root;
  for (const t of tokens) cur = cur ? child(cur, t) : undefined;
  return cur;
}

/**
 * The ops applied in order. Like json-patch, an op that cannot apply (a missing path, a
 * failed test) fails the whole patch: the result is then undefined, with the reason.
 */
export function applyJsonPatch(root: LNode, ops: readonly JsonPatchOp[]): { node: LNode } | { error: string } {
  let cur = root;
  for (const op of ops) {
    const tokens = pointer(op.path);
    if (!tokens || tokens.length === 0) return { error: `path "${op.path}" is not a JSON pointer into the object` };
    let next: LNode | undefined;
    switch (op.op) {
      case 'add':
        next = op.value ? update(cur, tokens, (p, l) => setAt(p, l, op.value!, true)) : undefined;
        break;
      case 'replace':
        next = op.value ? update(cur, tokens, (p, l) => setAt(p, l, op.value!, false)) : undefined;
        break;
      case 'remove':
        next = update(cur, tokens, removeAt);
        break;
      case 'copy':
      case 'move': {
        const from = op.from !== undefined ? pointer(op.from) : undefined;
        const v = from ? get(cur, from) : undefined;
        const base = op.op === 'move' && from && v ? update(cur, from, removeAt) : cur;
        next = v && base ? update(base, tokens, (p, l) => setAt(p, l, v, true)) : undefined;
        break;
      }
      case 'test': {
        const v = get(cur, tokens);
        const same = v && op.value && (v.type === 'object' || v.type === 'array' || (v.type === op.value.type && (v as { value: unknown }).value === (op.value as { value: unknown }).value));
        next = same ? cur : undefined;
        break;
      }
      default:
        return { error: `unknown op "${op.op}"` };
    }
    if (!next) return { error: `${op.op} ${op.path}: no such path` };
    cur = next;
  }
  return { node: cur };
}
