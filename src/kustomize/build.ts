/**
 * Kustomize overlays as `kustomize build` makes them, for what mtls-lint reads: the
 * resources of a kustomization (files, and directories with their own kustomization,
 * resolved only inside the repository, depth-bounded, cycles cut), then its transformers in
 * kustomize's order (api/internal/target/kusttarget.go, `configureBuiltinTransformers`):
 * patchesStrategicMerge, patches, namespace, namePrefix/nameSuffix, patchesJson6902.
 * Field names as in api/types/kustomization.go.
 */
import type { LNode, LObject, LScalar, LocatedDocument, SourceRange } from '../parse/located.js';
import { lastProp } from '../parse/nodes.js';
import { joinInRepo, parentOf } from '../repo-path.js';
import type { ParsedFile } from '../parse/index.js';
import { parseYaml } from '../parse/yaml-read.js';
import { LineIndex } from '../parse/line-index.js';
import { applyJsonPatch, relocate, strategicMerge, tagFile, type JsonPatchOp } from './patch.js';

/** `kustomize build` reads the first of these it finds in a directory (konfig.RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Whether a path (relative, `/`-separated) names a kustomization file. */
export function isKustomization(path: string): boolean {
  return KUSTOMIZATION_NAMES.includes(path.slice(path.lastIndexOf('/') + 1));
}
const MAX_DEPTH = 16;
/**
 * Patches applied per overlay: each is matched against every resource, so a hostile
 * kustomization of many patches over many resources is bounded (real ones hold a handful).
 */
const MAX_PATCHES = 500;

/** One resource of an overlay, patched: its document as built and the file it comes from. */
export interface BuiltResource {
  file: string;
  documentIndex: number;
  root: LObject;
}

export interface Overlay {
  /** The directory of the kustomization (`overlays/prod`). */
  dir: string;
  kustomization: string;
  /** Every file the build reads: kustomizations, resources, patches. Sorted. */
  files: string[];
  /** Files read as patches: their documents are not resources of their own. */
  patchFiles: string[];
  resources: BuiltResource[];
  /** What was left out and why (remote bases, paths outside the repository, cycles, bad patches). */
  notes: string[];
}

interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

const str = (n: LNode | undefined): string | undefined => (n && n.type === 'string' ? String(n.value) : undefined);
const strings = (n: LNode | undefined): LScalar[] => (n && n.type === 'array' ? n.items.filter((i): i is LScalar => i.type === 'string') : []);

/** `dir` + a relative reference, normalized; undefined when it leaves the repository or is absolute/remote. */
export function resolveInRepo(dir: string, ref: string): string | undefined {
  if (ref === '' || ref.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^(git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/.test(ref) || ref.includes('?ref=')) {
    return undefined;
  }
  return joinInRepo(dir, ref);
}

function selectorOf(n: LNode | undefined): Selector {
  const o = n?.type === 'object' ? n : undefined;
  return {
    group: str(lastProp(o, 'group')?.value),
    version: str(lastProp(o, 'version')?.value),
    kind: str(lastProp(o, 'kind')?.value),
    name: str(lastProp(o, 'name')?.value),
    namespace: str(lastProp(o, 'namespace')?.value),
  };
}

interface Resource extends BuiltResource {
  /** The names it had before this overlay's transformers (patches match them too). */
  originalNames: string[];
}

function idOf(root: LObject): { group: string; version: string; kind: string; name: string; namespace: string } {
  const apiVersion = str(lastProp(root, 'apiVersion')?.value) ?? '';
  const slash = apiVersion.indexOf('/');
  const md = lastProp(root, 'metadata')?.value;
  const mdo = md?.type === 'object' ? md : undefined;
  return {
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
    kind: str(lastProp(root, 'kind')?.value) ?? '',
    name: str(lastProp(mdo, 'name')?.value) ?? '',
    namespace: str(lastProp(mdo, 'namespace')?.value) ?? '',
  };
}

/**
 * Kustomize selectors take regular expressions, anchored (api/types/selector.go,
 * `SelectorRegex`), which Go matches in linear time. JavaScript backtracks: a pattern from a
 * pull request could take minutes. Patterns with a quantified group or more than three
 * quantifiers are not evaluated (the patch is left out, with a note), and values longer than a
 * Kubernetes name never match.
 */
const MAX_SELECTOR_QUANTIFIERS = 3;
const MAX_NAME_LENGTH = 253;

export function selectorRegex(pattern: string): RegExp | undefined {
  const quantifiers = (pattern.match(/[*+?{]/g) ?? []).length;
  if (quantifiers > MAX_SELECTOR_QUANTIFIERS || /\)[*+?{]/.test(pattern) || pattern.length > 1024) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return undefined;
  }
}

function matches(pattern: string | undefined, value: string): boolean | undefined {
  if (pattern === undefined || pattern === '') return true;
  if (value.length > MAX_NAME_LENGTH) return false;
  if (!/[\\^$.|?*+()[\]{}]/.test(pattern)) return pattern === value;
  return selectorRegex(pattern)?.test(value);
}

/** Whether a selector picks a resource; undefined when a pattern of it is not evaluated. */
function selected(r: Resource, s: Selector): boolean | undefined {
  const id = idOf(r.root);
  const results = [
    matches(s.group, id.group),
    matches(s.version, id.version),
    matches(s.kind, id.kind),
    s.name !== undefined && r.originalNames.some((n) => matches(s.name, n) === true) ? true : matches(s.name, id.name),
    matches(s.namespace, id.namespace),
  ];
  if (results.includes(false)) return false;
  return results.includes(undefined) ? undefined : true;
}

/** A patch without a target applies to the resource of its own kind and name (and namespace, when it has one). */
function sameResource(r: Resource, patch: LObject): boolean {
  const p = idOf(patch);
  const id = idOf(r.root);
  return p.kind === id.kind && (p.name === id.name || r.originalNames.includes(p.name)) && (p.namespace === '' || p.namespace === id.namespace);
}

function unevaluated(where: string, sel: Selector | undefined): string {
  return `${where}: a patch target's pattern (${JSON.stringify(sel)}) is not evaluated (too many quantifiers or a quantified group); the patch is not applied`;
}

/** The documents of an inline patch (a YAML string in the kustomization), located in the kustomization file. */
function inlineDocuments(kfile: ParsedFile, scalar: LScalar): LocatedDocument[] {
  const text = String(scalar.value);
  const parsed = parseYaml(text, new LineIndex(text));
  // A block scalar (`patch: |-`): its content starts on the next line, indented.
  const block = /^[|>]/.test(scalar.raw);
  const startLine = block ? scalar.range.start.line + 1 : scalar.range.start.line;
  const lineText = (kfile.text ?? '').slice(kfile.lines.lineStart(startLine), kfile.lines.lineStart(startLine + 1));
  const indent = block ? (/^[ ]*/.exec(lineText)?.[0].length ?? 0) : scalar.range.start.column - 1;
  const move = (r: SourceRange): SourceRange => {
    const at = (line: number, column: number) => {
      const l = startLine + line - 1;
      const c = column + (block || line > 1 ? indent : 0) + (!block && line === 1 ? 1 : 0);
      const offset = kfile.lines.lineStart(l) + c - 1;
      return { line: l, column: c, offset };
    };
    return { start: at(r.start.line, r.start.column), end: at(r.end.line, r.end.column), file: kfile.path };
  };
  return parsed.documents.map((d) => ({ ...d, root: relocate(d.root, move), range: move(d.range) }));
}

const plainRange = (r: SourceRange): SourceRange => ({ start: r.start, end: r.end });

function jsonOps(n: LNode | undefined): JsonPatchOp[] | undefined {
  if (!n || n.type !== 'array') return undefined;
  const ops: JsonPatchOp[] = [];
  for (const item of n.items) {
    if (item.type !== 'object') return undefined;
    const op = str(lastProp(item, 'op')?.value);
    const path = str(lastProp(item, 'path')?.value);
    if (!op || path === undefined) return undefined;
    ops.push({ op, path, from: str(lastProp(item, 'from')?.value), value: lastProp(item, 'value')?.value });
  }
  return ops;
}

/**
 * Every overlay of the repository that no other kustomization uses (what is applied), built.
 * `files` are the run's parsed files by path; nothing outside them is read.
 */
export function buildOverlays(files: ReadonlyMap<string, ParsedFile>): Overlay[] {
  const kustomizations = new Map<string, ParsedFile>();
  for (const [path, f] of files) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dir = parentOf(path);
    const rank = KUSTOMIZATION_NAMES.indexOf(base);
    if (rank < 0) continue;
    const had = kustomizations.get(dir);
    if (!had || KUSTOMIZATION_NAMES.indexOf(had.path.slice(had.path.lastIndexOf('/') + 1)) > rank) kustomizations.set(dir, f);
  }
  const used = new Set<string>();
  const built = new Map<string, Overlay>();
  for (const dir of [...kustomizations.keys()].sort()) built.set(dir, build(dir, kustomizations, files, [], used));
  return [...built.values()].filter((o) => !used.has(o.dir) && o.resources.length > 0);
}

function build(dir: string, ks: ReadonlyMap<string, ParsedFile>, files: ReadonlyMap<string, ParsedFile>, stack: string[], used: Set<string>): Overlay {
  const kfile = ks.get(dir)!;
  const out: Overlay = { dir, kustomization: kfile.path, files: [kfile.path], patchFiles: [], resources: [], notes: [] };
  const doc = kfile.result.documents[0]?.root;
  if (!doc || doc.type !== 'object') return out;
  const field = (k: string) => lastProp(doc, k)?.value;
  let resources: Resource[] = [];

  for (const ref of [...strings(field('resources')), ...strings(field('bases'))]) {
    const path = resolveInRepo(dir, String(ref.value));
    if (path === undefined) {
      out.notes.push(`${kfile.path}: resource "${String(ref.value)}" is outside the repository or remote; not read`);
      continue;
    }
    if (ks.has(path)) {
      used.add(path);
      if (stack.includes(path) || path === dir || stack.length >= MAX_DEPTH) {
        out.notes.push(`${kfile.path}: resource "${String(ref.value)}" makes a cycle or nests too deep; not read`);
        continue;
      }
      const sub = build(path, ks, files, [...stack, dir], used);
      out.files.push(...sub.files);
      out.patchFiles.push(...sub.patchFiles);
      out.notes.push(...sub.notes);
      resources.push(...sub.resources.map((r) => ({ ...r, originalNames: [idOf(r.root).name] })));
      continue;
    }
    const f = files.get(path);
    if (!f) {
      out.notes.push(`${kfile.path}: resource "${String(ref.value)}" is not a file mtls-lint reads; not read`);
      continue;
    }
    out.files.push(f.path);
    for (const d of f.result.documents) {
      // Plain copies: the transformers below rebuild nodes with spreads, which parse nodes'
      // prototype getters would not survive (src/kustomize/patch.ts `relocate`).
      if (d.root.type === 'object') resources.push({ file: f.path, documentIndex: d.index, root: relocate(d.root, plainRange), originalNames: [] });
    }
  }

  /** A patch's documents: from a file in the repository, or inline in the kustomization. */
  const patchDocs = (n: LNode | undefined, inline: boolean | 'guess'): LocatedDocument[] | undefined => {
    if (!n || n.type !== 'string') return undefined;
    const text = String(n.value);
    // patchesStrategicMerge items are a path or the patch itself (api/types/patchstrategicmerge.go).
    if (inline === true || (inline === 'guess' && (text.includes('\n') || /^\s*[{[]|:\s/.test(text)))) return inlineDocuments(kfile, n);
    const path = resolveInRepo(dir, text);
    const f = path !== undefined ? files.get(path) : undefined;
    if (!f) {
      out.notes.push(`${kfile.path}: patch "${text}" is not a file in the repository; not applied`);
      return undefined;
    }
    out.files.push(f.path);
    out.patchFiles.push(f.path);
    return f.result.documents.map((d) => ({ ...d, root: tagFile(d.root, f.path) }));
  };

  const mergeInto = (patch: LObject, sel: Selector | undefined) => {
    const next: Resource[] = [];
    for (const r of resources) {
      const picked = sel ? selected(r, sel) : sameResource(r, patch);
      if (picked === undefined) out.notes.push(unevaluated(kfile.path, sel));
      if (!picked) {
        next.push(r);
        continue;
      }
      // With a target, the patch's own name is not applied (kustomize keeps the resource's).
      const p = sel ? withoutName(patch) : patch;
      const m = strategicMerge(r.root, p);
      if (!m.deleted && m.node.type === 'object') next.push({ ...r, root: m.node });
    }
    resources = next;
  };
  const jsonInto = (ops: JsonPatchOp[], sel: Selector, where: string) => {
    resources = resources.map((r) => {
      const picked = selected(r, sel);
      if (picked === undefined) out.notes.push(unevaluated(where, sel));
      if (!picked) return r;
      const res = applyJsonPatch(r.root, ops);
      if ('error' in res) {
        out.notes.push(`${where}: ${res.error}; not applied to ${idOf(r.root).kind} "${idOf(r.root).name}"`);
        return r;
      }
      return res.node.type === 'object' ? { ...r, root: res.node } : r;
    });
  };

  let budget = MAX_PATCHES;
  const withinBudget = <T>(items: readonly T[]): readonly T[] => {
    if (items.length > budget) out.notes.push(`${kfile.path}: more than ${MAX_PATCHES} patches; the rest are not applied`);
    const kept = items.slice(0, Math.max(0, budget));
    budget -= kept.length;
    return kept;
  };
  const list = (n: LNode | undefined): LNode[] => (n?.type === 'array' ? n.items : []);

  for (const p of withinBudget(list(field('patchesStrategicMerge')))) {
    for (const d of patchDocs(p, 'guess') ?? []) if (d.root.type === 'object') mergeInto(d.root, undefined);
  }
  const patches = field('patches');
  for (const item of withinBudget(list(patches))) {
    if (item.type !== 'object') continue;
    const sel = lastProp(item, 'target') ? selectorOf(lastProp(item, 'target')!.value) : undefined;
    const docs = patchDocs(lastProp(item, 'path')?.value, false) ?? patchDocs(lastProp(item, 'patch')?.value, true) ?? [];
    for (const d of docs) {
      const ops = jsonOps(d.root);
      if (ops) {
        if (sel) jsonInto(ops, sel, kfile.path);
        else out.notes.push(`${kfile.path}: a JSON 6902 patch needs a target; not applied`);
      } else if (d.root.type === 'object') mergeInto(d.root, sel);
    }
  }

  const namespace = lastProp(doc, 'namespace');
  if (namespace && namespace.value.type === 'string') {
    const ns = tagFile(namespace.value, kfile.path);
    resources = resources.map((r) => ({ ...r, root: setMetadata(r.root, 'namespace', ns) }));
  }
  const prefix = str(field('namePrefix')) ?? '';
  const suffix = str(field('nameSuffix')) ?? '';
  if (prefix !== '' || suffix !== '') {
    resources = resources.map((r) => {
      const md = lastProp(r.root, 'metadata')?.value;
      const name = md?.type === 'object' ? lastProp(md, 'name')?.value : undefined;
      if (!name || name.type !== 'string') return r;
      const renamed: LScalar = { ...name, value: `${prefix}${String(name.value)}${suffix}` };
      return { ...r, originalNames: [...r.originalNames, String(name.value)], root: setMetadata(r.root, 'name', renamed) };
    });
  }

  for (const item of withinBudget(list(field('patchesJson6902')))) {
    if (item.type !== 'object') continue;
    const sel = selectorOf(lastProp(item, 'target')?.value);
    for (const d of patchDocs(lastProp(item, 'path')?.value, false) ?? patchDocs(lastProp(item, 'patch')?.value, true) ?? []) {
      const ops = jsonOps(d.root);
      if (ops) jsonInto(ops, sel, kfile.path);
    }
  }

  out.resources = resources.map(({ file, documentIndex, root }) => ({ file, documentIndex, root }));
  out.files = [...new Set(out.files)].sort();
  out.patchFiles = [...new Set(out.patchFiles)].sort();
  out.notes = [...new Set(out.notes)];
  return out;
}

function withoutName(patch: LObject): LObject {
  const md = lastProp(patch, 'metadata')?.value;
  if (md?.type !== 'object') return patch;
  const mdNoName: LObject = { ...md, props: md.props.filter((p) => p.key !== 'name') };
  return { ...patch, props: patch.props.map((p) => (p.key === 'metadata' ? { ...p, value: mdNoName } : p)) };
}

function setMetadata(root: LObject, key: string, value: LNode): LObject {
  const md = lastProp(root, 'metadata');
  const base: LObject = md?.value.type === 'object' ? md.value : { type: 'object', range: root.range, props: [] };
  const had = lastProp(base, key);
  const props = base.props.filter((p) => p.key !== key);
  props.push(had && had.value.type === value.type && had.value.range === value.range ? { ...had, value } : { key, keyRange: value.range, value, range: value.range });
  const mdo: LObject = { ...base, props };
  return md ? { ...root, props: root.props.map((p) => (p === md ? { ...p, value: mdo } : p)) } : { ...root, props: [...root.props, { key: 'metadata', keyRange: root.range, value: mdo, range: root.range }] };
}
