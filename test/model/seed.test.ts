/** The seed page's examples ("Onboard services in transparent proxy mode") normalize as Consul reads them. */
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/lint.js';
import { corpusBytes, describeCorpus } from '../corpus-files.js';

function entryOf(file: string) {
  const run = lintSources([{ path: file, bytes: corpusBytes(file) }], { today: '2026-01-15', rules: [] });
  expect(run.normalized[0]!.issues).toEqual([]);
  expect(run.normalized[0]!.entries).toHaveLength(1);
  const e = run.normalized[0]!.entries[0]!;
  expect(e.issues).toEqual([]);
  return e;
}

const P = 'consul/docs.k8s.connect.onboarding-tproxy-mode';

describeCorpus('seed page examples', () => {
  it.each([
    [`${P}__1.hcl`, undefined, false],
    [`${P}__2.yaml`, undefined, true],
    [`${P}__3.json`, undefined, false],
    [`${P}__4.hcl`, true, false],
    [`${P}__5.yaml`, true, false],
    [`${P}__6.json`, true, false],
    [`${P}__13.hcl`, false, true],
    [`${P}__14.yaml`, false, true],
    [`${P}__15.json`, false, true],
  ])('%s is a mesh entry (allow=%s, meshDestinationsOnly=%s)', (file, allow, mdo) => {
    const e = entryOf(file);
    expect(e.kind).toBe('mesh');
    expect(e.name).toBe('mesh');
    expect(e.partition).toBe('default');
    expect(e.bool('AllowEnablingPermissiveMutualTLS')).toBe(allow);
    expect(e.bool('TransparentProxy.MeshDestinationsOnly')).toBe(mdo);
  });

  it.each([
    [`${P}__7.hcl`, 'permissive', 4, 1],
    [`${P}__8.yaml`, 'permissive', 6, 3],
    [`${P}__9.json`, 'permissive', 4, 5],
    [`${P}__10.hcl`, 'strict', 4, 1],
    [`${P}__11.yaml`, 'strict', 6, 3],
    [`${P}__12.json`, 'strict', 3, 5],
  ])('%s is service-defaults "example-service" with MutualTLSMode %s at %i:%i', (file, mode, line, column) => {
    const e = entryOf(file);
    expect(e.kind).toBe('service-defaults');
    expect(e.name).toBe('example-service');
    expect(e.str('MutualTLSMode')).toBe(mode);
    const f = e.field('MutualTLSMode')!;
    expect([f.range.start.line, f.range.start.column]).toEqual([line, column]);
  });

  it('the JSON one-element list form decodes as an object', () => {
    const e = entryOf(`${P}__15.json`);
    const tp = e.field('TransparentProxy.MeshDestinationsOnly')!;
    expect(tp.range.start.line).toBe(6);
    expect(tp.range.start.column).toBe(13);
  });
});
