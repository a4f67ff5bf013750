import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseText } from '/work/main/src/parse/index.js';
it('t', () => {
  const f = '/work/shared/corpus/terraform/docs.resources.config_entry__3.tf';
  const pf = parseText('x.tf', readFileSync(f, 'utf8'), false);
  console.log(JSON.stringify(pf.result.problems));
  const doc = pf.result.documents[2]!;
  const strip = (n: any): any => n.type === 'object' ? Object.fromEntries(n.props.map((p: any) => [p.key, strip(p.value)])) : n.type === 'array' ? n.items.map(strip) : `${n.type}:${n.value}:${n.raw}`;
  console.log(JSON.stringify(strip(doc.root), null, 1));
});
