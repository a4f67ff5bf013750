/**
 * A repository's own `.mtls-lint.yaml` is input too: mutations of the fixtures' config files
 * and token soup go through the config reader (`parseConfig`), which answers with a config or
 * located problems, never an exception; and through a run with that config applied.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { RULES } from '../../rules/index.js';
import { parseConfig } from '../../src/config/validate.js';
import { applyControls } from '../../src/engine/controls.js';
import { FORMAT_NAMES, render } from '../../src/format/index.js';
import { lintSources } from '../../src/lint.js';
import { FIXTURES } from '../e2e/helpers.js';
import { FuzzStats, runs, seedOption, TODAY, timeoutFor } from './harness.js';
import { mutateText, mutationArb, seedFiles, tokenSoupArb } from './mutate.js';

const stats = new FuzzStats('config');
const N = runs(1000, 3000);
const RULE_IDS = RULES.map((r) => r.meta.id);

function configFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) configFiles(abs, out);
    else if (name === '.mtls-lint.yaml') out.push(readFileSync(abs, 'utf8'));
  }
  return out;
}

const CONFIGS = configFiles(FIXTURES);
const SOUP = ['rules', 'phase', 'scopes', 'exceptions', 'facts', 'include', 'exclude', 'expires', 'reason', 'rule', 'paths', 'partition', 'enforce', 'onboarding', 'permissive-mtls: off', '2026-01-01', '"**/*.hcl"', '- ', ':', '\n  ', '[', ']', '{', '}', '&a ', '*a'];

function check(text: string): void {
  const t0 = performance.now();
  const r = parseConfig(text, { displayPath: '.mtls-lint.yaml', path: '/repo/.mtls-lint.yaml', dir: '/repo', ruleIds: RULE_IDS });
  if (!r.ok) {
    for (const p of r.problems) {
      if (/internal error/i.test(p.message)) throw new Error(`internal error: ${p.message}`);
      if (!(p.range.start.line >= 1 && p.range.start.column >= 1)) throw new Error(`unlocated config problem: ${JSON.stringify(p)}`);
    }
  } else {
    // The config applied to a run over a few seed files.
    const sources = seedFiles().slice(0, 3).map((s) => ({ path: s.path, bytes: s.bytes }));
    const run = applyControls(lintSources(sources, { today: TODAY, rules: RULES, severities: new Map() }), { today: TODAY, config: r.config });
    for (const f of FORMAT_NAMES) render(f, run.result);
  }
  stats.record([{ path: '.mtls-lint.yaml', text }], performance.now() - t0);
}

describe('.mtls-lint.yaml', () => {
  it(
    'mutated config files: a config or located problems, no exception',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: CONFIGS.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (i, ms) => {
          check(mutateText(CONFIGS[i]!, ms).text);
        }),
        { numRuns: N, ...seedOption() },
      );
    },
    timeoutFor(N, 10),
  );

  it(
    'token soup: same',
    () => {
      fc.assert(
        fc.property(fc.oneof(tokenSoupArb(80), fc.array(fc.constantFrom(...SOUP), { maxLength: 80 }).map((t) => t.join(''))), (text) => {
          check(text);
        }),
        { numRuns: N, ...seedOption() },
      );
    },
    timeoutFor(N, 10),
  );
});
