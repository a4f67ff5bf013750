/**
 * Consul on Amazon ECS as Terraform writes it: each `module` sourcing the consul-ecs
 * `mesh-task` module (hashicorp/terraform-aws-consul-ecs `modules/mesh-task`) is a task whose
 * service runs with a Consul dataplane sidecar. Its proxy is transparent when
 * `enable_transparent_proxy` is true — the default since module v0.8.0 (commit 0f432c6,
 * "Changes to support TProxy (#264)"; variables.tf `enable_transparent_proxy`, default true;
 * config.tf writes it to consul-ecs's `transparentProxy.enabled`, over any
 * `consul_ecs_config.transparentProxy`). Before v0.8.0 the module had no transparent proxy.
 * The service is `consul_service_name`, else the lower-cased `family` (variables.tf).
 * A value Terraform computes (a variable, an interpolation) is not evaluated: such a task
 * says nothing about its proxy.
 */
import type { LProperty } from '../parse/located.js';
import type { ParsedFile } from '../parse/index.js';
import { parseHcl2Structure } from '../parse/terraform.js';
import { labeled, literal } from './hcl-blocks.js';
import { lastProp } from '../parse/nodes.js';
import type { Located } from './located-ref.js';
import { makeScope, type ScopeHint } from './scope.js';
import type { TproxySource, Workload } from './workloads.js';

const MESH_TASK = /modules\/mesh-task/;
/** The first module version with `enable_transparent_proxy`. */
const TPROXY_SINCE: Version = [0, 8, 0];

type Version = [number, number, number];

/** `hashicorp/consul-ecs/aws//modules/mesh-task`, a git URL `…//modules/mesh-task?ref=v0.8.1`, or a local path. */
function meshTaskSource(source: string): { registry: boolean; ref?: string } | undefined {
  const [path, query = ''] = source.split('?');
  if (!/(^|\/)modules\/mesh-task\/?$/.test(path!)) return undefined;
  const ref = /(?:^|&)ref=([^&]+)/.exec(query)?.[1];
  const local = path!.startsWith('./') || path!.startsWith('../');
  return { registry: !local && !/^(git::|github\.com\/|git@|https?:)/.test(path!), ...(ref ? { ref } : {}) };
}

function parseVersion(s: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(s.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

function cmp(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Whether every version a Terraform constraint admits has transparent proxy (true), none has
 * (false), or some do (undefined). Constraints: `X`, `= X`, `~> X.Y[.Z]`, `>=`, `>`, `<`, `<=`,
 * joined by commas (Terraform's version constraint syntax); `!=` and anything else: undefined.
 */
export function versionHasTproxy(constraint: string): boolean | undefined {
  let lo: Version = [0, 0, 0];
  let hi: Version | undefined; // exclusive
  for (const part of constraint.split(',')) {
    const m = /^\s*(=|~>|>=|>|<=|<)?\s*(\S+)\s*$/.exec(part);
    const v = m ? parseVersion(m[2]!) : undefined;
    if (!m || !v) return undefined;
    const op = m[1] ?? '=';
    const raise = (x: Version) => {
      if (cmp(x, lo) > 0) lo = x;
    };
    const lower = (x: Version) => {
      if (!hi || cmp(x, hi) < 0) hi = x;
    };
    if (op === '=') {
      raise(v);
      lower([v[0], v[1], v[2] + 1]);
    } else if (op === '~>') {
      const parts = m[2]!.replace(/^v/, '').split('.').length;
      raise(v);
      lower(parts >= 3 ? [v[0], v[1] + 1, 0] : [v[0] + 1, 0, 0]);
    } else if (op === '>=') raise(v);
    else if (op === '>') raise([v[0], v[1], v[2] + 1]);
    else if (op === '<') lower(v);
    else lower([v[0], v[1], v[2] + 1]);
  }
  if (cmp(lo, TPROXY_SINCE) >= 0) return true;
  if (hi && cmp(hi, TPROXY_SINCE) <= 0) return false;
  return undefined;
}

/** The mesh-task modules of a Terraform file, as workloads. */
export function ecsWorkloads(file: ParsedFile, hint: ScopeHint): Workload[] {
  if (file.format !== 'terraform' || !MESH_TASK.test(file.text ?? '')) return [];
  const root = parseHcl2Structure(file.text ?? '', file.lines).documents[0]?.root;
  if (!root || root.type !== 'object') return [];
  const out: Workload[] = [];
  const loc = (p: LProperty, what: string): Located => ({ file: file.path, range: p.range, subject: `${file.path}#ecs.${what}` });
  for (const m of labeled(root, 'module')) {
    const sourceProp = lastProp(m.body, 'source');
    const source = literal(sourceProp);
    const task = source !== undefined ? meshTaskSource(source) : undefined;
    if (!task || !sourceProp) continue;
    const nameProp = lastProp(m.body, 'consul_service_name') ?? lastProp(m.body, 'family');
    const written = literal(nameProp);
    if (!written || !nameProp) continue;
    const name = nameProp.key === 'family' ? written.toLowerCase() : written;

    let tproxy: boolean | undefined;
    let why: TproxySource = 'ecs';
    let decidedBy: LProperty | undefined;
    const flag = lastProp(m.body, 'enable_transparent_proxy');
    if (flag) {
      tproxy = flag.value.type === 'boolean' ? (flag.value.value as boolean) : undefined;
      decidedBy = flag;
    } else {
      const versionProp = lastProp(m.body, 'version');
      const version = task.registry ? literal(versionProp) : task.ref;
      // A registry module without `version` is the latest; a local one is this repository's.
      tproxy = version === undefined ? (task.registry && versionProp ? undefined : true) : versionHasTproxy(version);
      why = 'ecs-version';
      decidedBy = versionProp ?? sourceProp;
    }
    // Not evaluated: the task says nothing about its proxy.
    if (tproxy === undefined) continue;
    const partition = hint.partition ?? literal(lastProp(m.body, 'consul_partition')) ?? undefined;
    const namespace = hint.namespace || literal(lastProp(m.body, 'consul_namespace')) || 'default';
    const what = `module.${m.label}`;
    out.push({
      label: `ECS task (module "${m.label}", consul-ecs mesh-task)`,
      kind: 'EcsTask',
      name,
      k8sNamespace: '',
      services: [name],
      serviceSource: 'registration',
      serviceAt: loc(nameProp, `${what}.${nameProp.key}`),
      scope: makeScope(partition || undefined, hint.datacenter),
      consulNamespace: namespace,
      at: loc(sourceProp, what),
      injected: true,
      injectedSource: 'registration',
      injectedAt: loc(sourceProp, `${what}.source`),
      transparentProxy: tproxy,
      transparentProxySource: why,
      transparentProxyAt: loc(decidedBy, `${what}.${decidedBy.key}`),
      upstreams: [],
      exclusions: [],
    });
  }
  return out;
}
