/**
 * service-intentions: `ServiceIntentionsConfigEntry.validate` (hashicorp/consul
 * agent/structs/config_entry_intentions.go) and the consul-k8s `ServiceIntentions.Validate`
 * webhook (serviceintentions_types.go).
 *
 * Consul's `Sources[%d]` index is the index *after* `Normalize` sorts the sources by
 * precedence (stable, highest first), so it can differ from the position in the file; the
 * webhook's `spec.sources[%d]` is the written position. Consul stops at the first error;
 * this check reports every problem, each with the text Consul gives for it.
 */
import type { NObject } from '../../src/model/decode.js';
import { intentionSourceTenancy } from '../../src/model/intention-source.js';
import { bool, exceedsBytes, fieldAt, fld, listLength, mapObject, objects, str, strings, sub, valueAt, type Checker } from './context.js';
import { consul, fix, webhook } from './messages.js';
import { checkMeta } from './shared.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE'];

interface Source {
  obj: NObject;
  /** Written position. */
  index: number;
  path: string;
  /** Position after Consul's precedence sort. */
  ci: number;
  name: string;
  namespace: string;
  partition: string;
  peer: string;
  group: string;
}

export function checkServiceIntentions(c: Checker): void {
  const e = c.entry;
  const root = e.root;
  const destName = e.name;
  const destNs = e.namespace;
  const destNameF = c.crd ? fld(sub(root, 'Destination'), 'Name') : fld(root, 'Name');
  const destNameAt = destNameF ? fieldAt(e, destNameF) : e.location;

  // A missing destination Name (`Name is required`) is invalid-entry-name's finding.
  if (destName !== '') {
    const err = wildcardError('', destName, destNs, e.partition, '', '');
    const f = c.crd ? fld(sub(root, 'Destination'), err?.field ?? '') : fld(root, err?.field ?? '');
    if (err) c.consul(f ? fieldAt(e, f) : destNameAt, err.text, fix.wildcard);
  }
  const destIsWild = destNs === '*' || destName === '*';

  for (const p of objects(sub(root, 'JWT'), 'Providers')) checkJWTProvider(c, p.obj, p.path);
  checkMeta(c);

  const written = objects(root, 'Sources');
  if (written.length === 0) {
    const f = fld(root, 'Sources');
    const at = f ? fieldAt(e, f) : e.location;
    if (c.crd) c.webhook(at, webhook.noSources, 'add a source');
    else c.consul(at, consul.noSources, 'add a Sources block');
    return;
  }

  const sources = written.map((w) => describeSource(c, w.obj, w.index, w.path));
  // Normalize: stable sort by precedence, highest first (the destination part is the same for all).
  const order = [...sources].sort((a, b) => exactness(b) - exactness(a) || a.index - b.index);
  order.forEach((s, ci) => (s.ci = ci));

  const seen = new Set<string>();
  for (const s of order) {
    checkSource(c, s, destIsWild);
    const key = [s.name, s.namespace, s.partition, s.peer, s.group].join('\u0000');
    if (s.name !== '' && seen.has(key)) {
      c.consul(valueAt(e, s.obj, s.path), consul.duplicateSource(s.ci, s.name, s.peer, s.group), fix.duplicateSource + indexNote(s));
    }
    seen.add(key);
  }
}

function describeSource(c: Checker, obj: NObject, index: number, path: string): Source {
  const name = str(obj, 'Name') ?? '';
  const peer = str(obj, 'Peer') ?? '';
  const group = str(obj, 'SamenessGroup') ?? '';
  const { namespace, partition } = intentionSourceTenancy(c.entry, {
    namespace: str(obj, 'Namespace') ?? '',
    partition: str(obj, 'Partition') ?? '',
    peer,
    samenessGroup: group,
  });
  return { obj, index, path, ci: index, name, namespace, partition, peer, group };
}

// `intentionCountExact` of the source: 0 for a wildcard namespace, 1 for a wildcard name, 2 for an exact name.
function exactness(s: Source): number {
  return s.namespace === '*' ? 0 : s.name === '*' ? 1 : 2;
}

/** Consul numbers sources after its precedence sort; say which written source it means when that differs. */
function indexNote(s: Source): string {
  if (s.ci === s.index) return '';
  return ` (Consul numbers the sources after sorting them by precedence: Sources[${s.ci}] is source ${s.index + 1} in the file)`;
}

/** `validateIntentionWildcards`: the first problem, with the field it is about. */
function wildcardError(
  prefix: string,
  name: string,
  ns: string,
  partition: string,
  peer: string,
  group: string,
): { field: string; text: string } | undefined {
  if (ns !== '*' && ns.includes('*')) return { field: 'Namespace', text: consul.partialWildcard(prefix, 'Namespace') };
  if (name !== '*') {
    if (name.includes('*')) return { field: 'Name', text: consul.partialWildcard(prefix, 'Name') };
    if (ns === '*') return { field: 'Name', text: consul.exactAfterWildcardNs(prefix) };
  }
  if (partition.includes('*')) return { field: 'Partition', text: consul.wildcardPartition(prefix) };
  if (peer.includes('*')) return { field: 'Peer', text: consul.wildcardPeer(prefix) };
  if (group.includes('*')) return { field: 'SamenessGroup', text: consul.wildcardSamenessGroup(prefix) };
  return undefined;
}

function checkSource(c: Checker, s: Source, destIsWild: boolean): void {
  const e = c.entry;
  const i = s.ci;
  const note = indexNote(s);
  const srcAt = valueAt(e, s.obj, s.path);
  const at = (field: string) => {
    const f = fld(s.obj, field);
    return f ? fieldAt(e, f) : srcAt;
  };
  const crdPath = `spec.sources[${s.index}]`;

  if (s.name === '') c.consul(srcAt, consul.sourceNameRequired(i), `name the source service, or "*" for all${note}`);
  else {
    const err = wildcardError(`Sources[${i}].`, s.name, s.namespace, str(s.obj, 'Partition') ?? '', s.peer, s.group);
    if (err) c.consul(at(err.field), err.text, fix.wildcard + note);
  }

  const writtenPartition = str(s.obj, 'Partition') ?? '';
  if (s.peer !== '' && writtenPartition !== '') {
    if (c.crd) c.webhook(at('Peer'), webhook.peerAndPartition(s.index), 'remove partition or peer');
    else c.consul(at('Peer'), consul.peerAndPartition(i), `remove Partition or Peer${note}`);
  }
  if (s.group !== '' && writtenPartition !== '') c.consul(at('SamenessGroup'), consul.samenessAndPartition(i), `remove Partition or SamenessGroup${note}`);
  if (s.group !== '' && s.peer !== '') c.consul(at('SamenessGroup'), consul.samenessAndPeer(i), `remove Peer or SamenessGroup${note}`);

  const description = str(s.obj, 'Description') ?? '';
  if (exceedsBytes(description, 512)) c.consul(at('Description'), consul.description(i), `shorten the description to 512 bytes${note}`);

  const legacyMeta = mapObject(s.obj, 'LegacyMeta');
  if (legacyMeta && legacyMeta.props.length > 0) c.consul(at('LegacyMeta'), consul.legacyMeta(i), `move it to the entry's Meta${note}`);

  const hasPerms = listLength(s.obj, 'Permissions') > 0;
  const action = str(s.obj, 'Action') ?? '';
  if (!hasPerms && action !== 'allow' && action !== 'deny') {
    if (c.crd) c.webhook(at('Action'), webhook.oneOf(`${crdPath}.action`, action, ['allow', 'deny']), fix.action(action));
    else c.consul(at('Action'), consul.action(i), fix.action(action) + note);
  }
  if (hasPerms && action !== '') {
    if (c.crd) c.webhook(at('Action'), webhook.actionAndPermissions(s.index), fix.removeAction);
    else c.consul(at('Action'), consul.actionWithPermissions(i), fix.removeAction + note);
  }
  if (hasPerms && destIsWild) {
    c.consul(at('Permissions'), consul.permissionsOnWildcard(i), `write the permissions on an intention for an exact destination service${note}`);
  }
  const type = str(s.obj, 'Type') ?? '';
  if (type !== '' && type !== 'consul') c.consul(at('Type'), consul.sourceType(i), `remove Type (it defaults to "consul")${note}`);

  for (const p of objects(s.obj, 'Permissions')) checkPermission(c, s, p.obj, p.index, p.path, note);
}

function checkPermission(c: Checker, s: Source, perm: NObject, j: number, path: string, note: string): void {
  const e = c.entry;
  const i = s.ci;
  const permAt = valueAt(e, perm, path);
  const crdPath = `spec.sources[${s.index}].permissions[${j}]`;
  const at = (o: NObject | undefined, field: string, fallback = permAt) => {
    const f = fld(o, field);
    return f ? fieldAt(e, f) : fallback;
  };

  const action = str(perm, 'Action') ?? '';
  if (action !== 'allow' && action !== 'deny') {
    if (c.crd) c.webhook(at(perm, 'Action'), webhook.oneOf(`${crdPath}.action`, action, ['allow', 'deny']), fix.action(action));
    else c.consul(at(perm, 'Action'), consul.permAction(i, j), fix.action(action) + note);
  }

  const http = sub(perm, 'HTTP');
  for (const p of objects(sub(perm, 'JWT'), 'Providers')) checkJWTProvider(c, p.obj, p.path);
  if (!http) {
    c.consul(permAt, consul.permHTTPRequired(i, j), `add an HTTP block with a path, header or method match${note}`);
    return;
  }
  const httpAt = at(perm, 'HTTP');

  let pathParts = 0;
  for (const [field, crdField] of [
    ['PathExact', 'pathExact'],
    ['PathPrefix', 'pathPrefix'],
  ] as const) {
    const v = str(http, field) ?? '';
    if (v === '') continue;
    pathParts++;
    if (!v.startsWith('/')) {
      if (c.crd) c.webhook(at(http, field), webhook.slash(`${crdPath}.${crdField}`, v), `write ${JSON.stringify(`/${v}`)}`);
      else c.consul(at(http, field), consul.permPathSlash(i, j, field, v), `write ${JSON.stringify(`/${v}`)}${note}`);
    }
  }
  if ((str(http, 'PathRegex') ?? '') !== '') pathParts++;
  if (pathParts > 1) {
    if (c.crd) c.webhook(httpAt, webhook.paths(crdPath), 'keep one of PathExact, PathPrefix or PathRegex');
    else c.consul(httpAt, consul.permPaths(i, j), `keep one of PathExact, PathPrefix or PathRegex${note}`);
  }

  let permParts = pathParts;
  for (const h of objects(http, 'Header')) {
    const hAt = valueAt(e, h.obj, h.path);
    if ((str(h.obj, 'Name') ?? '') === '') {
      c.consul(hAt, consul.permHeaderName(i, j, h.index), `name the header${note}`);
      continue;
    }
    // `Contains` only exists in newer releases; how they count it is not known here, so skip such headers.
    if ((str(h.obj, 'Contains') ?? '') !== '') {
      permParts++;
      continue;
    }
    const parts =
      (bool(h.obj, 'Present') === true ? 1 : 0) +
      ['Exact', 'Regex', 'Prefix', 'Suffix'].filter((k) => (str(h.obj, k) ?? '') !== '').length;
    if (parts > 1 && c.crd) {
      c.webhook(hAt, webhook.headerParts(`${crdPath}.header[${h.index}]`), 'keep one of exact, prefix, suffix, regex or present');
    } else if (parts !== 1) {
      c.consul(hAt, consul.permHeaderParts(i, j, h.index), `keep exactly one of Present, Exact, Prefix, Suffix or Regex${note}`);
    }
    permParts++;
  }

  const methods = strings(http, 'Methods');
  if (listLength(http, 'Methods') > 0) {
    const seenCrd = new Set<string>();
    const seen = new Set<string>();
    for (const m of methods) {
      const mAt = valueAt(e, m.node, `${path}.HTTP.Methods[${m.index}]`);
      if (c.crd) {
        // The webhook compares exactly: Consul would upper-case `get`, the webhook refuses it.
        if (!METHODS.includes(m.value)) {
          c.webhook(mAt, webhook.oneOf(`${crdPath}.methods[${m.index}]`, m.value, METHODS), METHODS.includes(m.value.toUpperCase()) ? `write ${JSON.stringify(m.value.toUpperCase())}` : fix.oneOf(METHODS));
        } else if (seenCrd.has(m.value)) {
          c.webhook(mAt, webhook.methodTwice(`${crdPath}.methods[${m.index}]`, m.value), 'list each method once');
        }
        seenCrd.add(m.value);
        continue;
      }
      const upper = m.value.toUpperCase();
      if (!METHODS.includes(upper)) c.consul(mAt, consul.permMethod(i, j, upper), fix.oneOf(METHODS) + note);
      else if (seen.has(upper)) c.consul(mAt, consul.permMethodTwice(i, j, upper), `list each method once${note}`);
      seen.add(upper);
    }
    permParts++;
  }

  if (permParts === 0) c.consul(httpAt, consul.permEmpty(i, j), `match on a path, a header or a method${note}`);
}

function checkJWTProvider(c: Checker, provider: NObject, path: string): void {
  if ((str(provider, 'Name') ?? '') !== '') return;
  c.consul(valueAt(c.entry, provider, path), consul.jwtProviderName, 'name the jwt-provider entry');
}
