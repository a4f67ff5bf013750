import { it } from 'vitest';
import { RULES } from '../rules/index.js';
import { DEFAULT_INPUTS } from '../src/inputs.js';
import { lintSources } from '../src/lint.js';
import { corpusBytes, corpusIndex } from './corpus-files.js';

it('compare', () => {
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  const diff: string[] = [];
  for (const item of corpusIndex()) {
    const src = [{ path: item.file, bytes: corpusBytes(item.file) }];
    const a = lintSources(src, { today: '2026-01-15', rules: RULES, inputs: DEFAULT_INPUTS });
    const b = item.lang === 'terraform' ? undefined : lintSources(src, { today: '2026-01-15', rules: RULES, inputs: [] });
    const fa = a.result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.range.start.line}:${f.location.range.start.column} ${f.message}`);
    const fb = (b?.result.findings ?? []).map((f) => `${f.ruleId} ${f.location.file}:${f.location.range.start.line}:${f.location.range.start.column} ${f.message}`);
    for (const f of b?.result.findings ?? []) before.set(f.ruleId, (before.get(f.ruleId) ?? 0) + 1);
    for (const f of a.result.findings) after.set(f.ruleId, (after.get(f.ruleId) ?? 0) + 1);
    for (const x of fa) if (!fb.includes(x)) diff.push('+ ' + x);
    for (const x of fb) if (!fa.includes(x)) diff.push('- ' + x);
  }
  console.log('BEFORE', JSON.stringify(Object.fromEntries([...before].sort())));
  console.log('AFTER', JSON.stringify(Object.fromEntries([...after].sort())));
  console.log(diff.join('\n'));
});
