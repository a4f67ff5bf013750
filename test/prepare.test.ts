/**
 * What a prepared file keeps until the rules run (src/lint.ts prepareText): of its comments,
 * only the suppression directives (and the misspelt ones, which are reported); its text only
 * when a later stage reads it.
 */
import { describe, expect, it } from 'vitest';
import { prepareSource, trimPrepared } from '../src/lint.js';
import { parseText } from '../src/parse/index.js';
import { compactParseResult } from '../src/parse/compact.js';
import { normalizeFile } from '../src/model/normalize.js';
import { DecodedList, OpaqueValue } from '../src/model/decode.js';
import type { LArray, LObject } from '../src/parse/located.js';
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

describe('a prepared file keeps its text', () => {
  const kept = (path: string, text: string) => {
    const p = prepareSource({ path, text });
    if (p.skipReason !== undefined) throw new Error(p.skipReason);
    return p.parsed.text;
  };
  const yaml = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: web\n';

  it('when a later stage reads it: a Nomad job (HCL2 reading), Terraform (ECS, targets), a kustomization (inline patches)', () => {
    const job = 'job "web" {\n  group "g" {}\n}\n';
    expect(kept('web.hcl', job)).toBe(job);
    expect(kept('jobs/web.nomad', 'job "web" {}\n')).toBe('job "web" {}\n');
    expect(kept('jobs/web.nomad.hcl', 'variable "x" {}\n')).toBe('variable "x" {}\n');
    expect(kept('main.tf', 'locals {}\n')).toBe('locals {}\n');
    expect(kept('overlays/prod/kustomization.yaml', 'resources: []\n')).toBe('resources: []\n');
    expect(kept('overlays/prod/Kustomization', 'resources: []\n')).toBe('resources: []\n');
  });

  it('not otherwise, and its places are still where they were', () => {
    expect(kept('web.yaml', yaml)).toBeUndefined();
    expect(kept('web.json', '{"Kind": "mesh"}')).toBeUndefined();
    // A config entry or agent registration in HCL is not a Nomad job: nothing reads its text again.
    expect(kept('web.hcl', 'Kind = "mesh"\n')).toBeUndefined();
    expect(kept('web.hcl', 'service {\n  name = "web"\n  connect { sidecar_service {} }\n}\n')).toBeUndefined();
    const p = prepareSource({ path: 'web.yaml', text: yaml });
    if (p.skipReason !== undefined) throw new Error(p.skipReason);
    const r = p.normalized.entries[0]!.nameAt!.range;
    expect([r.start.line, r.start.column, r.end.line, r.end.column, r.end.offset]).toEqual([4, 3, 4, 12, yaml.length - 1]);
    // Past the end, a place is the end of the text (the index keeps its length).
    expect(p.parsed.lines.position(yaml.length + 10)).toEqual({ line: 5, column: 1, offset: yaml.length });
  });
});

describe('prepared files without comments, problems, other documents or entry issues', () => {
  it('share one frozen empty list (read-only after this stage); a file with some keeps its own', () => {
    const prep = (path: string, text: string) => {
      const p = prepareSource({ path, text });
      if (p.skipReason !== undefined) throw new Error(p.skipReason);
      return p;
    };
    const a = prep('a.hcl', 'Kind = "service-defaults"\nName = "a"\n');
    const b = prep('b.json', '{"Kind": "service-defaults", "Name": "b"}');
    const lists = (p: typeof a) => [p.parsed.result.comments, p.parsed.result.problems, p.normalized.otherDocuments, p.normalized.entries[0]!.issues];
    lists(b).forEach((list, i) => {
      expect(list).toBe(lists(a)[i]);
      expect(list).toEqual([]);
      expect(Object.isFrozen(list)).toBe(true);
    });
    const c = prep('c.hcl', 'Kind = "service-defaults"\nName = "c"\nNope = 1\n# mtls-lint-disable-file unknown-field -- test\nbad = \n');
    expect(c.parsed.result.problems.length).toBeGreaterThan(0);
    expect(c.parsed.result.comments).toHaveLength(1);
    expect(Object.isFrozen(c.parsed.result.comments)).toBe(false);
  });
});

describe('lists of one a prepared file keeps are copied to an exact size', () => {
  // V8 gives an array its first `push` room for 17 elements (152 bytes for the 24 of one); a
  // list is copied by `slice` to its length. Capacity is not visible from JavaScript: these
  // check that such a list is a copy, equal to what was built.
  it('properties, list items and documents of a parse tree (src/parse/compact.ts)', () => {
    const parsed = parseText('web.json', '{"Kind": "service-defaults", "Name": "web", "Meta": {"a": "1"}, "List": [1]}', false, 'utf-8');
    const doc = parsed.result.documents[0]!;
    const root = doc.root as LObject;
    const meta = root.props.find((p) => p.key === 'Meta')!.value as LObject;
    const list = root.props.find((p) => p.key === 'List')!.value as LArray;
    const before = { documents: parsed.result.documents, meta: meta.props, items: list.items };
    compactParseResult(parsed.result);
    expect(parsed.result.documents).not.toBe(before.documents);
    expect(parsed.result.documents).toEqual(before.documents);
    expect(meta.props).not.toBe(before.meta);
    expect(meta.props).toEqual(before.meta);
    expect(list.items).not.toBe(before.items);
    expect(list.items).toEqual(before.items);
  });

  it("a file's entries and a decoded list's items", () => {
    const parsed = parseText('web.hcl', 'Kind = "service-intentions"\nName = "web"\nSources = [{ Name = "api", Action = "allow" }]\n', false, 'utf-8');
    const normalized = normalizeFile(parsed, {});
    const entries = normalized.entries;
    expect(entries).toHaveLength(1);
    trimPrepared(parsed, normalized);
    expect(normalized.entries).not.toBe(entries);
    expect(normalized.entries).toEqual(entries);
    const items = [new OpaqueValue(parsed.result.documents[0]!.root)];
    const decoded = new DecodedList(parsed.result.documents[0]!.root, items);
    expect(decoded.items).not.toBe(items);
    expect(decoded.items).toEqual(items);
  });
});
