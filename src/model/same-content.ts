/**
 * Whether two definitions of one config entry write the same configuration: a second write of
 * the same content leaves the entry as the first made it (`consul config write` replaces an entry
 * whole; `kubectl apply` of an unchanged object changes nothing; consul-k8s marks a custom
 * resource synced when the entry already in Consul matches it — control-plane/controllers
 * configentry_controller_test.go TestConfigEntryControllers_doesNotCreateUnownedConfigEntry).
 *
 * Compared as decoded (canonical field names, values after weak typing), so `MutualTLSMode =
 * "strict"` in HCL and `"MutualTLSMode": "strict"` in JSON are the same; kept as written where
 * Consul keeps a value as written (maps). Anything this cannot tell — a value Terraform computes,
 * a different shape — counts as different: the caller then reports the clash as before.
 */
import type { NValue } from './decode.js';
import type { ConfigEntry } from './entries.js';
import type { LNode } from '../parse/located.js';
import { lastProp } from '../parse/nodes.js';

/** The identity fields: equal by the caller's grouping, however each copy spells or places them. */
const IDENTITY: ReadonlySet<string> = new Set(['Kind', 'Name', 'Partition', 'Namespace']);

/** Deeper than this, two values are taken to differ (parsers bound depth; this bounds the walk). */
const MAX_DEPTH = 64;

export function sameContent(a: ConfigEntry, b: ConfigEntry): boolean {
  if (a.kind !== b.kind || a.computedFields.length > 0 || b.computedFields.length > 0) return false;
  if (a.notEvaluated.length > 0 || b.notEvaluated.length > 0) return false;
  // A key the decoder did not take (unknown, misspelled, the wrong shape) is not in the decoded
  // value, so two entries differing only there would compare equal: such entries are not compared.
  if (a.issues.length > 0 || b.issues.length > 0) return false;
  const fa = [...a.root.fields.values()].filter((f) => !IDENTITY.has(f.name));
  const fb = [...b.root.fields.values()].filter((f) => !IDENTITY.has(f.name));
  if (fa.length !== fb.length) return false;
  return fa.every((f) => {
    const g = b.root.fields.get(f.name);
    return g !== undefined && sameValue(f.value, g.value, 0);
  });
}

function sameValue(a: NValue, b: NValue, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  switch (a.type) {
    case 'scalar':
      return b.type === 'scalar' && a.value !== undefined && a.value === b.value;
    case 'list':
      return b.type === 'list' && a.items.length === b.items.length && a.items.every((v, i) => sameValue(v, b.items[i]!, depth + 1));
    case 'object': {
      if (b.type !== 'object' || a.fields.size !== b.fields.size) return false;
      for (const [name, f] of a.fields) {
        const g = b.fields.get(name);
        if (!g || !sameValue(f.value, g.value, depth + 1)) return false;
      }
      return true;
    }
    case 'opaque':
      return b.type === 'opaque' && sameWritten(a.node, b.node, depth + 1);
  }
}

/** Two values kept as written (a map field): equal as JSON values, keys in any order, the last of a repeated key. */
function sameWritten(a: LNode, b: LNode, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (a.type === 'object') {
    if (b.type !== 'object') return false;
    const keys = new Set(a.props.map((p) => p.key));
    if (keys.size !== new Set(b.props.map((p) => p.key)).size) return false;
    for (const k of keys) {
      const pb = lastProp(b, k);
      if (!pb || !sameWritten(lastProp(a, k)!.value, pb.value, depth + 1)) return false;
    }
    return true;
  }
  if (a.type === 'array') return b.type === 'array' && a.items.length === b.items.length && a.items.every((v, i) => sameWritten(v, b.items[i]!, depth + 1));
  return b.type === a.type && b.value === a.value;
}
