/**
 * Once a file is normalized, the parse tree of its config entries is let go but for what the
 * later stages read: the decoded values with their scalar nodes and the maps kept as written
 * (Meta, Config), the places of objects and lists (their nodes, emptied), the Kind keys of an
 * HCL or JSON entry. In a large repository the tree's lists of children are much of what a file
 * keeps: 100,000 generated files, peak RSS 958 → 869 MB.
 *
 * Only files whose documents no later stage reads again are released: not Terraform (its text
 * and documents are read for targets), Nomad jobs, agent service registrations, files with
 * documents that are not config entries (Kubernetes objects, Helm values), files the caller
 * keeps (a project with a kustomization builds overlays from its resources' documents; files
 * named as Helm values are read again as values). Nor a file with an entry that rules read as
 * written: a kind Consul does not know (invalid-value reads its Name), a decode problem
 * (unknown-field reads the value written for an unknown key). The nodes are emptied in place,
 * and a file is released whole or not at all: no entry kept as written can hold a node another
 * entry's release emptied, however the parser shared nodes within the file.
 */
import { ArrayNode, ObjectNode } from '../parse/nodes.js';
import type { LNode } from '../parse/located.js';
import type { ParsedFile } from '../parse/index.js';
import { DecodedList, DecodedObject, type NValue } from './decode.js';
import type { NormalizedFile } from './normalize.js';
import { isNomadJob } from './nomad.js';

/** The children of every emptied node, and the documents of a released file: frozen, so a write fails loudly. */
const NONE = Object.freeze([]) as unknown as never[];

/** Whether `releaseParseTrees` lets this file's trees go. */
function releasable(parsed: ParsedFile, normalized: NormalizedFile): boolean {
  return (
    normalized.entries.length > 0 &&
    normalized.otherDocuments.length === 0 &&
    normalized.registrations === 0 &&
    parsed.format !== 'terraform' &&
    !isNomadJob(parsed) &&
    normalized.entries.every((e) => e.spec !== undefined && e.issues.length === 0)
  );
}

/** Lets the parse trees of a file's entries go (see above); a file that is not `releasable` is left as it is. */
export function releaseParseTrees(parsed: ParsedFile, normalized: NormalizedFile): void {
  if (!releasable(parsed, normalized)) return;
  for (const e of normalized.entries) {
    // unknown-field reads the Kind keys of an HCL or JSON entry (several entries pasted into one object).
    const kinds = e.crd ? NONE : e.raw.props.filter((p) => p.key === 'Kind' || p.key === 'kind');
    releaseValue(e.root);
    empty(e.raw);
    if (e.raw instanceof ObjectNode && kinds.length > 0) e.raw.props = kinds;
    if (e.crd?.spec) empty(e.crd.spec);
  }
  parsed.result.documents = NONE;
}

/** An object or list node of a parser, without its children: its place is all that is read of it. */
function empty(n: LNode): void {
  if (n instanceof ObjectNode) n.props = NONE;
  else if (n instanceof ArrayNode) n.items = NONE;
}

function releaseValue(v: NValue): void {
  if (v instanceof DecodedObject) {
    for (const f of v.fields.values()) {
      const fv = f.value;
      // The property's value is the decoded value's node, or a list around it (an HCL block).
      if (fv.type === 'object' || fv.type === 'list') for (const p of f.props) empty(p.value);
      releaseValue(fv);
    }
    empty(v.node);
  } else if (v instanceof DecodedList) {
    for (const item of v.items) releaseValue(item);
    empty(v.node);
  }
  // Scalars keep their node (small, and read for values and places); maps kept as written
  // keep theirs whole: rules read their keys.
}
