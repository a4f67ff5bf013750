/**
 * The shipped JSON Schema (schema/mtls-lint.schema.json) is built by configJsonSchema from
 * the validator's lists and the rule registry; `npm run build` writes it
 * (scripts/build-schema.mjs; the test setup builds). UPDATE_SCHEMA=1 rewrites it too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { RULES } from '../../rules/index.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { parseConfig } from '../../src/config/validate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FILE = path.join(ROOT, 'schema/mtls-lint.schema.json');
const ids = RULES.map((r) => r.meta.id);
const expected = `${JSON.stringify(configJsonSchema(ids), null, 2)}\n`;

if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, expected);

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(FILE, 'utf8')));
const check = (text: string) => parseConfig(text, { displayPath: 'c.yaml', path: '/r/c.yaml', dir: '/r', ruleIds: ids });

describe('schema/mtls-lint.schema.json', () => {
  it('is what configJsonSchema builds (npm run build regenerates it)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(expected);
  });

  it('lists every rule of the registry', () => {
    const schema = JSON.parse(readFileSync(FILE, 'utf8'));
    expect(schema.properties.rules.propertyNames.enum).toEqual([...ids].sort());
  });

  const configs = [
    'fixtures/exceptions/.mtls-lint.yaml',
    'fixtures/monorepo-configs/.mtls-lint.yaml',
    'fixtures/monorepo-configs/services/payments/.mtls-lint.yaml',
    'fixtures/partition-folders/.mtls-lint.yaml',
    'fixtures/status-onboarding/.mtls-lint.yaml',
    'fixtures/status-resecured/.mtls-lint.yaml',
  ];
  it.each(configs)('accepts %s, as the validator does', (rel) => {
    const text = readFileSync(path.join(ROOT, rel), 'utf8');
    expect(check(text).ok).toBe(true);
    expect(validate(parseYamlText(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the example of docs/configuration.md', () => {
    const md = readFileSync(path.join(ROOT, 'docs/configuration.md'), 'utf8');
    const example = /```yaml\n# \.mtls-lint\.yaml — every key\n([\s\S]*?)```/.exec(md)?.[1];
    expect(example).toBeDefined();
    const r = check(example!);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([]);
    expect(validate(parseYamlText(example!)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['unknown top-level key', 'rulez:\n  permissive-mtls: off\n'],
    ['unknown rule', 'rules:\n  permisive-mtls: off\n'],
    ['bad severity', 'rules:\n  permissive-mtls: warn\n'],
    ['exception without reason', 'exceptions:\n  - rule: permissive-mtls\n    path: a.hcl\n'],
    ['exception without path or service', 'exceptions:\n  - rule: permissive-mtls\n    reason: x\n'],
    ['bad date', 'exceptions:\n  - rule: permissive-mtls\n    path: a.hcl\n    reason: x\n    expires: 31/03/2026\n'],
    ['bad fact', 'clusterFacts:\n  default:\n    defaultIntentionPolicy: permit\n'],
    ['empty scope', 'scopes:\n  team-a: {}\n'],
  ])('rejects %s, as the validator does', (_, text) => {
    expect(check(text).ok).toBe(false);
    expect(validate(parseYamlText(text))).toBe(false);
  });
});
