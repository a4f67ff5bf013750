/**
 * The `consul.hashicorp.com/connect-service-upstreams` annotation, read the way consul-k8s
 * reads it (control-plane/connect-inject/controllers/endpoints/endpoints_controller.go
 * `processUpstreams`, `processUnlabeledUpstream`, `processLabeledUpstream`,
 * `processPreparedQueryUpstream`; the port with common.go `PortValue`). Pure string work:
 * offsets are into the annotation value, the caller turns them into file positions.
 *
 * A comma-separated list; each entry is one of
 * - unlabeled: `svc[.ns[.partition]]:port[:dc]` (the dotted parts only when Consul
 *   namespaces or admin partitions are enabled; otherwise the dots belong to the name);
 * - labeled: `svc.svc[.ns.ns][.peer.peer|.ap.ap|.dc.dc]:port` (`.ns` and `.ap` only with
 *   namespaces or partitions enabled; without them `svc.svc.x.peer|dc`);
 * - prepared query: `prepared_query:name:port`;
 * - newer consul-k8s releases accept options (`destination_port`, `local_bind_address`,
 *   `mesh_gateway_mode`, `&`-separated) in the third segment, alone
 *   (`api.svc:1234:destination_port=http`) or after `?` (`api:1234:dc2?mesh_gateway_mode=local`).
 * The port is a number (Go `strconv.ParseInt(s, 0, 32)`: decimal, `0x…`, `0o…`, `0b…`, a
 * leading `0` for octal) or the name of a container port of the pod.
 */
import { parseGoInt } from '../parse/go-strconv.js';

export interface UpstreamGrammar {
  /**
   * Whether Consul namespaces or admin partitions are enabled (Helm
   * `global.enableConsulNamespaces` / `global.adminPartitions.enabled`). Undefined when the
   * repository does not say: an entry is then accepted if either grammar accepts it.
   */
  namespacesOrPartitions?: boolean;
  /** Names of the pod's container ports; undefined when the pod spec is not known. */
  namedPorts?: ReadonlySet<string>;
}

export type UpstreamFormat = 'unlabeled' | 'labeled' | 'prepared_query';

export interface ParsedUpstream {
  /** The entry as written between commas. */
  raw: string;
  /** Offsets of the entry (without surrounding spaces) in the annotation value. */
  start: number;
  end: number;
  format: UpstreamFormat;
  /** The destination service, or the query name of a prepared query. */
  service: string;
  namespace?: string;
  partition?: string;
  peer?: string;
  datacenter?: string;
  /** The port as written: a number or a container port name. */
  port: string;
  /** Options after `?`, in order. */
  options: { key: string; value: string }[];
}

export interface UpstreamError {
  /** consul-k8s's own error text where it has one, followed by a plain explanation. */
  message: string;
  start: number;
  end: number;
  raw: string;
}

export interface UpstreamsResult {
  upstreams: ParsedUpstream[];
  errors: UpstreamError[];
}

/** consul-k8s: `upstream structured incorrectly: %s`. */
export function structuredIncorrectly(raw: string): string {
  return `upstream structured incorrectly: ${raw}`;
}

/** consul-k8s: `invalid upstream local bind port %q in %q`. */
export function invalidLocalBindPort(port: string, raw: string): string {
  return `invalid upstream local bind port ${goQuote(port)} in ${goQuote(raw)}`;
}

/** Go's %q for the plain strings annotations hold. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** Go's `strconv.ParseInt(s, 0, 32)`; undefined when it fails. */
export function parseGoInt32(s: string): number | undefined {
  const n = parseGoInt(s, 32);
  return typeof n === 'number' ? n : undefined;
}

/** consul-k8s `PortValue`: a named container port, else the parsed number. */
function portValue(port: string, named: ReadonlySet<string> | undefined): { ok: boolean; value?: number } {
  if (named === undefined ? /^[a-z][a-z0-9-]*$/.test(port) : named.has(port)) return { ok: true };
  const n = parseGoInt32(port);
  if (n === undefined || n <= 0 || n > 65535) return { ok: false, value: n };
  return { ok: true, value: n };
}

export function parseUpstreams(value: string, grammar: UpstreamGrammar = {}): UpstreamsResult {
  const out: UpstreamsResult = { upstreams: [], errors: [] };
  let offset = 0;
  for (const raw of value.split(',')) {
    const lead = raw.length - raw.trimStart().length;
    const start = offset + lead;
    const end = offset + raw.trimEnd().length;
    offset += raw.length + 1;
    const fail = (message: string) => out.errors.push({ message, start: Math.min(start, end), end: Math.max(start, end), raw });
    if (raw.trim() === '') {
      fail(
        `${invalidLocalBindPort('', raw)}: the list has an empty entry (a stray comma or an empty value), which consul-k8s reads as an upstream without a name or port`,
      );
      continue;
    }
    const parts = splitN(raw, ':', 3);
    // Options (newer consul-k8s releases): the third segment, alone or after `?`.
    let options: ParsedUpstream['options'] = [];
    for (const i of [1, 2]) {
      const seg = parts[i];
      if (seg === undefined) continue;
      const q = seg.indexOf('?');
      if (q >= 0) {
        options = options.concat(parseOptions(seg.slice(q + 1)));
        parts[i] = seg.slice(0, q);
      } else if (i === 2 && seg.includes('=')) {
        options = options.concat(parseOptions(seg));
        parts[i] = '';
      }
    }
    const head = parts[0]!;
    const labeled = head.split('.')[1] === 'svc';
    if (head.trim() === 'prepared_query') {
      const name = (parts[1] ?? '').trim();
      const port = (parts[2] ?? '').trim();
      if (!portValue(port, grammar.namedPorts).ok) {
        fail(`${invalidLocalBindPort(port, raw)}: ${portProblem(port, 'prepared_query:<query name>:<port>')}`);
        continue;
      }
      out.upstreams.push({ raw, start, end, format: 'prepared_query', service: name, port, options });
      continue;
    }
    const port = (parts[1] ?? '').trim();
    const target = labeled ? labeledTarget(head, grammar.namespacesOrPartitions) : unlabeledTarget(head, parts[2], grammar.namespacesOrPartitions);
    if (!target) {
      fail(
        `${structuredIncorrectly(raw)}: the labeled form is <service>.svc[.<namespace>.ns][.<peer>.peer|.<partition>.ap|.<datacenter>.dc]:<port>${
          grammar.namespacesOrPartitions === false ? ' (without Consul namespaces or partitions: <service>.svc[.<peer>.peer|.<datacenter>.dc]:<port>)' : ''
        }`,
      );
      continue;
    }
    if (!portValue(port, grammar.namedPorts).ok) {
      fail(`${invalidLocalBindPort(port, raw)}: ${portProblem(port, labeled ? '<service>.svc:<port>' : '<service>:<port>[:<datacenter>]')}`);
      continue;
    }
    if (target.service === '') {
      fail(`the upstream ${goQuote(raw)} names no service: consul-k8s registers an upstream with an empty destination name`);
      continue;
    }
    out.upstreams.push({ raw, start, end, format: labeled ? 'labeled' : 'unlabeled', ...target, port, options });
  }
  return out;
}

function portProblem(port: string, form: string): string {
  if (port === '') return `the entry has no port; consul-k8s expects ${form}`;
  const n = parseGoInt32(port);
  if (n !== undefined) return `${port} is not a TCP port (1–65535), so consul-k8s registers no upstream for it`;
  return `"${port}" is neither a number nor the name of a container port of the pod, so consul-k8s registers no upstream for it`;
}

function parseOptions(query: string): { key: string; value: string }[] {
  return query
    .split('&')
    .filter((kv) => kv !== '')
    .map((kv) => {
      const eq = kv.indexOf('=');
      return eq >= 0 ? { key: kv.slice(0, eq).trim(), value: kv.slice(eq + 1).trim() } : { key: kv.trim(), value: '' };
    });
}

/** Go's strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}

type Target = Pick<ParsedUpstream, 'service' | 'namespace' | 'partition' | 'peer' | 'datacenter'>;

function unlabeledTarget(head: string, dcPart: string | undefined, nsOrAp: boolean | undefined): Target {
  const t: Target = { service: head.trim() };
  // Without a known setting, read the dotted form: a dot is not valid in a Consul service
  // name that consul-k8s derives from Kubernetes, so a dotted name means a namespace.
  if (nsOrAp !== false) {
    const pieces = splitN(head, '.', 3);
    t.service = pieces[0]!.trim();
    if (pieces.length > 1) t.namespace = pieces[1]!.trim();
    if (pieces.length > 2) t.partition = pieces[2]!.trim();
  }
  if (dcPart !== undefined) {
    const dc = dcPart.trim();
    if (dc !== '') t.datacenter = dc;
  }
  return t;
}

function labeledTarget(head: string, nsOrAp: boolean | undefined): Target | undefined {
  if (nsOrAp === true) return labeledWithNamespaces(head);
  if (nsOrAp === false) return labeledWithout(head);
  return labeledWithNamespaces(head) ?? labeledWithout(head);
}

function labeledWithNamespaces(head: string): Target | undefined {
  const p = head.split('.').map((s) => s.trim());
  const t: Target = { service: '' };
  switch (p.length) {
    case 6: {
      const v = p[4]!;
      if (p[5] === 'peer') t.peer = v;
      else if (p[5] === 'ap') t.partition = v;
      else if (p[5] === 'dc') t.datacenter = v;
      else return undefined;
      if (p[3] !== 'ns') return undefined;
      t.namespace = p[2];
      break;
    }
    case 4:
      if (p[3] !== 'ns') return undefined;
      t.namespace = p[2];
      break;
    case 2:
      break;
    default:
      return undefined;
  }
  t.service = p[0]!;
  return t;
}

function labeledWithout(head: string): Target | undefined {
  const p = head.split('.').map((s) => s.trim());
  const t: Target = { service: '' };
  switch (p.length) {
    case 4:
      if (p[3] === 'peer') t.peer = p[2];
      else if (p[3] === 'dc') t.datacenter = p[2];
      else return undefined;
      break;
    case 2:
      break;
    default:
      return undefined;
  }
  t.service = p[0]!;
  return t;
}
