import { it } from 'vitest';
import { RULES } from '../rules/index.js';
import { DEFAULT_INPUTS } from '../src/inputs.js';
import { lintSources } from '../src/lint.js';
import { corpusBytes, corpusIndex } from './corpus-files.js';

it('stats', () => {
  let wl = 0, inj = 0, ups = 0, helmFiles = 0, issues = 0;
  const bySource = new Map<string, number>();
  const lines: string[] = [];
  for (const item of corpusIndex()) {
    const a = lintSources([{ path: item.file, bytes: corpusBytes(item.file) }], { today: '2026-01-15', rules: RULES, inputs: DEFAULT_INPUTS });
    for (const w of a.model.workloads) {
      wl++; if (w.injected) inj++;
      ups += w.upstreams.length;
      const k = `${w.injectedSource}/${w.transparentProxySource}/${w.serviceSource}`;
      bySource.set(k, (bySource.get(k) ?? 0) + 1);
      for (const u of w.upstreams) lines.push(`UP ${item.file} ${w.label} ${JSON.stringify({ s: u.service, ns: u.namespace, ap: u.partition, peer: u.peer, dc: u.datacenter, port: u.port, f: u.format })}`);
    }
    if (item.category === 'helm-values' && a.result.files[0]?.status === 'linted') helmFiles++;
    for (const nf of a.normalized) for (const i of nf.issues) if (i.ruleId === 'invalid-annotation') { issues++; lines.push(`ISSUE ${item.file}:${i.range.start.line} ${i.message}`); }
    if (item.category === 'k8s-annotated' && a.model.workloads.length === 0) lines.push(`NOWL ${item.file}`);
  }
  console.log(`workloads=${wl} injected=${inj} upstreams=${ups} helmLinted=${helmFiles} issues=${issues}`);
  console.log(JSON.stringify(Object.fromEntries(bySource)));
  console.log(lines.join('\n'));
});
