import type { MeshModel } from '../model/mesh.js';
import type { Located } from '../model/located-ref.js';
import type { NormalizedFile } from '../model/normalize.js';
import type { Phase, RuleMeta } from './finding.js';

export interface ReportDescriptor {
  /** Where: a field, an entry, or any located thing. */
  at: Located;
  message: string;
  related?: { at: Located; message: string }[];
  /** The finding's case is less grave than the rule's usual one: its severity is at most this. */
  atMost?: 'note' | 'warning';
  /** A safe edit at `at`: the written word `from` there becomes `to` (Finding.fix). Only for rules whose meta says `fixable`. */
  fix?: { from: string; to: string; description: string };
}

export interface RuleContext {
  model: MeshModel;
  /** Per-file normalization results: file-level problems (parse errors) live here. */
  files: readonly NormalizedFile[];
  phase: Phase;
  /** The date `permissive-until` deadlines and exception expiries are compared with (YYYY-MM-DD). */
  today: string;
  report(d: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
