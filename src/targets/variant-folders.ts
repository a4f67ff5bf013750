/**
 * Sibling folders named as variants of one another — environments (dev, staging, prod),
 * datacenters (dc1, dc2), clouds and platforms (aks, eks, gke, local; docker, k8s;
 * hcp-managed, self-managed) — that hold the same kinds of entries are alternatives: each
 * is applied to its own cluster, so each is a target of its own. Files outside every
 * variant folder are shared: they belong to every target below them.
 */
import { parentOf } from '../repo-path.js';

const WORDS = new Set([
  // environments
  'dev', 'develop', 'development', 'test', 'testing', 'qa', 'uat', 'stage', 'staging', 'preprod', 'pre-prod',
  'prod', 'production', 'sandbox', 'demo', 'local', 'ci',
  // clouds and platforms
  'aks', 'eks', 'gke', 'azure', 'aws', 'gcp', 'openshift', 'kind', 'minikube', 'k3d', 'k3s', 'ecs', 'nomad', 'vm', 'vms',
  'docker', 'docker-compose', 'compose', 'k8s', 'kubernetes', 'hcp', 'hcp-managed', 'self-managed', 'cloud', 'on-prem',
  // places
  'primary', 'secondary', 'east', 'west', 'north', 'south', 'eu', 'us', 'apac',
]);

const NUMBERED = /^(dc|datacenter|cluster|region|site|zone|server|partition|ap|consul)[-_]?\d+$/i;
const CLOUD_REGION = /^(us|eu|ap|sa|ca|me|af)-(east|west|north|south|central|northeast|southeast|northwest|southwest)-\d$/i;

/** Whether a folder name reads as one variant among others (`dc2`, `staging`, `hcp-managed`). */
export function isVariantName(name: string): boolean {
  const n = name.toLowerCase();
  return WORDS.has(n) || NUMBERED.test(n) || CLOUD_REGION.test(n);
}

function join(parent: string, child: string): string {
  return parent === '' ? child : `${parent}/${child}`;
}

/** A folder whose children are alternatives of one another. */
export interface VariantGroup {
  /** The parent folder (`''` for the repository root). */
  parent: string;
  /** The alternative children (names), sorted; with `byFileName`, the variant words in file names. */
  variants: string[];
  /** The variants are files of `parent` named apart by one word (`dc1-hashicups.yaml`, `dc2-hashicups.yaml`). */
  byFileName?: boolean;
  /**
   * A guess (`sure: false`): the variants are whole file names of `parent`, named alike, that
   * define the same entries — versions or steps of one object (`terminating-gateway.yml`,
   * `terminating-gateway-delete.yml`), applied one at a time or to different clusters.
   */
  alikeFiles?: boolean;
  /**
   * `true`: the children are named as variants (`dc1`, `staging`) and hold entries of a
   * common kind. `false`: they are named otherwise but define the same entries (a folder per
   * tutorial or demo) — a guess, so a duplicate across them is still worth a note.
   */
  sure: boolean;
  /** Why: the kinds the variants share, or the entries they both define. */
  shared: string[];
}

interface FolderContent {
  kinds: Set<string>;
  identities: Set<string>;
}

/**
 * The variant groups among `files` (paths relative to the repository; only those under
 * `base` count): a folder with two or more variant-named children whose files hold entries
 * of a common kind, and a folder whose other children define the same entries.
 */
export function findVariantGroups(
  files: readonly { path: string; kinds: ReadonlySet<string>; identities: ReadonlySet<string>; terraformText?: string }[],
  base: string,
): VariantGroup[] {
  const under = new Map<string, Map<string, FolderContent>>();
  for (const f of files) {
    if (f.kinds.size === 0) continue;
    const rel = base === '' ? f.path : f.path.slice(base.length + 1);
    const parts = rel.split('/');
    let dir = base;
    for (let i = 0; i < parts.length - 1; i++) {
      const child = parts[i]!;
      let byChild = under.get(dir);
      if (!byChild) under.set(dir, (byChild = new Map()));
      let c = byChild.get(child);
      if (!c) byChild.set(child, (c = { kinds: new Set(), identities: new Set() }));
      for (const k of f.kinds) c.kinds.add(k);
      for (const k of f.identities) c.identities.add(k);
      dir = join(dir, child);
    }
  }
  const groups: VariantGroup[] = [];
  for (const [parent, byChild] of under) {
    const named = [...byChild].filter(([name]) => isVariantName(name));
    const count = new Map<string, number>();
    for (const [, c] of named) for (const k of c.kinds) count.set(k, (count.get(k) ?? 0) + 1);
    const sharedKinds = [...count].filter(([, n]) => n >= 2).map(([k]) => k).sort();
    const sure = named.length >= 2 && sharedKinds.length > 0 ? new Set(named.map(([n]) => n)) : new Set<string>();
    if (sure.size > 0) groups.push({ parent, variants: [...sure].sort(), sure: true, shared: sharedKinds });
    // Other children that define the same entry as a sibling: alternatives too, by a guess.
    const seen = new Map<string, string>();
    const clashing = new Set<string>();
    const clashes = new Set<string>();
    for (const [name, c] of [...byChild].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (sure.has(name)) continue;
      for (const id of c.identities) {
        const other = seen.get(id);
        if (other === undefined) seen.set(id, name);
        else if (other !== name) {
          clashing.add(other).add(name);
          clashes.add(id);
        }
      }
    }
    if (clashing.size >= 2) groups.push({ parent, variants: [...clashing].sort(), sure: false, shared: [...clashes].sort().slice(0, 3) });
  }
  groups.push(...fileNameGroups(files, base), ...alikeFileGroups(files, base));
  return groups.sort((a, b) => (a.parent < b.parent ? -1 : a.parent > b.parent ? 1 : a.sure === b.sure ? 0 : a.sure ? -1 : 1));
}

const WORD_SPLIT = /[-_.]/;

/** The most files of one folder defining one entry that are compared as versions of it (`alikeFileGroups`). */
const MAX_ALIKE = 256;

/** The variant word of a file name (`dc2` in `dc2-sg-hashicups.yaml`), when it has exactly one. */
export function fileVariantWord(fileName: string): string | undefined {
  const words = fileName.split(WORD_SPLIT).filter((w) => isVariantName(w));
  return words.length === 1 ? words[0]!.toLowerCase() : undefined;
}

/**
 * Files of one folder named alike but for one variant word (`dc1-sg-hashicups.yaml`,
 * `dc2-sg-hashicups.yaml`) that hold the same kinds of entries: applied to different clusters
 * (`kubectl --context dc1 apply -f dc1-…`), as the peering and failover tutorials do.
 */
function fileNameGroups(files: readonly { path: string; kinds: ReadonlySet<string>; terraformText?: string }[], base: string): VariantGroup[] {
  // folder → file name with the word blanked → word → kinds
  const byFolder = new Map<string, Map<string, Map<string, Set<string>>>>();
  for (const f of files) {
    // The .tf files of a folder are one module whatever their names: provider aliases tell clusters apart there.
    if (f.kinds.size === 0 || f.terraformText !== undefined || (base !== '' && !f.path.startsWith(`${base}/`))) continue;
    const dir = parentOf(f.path);
    const name = f.path.slice(dir === '' ? 0 : dir.length + 1);
    const word = fileVariantWord(name);
    if (!word) continue;
    const shape = name.split(WORD_SPLIT).map((w) => (w.toLowerCase() === word ? '*' : w)).join('-');
    let shapes = byFolder.get(dir);
    if (!shapes) byFolder.set(dir, (shapes = new Map()));
    let words = shapes.get(shape);
    if (!words) shapes.set(shape, (words = new Map()));
    let kinds = words.get(word);
    if (!kinds) words.set(word, (kinds = new Set()));
    for (const k of f.kinds) kinds.add(k);
  }
  const groups: VariantGroup[] = [];
  for (const [parent, shapes] of byFolder) {
    const variants = new Set<string>();
    const shared = new Set<string>();
    for (const words of shapes.values()) {
      if (words.size < 2) continue;
      const count = new Map<string, number>();
      for (const kinds of words.values()) for (const k of kinds) count.set(k, (count.get(k) ?? 0) + 1);
      const common = [...count].filter(([, n]) => n >= 2).map(([k]) => k);
      if (common.length === 0) continue;
      for (const w of words.keys()) variants.add(w);
      for (const k of common) shared.add(k);
    }
    if (variants.size >= 2) groups.push({ parent, variants: [...variants].sort(), byFileName: true, sure: true, shared: [...shared].sort() });
  }
  return groups;
}

/** A file name's words without its extension, lower case: `backend-v1-dc1a.yml` → backend, v1, dc1a. */
function nameWords(fileName: string): string[] {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).toLowerCase().split(WORD_SPLIT);
}

/**
 * Whether two file names of one folder read as versions of one file: they begin alike, and one
 * goes on where the other stops (`service-intentions`, `service-intentions-dc1b`;
 * `terminating-gateway`, `terminating-gateway-delete`) or at most two words differ
 * (`backend-v1-dc1a-default`, `backend-v1-dc2-default`). Names alike only at the end (`a-pd`,
 * `b-pd`; `api-defaults`, `web-defaults`) name different things more often. Not when a differing
 * word is the name of an entry both define: `service-defaults-api` and `service-defaults-web`
 * both defining "api" is a copy left unrenamed.
 */
export function namedAlike(a: string, b: string, entryNames: ReadonlySet<string> = new Set()): boolean {
  return wordsAlike(nameWords(a), nameWords(b), entryNames);
}

/** Two names' words apart from what they share: `p` words at the start, `s` at the end. */
function differingWords(wa: readonly string[], wb: readonly string[]): { p: number; s: number; da: readonly string[]; db: readonly string[] } {
  let p = 0;
  while (p < wa.length && p < wb.length && wa[p] === wb[p]) p++;
  let s = 0;
  while (s < wa.length - p && s < wb.length - p && wa[wa.length - 1 - s] === wb[wb.length - 1 - s]) s++;
  return { p, s, da: wa.slice(p, wa.length - s), db: wb.slice(p, wb.length - s) };
}

function wordsAlike(wa: readonly string[], wb: readonly string[], entryNames: ReadonlySet<string>): boolean {
  const { p, da, db } = differingWords(wa, wb);
  if (p === 0 || (da.length === 0 && db.length === 0)) return false;
  if (da.length === 0 || db.length === 0) return true;
  return da.length <= 2 && db.length <= 2 && !da.some((w) => entryNames.has(w)) && !db.some((w) => entryNames.has(w));
}

/**
 * Whether `copy` reads as a copy of `original` whose name was changed but not the entry it
 * defines: the two file names differ only where `original`'s names the entry and `copy`'s names
 * something else (`payments_service_defaults.hcl`, `web_service_defaults.hcl`, both defining
 * "payments"). Paths as given; only their last segments are read.
 */
export function copyLeftUnrenamed(original: string, copy: string, entryName: string): boolean {
  const { p, s, da, db } = differingWords(nameWords(original.slice(original.lastIndexOf('/') + 1)), nameWords(copy.slice(copy.lastIndexOf('/') + 1)));
  const name = entryName.toLowerCase().split(WORD_SPLIT);
  // The names share at least one word (`api.hcl` and `defaults.hcl` are just two files); where
  // they differ, the original's words are the entry's name and the copy's one or two others.
  return p + s > 0 && da.length === name.length && da.every((w, i) => w === name[i]) && db.length > 0 && db.length <= 2 && !db.some((w) => name.includes(w));
}

/** The name an identity (`identityOf`) holds: `service-defaults "api" (…)` → api. */
function identityName(identity: string): string | undefined {
  return /"([^"]*)"/.exec(identity)?.[1]?.toLowerCase();
}

/**
 * Files of one folder named alike (`namedAlike`) that define the same entry: kept side by side
 * as alternatives — a delete step, a failing variant, one per cluster — more often than applied
 * together, though nothing proves it. A guess, so a duplicate between them is a note.
 */
function alikeFileGroups(files: readonly { path: string; identities: ReadonlySet<string>; terraformText?: string }[], base: string): VariantGroup[] {
  // folder → identity → file names; a lone name is kept as itself (most identities are in one
  // file, and a list of one for each of 100,000 files was most of the memory planning takes).
  const byFolder = new Map<string, Map<string, string | string[]>>();
  for (const f of files) {
    // A Terraform module's files are applied together whatever their names.
    if (f.identities.size === 0 || f.terraformText !== undefined || (base !== '' && !f.path.startsWith(`${base}/`))) continue;
    const dir = parentOf(f.path);
    const name = f.path.slice(dir === '' ? 0 : dir.length + 1);
    let ids = byFolder.get(dir);
    if (!ids) byFolder.set(dir, (ids = new Map()));
    for (const id of f.identities) {
      const names = ids.get(id);
      if (names === undefined) ids.set(id, name);
      else if (typeof names === 'string') ids.set(id, [names, name]);
      else names.push(name);
    }
  }
  const groups: VariantGroup[] = [];
  for (const [parent, ids] of byFolder) {
    // Files joined by an alike pair that defines a common entry, as connected sets.
    const root = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (root.get(r) !== r) r = root.get(r)!;
      for (let y = x; y !== r; ) {
        const next = root.get(y)!;
        root.set(y, r);
        y = next;
      }
      return r;
    };
    /** The entries that joined a file to another: what its set is said to share. */
    const sharedBy = new Map<string, Set<string>>();
    const words = new Map<string, string[]>();
    const wordsOf = (name: string): string[] => {
      let w = words.get(name);
      if (!w) words.set(name, (w = nameWords(name)));
      return w;
    };
    for (const [id, names] of ids) {
      // Versions of one object are a few files; hundreds defining one entry in one folder are
      // something else, and comparing every pair of them would be the run's cost.
      if (typeof names === 'string' || names.length > MAX_ALIKE) continue;
      const entryName = identityName(id);
      const entryNames = new Set(entryName !== undefined ? [entryName] : []);
      for (let i = 0; i < names.length; i++) {
        for (let j = i + 1; j < names.length; j++) {
          const [a, b] = [names[i]!, names[j]!];
          if (a === b || !wordsAlike(wordsOf(a), wordsOf(b), entryNames)) continue;
          for (const n of [a, b]) {
            if (!root.has(n)) root.set(n, n);
            let ids = sharedBy.get(n);
            if (!ids) sharedBy.set(n, (ids = new Set()));
            ids.add(id);
          }
          const [ra, rb] = [find(a), find(b)];
          if (ra !== rb) root.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
        }
      }
    }
    const sets = new Map<string, { names: string[]; shared: Set<string> }>();
    for (const n of root.keys()) {
      const r = find(n);
      const set = sets.get(r) ?? { names: [], shared: new Set<string>() };
      set.names.push(n);
      for (const id of sharedBy.get(n)!) set.shared.add(id);
      sets.set(r, set);
    }
    for (const { names, shared } of [...sets.values()].map((x) => ({ ...x, names: x.names.sort() })).sort((x, y) => (x.names[0]! < y.names[0]! ? -1 : 1))) {
      groups.push({ parent, variants: names, alikeFiles: true, sure: false, shared: [...shared].sort().slice(0, 3) });
    }
  }
  return groups;
}

/** One variant folder a path lies in, and the group that makes it one. */
export interface VariantChoice {
  folder: string;
  variant: string;
  group: VariantGroup;
}

/** The variant folders a path lies in (`hcp-managed`, `hcp-managed/eks`), outermost first. */
export function choicesOf(path: string, groups: readonly VariantGroup[]): VariantChoice[] {
  const out: VariantChoice[] = [];
  for (const group of groups) {
    const variant = variantOf(path, group);
    if (variant === undefined) continue;
    const folder = group.alikeFiles ? path : group.byFileName ? join(group.parent, `*${variant}*`) : join(group.parent, variant);
    out.push({ folder, variant, group });
  }
  return out.sort((a, b) => a.folder.length - b.folder.length);
}

/** Each group's variants as a set, made once: a group may have thousands (a folder per case). */
const variantSets = new WeakMap<VariantGroup, ReadonlySet<string>>();

function variantSet(group: VariantGroup): ReadonlySet<string> {
  let set = variantSets.get(group);
  if (!set) variantSets.set(group, (set = new Set(group.variants)));
  return set;
}

/** The variant of `group` a path lies in, if any: a lookup, not a scan of the group's variants. */
export function variantOf(path: string, group: VariantGroup): string | undefined {
  const prefix = group.parent === '' ? '' : `${group.parent}/`;
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  const slash = rest.indexOf('/');
  if (group.alikeFiles || group.byFileName) {
    // Files of the group's folder itself.
    if (slash >= 0) return undefined;
    const variant = group.alikeFiles ? rest : path.endsWith('.tf') ? undefined : fileVariantWord(rest);
    return variant !== undefined && variantSet(group).has(variant) ? variant : undefined;
  }
  // A file below one of the group's child folders.
  if (slash < 0) return undefined;
  const child = rest.slice(0, slash);
  return variantSet(group).has(child) ? child : undefined;
}

