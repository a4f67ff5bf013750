/** Running the CLI in-process, and linting in-memory files with the workflow controls. */
import path from 'node:path';
import { RULES } from '../../rules/index.js';
import { main } from '../../src/cli.js';
import type { LintConfig } from '../../src/config/types.js';
import { parseConfig } from '../../src/config/validate.js';
import { applyControls } from '../../src/engine/controls.js';
import type { LintResult } from '../../src/engine/result.js';
import { DEFAULT_INPUTS } from '../../src/inputs.js';
import { lintSources } from '../../src/lint.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RULE_IDS = RULES.map((r) => r.meta.id);

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** A config parsed from text, as if it sat in the root of the in-memory files. */
export function configFrom(text: string): LintConfig {
  const r = parseConfig(text, { displayPath: '.mtls-lint.yaml', path: '/repo/.mtls-lint.yaml', dir: '/repo', ruleIds: RULE_IDS });
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.range.start.line}:${p.range.start.column} ${p.message}`).join('\n'));
  return r.config;
}

/** lintSources over in-memory files with every rule, then suppressions and exceptions. */
export function lintWithControls(files: Record<string, string>, opts: { today?: string; config?: string } = {}): LintResult {
  const today = opts.today ?? '2026-01-15';
  const config = opts.config === undefined ? undefined : configFrom(opts.config);
  const run = lintSources(
    Object.entries(files).map(([p, text]) => ({ path: p, text })),
    { rules: RULES, today, inputs: DEFAULT_INPUTS, facts: config?.facts, phase: config?.phase, severities: config?.severities },
  );
  return applyControls(run, { today, config }).result;
}
