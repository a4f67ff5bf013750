import type { SourceRange } from '../parse/located.js';

export type Severity = 'error' | 'warning' | 'note';
export type SeveritySetting = Severity | 'off';
export type Phase = 'onboarding' | 'enforce';
export type RuleCategory = 'correctness' | 'security' | 'hygiene';

/** A place in a repository file: `file` is repository-relative with `/` separators. */
export interface Location {
  file: string;
  range: SourceRange;
}

export interface RelatedLocation extends Location {
  message: string;
}

/** Why a finding does not count: an inline comment / object annotation, or a config exception. */
export interface Suppression {
  kind: 'inSource' | 'external';
  justification: string;
  /** Where the directive or exception is written, when it has a place. */
  location?: Location;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  related: RelatedLocation[];
  /**
   * What the finding is about, independent of line numbers: the entry identity
   * (`kind/partition/namespace/name`) and the field path, or the file for file-level
   * findings. Baselines and SARIF fingerprints are computed from it.
   */
  subject: string;
  suppressions?: Suppression[];
  /**
   * With files named (pre-commit), a finding in another file that a named file causes (one of
   * its related locations is there: a staged mesh entry that no longer allows permissive mode):
   * that named file. Kept apart from the message, which baselines and fingerprints read.
   */
  causedBy?: string;
  /** A safe edit that resolves the finding (`--fix`): the written `from` at `[start, end)` of `file` becomes `to`. */
  fix?: Fix;
}

/**
 * An edit of the source text as a rule can state it exactly: at `[start, end)` of `file`
 * (offsets in the text as read, BOM removed) the text reads `from` — bare, or inside double
 * or single quotes — and becomes `to`, quotes kept. A fix whose text does not read so when it
 * is applied (an expression, an escaped string) is not made.
 */
export interface Fix {
  file: string;
  start: number;
  end: number;
  from: string;
  to: string;
  /** What it does, for lists and SARIF: `rename "Protcol" to "Protocol"`. */
  description: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  category: RuleCategory;
  defaultSeverity: SeveritySetting;
  /** Severity under `--phase enforce`, when it differs from the default. */
  enforceSeverity?: SeveritySetting;
  /** 0.0–10.0 for GitHub code scanning; set on security rules. */
  securitySeverity?: number;
  /** Repository-relative path of the rule's documentation page, e.g. `rules/parse-error.md`. */
  docsUrl: string;
  /** Some of its findings carry a safe edit (`--fix`). */
  fixable?: boolean;
}

export function compareLocations(a: Location, b: Location): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    a.range.end.line - b.range.end.line ||
    a.range.end.column - b.range.end.column
  );
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLocations(a.location, b.location) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
