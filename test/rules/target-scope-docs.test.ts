import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../rules/index.js';

// The rules whose check reads more than the entry it reports: other entries (duplicates,
// the mesh entry, proxy-defaults inheritance, intentions) or workloads and cluster facts.
// Each reasons within one deployment target (src/lint.ts builds one MeshModel per target),
// and issue 12 asks each page to say so.
const CROSS_FILE = [
  'deny-intention-bypassed',
  'duplicate-entry',
  'mesh-destinations-only-disabled',
  'permissive-allowed-unused',
  'permissive-mtls',
  'permissive-not-allowed',
  'permissive-requires-transparent-proxy',
  'permissive-service-not-in-mesh',
  'permissive-without-intentions',
  'strict-mode-implicit',
  'transparent-proxy-exclusion',
];

function whatItDoes(id: string): string {
  const md = readFileSync(new URL(`../../rules/${id}.md`, import.meta.url), 'utf8');
  return md.split(/^## What it does\s*$/m)[1]!.split(/^## /m)[0]!.replace(/\s+/g, ' ');
}

describe('rule pages say how deployment targets scope cross-file rules', () => {
  test('every listed rule exists', () => {
    const ids = RULES.map((r) => r.meta.id);
    for (const id of CROSS_FILE) expect(ids).toContain(id);
  });

  test.each(CROSS_FILE)('%s: "What it does" names the deployment target and links how targets are found', (id) => {
    const text = whatItDoes(id);
    expect(text).toMatch(/deployment target/);
    expect(text).toContain("docs/configuration.md#targets");
  });
});
