import { describe, expect, it } from 'vitest';
import { compileGlob, globProblem } from '../../src/config/glob.js';

describe('config globs', () => {
  it.each([
    ['consul/**', 'consul/mesh.hcl', true],
    ['consul/**', 'consul/a/b/mesh.hcl', true],
    ['consul/**', 'k8s/mesh.hcl', false],
    ['consul', 'consul/a/mesh.hcl', true],
    ['consul/', 'consul/a/mesh.hcl', true],
    ['./consul', 'consul/mesh.hcl', true],
    ['/consul', 'consul/mesh.hcl', true],
    ['*.hcl', 'mesh.hcl', true],
    ['*.hcl', 'consul/mesh.hcl', false],
    ['**/*.hcl', 'mesh.hcl', true],
    ['**/*.hcl', 'a/b/mesh.hcl', true],
    ['**/testdata/**', 'a/testdata/x.json', true],
    ['**/testdata/**', 'testdata/x.json', true],
    ['consul/payments-*.json', 'consul/payments-defaults.json', true],
    ['consul/payments-*.json', 'consul/payments/defaults.json', false],
    ['partitions/team-?/**', 'partitions/team-a/mesh.hcl', true],
    ['partitions/team-?/**', 'partitions/team-ab/mesh.hcl', false],
    ['{consul,k8s}/**', 'k8s/a.yaml', true],
    ['{consul,k8s}/**', 'helm/a.yaml', false],
    ['team-[ab]/**', 'team-b/x.hcl', true],
    ['team-[!ab]/**', 'team-b/x.hcl', false],
    ['team-[!ab]/**', 'team-c/x.hcl', true],
    ['a.b', 'axb', false],
    ['**', '../outside.hcl', false],
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(compileGlob(glob)(file)).toBe(expected);
  });

  it('reports an empty glob', () => {
    expect(globProblem('  ')).toBe('is empty');
    expect(globProblem('consul/**')).toBeUndefined();
  });
});
