import type { SourceFormat, SourceRange } from '../parse/located.js';
import type { Finding, Phase, RuleMeta, SeveritySetting } from './finding.js';

export type FileStatus = 'linted' | 'not-consul' | 'skipped';

export interface FileRecord {
  /** Relative to the working directory, `/` separators. */
  path: string;
  status: FileStatus;
  /** Why a file was skipped (too large, binary, unreadable, outside symlink, …). */
  reason?: string;
  format?: SourceFormat;
  entries: number;
  /**
   * Values that decide an entry's identity but are expressions Terraform computes
   * (`name = var.service`): the entry was compared with no other, and findings that would
   * need the value were not raised.
   */
  notEvaluated?: { field: string; expression: string; range: SourceRange }[];
  /**
   * Entries Consul never writes to any store (`ConfigEntry.notApplied`: a WAN secondary's
   * bootstrap entries): checked as written, compared with no other entry.
   */
  notApplied?: { entry: string; reason: string; range: SourceRange }[];
}

export interface RuleInfo extends RuleMeta {
  /** The severity in force for this run (phase and overrides applied). */
  severity: SeveritySetting;
  /** The rule's documentation page, for SARIF `help` and `--list-rules`. */
  help?: { text: string; markdown: string };
}

export interface LintStats {
  filesConsidered: number;
  filesLinted: number;
  filesNotConsul: number;
  filesSkipped: number;
  skippedReasons: Record<string, number>;
  entries: number;
  errors: number;
  warnings: number;
  notes: number;
  suppressed: number;
}

/** Everything a formatter prints: formatters import nothing else. */
export interface LintResult {
  tool: { name: string; version: string; informationUri: string };
  cwd: string;
  phase: Phase;
  rules: RuleInfo[];
  /** Sorted; suppressed findings included (with `suppressions`). */
  findings: Finding[];
  files: FileRecord[];
  stats: LintStats;
  /** Rules that crashed (an internal error: exit code 2). */
  ruleErrors: { ruleId: string; message: string }[];
}
