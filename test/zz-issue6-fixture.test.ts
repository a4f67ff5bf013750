import { it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '/work/main/rules/index.js';
import { DEFAULT_INPUTS } from '/work/main/src/inputs.js';
import { lintSources } from '/work/main/src/lint.js';
it('fx', () => {
  const dir = '/work/main/fixtures/k8s-onboarding';
  const out: { path: string; bytes: Uint8Array }[] = [];
  const walk = (rel: string) => { for (const d of readdirSync(path.join(dir, rel), { withFileTypes: true })) { const p = rel ? `${rel}/${d.name}` : d.name; if (d.isDirectory()) walk(p); else if (p !== 'expected.json' && p !== 'README.md') out.push({ path: p, bytes: readFileSync(path.join(dir, p)) }); } };
  walk('');
  const run = lintSources(out, { today: '2026-01-15', rules: RULES, inputs: DEFAULT_INPUTS });
  for (const f of run.result.findings) console.log(JSON.stringify({ ruleId: f.ruleId, severity: f.severity, file: f.location.file, line: f.location.range.start.line, column: f.location.range.start.column, endLine: f.location.range.end.line, endColumn: f.location.range.end.column, message: f.message, related: f.related.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`) }));
  for (const r of run.result.files) console.log('FILE', r.path, r.status, r.entries);
});
