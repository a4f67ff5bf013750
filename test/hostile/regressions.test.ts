/**
 * Regression tests for the crashes and hangs that fuzzing and the hostile files found, each
 * at the stage where it was (pure pipeline, no build needed).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { applyControls } from '../../src/engine/controls.js';
import { defineRule } from '../../src/engine/rule.js';
import { MAX_FINDINGS_PER_RULE_AND_FILE, MAX_RELATED_PER_FINDING } from '../../src/engine/run.js';
import { FORMAT_NAMES, render } from '../../src/format/index.js';
import { DEFAULT_INPUTS } from '../../src/inputs.js';
import { lintSources, type SourceFile } from '../../src/lint.js';
import { parseText } from '../../src/parse/index.js';
import { JSON_MAX_PROBLEMS } from '../../src/parse/json.js';
import { cutDeepFlow, YAML_MAX_PROBLEMS } from '../../src/parse/yaml.js';
import { didYouMean } from '../../src/suggest.js';
import * as H from './files.js';

const TODAY = '2026-01-15';

function lintAll(sources: SourceFile[], rules = RULES) {
  const t0 = performance.now();
  const run = lintSources(sources, { today: TODAY, rules, inputs: DEFAULT_INPUTS });
  const outputs = FORMAT_NAMES.map((f) => render(f, run.result));
  return { run, result: run.result, outputs, ms: performance.now() - t0 };
}

describe('Terraform', () => {
  it('5,000-deep expressions are a located problem, not a stack overflow (was: RangeError escaping lintSources)', () => {
    for (const body of ['['.repeat(H.DEPTH) + ']'.repeat(H.DEPTH), '{a = '.repeat(H.DEPTH) + '1' + '}'.repeat(H.DEPTH), '('.repeat(H.DEPTH) + '1' + ')'.repeat(H.DEPTH), '!'.repeat(H.DEPTH) + 'true']) {
      const src = `resource "consul_config_entry" "x" {\n  kind = "service-defaults"\n  name = "x"\n  config_json = jsonencode(${body})\n}\n`;
      const { result } = lintAll([{ path: 'main.tf', text: src }]);
      const f = result.findings.find((x) => x.ruleId === 'parse-error');
      expect(f?.message).toMatch(/nesting deeper than 500 levels/);
      expect(f?.location.range.start.line).toBe(4);
    }
  });

  it('JSON heredocs are parsed in linear time (was: the whole file copied per resource, 169 s for 5,000)', () => {
    let tf = '';
    for (let i = 0; i < 5000; i++) tf += `resource "consul_config_entry" "r${i}" {\n  kind = "service-defaults"\n  name = "s${i}"\n  config_json = <<EOT\n{"Protocol": "http"}\nEOT\n}\n`;
    const { result, ms } = lintAll([{ path: 'many.tf', text: tf }]);
    expect(result.files[0]).toMatchObject({ status: 'linted', entries: 5000 });
    expect(ms).toBeLessThan(15_000);
  });

  it('positions inside a heredoc are the file\'s, after many resources', () => {
    let tf = '';
    for (let i = 0; i < 3; i++) tf += `resource "consul_config_entry" "r${i}" {\n  kind = "service-defaults"\n  name = "s${i}"\n  config_json = <<EOT\n{"Protocol": "http", "NotAField${i}": 1}\nEOT\n}\n`;
    const { result } = lintAll([{ path: 'many.tf', text: tf }]);
    const unknown = result.findings.filter((f) => f.ruleId === 'unknown-field');
    expect(unknown.map((f) => [f.location.range.start.line, f.location.range.start.column])).toEqual([
      [5, 22],
      [12, 22],
      [19, 22],
    ]);
  });
});

describe('YAML', () => {
  it('5 MB of flow brackets is refused quickly (was: 56 s and gigabytes in the yaml parser)', () => {
    const n = 2_500_000;
    const src = `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: x\nspec:\n  x: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    const { result, ms } = lintAll([{ path: 'deep.yaml', text: src }]);
    expect(result.findings.map((f) => f.message)).toEqual([expect.stringMatching(/nesting deeper than 500 levels/)]);
    expect(ms).toBeLessThan(15_000);
  });

  it('5 MB of compact block nesting (`- - - … x`) is refused quickly (was: 5 s and 1.6 GB in the yaml parser)', () => {
    const src = `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: x\nspec:\n  x:\n    ${'- '.repeat(2_400_000)}x\n`;
    const { result, ms } = lintAll([{ path: 'compact.yaml', text: src }]);
    expect(result.findings.map((f) => [f.message, f.location.range.start.line])).toEqual([[expect.stringMatching(/nesting deeper than 500 levels/), 7]]);
    expect(ms).toBeLessThan(10_000);
  });

  it('5 MB of brackets after an anchor, an alias, a flow map or a quoted scalar is read quickly (was: up to 35 s, found by fuzzing)', () => {
    for (const head of ['a: &x ', 'a: *x ', 'a: {b: c}', 'a: "x"', '- ', 'a: !t ']) {
      const src = `kind: ServiceDefaults\n${head}${'{'.repeat(2_400_000)}\n`;
      const { result, ms } = lintAll([{ path: 'b.yaml', text: src }]);
      expect(result.findings.some((f) => f.ruleId === 'parse-error' && f.location.range.start.line === 2), head).toBe(true);
      expect(ms, head).toBeLessThan(10_000);
    }
    // Inside a plain scalar the braces are text (valid YAML): nothing is cut.
    const plain = `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: x\n  annotations:\n    note: b ${'{'.repeat(100_000)}\nspec:\n  protocol: http\n`;
    expect(cutDeepFlow(plain)).toBe(plain);
    expect(lintAll([{ path: 'p.yaml', text: plain }]).result.files[0]).toMatchObject({ status: 'linted', entries: 1 });
  });

  it('cutDeepFlow keeps offsets and line breaks, leaves shallow text and quoted or commented brackets alone', () => {
    const deep = `a: ${'['.repeat(1200)}\n---\nb: 1\n`;
    const cut = cutDeepFlow(deep);
    expect(cut.length).toBe(deep.length);
    expect(cut.endsWith('\n---\nb: 1\n')).toBe(true);
    expect(cut.slice(0, 3 + 1000)).toBe(deep.slice(0, 3 + 1000));
    for (const ok of [`a: "${'['.repeat(2000)}"\n`, `# ${'['.repeat(2000)}\n`, `a: x${'['.repeat(2000)}\n`, `a: ${'[]'.repeat(5000)}\n`]) {
      expect(cutDeepFlow(ok)).toBe(ok);
    }
  });

  it('the next document after a cut is still read', () => {
    const src = `kind: ServiceDefaults\nx: ${'['.repeat(3000)}\n---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: after\nspec:\n  protocol: http\n`;
    const { result } = lintAll([{ path: 'two.yaml', text: src }]);
    expect(result.files[0]).toMatchObject({ entries: 1 });
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')[0]?.message).toMatch(/nesting deeper than 500 levels/);
  });

  it(`problems beyond ${YAML_MAX_PROBLEMS} are counted in one more, not dropped silently`, () => {
    const pf = parseText('a.yaml', `kind: Mesh\nx: ${'&a '.repeat(1000)}y\n`, false);
    const last = pf.result.problems[pf.result.problems.length - 1]!;
    expect(pf.result.problems).toHaveLength(YAML_MAX_PROBLEMS + 1);
    expect(last.message).toMatch(/^\d+ more problems are not listed for this file/);
  });
});

describe('JSON', () => {
  it(`problems beyond ${JSON_MAX_PROBLEMS} are counted in one more, not dropped silently`, () => {
    const pf = parseText('a.json', `{"Kind": "mesh", ${Array.from({ length: 300 }, (_, i) => `"k${i}": 01`).join(', ')}}`, false);
    expect(pf.result.problems).toHaveLength(JSON_MAX_PROBLEMS + 1);
    expect(pf.result.problems[JSON_MAX_PROBLEMS]!.message).toMatch(/^200 more problems are not listed for this file \(the first of them is here\)/);
  });
});

describe('UTF-16', () => {
  it('HCL, JSON and Terraform in UTF-16 are a parse-error (Consul reads UTF-8); YAML is read', () => {
    const utf16 = (s: string) => new Uint8Array(Buffer.from(`\uFEFF${s}`, 'utf16le'));
    const { result } = lintAll([
      { path: 'a.hcl', bytes: utf16('Kind = "service-defaults"\nName = "a"\nProtocol = "http"\n') },
      { path: 'b.json', bytes: utf16('{"Kind": "service-defaults", "Name": "b", "Protocol": "http"}') },
      { path: 'c.yaml', bytes: H.utf16Yaml() },
    ]);
    expect(result.files.map((f) => [f.path, f.status, f.entries])).toEqual([
      ['a.hcl', 'linted', 0],
      ['b.json', 'linted', 0],
      ['c.yaml', 'linted', 1],
    ]);
    const pe = result.findings.filter((f) => f.ruleId === 'parse-error');
    expect(pe.map((f) => f.location.file)).toEqual(['a.hcl', 'b.json']);
    expect(pe[0]!.message).toMatch(/encoded as UTF-16LE.*save it as UTF-8/);
  });
});

describe('the engine', () => {
  const noisy = defineRule({
    meta: { id: 'noisy', description: 'reports a lot', category: 'hygiene', defaultSeverity: 'warning', docsUrl: 'rules/noisy.md' },
    check({ files, report }) {
      for (const f of files) {
        for (let i = 0; i < 2500; i++) {
          const at = { file: f.path, subject: `${f.path}#${i}`, range: { start: { line: 1, column: 1 + i, offset: i }, end: { line: 1, column: 2 + i, offset: i + 1 } } };
          report({ at, message: `finding ${i}`, related: Array.from({ length: 200 }, () => ({ at, message: 'related' })) });
        }
      }
    },
  });

  it(`lists at most ${MAX_FINDINGS_PER_RULE_AND_FILE} findings per rule and file, and says how many more`, () => {
    const { result } = lintAll([{ path: 'a.hcl', text: 'x'.repeat(3000) }, { path: 'b.hcl', text: 'y'.repeat(3000) }], [noisy]);
    for (const file of ['a.hcl', 'b.hcl']) {
      const mine = result.findings.filter((f) => f.location.file === file);
      expect(mine).toHaveLength(MAX_FINDINGS_PER_RULE_AND_FILE + 1);
      const more = mine.find((f) => /more noisy findings are not listed/.test(f.message));
      expect(more?.message).toBe('1500 more noisy findings are not listed for this file (the first of them is here): mtls-lint lists at most 1000 findings per rule and file.');
      expect(more?.location.range.start.column).toBe(1 + MAX_FINDINGS_PER_RULE_AND_FILE);
      expect(more?.severity).toBe('warning');
    }
  });

  it(`keeps at most ${MAX_RELATED_PER_FINDING} related locations per finding, and says how many more`, () => {
    const { result } = lintAll([{ path: 'a.hcl', text: 'x' }], [noisy]);
    const f = result.findings[0]!;
    expect(f.related).toHaveLength(MAX_RELATED_PER_FINDING);
    expect(f.related[MAX_RELATED_PER_FINDING - 1]!.message).toBe('related (and 150 more related locations, not listed)');
  });
});

describe('normalization', () => {
  it('an agent config_entries bootstrap item without a kind is a finding (was: a TypeError escaping lintSources, found by fuzzing)', () => {
    for (const [path, text] of [
      ['agent.hcl', 'config_entries {\n  bootstrap = [\n    { Name = "x" },\n    { Kind = "service-defaults", Name = "y", Protocol = "http" }\n  ]\n}\n'],
      ['agent.json', '{"config_entries": {"bootstrap": [{"Name": "x"}]}}'],
    ] as const) {
      const { result } = lintAll([{ path, text }]);
      expect(result.findings.some((f) => /Payload does not contain a kind\/Kind key/.test(f.message)), path).toBe(true);
    }
  });
});

describe('a defect in an input', () => {
  it('an input that throws is reported like a rule that throws; the files keep their findings', () => {
    const run = lintSources([{ path: 'a.hcl', text: 'Kind = "service-defaults"\nName = "a"\nNotAField = 1\n' }], {
      today: TODAY,
      rules: RULES,
      inputs: [{ collect: () => { throw new Error('boom'); } }],
    });
    expect(run.result.ruleErrors).toEqual([{ ruleId: 'input #1', message: 'boom' }]);
    expect(run.result.findings.map((f) => f.ruleId)).toContain('unknown-field');
  });
});

describe('suppression directives', () => {
  it('a directive naming thousands of unknown rules makes a few findings (was: one per name, 16,000 in 6 s, found by fuzzing)', () => {
    const text = `// mtls-lint-disable-file permissive-mtls ${'- '.repeat(16000)}${Array.from({ length: 50 }, (_, i) => `no-rule-${i}`).join(' ')}\nKind = "service-defaults"\nName = "b"\nMutualTLSMode = "permissive"\n`;
    const t0 = performance.now();
    const run = applyControls(lintSources([{ path: 'b.hcl', text }], { today: TODAY, rules: RULES }), { today: TODAY });
    expect(performance.now() - t0).toBeLessThan(3_000);
    const inv = run.result.findings.filter((f) => f.ruleId === 'invalid-suppression').map((f) => f.message);
    expect(inv.filter((m) => /names "-"/.test(m))).toHaveLength(1);
    expect(inv.filter((m) => /names "/.test(m))).toHaveLength(10);
    expect(inv.some((m) => /names 41 more names that are not rules of mtls-lint/.test(m))).toBe(true);
  });

  it(`invalid-suppression findings are bounded per file like a rule's (${MAX_FINDINGS_PER_RULE_AND_FILE})`, () => {
    const text = `Kind = "service-defaults"\nName = "b"\n${Array.from({ length: 3000 }, (_, i) => `# mtls-lint-disable-next-line no-rule-${i} -- r\n`).join('')}`;
    const run = applyControls(lintSources([{ path: 'b.hcl', text }], { today: TODAY, rules: RULES }), { today: TODAY });
    const inv = run.result.findings.filter((f) => f.ruleId === 'invalid-suppression');
    expect(inv).toHaveLength(MAX_FINDINGS_PER_RULE_AND_FILE + 1);
    expect(inv.some((f) => /^2000 more invalid-suppression findings are not listed/.test(f.message))).toBe(true);
  });
});

describe('rules over many entries', () => {
  it('permissive-not-allowed lists a few mesh entries of other partitions, not all of them (was: 12 million related locations, out of memory)', () => {
    const items: string[] = [];
    for (let i = 0; i < 3000; i++) {
      items.push(`{"Kind": "mesh", "Partition": "p${i}"}`);
      items.push(`{"Kind": "service-defaults", "Name": "s${i}", "MutualTLSMode": "permissive"}`);
    }
    const { result, outputs, ms } = lintAll([{ path: 'many.json', text: `[${items.join(',\n')}]` }]);
    const pna = result.findings.filter((f) => f.ruleId === 'permissive-not-allowed');
    expect(pna.length).toBeGreaterThan(0);
    for (const f of pna) expect(f.related.length).toBeLessThanOrEqual(10);
    expect(outputs.every((o) => o.length < 50 * 1024 * 1024)).toBe(true);
    expect(ms).toBeLessThan(20_000);
  });

  it('unknown-field on a CRD key with dots does not throw (was: "Cannot read properties of null", found by fuzzing)', () => {
    const src = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: static-server\nspec:\n  destination:\n  .null  name: static-server\n  sources:\n    - name: ingress-gateway\n      action: allow\n';
    for (const key of ['.null  name', '[0]x', 'a..b', '.', '[']) {
      const { result } = lintAll([{ path: 'i.yaml', text: src.replace('.null  name', key) }]);
      expect(result.ruleErrors).toEqual([]);
    }
  });

  it('unknown-field with a 1 MB key is quick (was: an edit-distance table of 1M × n per known field, 18 s)', () => {
    const { result, ms } = lintAll([{ path: 'k.json', bytes: H.longKeyJson(1024 * 1024) }]);
    expect(result.findings.some((f) => f.ruleId === 'unknown-field')).toBe(true);
    expect(ms).toBeLessThan(5_000);
  });

  it('did-you-mean on a 1 MB word is quick and still suggests near words', () => {
    const t0 = performance.now();
    expect(didYouMean('x'.repeat(1024 * 1024), ['mtls-lint-disable-next-line', 'mtls-lint-disable-file'])).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(didYouMean('mtls-lint-disable-nextline', ['mtls-lint-disable-next-line', 'mtls-lint-disable-file'])).toBe('mtls-lint-disable-next-line');
    expect(didYouMean('warn', ['error', 'warning', 'note'])).toBe('warning');
  });
});

describe('CRDs', () => {
  it('a ServiceIntentions whose destination is empty is read, not an internal error (was: found by fuzzing)', () => {
    const src = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: public-api\nspec:\n  destination:\n  sources:\n    - name: frontend\n      action: allow\n';
    const { result } = lintAll([{ path: 'i.yaml', text: src }]);
    expect(result.findings.filter((f) => f.message.includes('internal error'))).toEqual([]);
  });
});

describe('CRD schema types', () => {
  it('spec.sources holding a scalar is reported, not a crash of invalid-value (was: found by the shuffle property)', () => {
    const src = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: f\nspec:\n  destination:\n    name: service-f\n  sources:\n    - n\n';
    const { result } = lintAll([{ path: 'i.yaml', text: src }]);
    expect(result.ruleErrors).toEqual([]);
    expect(result.findings.some((f) => f.ruleId === 'invalid-value')).toBe(true);
  });
});
