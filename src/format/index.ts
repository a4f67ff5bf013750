/**
 * The formatters by name, and the `--quiet` view. Formatters read the LintResult only.
 */
import type { LintResult } from '../engine/result.js';
import { formatGithub } from './github.js';
import { formatJson, jsonChunks } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const FORMAT_NAMES = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(s: string): s is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(s);
}

export interface RenderOptions {
  /** Text only: ANSI colours. */
  color?: boolean;
  /** SARIF only: `runAutomationDetails.id`. */
  sarifCategory?: string;
  /** Text only: show suppressed findings too (`--include-suppressed`). */
  includeSuppressed?: boolean;
  /** Text only: the terminal layout at this width (a TTY, or `--verbose`). */
  expandedWidth?: number;
}

export function render(format: FormatName, result: LintResult, opts: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(result, {
        color: opts.color ?? false,
        includeSuppressed: opts.includeSuppressed,
        ...(opts.expandedWidth !== undefined ? { expanded: { width: opts.expandedWidth } } : {}),
      });
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, { category: opts.sarifCategory });
    case 'github':
      return formatGithub(result);
    case 'markdown':
      return formatMarkdown(result);
  }
}

/**
 * `render` in pieces whose concatenation is its text: the JSON report is made a file record or
 * finding at a time (a large repository's report is never one string); the others are one piece.
 */
export function renderChunks(format: FormatName, result: LintResult, opts: RenderOptions = {}): Iterable<string> {
  return format === 'json' ? jsonChunks(result) : [render(format, result, opts)];
}

/**
 * `--quiet`: errors only, as ESLint's `--quiet`. Warnings and notes are left out of the
 * report and of its counts; the exit code is still computed from the full result.
 */
export function errorsOnly(result: LintResult): LintResult {
  const findings = result.findings.filter((f) => f.severity === 'error');
  const suppressed = findings.filter((f) => f.suppressions?.length).length;
  return {
    ...result,
    findings,
    stats: { ...result.stats, warnings: 0, notes: 0, suppressed },
  };
}
