/**
 * src/model/declared-datacenter.ts: the datacenter a server configuration declares for its
 * bootstrap entries scopes them only when the model shows more than one datacenter.
 */
import { describe, expect, it } from 'vitest';
import { normalizeFile } from '../../src/model/normalize.js';
import { makeScope, type ScopeHint } from '../../src/model/scope.js';
import { MeshModel } from '../../src/model/mesh.js';
import { parseText } from '../../src/parse/index.js';
import type { Workload } from '../../src/model/workloads.js';

const server = (head: string) => `${head}config_entries {\n  bootstrap {\n    kind = "mesh"\n  }\n}\n`;
const entries = (path: string, text: string, hint: ScopeHint = {}) => normalizeFile(parseText(path, text, false), hint).entries;
const scopes = (model: MeshModel) => model.entries.map((e) => e.scope.key);

describe('a declared datacenter', () => {
  it('alone in the model is dropped: the entries are in the scope of those written beside them', () => {
    const model = new MeshModel([...entries('server.hcl', server('datacenter = "dc1"\n')), ...entries('pd.hcl', 'Kind = "proxy-defaults"\n')]);
    expect(scopes(model)).toEqual(['default', 'default']);
    expect(model.entries[0]!.datacenterDeclared).toBeUndefined();
    expect(model.meshOf(makeScope('default'))?.file).toBe('server.hcl');
  });

  it('beside another one is kept: each datacenter is its own store', () => {
    const model = new MeshModel([...entries('dc1s1.hcl', server('datacenter = "dc1"\n')), ...entries('dc2s1.hcl', server('datacenter = "dc2"\n'))]);
    expect(scopes(model)).toEqual(['dc1/default', 'dc2/default']);
  });

  it('of a WAN secondary (written nowhere) does not count, and its entries keep their scope', () => {
    const model = new MeshModel([
      ...entries('dc1s1.hcl', server('datacenter = "dc1"\nprimary_datacenter = "dc1"\n')),
      ...entries('dc2s1.hcl', server('datacenter = "dc2"\nprimary_datacenter = "dc1"\n')),
    ]);
    expect(scopes(model)).toEqual(['default', 'dc2/default']);
    expect(model.notApplied.map((e) => e.file)).toEqual(['dc2s1.hcl']);
  });

  it('is kept when the config\'s scopes give other files a datacenter (it may be that one)', () => {
    const model = new MeshModel([...entries('server.hcl', server('datacenter = "dc1"\n')), ...entries('dc1/pd.hcl', 'Kind = "proxy-defaults"\n', { datacenter: 'dc1' })]);
    expect(scopes(model)).toEqual(['dc1/default', 'dc1/default']);
  });

  it('is kept when a workload has a datacenter', () => {
    const w = { scope: makeScope('default', 'east') } as unknown as Workload;
    const model = new MeshModel(entries('server.hcl', server('datacenter = "dc1"\n')), [w]);
    expect(scopes(model)).toEqual(['dc1/default']);
  });
});
