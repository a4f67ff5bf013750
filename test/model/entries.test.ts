/**
 * A config entry keeps the ranges its places are made from and makes the places when read
 * (src/model/entries.ts): the places, and an entry remade in another namespace, are the same
 * as when they were made up front. Entries of one partition scope share its object.
 */
import { describe, expect, it } from 'vitest';
import { normalizeFile } from '../../src/model/normalize.js';
import { makeScope } from '../../src/model/scope.js';
import type { Located } from '../../src/model/located-ref.js';
import { parseText } from '../../src/parse/index.js';

function entriesOf(path: string, text: string, hint = {}) {
  return normalizeFile(parseText(path, text, false), hint).entries;
}

/** `subject @ line:col-line:col` */
function place(at: Located | undefined): string | undefined {
  if (!at) return undefined;
  const { start, end } = at.range;
  return `${at.file} ${at.subject} @ ${start.line}:${start.column}-${end.line}:${end.column}`;
}

const CRD = `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: web
  annotations:
    mtls-lint/permissive-until: "2026-03-01"
    other: 7
spec:
  mutualTLSMode: permissive
`;

describe('the places of an entry', () => {
  it('are where the kind, the name, metadata.name and each annotation are written', () => {
    const [e] = entriesOf('k8s/web.yaml', CRD);
    expect(place(e!.kindAt)).toBe('k8s/web.yaml service-defaults/default/default/web#Kind @ 2:1-2:22');
    expect(place(e!.nameAt)).toBe('k8s/web.yaml service-defaults/default/default/web#Name @ 4:3-4:12');
    expect(place(e!.location)).toBe(place(e!.nameAt));
    expect(place(e!.crd!.metadataNameAt)).toBe('k8s/web.yaml service-defaults/default/default/web#metadata.name @ 4:3-4:12');
    expect([...e!.crd!.annotations].map(([k, a]) => `${k}=${a.value} ${place(a.at)}`)).toEqual([
      'mtls-lint/permissive-until=2026-03-01 k8s/web.yaml service-defaults/default/default/web#metadata.annotations @ 6:5-6:45',
      'other=7 k8s/web.yaml service-defaults/default/default/web#metadata.annotations @ 7:5-7:13',
    ]);
    expect(e!.metaValue('mtls-lint/permissive-until')?.value).toBe('2026-03-01');
  });

  it('of the entry remade in another namespace carry that namespace', () => {
    const [e] = entriesOf('k8s/web.yaml', CRD);
    const moved = e!.withNamespace('payments');
    expect(moved.namespace).toBe('payments');
    expect(place(moved.kindAt)).toBe('k8s/web.yaml service-defaults/default/payments/web#Kind @ 2:1-2:22');
    expect(place(moved.crd!.metadataNameAt)).toBe('k8s/web.yaml service-defaults/default/payments/web#metadata.name @ 4:3-4:12');
    expect(place(moved.metaValue('other')?.at)).toBe('k8s/web.yaml service-defaults/default/payments/web#metadata.annotations @ 7:5-7:13');
    expect(moved.str('MutualTLSMode')).toBe('permissive');
  });

  it('of an entry without a name is its kind', () => {
    const [e] = entriesOf('mesh.hcl', 'Kind = "mesh"\n');
    expect(e!.nameAt).toBeUndefined();
    expect(place(e!.location)).toBe('mesh.hcl mesh/default/default/mesh#Kind @ 1:1-1:14');
    expect(e!.notEvaluated).toEqual([]);
    expect(e!.crd).toBeUndefined();
    expect(e!.metaValue('anything')).toBeUndefined();
  });
});

describe('partition scopes', () => {
  it('are one object per partition and datacenter', () => {
    const a = entriesOf('a.hcl', 'Kind = "service-defaults"\nName = "a"\nPartition = "web"\n', { datacenter: 'dc1' });
    const b = entriesOf('b.hcl', 'Kind = "service-defaults"\nName = "b"\nPartition = "web"\n', { datacenter: 'dc1' });
    expect(a[0]!.scope).toBe(b[0]!.scope);
    expect(a[0]!.scope).toEqual({ partition: 'web', datacenter: 'dc1', key: 'dc1/web' });
  });

  it('with the same key are still told apart by partition and datacenter', () => {
    const inDc = makeScope('x', 'dc');
    const slashed = makeScope('dc/x');
    expect(inDc.key).toBe(slashed.key);
    expect(inDc).toEqual({ partition: 'x', datacenter: 'dc', key: 'dc/x' });
    expect(slashed).toEqual({ partition: 'dc/x', datacenter: undefined, key: 'dc/x' });
    expect(makeScope('', undefined)).toBe(makeScope(undefined));
  });
});

/**
 * An agent configuration's bootstrap entries (hashicorp/consul agent/consul/leader.go
 * Server.bootstrapConfigEntries): written by the server into its own datacenter's store, and not
 * at all in a secondary datacenter ("only bootstrap in the primary datacenter"). Datacenter names
 * are lower-cased as agent/config/builder.go Builder.build reads them; `acl_datacenter` is the
 * primary when `primary_datacenter` is not set (agent/config/deprecated.go applyDeprecatedConfig).
 */
describe('agent configuration bootstrap entries', () => {
  const agent = (head: string) => `${head}config_entries {\n  bootstrap {\n    kind = "proxy-defaults"\n    name = "global"\n    partition = "web"\n  }\n}\n`;

  it('are in the datacenter the file declares', () => {
    const [e] = entriesOf('dc2s1.hcl', agent('datacenter = "DC2"\nserver = true\n'));
    expect(e!.scope).toBe(makeScope('web', 'dc2'));
    expect(e!.notApplied).toBeUndefined();
  });

  it('keep the datacenter the config\'s scopes give the file, and the hint\'s partition only where they name none', () => {
    const [e] = entriesOf('east/dc2s1.hcl', agent('datacenter = "dc2"\n'), { datacenter: 'east', partition: 'p' });
    expect(e!.scope).toBe(makeScope('web', 'east'));
  });

  it('without a datacenter key are scoped by the hint alone (the datacenter may be set in another file)', () => {
    const [e] = entriesOf('server.hcl', agent('primary_datacenter = "dc1"\n'));
    expect(e!.scope).toBe(makeScope('web'));
    expect(e!.notApplied).toBeUndefined();
  });

  it('of the primary datacenter are written', () => {
    const [e] = entriesOf('dc1s1.hcl', agent('datacenter = "dc1"\nprimary_datacenter = "DC1"\n'));
    expect(e!.notApplied).toBeUndefined();
  });

  it('of a secondary datacenter are never written, and say why', () => {
    for (const head of ['datacenter = "dc2"\nprimary_datacenter = "dc1"\n', 'datacenter = "dc2"\nacl_datacenter = "dc1"\n']) {
      const [e] = entriesOf('dc2s1.hcl', agent(head));
      expect(e!.scope).toBe(makeScope('web', 'dc2'));
      expect(e!.notApplied).toBe(
        'bootstrapped by a server of datacenter "dc2", whose primary_datacenter is "dc1": Consul bootstraps config entries only in the primary datacenter, so this entry is never written',
      );
    }
  });

  it('take no datacenter Consul would refuse (agent/config/builder.go Builder.Validate: ^[a-z0-9_-]+$)', () => {
    const [e] = entriesOf('dc2s1.hcl', agent('datacenter = "dc 2"\nprimary_datacenter = "dc1"\n'));
    expect(e!.scope).toBe(makeScope('web'));
    expect(e!.notApplied).toBeUndefined();
    const [long] = entriesOf('dc2s1.hcl', agent(`datacenter = "${'d'.repeat(257)}"\n`));
    expect(long!.scope).toBe(makeScope('web'));
  });

  it('keep primary_datacenter over the deprecated acl_datacenter, even an empty one (the primary is then the datacenter)', () => {
    for (const primary of ['"dc2"', '""']) {
      const [e] = entriesOf('dc2s1.hcl', agent(`datacenter = "dc2"\nprimary_datacenter = ${primary}\nacl_datacenter = "dc1"\n`));
      expect(e!.notApplied).toBeUndefined();
    }
  });
});
