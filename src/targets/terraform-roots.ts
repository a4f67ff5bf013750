/**
 * Terraform root modules: each folder of `.tf` files that no other module uses as a local
 * `source` is applied on its own (`terraform apply` in that folder), usually to its own
 * cluster — the `examples/*` folders of a module repository, one folder per environment.
 * A root holds the files below it (its YAML and templates included) except those of a
 * nested root, and the local modules it sources, wherever they are.
 */
import { joinInRepo, parentOf } from '../repo-path.js';

// `source = "./modules/x"` / `"../x"`: a local module; registry and git sources are not files here.
const LOCAL_SOURCE = /\bsource\s*=\s*"(\.{1,2}\/[^"\n]*)"/g;

export interface TerraformRoot {
  dir: string;
  /** Local module folders it sources, directly or through its modules, sorted. */
  modules: string[];
}

/** Local module folders each folder of `.tf` files sources. */
function moduleSources(files: readonly { path: string; terraformText?: string }[]): Map<string, Set<string>> {
  const sources = new Map<string, Set<string>>();
  for (const f of files) {
    if (f.terraformText === undefined) continue;
    const dir = parentOf(f.path);
    let set = sources.get(dir);
    if (!set) sources.set(dir, (set = new Set()));
    for (const m of f.terraformText.matchAll(LOCAL_SOURCE)) {
      const target = joinInRepo(dir, m[1]!);
      if (target !== undefined && target !== dir) set.add(target);
    }
  }
  return sources;
}

export function findTerraformRoots(files: readonly { path: string; terraformText?: string }[]): TerraformRoot[] {
  const sources = moduleSources(files);
  const sourced = new Set<string>();
  for (const s of sources.values()) for (const d of s) sourced.add(d);
  const roots: TerraformRoot[] = [];
  for (const dir of [...sources.keys()].sort()) {
    if (sourced.has(dir)) continue;
    const modules = new Set<string>();
    const queue = [...(sources.get(dir) ?? [])];
    while (queue.length > 0) {
      const m = queue.shift()!;
      if (modules.has(m)) continue;
      modules.add(m);
      queue.push(...(sources.get(m) ?? []));
    }
    roots.push({ dir, modules: [...modules].sort() });
  }
  return roots;
}

export function isUnder(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}
