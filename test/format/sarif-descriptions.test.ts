import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../rules/index.js';
import { ruleDocs, lintSources } from '../../src/index.js';
import { formatSarif, whatItDoes } from '../../src/format/sarif.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The page's first paragraph under "What it does", as one line of plain words. */
function firstParagraph(id: string): string {
  const md = readFileSync(new URL(`../../rules/${id}.md`, import.meta.url), 'utf8');
  const section = md.split(/^## What it does\s*$/m)[1]!.split(/^## /m)[0]!;
  const para = section.trim().split(/\n\s*\n/)[0]!;
  return words(para);
}

const words = (s: string) => s.replace(/`/g, '').replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();

describe('SARIF rule descriptions (what code scanning shows for a rule)', () => {
  // Every rule, with its shipped page, as `mtls-lint --format sarif` builds them.
  const run = lintSources([], { today: '2026-01-01', rules: RULES, docs: ruleDocs() });
  const rules: Json[] = JSON.parse(formatSarif(run.result)).runs[0].tool.driver.rules;

  test('every rule is listed', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  test.each(RULES.map((r) => r.meta.id))('%s: fullDescription is whole sentences, its page\'s first paragraph in full', (id) => {
    const text: string = rules.find((r) => r.id === id).fullDescription.text;
    const lines = text.split('\n');
    // The first line is the whole first paragraph (was: cut at its first line break).
    expect(lines[0]).toBe(firstParagraph(id));
    // It ends a sentence; a line that leads on (":", "because") is followed by its list.
    expect(text).toMatch(/[.!?]\)?$/);
    lines.forEach((line, i) => {
      if (!/[.!?;)]$/.test(line) && !/^\s*- /.test(line)) expect(lines[i + 1], `after "${line.slice(-40)}"`).toMatch(/^\s*- /);
    });
    expect(text.split('(').length, 'parentheses balanced').toBe(text.split(')').length);
    expect(text).not.toContain('`');
  });

  test('a paragraph over several lines is one sentence; a list it leads into follows, one item a line', () => {
    const md = [
      '# x',
      '',
      '## What it does',
      '',
      'Flags an entry whose name',
      'Consul rejects:',
      '',
      '- `proxy-defaults` named anything but',
      '  `global`;',
      '- `service-defaults` named `*`.',
      '',
      'Not shown.',
      '',
      '## Why is this bad?',
      '',
      'Because.',
    ].join('\n');
    expect(whatItDoes(md)).toBe('Flags an entry whose name Consul rejects:\n- proxy-defaults named anything but global;\n- service-defaults named *.');
    expect(whatItDoes('## What it does\n\nOne line.\nTwo [links](x.md).\n\nThird.')).toBe('One line. Two links.');
    expect(whatItDoes('## What it does\n\nIt names:\n\n| a | b |\n|---|---|\n| `x` | y |\n\nThe end.')).toBe('It names:\n- x: y\nThe end.');
    expect(whatItDoes('# no section')).toBeUndefined();
  });
});
