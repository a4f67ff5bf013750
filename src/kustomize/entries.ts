/**
 * A kustomize overlay as the model sees it: each file its resources come from, re-read with
 * the documents as built (patches applied), so an entry keeps its base file and a patched
 * value its patch's place.
 */
import { normalizeFile, type NormalizedFile } from '../model/normalize.js';
import type { ScopeHint } from '../model/scope.js';
import type { ParsedFile } from '../parse/index.js';
import type { Overlay } from './build.js';

export interface BuiltFile {
  parsed: ParsedFile;
  normalized: NormalizedFile;
}

/** The overlay's resource files as built, sorted by path. */
export function builtFiles(overlay: Overlay, files: ReadonlyMap<string, ParsedFile>, scopeOf?: (path: string) => ScopeHint): BuiltFile[] {
  const byFile = new Map<string, Overlay['resources']>();
  for (const r of overlay.resources) {
    const list = byFile.get(r.file);
    if (list) list.push(r);
    else byFile.set(r.file, [r]);
  }
  const out: BuiltFile[] = [];
  for (const [path, resources] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const file = files.get(path);
    if (!file) continue;
    // Problems stay with the file as written (reported once, not once per overlay).
    const parsed: ParsedFile = {
      ...file,
      result: { ...file.result, problems: [], documents: resources.map((r) => ({ index: r.documentIndex, root: r.root, range: r.root.range })) },
    };
    out.push({ parsed, normalized: normalizeFile(parsed, scopeOf?.(path) ?? {}) });
  }
  return out;
}
