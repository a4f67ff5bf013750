/**
 * The config entries of a kustomize overlay: its resources as built, normalized as the files
 * they come from would be, so each entry keeps its base file and a patched value its patch.
 */
import type { ConfigEntry } from '../model/entries.js';
import { normalizeFile } from '../model/normalize.js';
import type { ScopeHint } from '../model/scope.js';
import type { ParsedFile } from '../parse/index.js';
import type { Overlay } from './build.js';

export function overlayEntries(overlay: Overlay, files: ReadonlyMap<string, ParsedFile>, scopeOf?: (path: string) => ScopeHint): ConfigEntry[] {
  const byFile = new Map<string, Overlay['resources']>();
  for (const r of overlay.resources) {
    const list = byFile.get(r.file);
    if (list) list.push(r);
    else byFile.set(r.file, [r]);
  }
  const out: ConfigEntry[] = [];
  for (const [path, resources] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const file = files.get(path);
    if (!file) continue;
    const built: ParsedFile = {
      ...file,
      result: { ...file.result, problems: [], documents: resources.map((r) => ({ index: r.documentIndex, root: r.root, range: r.root.range })) },
    };
    out.push(...normalizeFile(built, scopeOf?.(path) ?? {}).entries);
  }
  return out;
}
