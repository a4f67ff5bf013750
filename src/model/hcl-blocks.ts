/**
 * Reading blocks of an HCL tree as HCL v1 and parseHcl2Structure shape them: `job "web" { … }`
 * is the key `job` holding `{ web: { … } }`; a block written twice is a repeated key or a list.
 */
import type { LNode, LObject, LProperty } from '../parse/located.js';

/** The objects of every block with this key: `key { … }` written once, repeated, or as a list. */
export function blocks(obj: LObject, key: string): LObject[] {
  const out: LObject[] = [];
  const add = (n: LNode) => {
    if (n.type === 'object') out.push(n);
    else if (n.type === 'array') for (const i of n.items) add(i);
  };
  for (const p of obj.props) if (p.key === key) add(p.value);
  return out;
}

/** `job "api" { … }`: each label with the block under it. */
export function labeled(obj: LObject, key: string): { label: string; body: LObject }[] {
  const out: { label: string; body: LObject }[] = [];
  for (const b of blocks(obj, key)) {
    for (const p of b.props) {
      if (p.value.type === 'object') out.push({ label: p.key, body: p.value });
      else if (p.value.type === 'array') for (const i of p.value.items) if (i.type === 'object') out.push({ label: p.key, body: i });
    }
  }
  return out;
}


/** A literal string; an interpolation (`${NOMAD_…}`, `${var}`) is not evaluated. */
export function literal(p: LProperty | undefined): string | undefined {
  const v = p?.value;
  return v && v.type === 'string' && typeof v.value === 'string' && !v.value.includes('${') ? v.value : undefined;
}
