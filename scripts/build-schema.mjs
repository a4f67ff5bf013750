// Writes schema/mtls-lint.schema.json (the JSON Schema of .mtls-lint.yaml, shipped in the
// package) from the built code: the validator's key lists and the rule registry, so a new
// rule or key reaches the schema with the next build. Run by `npm run build`, after tsc.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { configJsonSchema } = await import(new URL('dist/src/config/json-schema.js', root).href);
const { RULES } = await import(new URL('dist/rules/index.js', root).href);
const file = new URL('schema/mtls-lint.schema.json', root);
const text = `${JSON.stringify(configJsonSchema(RULES.map((r) => r.meta.id)), null, 2)}\n`;
let old = '';
try {
  old = readFileSync(file, 'utf8');
} catch {
  /* first build */
}
if (old !== text) {
  mkdirSync(new URL('schema/', root), { recursive: true });
  writeFileSync(file, text);
}
