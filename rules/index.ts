/** The one list of rules: the CLI, the docs and SARIF's rule metadata all come from here. */
import type { Rule } from '../src/engine/rule.js';
import parseError from './parse-error.js';

export const RULES: readonly Rule[] = [parseError];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
