/**
 * Helm charts in the repository, for reading consul chart values where Helm reads them. A
 * `values*.yaml` beside a `Chart.yaml` is that chart's values:
 * - the consul chart itself (`name: consul`, vendored): its values are consul values;
 * - a wrapper chart with the consul chart as a dependency (`dependencies: [{name: consul,
 *   alias?: …}]`, the GitOps pattern): the consul values are under the dependency's key (its
 *   alias, else `consul`), and the wrapper's top-level `global` is the subchart's `global` too,
 *   winning over `consul.global` (Helm's pkg/chartutil coalesce.go `coalesceGlobals`);
 * - any other chart (an application's): its values are not consul values, even with a
 *   top-level `global:` (app charts have one too), and never Kubernetes objects.
 * Chart.yaml fields as in Helm's pkg/chart/metadata.go and dependency.go (`name`, `alias`).
 */
import type { LObject, LProperty, LocatedDocument } from '../parse/located.js';
import { lastProp } from '../parse/nodes.js';
import type { ParsedFile } from '../parse/index.js';
import { parentOf } from '../repo-path.js';

export type ChartKind = { kind: 'consul' } | { kind: 'wrapper'; key: string } | { kind: 'other' };

export interface ChartIndex {
  /** The chart a values file belongs to: its folder holds a Chart.yaml. Undefined outside charts. */
  chartOf(path: string): (ChartKind & { dir: string }) | undefined;
}

const str = (p: LProperty | undefined): string | undefined => (p && p.value.type === 'string' ? String(p.value.value) : undefined);

function kindOf(chart: ParsedFile): ChartKind {
  const root = chart.result.documents[0]?.root;
  if (!root || root.type !== 'object') return { kind: 'other' };
  if (str(lastProp(root, 'name')) === 'consul') return { kind: 'consul' };
  const deps = lastProp(root, 'dependencies')?.value;
  for (const d of deps?.type === 'array' ? deps.items : []) {
    if (d.type !== 'object' || str(lastProp(d, 'name')) !== 'consul') continue;
    return { kind: 'wrapper', key: str(lastProp(d, 'alias')) ?? 'consul' };
  }
  return { kind: 'other' };
}

export function indexCharts(parsed: readonly ParsedFile[]): ChartIndex {
  const charts = new Map<string, ChartKind>();
  for (const f of parsed) {
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    if (base === 'Chart.yaml' || base === 'Chart.yml') charts.set(parentOf(f.path), kindOf(f));
  }
  return {
    chartOf(path) {
      if (charts.size === 0) return undefined;
      const base = path.slice(path.lastIndexOf('/') + 1);
      // Values files: values.yaml, values-prod.yaml, values.dev.yaml beside Chart.yaml.
      if (!/^values([-.][^/]*)?\.ya?ml$/i.test(base)) return undefined;
      const dir = parentOf(path);
      const k = charts.get(dir);
      return k ? { ...k, dir } : undefined;
    },
  };
}

/**
 * The consul chart values of a wrapper chart's values document: the subchart's key, with
 * the wrapper's `global` over the subchart's own. Undefined when it sets neither.
 */
export function wrapperConsulValues(doc: LocatedDocument, key: string): LocatedDocument | undefined {
  const root = doc.root;
  if (root.type !== 'object') return undefined;
  const sub = lastProp(root, key)?.value;
  const parentGlobal = lastProp(root, 'global');
  if (sub?.type !== 'object' && !parentGlobal) return undefined;
  const own: LObject = sub?.type === 'object' ? sub : { type: 'object', range: root.range, props: [] };
  if (!parentGlobal || parentGlobal.value.type !== 'object') return { index: doc.index, root: own, range: doc.range };
  const pg = parentGlobal.value;
  const subGlobal = lastProp(own, 'global')?.value;
  const kept = subGlobal?.type === 'object' ? subGlobal.props.filter((p) => !pg.props.some((q) => q.key === p.key)) : [];
  const global: LProperty = { key: 'global', keyRange: parentGlobal.keyRange, range: parentGlobal.range, value: { type: 'object', range: pg.range, props: [...kept, ...pg.props] } };
  return { index: doc.index, root: { type: 'object', range: own.range, props: [...own.props.filter((p) => p.key !== 'global'), global] }, range: doc.range };
}
