import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { RULES } from '/work/main/rules/index.js';
import { DEFAULT_INPUTS } from '/work/main/src/inputs.js';
import { lintSources } from '/work/main/src/lint.js';

it('try', () => {
  const files = (process.env.FILES ?? '').split(',').filter(Boolean);
  const sources = files.map((f) => ({ path: f.replace(/^.*corpus\//, ''), text: readFileSync(f, 'utf8') }));
  const run = lintSources(sources, { today: '2026-01-15', rules: RULES, inputs: DEFAULT_INPUTS });
  for (const e of run.model.entries) console.log('ENTRY', e.file, e.kind, e.name, e.partition, e.origin, e.issues.map((i) => i.message));
  for (const w of run.model.workloads) console.log('WL', JSON.stringify({ ...w, at: `${w.at.file}:${w.at.range.start.line}:${w.at.range.start.column}`, upstreams: w.upstreams.map(u => ({...u, at: `${u.at.range.start.line}:${u.at.range.start.column}-${u.at.range.end.column}`})), exclusions: w.exclusions.map(x => x.annotation + '=' + x.value), injectedAt: w.injectedAt && `${w.injectedAt.file}:${w.injectedAt.range.start.line}`, transparentProxyAt: w.transparentProxyAt && `${w.transparentProxyAt.file}:${w.transparentProxyAt.range.start.line}`, serviceAt: w.serviceAt && `${w.serviceAt.file}:${w.serviceAt.range.start.line}`, templateAt: undefined, scope: w.scope.key }));
  for (const f of run.result.findings) console.log('FINDING', f.ruleId, `${f.location.file}:${f.location.range.start.line}:${f.location.range.start.column}-${f.location.range.end.line}:${f.location.range.end.column}`, f.message);
  for (const r of run.result.files) console.log('FILE', r.path, r.status, r.entries);
});
