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
    // `]` first in a class is a member (POSIX, Git), not the end of an empty class.
    ['team-[]a]/**', 'team-]/x.hcl', true],
    ['team-[]a]/**', 'team-a/x.hcl', true],
    ['team-[]a]/**', 'team-b/x.hcl', false],
    ['team-[!]]/**', 'team-]/x.hcl', false],
    ['team-[a-c]/**', 'team-b/x.hcl', true],
    ['team-[a-c]/**', 'team-d/x.hcl', false],
    ['team-[!a-c]/**', 'team-d/x.hcl', true],
    // A class never matches the folder separator.
    ['a[/]b', 'a/b', false],
    // An escaped bracket is an ordinary character.
    ['a\\[b', 'a[b', true],
    ['{a,{b,c}x}/**', 'cx/y.hcl', true],
    ['{a,{b,c}x}/**', 'c/y.hcl', false],
    ['{a,b', 'b', true],
    ['a,b}', 'a,b}', true],
    ['**/x/**/y.hcl', 'x/y.hcl', true],
    ['**/x/**/y.hcl', 'p/q/x/r/s/y.hcl', true],
    ['**/x/**/y.hcl', 'p/qx/y.hcl', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(40), false],
    ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', `${'a'.repeat(40)}b`, true],
    ['**/**/**/**/**/**/**/**/**/**/z', `${'d/'.repeat(30)}y`, false],
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(compileGlob(glob)(file)).toBe(expected);
  });

  it('reports an empty glob', () => {
    expect(globProblem('  ')).toBe('is empty');
    expect(globProblem('consul/**')).toBeUndefined();
  });

  it('reports a reversed range in a character class and an overlong glob', () => {
    expect(globProblem('team-[z-a]')).toBe('is not a valid glob (the range z-a in a character class is reversed)');
    expect(globProblem('a'.repeat(2000))).toBe('is not a valid glob (longer than 1024 characters)');
    // Unterminated classes, `]` first being a member: never a literal `[` nor a regular expression.
    for (const g of ['a[b', 'team-[ab/**', 'x[]', 'x[!]', 'x[\\]']) {
      expect(globProblem(g), g).toBe('is not a valid glob (a character class has no closing ] (write \\[ for a literal [))');
    }
  });
});
