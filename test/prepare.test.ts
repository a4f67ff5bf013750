/**
 * What a prepared file keeps until the rules run (src/lint.ts prepareText): of its comments,
 * only the suppression directives (and the misspelt ones, which are reported).
 */
import { describe, expect, it } from 'vitest';
import { prepareSource } from '../src/lint.js';
import { isDirectiveComment } from '../src/engine/suppress.js';

function commentsKept(path: string, text: string): string[] {
  const p = prepareSource({ path, text });
  if (p.skipReason !== undefined) throw new Error(p.skipReason);
  return p.parsed.result.comments.map((c) => `${c.range.start.line}:${c.range.start.column} ${c.text}`);
}

describe('a prepared file keeps the directive comments only', () => {
  it('in HCL', () => {
    const text = [
      '# defaults for web',
      'Kind = "service-defaults"',
      '// mtls-lint-disable-next-line permissive-mtls -- migrating',
      'Name = "web" # the name',
      '/* mtls-lint-disable-file permissive-mtls -- legacy */',
      '# mtls-lint-disabel permissive-mtls -- misspelt',
      '# mtls-linter is not a directive',
      '',
    ].join('\n');
    expect(commentsKept('web.hcl', text)).toEqual([
      '3:1 mtls-lint-disable-next-line permissive-mtls -- migrating',
      '5:1 mtls-lint-disable-file permissive-mtls -- legacy',
      '6:1 mtls-lint-disabel permissive-mtls -- misspelt',
    ]);
  });

  it('in YAML', () => {
    const text = ['# a CRD', 'apiVersion: consul.hashicorp.com/v1alpha1', 'kind: ServiceDefaults # kind', 'metadata:', '  name: web', '  # mtls-lint-disable-next-line permissive-mtls -- test', 'spec: {}', ''].join('\n');
    expect(commentsKept('web.yaml', text)).toEqual(['6:3 mtls-lint-disable-next-line permissive-mtls -- test']);
  });
});

describe('isDirectiveComment', () => {
  it.each([
    ['mtls-lint-disable-next-line a -- b', true],
    ['  mtls-lint-disable-file  ', true],
    ['mtls-lint-', true],
    ['mtls-lint-typo', true],
    ['mtls-lint', false],
    ['mtls-linter', false],
    ['mtls-lint-disableX', false],
    ['see mtls-lint-disable-file', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(isDirectiveComment(text)).toBe(expected);
  });
});
