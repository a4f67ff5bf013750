/**
 * The deployment targets of a repository: declared in `.mtls-lint.yaml` `targets:`, or
 * inferred, conservatively and each with its reasons, from Terraform root modules, provider
 * aliases and variant folders. Pure: it sees paths, entry kinds and Terraform text only.
 */
import type { DeclaredTarget, Target, TargetFileInfo } from './target.js';
import { findTerraformRoots, isUnder, type TerraformRoot } from './terraform-roots.js';
import { choicesOf, findVariantGroups, type VariantChoice, type VariantGroup } from './variant-folders.js';

/** The name of the target that holds the files no declared target matches. */
export const UNDECLARED_TARGET = '(files of no declared target)';

interface Region {
  name: string;
  base: string;
  origin: Target['origin'];
  reasons: string[];
  files: TargetFileInfo[];
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export interface TargetPlan {
  targets: Target[];
  /**
   * Sibling folders that define the same entries without being named as variants (a folder
   * per tutorial or demo): perhaps alternatives, perhaps one cluster. They stay in one target;
   * a duplicate across them is a note that says how to declare targets.
   */
  guessed: VariantGroup[];
}

/** A kustomize overlay as target inference sees it: its directory and every file its build reads. */
export interface OverlayInfo {
  dir: string;
  files: readonly string[];
  /** What its build left out and why (remote bases, patches not applied). */
  notes?: readonly string[];
}

export function planTargets(files: readonly TargetFileInfo[], declared: readonly DeclaredTarget[] = [], overlays: readonly OverlayInfo[] = []): TargetPlan {
  const sorted = [...files].sort(byPath);
  if (declared.length > 0) return { targets: declaredTargets(sorted, declared), guessed: [] };
  if (overlays.length > 0) return withOverlays(sorted, overlays);
  const guessed: VariantGroup[] = [];
  const targets = terraformRegions(sorted)
    .flatMap((r) => splitByVariants(r, guessed))
    .flatMap(splitByProvider);
  const whole: Target = { name: '.', origin: 'repository', reasons: [], files: sorted.map((f) => f.path) };
  if (targets.length === 0 || (targets.length === 1 && targets[0]!.origin === 'repository' && targets[0]!.provider === undefined)) {
    return { targets: [whole], guessed };
  }
  return { targets: targets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), guessed };
}

/**
 * Each kustomize overlay that no other kustomization uses is applied on its own (`kubectl
 * apply -k overlays/prod`): a target of the files its build reads. The other files are
 * planned as without kustomize.
 */
function withOverlays(files: readonly TargetFileInfo[], overlays: readonly OverlayInfo[]): TargetPlan {
  const known = new Set(files.map((f) => f.path));
  const inOverlay = new Set(overlays.flatMap((o) => o.files));
  const targets: Target[] = overlays.map((o) => ({
    name: o.dir === '' ? '.' : o.dir,
    origin: 'kustomize',
    reasons: [
      `kustomize overlay: ${o.dir === '' ? 'the repository root' : `${o.dir}/`} has a kustomization that no other kustomization uses, so it is applied on its own, its resources with its patches`,
      ...(o.notes ?? []),
    ],
    files: o.files.filter((f) => known.has(f)),
    overlay: o.dir,
  }));
  const rest = files.filter((f) => !inOverlay.has(f.path));
  if (!hasContent(rest)) return { targets, guessed: [] };
  const plan = planTargets(rest);
  const others = plan.targets.map((t) =>
    t.name === '.' && t.origin === 'repository' ? { ...t, name: '. (outside kustomize overlays)', reasons: ['the files no kustomize overlay reads'] } : t,
  );
  const all = [...targets, ...others].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { targets: all, guessed: plan.guessed };
}

function declaredTargets(files: readonly TargetFileInfo[], declared: readonly DeclaredTarget[]): Target[] {
  const targets: Target[] = declared.map((d) => ({
    name: d.name,
    origin: 'declared',
    reasons: [`declared in .mtls-lint.yaml: ${d.patterns.join(', ')}`],
    files: files.filter((f) => d.matches(f.path)).map((f) => f.path),
    ...(d.datacenter !== undefined ? { datacenter: d.datacenter } : {}),
    ...(d.partition !== undefined ? { partition: d.partition } : {}),
    ...(d.kubeContext !== undefined ? { kubeContext: d.kubeContext } : {}),
    ...(d.facts !== undefined ? { facts: d.facts } : {}),
  }));
  const rest = files.filter((f) => !declared.some((d) => d.matches(f.path)));
  if (rest.some((f) => f.meshContent)) {
    targets.push({
      name: UNDECLARED_TARGET,
      origin: 'declared',
        reasons: ['files that match no declared target are linted together'],
      files: rest.map((f) => f.path),
    });
  }
  return targets;
}

const hasContent = (files: readonly TargetFileInfo[]): boolean => files.some((f) => f.meshContent);

/** One region per Terraform root module when there are two or more; else the repository. */
function terraformRegions(files: readonly TargetFileInfo[]): Region[] {
  const roots = findTerraformRoots(files);
  const regionOf = (r: TerraformRoot): TargetFileInfo[] => {
    const deeper = roots.filter((o) => o.dir !== r.dir && isUnder(o.dir, r.dir));
    return files.filter(
      (f) => (isUnder(f.path, r.dir) && !deeper.some((o) => isUnder(f.path, o.dir))) || r.modules.some((m) => isUnder(f.path, m)),
    );
  };
  // Several roots make the repository a collection of configurations applied one by one; a
  // single root may well configure the cluster the rest of the repository is applied to.
  if (roots.length < 2) return [{ name: '.', base: '', origin: 'repository', reasons: [], files: [...files] }];
  const withContent = roots.map((r) => ({ root: r, files: regionOf(r) })).filter((r) => hasContent(r.files));
  const inRoot = new Set(withContent.flatMap((r) => r.files.map((f) => f.path)));
  const regions: Region[] = withContent.map(({ root, files: rf }) => ({
    name: root.dir === '' ? '.' : root.dir,
    base: root.dir,
    origin: 'terraform-root',
    reasons: [
      `Terraform root module: ${root.dir === '' ? 'the repository root' : `${root.dir}/`} holds .tf files that no other module sources, so it is applied on its own` +
        (root.modules.length > 0 ? `; it uses the local modules ${root.modules.map((m) => `${m}/`).join(', ')}` : ''),
    ],
    files: rf,
  }));
  const rest = files.filter((f) => !inRoot.has(f.path));
  if (hasContent(rest)) {
    regions.push({
      name: '.',
      base: '',
      origin: 'repository',
        reasons: ['the files outside every Terraform root module'],
      files: rest,
    });
  }
  return regions;
}

function describeGroup(g: VariantGroup, chosen: string): string {
  const others = g.variants.filter((v) => v !== chosen).map((v) => `"${v}"`);
  const where = g.parent === '' ? 'the repository root' : `${g.parent}/`;
  return g.sure
    ? `variant folder: "${chosen}" beside ${others.join(', ')} in ${where}, holding the same kinds of entries (${g.shared.join(', ')}), so each is applied to a cluster of its own`
    : `"${chosen}" and ${others.join(', ')} in ${where} define the same entries (${g.shared.join('; ')})`;
}

/** Each combination of variant folders a region's files are in is a target; shared files join every one. */
function splitByVariants(region: Region, guessed: VariantGroup[]): Region[] {
  if (!hasContent(region.files)) return [];
  const all = findVariantGroups(
    region.files.filter((f) => isUnder(f.path, region.base)),
    region.base,
  );
  guessed.push(...all.filter((g) => !g.sure));
  const groups = all.filter((g) => g.sure);
  if (groups.length === 0) return [region];
  const choices = new Map(region.files.map((f) => [f.path, choicesOf(f.path, groups)]));
  const folders = (path: string): string[] => choices.get(path)!.map((c) => c.folder);
  // A file's variant folders lie on its path, so each set is a chain named by its deepest folder.
  const chains = new Map<string, VariantChoice[]>();
  for (const f of region.files) if (f.meshContent) chains.set(folders(f.path).join('\u0000'), choices.get(f.path)!);
  const contains = (big: readonly string[], small: readonly string[]): boolean => small.every((x) => big.includes(x));
  const chainFolders = [...chains.values()].map((c) => c.map((x) => x.folder));
  return [...chains.values()]
    .filter((c) => !chainFolders.some((o) => o.length > c.length && contains(o, c.map((x) => x.folder))))
    .map((chain) => {
      const names = chain.map((c) => c.folder);
      const files = region.files.filter((f) => contains(names, folders(f.path)));
      const reasons = [...region.reasons, ...chain.map((c) => describeGroup(c.group, c.variant))];
      if (files.some((f) => f.meshContent && folders(f.path).length < names.length)) {
        reasons.push('the files outside these variant folders are shared by every variant, so they belong to this target too');
      }
      const last = chain[chain.length - 1];
      return {
        name: last ? last.folder : region.name,
        base: last ? last.folder : region.base,
        origin: last ? 'variant-folder' : region.origin,
        reasons,
        files,
      } satisfies Region;
    });
}

/**
 * Terraform resources with `provider = consul.<alias>` are applied through that provider, to
 * its cluster: one target per alias. Everything else (the default provider, YAML, HCL) stays
 * in the region's target.
 */
function splitByProvider(region: Region): Target[] {
  const aliases = [...new Set(region.files.flatMap((f) => [...f.providers]))].filter((p) => p !== '').sort();
  const plain: Target = { name: region.name, origin: region.origin, reasons: region.reasons, files: region.files.map((f) => f.path) };
  if (aliases.length === 0) return [plain];
  const out: Target[] = aliases.map((alias) => ({
    name: `${region.name} (provider ${alias})`,
    origin: 'provider-alias',
    reasons: [...region.reasons, `provider alias: the consul_config_entry resources with provider = ${alias} are applied through that provider, to its cluster`],
    files: region.files.filter((f) => f.providers.has(alias)).map((f) => f.path),
    provider: alias,
  }));
  const rest = region.files.filter((f) => f.meshContent && (f.terraformText === undefined || f.providers.has('') || f.providers.size === 0));
  if (rest.length > 0) out.push({ ...plain, provider: '' });
  return out;
}
