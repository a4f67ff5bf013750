import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { sameContent } from '../src/model/same-content.js';
import { describeScope } from '../src/model/scope.js';
import { copyLeftUnrenamed, type VariantGroup } from '../src/targets/variant-folders.js';

function what(e: ConfigEntry): string {
  const ns = e.namespace !== 'default' ? `, namespace "${e.namespace}"` : '';
  // proxy-defaults without a Name is named "global" by Consul's Normalize.
  const label = e.kind === 'proxy-defaults' && e.name === '' ? 'proxy-defaults "global"' : e.label;
  return `${label} (${describeScope(e.scope)}${ns})`;
}

function crdName(e: ConfigEntry): string {
  return `${e.crd!.kind} "${e.crd!.metadataName ?? ''}"`;
}

/**
 * Where the first definition is, for the message. No line number: baselines match on the
 * message, and the related location carries the exact place.
 */
function place(first: ConfigEntry, here: ConfigEntry): string {
  return first.file === here.file ? 'earlier in this file' : `in ${first.file}`;
}

/** ` (and 1 more entry of this folder is defined in both)`; empty when there are no more. */
function alsoInBoth(more: number, of: 'folder' | 'file'): string {
  if (more === 0) return '';
  return more === 1 ? ` (and 1 more entry of this ${of} is defined in both)` : ` (and ${more} more entries of this ${of} are defined in both)`;
}

const messages = {
  entry: (e: ConfigEntry, first: ConfigEntry) =>
    `${what(e)} is already defined ${place(first, e)}; both write the same Consul config entry, so which one Consul ends up with depends on the order they are applied — keep one definition`,
  crdMesh: (e: ConfigEntry, first: ConfigEntry) =>
    `${crdName(e)} (${describeScope(e.scope)}): a Mesh resource is already defined ${place(first, e)}; the consul-k8s webhook rejects the second with mesh resource already defined - only one mesh entry is supported — keep one Mesh resource`,
  crdProxyDefaults: (e: ConfigEntry, first: ConfigEntry) =>
    `${crdName(e)} (${describeScope(e.scope)}): a ProxyDefaults resource is already defined ${place(first, e)}; the consul-k8s webhook rejects the second with proxydefaults resource already defined - only one global entry is supported — keep one ProxyDefaults resource`,
  crdIntentions: (e: ConfigEntry, first: ConfigEntry) =>
    `${crdName(e)} (${describeScope(e.scope)}): ${crdName(first)} ${place(first, e)} already has spec.destination.name "${e.name}"; the consul-k8s webhook rejects the second with an existing ServiceIntentions resource has \`spec.destination.name: ${e.name}\` — merge their sources into one resource`,
  crdSameName: (e: ConfigEntry, first: ConfigEntry) => {
    const kk = e.crd!.kind.toLowerCase();
    return `${crdName(e)} (${describeScope(e.scope)}): a ${e.crd!.kind} of this name is already defined ${place(first, e)} in another Kubernetes namespace; the consul-k8s webhook rejects the second with ${kk} resource with name "${e.crd!.metadataName ?? ''}" is already defined – all ${kk} resources must have unique names across namespaces — keep one`;
  },
  guessedApart: (e: ConfigEntry, first: ConfigEntry, folders: string, more: number) =>
    `${what(e)} is also defined in ${first.file}${alsoInBoth(more, 'folder')}; ${folders} define the same entries, so they may be alternatives applied to different clusters — if they are, declare each as a target in .mtls-lint.yaml (targets:) and this note goes away; if both are applied to one cluster, keep one definition of each`,
  alikeFiles: (e: ConfigEntry, first: ConfigEntry, more: number) =>
    `${what(e)} is also defined in ${first.file}${alsoInBoth(more, 'file')}; the two files are named alike, so they may be versions of one object applied one at a time or to different clusters — if both are applied to one cluster, the later replaces the earlier: keep one definition; if they go to different clusters, declare each as a target in .mtls-lint.yaml (targets:)`,
  identical: (e: ConfigEntry, first: ConfigEntry) =>
    `${what(e)} is also defined ${place(first, e)}, with the same content: applying both writes the same entry twice, which changes nothing — but the copies can drift apart; keep one definition`,
  crdIdentical: (e: ConfigEntry, first: ConfigEntry) =>
    `${crdName(e)} (${describeScope(e.scope)}) is the same Kubernetes object as the one ${place(first, e)}, with the same content: applying both changes nothing — but the copies can drift apart; keep one definition`,
  crdSameObject: (e: ConfigEntry, first: ConfigEntry) =>
    `${crdName(e)} (${describeScope(e.scope)}) is the same Kubernetes object as the one ${place(first, e)}; applying both, the later silently replaces the earlier — keep one definition`,
};

export default defineRule({
  meta: {
    id: 'duplicate-entry',
    description: 'The same config entry (kind, partition scope, namespace, name) defined twice, in one file or two',
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/duplicate-entry.md',
  },
  check({ model, report }) {
    const guessedApart = (x: ConfigEntry, e: ConfigEntry): VariantGroup | undefined => {
      const g = model.guessedApart(x.file, e.file);
      // Files named alike are versions of one object; two custom resources of other names are two
      // objects applied side by side (the webhook rejects the second): no guess makes them apart.
      return g?.alikeFiles && x.crd && e.crd && !sameObject(x, e) ? undefined : g;
    };
    // Named up to a few: a folder per test case makes groups of thousands, and each note would
    // repeat them all.
    const folders = (g: { parent: string; variants: string[] }): string => {
      const named = g.variants.slice(0, MAX_FOLDERS_NAMED).map((v) => `${g.parent === '' ? '' : `${g.parent}/`}${v}/`);
      const more = g.variants.length - named.length;
      return `the folders ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    };
    // A flat key (join) and an entry alone until a second one comes: one key and list per
    // entry of a 100,000-file repository were tens of megabytes kept through the rule.
    const groups = new Map<string, ConfigEntry | ConfigEntry[]>();
    for (const e of model.entries) {
      // A name or partition Terraform computes is compared with nothing (not evaluated).
      if (!e.spec || !e.evaluated) continue;
      // Written to no store (a secondary datacenter's bootstrap entry): it replaces nothing.
      if (e.notApplied !== undefined) continue;
      // proxy-defaults without a Name is "global" (Normalize); any other empty name is invalid-entry-name's.
      const name = e.kind === 'proxy-defaults' && e.name === '' ? 'global' : e.name;
      if (name === '') continue;
      // A Mesh resource not named "mesh" is rejected by the webhook before its uniqueness check (invalid-entry-name).
      if (e.crd && e.kind === 'mesh' && e.crd.metadataName !== 'mesh') continue;
      const key = [e.kind, e.scope.key, e.namespace, name].join('\u0000');
      const seen = groups.get(key);
      if (seen === undefined) groups.set(key, e);
      else if (Array.isArray(seen)) seen.push(e);
      else groups.set(key, [seen, e]);
    }
    // Duplicates across guessed alternatives: one note per folder (or file named alike), at the first of them.
    const guessing = model.target.guessed.length > 0;
    const guessed = new Map<string, { e: ConfigEntry; other: ConfigEntry; group: VariantGroup; count: number }>();
    for (const list of groups.values()) {
      if (!Array.isArray(list)) continue;
      const sorted = [...list].sort(compareEntries);
      for (let i = 1; i < sorted.length; i++) {
        const e = sorted[i]!;
        // Against the nearest earlier definitions only: thousands of one entry (a folder per test
        // case) would otherwise cost every pair of them.
        let earlier = sorted.slice(Math.max(0, i - MAX_COMPARED), i);
        if (guessing) {
          // Definitions in sibling folders, or files named alike, that may be different clusters:
          // a note, against the nearest such one (a file of the same folder before a sibling folder's).
          let nearest: { x: ConfigEntry; g: VariantGroup } | undefined;
          let allApart = true;
          for (const x of earlier) {
            const g = guessedApart(x, e);
            if (!g) {
              allApart = false;
              break;
            }
            if (!nearest || (g.alikeFiles && !nearest.g.alikeFiles)) nearest = { x, g };
          }
          if (allApart && nearest) {
            const { x, g } = nearest;
            const key = `${g.parent}\u0000${folderOf(e.file, g)}`;
            const seen = guessed.get(key);
            if (!seen) guessed.set(key, { e, other: x, group: g, count: 1 });
            else {
              seen.count++;
              if (compareEntries(e, seen.e) < 0) Object.assign(seen, { e, other: x });
            }
            continue;
          }
          earlier = earlier.filter((x) => !guessedApart(x, e));
        }
        // The same content written again changes nothing (same-content.ts) — unless the webhook
        // refuses a second resource whatever it holds (two Mesh resources, two objects of one name).
        // A copy whose file was renamed and whose entry was not (`web_service_defaults.hcl` defining
        // "payments" as `payments_service_defaults.hcl` does) stays an error: its own entry is missing.
        // Against the others only, when some are such copies: the clash is with those.
        const entryName = e.crd?.metadataName ?? e.name;
        const differing = earlier.filter(
          (x) => !(sameContent(x, e) && (!x.crd || !e.crd || sameObject(x, e)) && !copyLeftUnrenamed(x.file, e.file, entryName) && !copyLeftUnrenamed(e.file, x.file, entryName)),
        );
        if (differing.length === 0) {
          const first = earlier[0]!;
          const message = e.crd && first.crd ? messages.crdIdentical(e, first) : messages.identical(e, first);
          report({ at: e.location, message, related: [{ at: first.location, message: 'first definition' }], atMost: 'note' });
          continue;
        }
        const { message, first } = messageFor(e, differing);
        report({ at: e.location, message, related: [{ at: first.location, message: 'first definition' }] });
      }
    }
    for (const { e, other, group, count } of guessed.values()) {
      const message = group.alikeFiles ? messages.alikeFiles(e, other, count - 1) : messages.guessedApart(e, other, folders(group), count - 1);
      report({ at: e.location, message, related: [{ at: other.location, message: 'the other definition' }], atMost: 'note' });
    }
  },
});

const MAX_FOLDERS_NAMED = 5;
/** How many earlier definitions of one entry each definition is compared with. */
const MAX_COMPARED = 256;

function compareEntries(a: ConfigEntry, b: ConfigEntry): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.offset - b.range.start.offset;
}

/** The child of the group's folder a file lies in (the file itself for files named alike). */
function folderOf(file: string, g: { parent: string }): string {
  const rest = g.parent === '' ? file : file.slice(g.parent.length + 1);
  return rest.split('/')[0]!;
}

/**
 * Two custom resources that are one Kubernetes object: the later `kubectl apply` replaces the
 * earlier (an update, which the consul-k8s webhooks do not check for clashes: they do on
 * `admissionv1.Create` only, control-plane/api/v1alpha1/serviceintentions_webhook.go `Handle`).
 * A manifest without `metadata.namespace` goes to the namespace `kubectl -n` or the context
 * names: it may be the other's, so it is not taken to be another object.
 */
function sameObject(a: ConfigEntry, b: ConfigEntry): boolean {
  if ((a.crd?.metadataName ?? '') !== (b.crd?.metadataName ?? '')) return false;
  const na = a.crd?.k8sNamespace ?? '';
  const nb = b.crd?.k8sNamespace ?? '';
  return na === nb || na === '' || nb === '';
}

/** CRDs against CRDs follow the webhook's rules; anything else is a plain clash of two writes. */
function messageFor(e: ConfigEntry, earlier: ConfigEntry[]): { message: string; first: ConfigEntry } {
  const firstCrd = e.crd ? earlier.find((x) => x.crd) : undefined;
  if (!e.crd || !firstCrd) return { message: messages.entry(e, earlier[0]!), first: earlier[0]! };
  const f = firstCrd.crd!;
  let message: string;
  if (sameObject(e, firstCrd)) message = messages.crdSameObject(e, firstCrd);
  else if (e.kind === 'mesh') message = messages.crdMesh(e, firstCrd);
  else if (e.kind === 'proxy-defaults') message = messages.crdProxyDefaults(e, firstCrd);
  else if (e.kind === 'service-intentions') message = messages.crdIntentions(e, firstCrd);
  else if (e.crd.metadataName === f.metadataName) message = messages.crdSameName(e, firstCrd);
  else message = messages.entry(e, firstCrd);
  return { message, first: firstCrd };
}
