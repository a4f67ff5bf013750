/**
 * The report formats by name, and the formatter a report names loaded when the report is
 * written: a run compiles the one it prints, not SARIF's, Markdown's and the others'.
 */
import type { LintResult } from '../engine/result.js';
import type { TextOptions } from './text.js';

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

export function textOptions(opts: RenderOptions): TextOptions {
  return {
    color: opts.color ?? false,
    includeSuppressed: opts.includeSuppressed,
    ...(opts.expandedWidth !== undefined ? { expanded: { width: opts.expandedWidth } } : {}),
  };
}

/**
 * A report in pieces whose concatenation is its text: the JSON report is made a file record or
 * finding at a time (a large repository's report is never one string); the others are one piece.
 */
export type Renderer = (result: LintResult, opts: RenderOptions) => Iterable<string>;

export async function loadRenderer(format: FormatName): Promise<Renderer> {
  switch (format) {
    case 'text': {
      const { formatText } = await import('./text.js');
      return (result, opts) => [formatText(result, textOptions(opts))];
    }
    case 'json': {
      const { jsonChunks } = await import('./json.js');
      return (result) => jsonChunks(result);
    }
    case 'sarif': {
      const { formatSarif } = await import('./sarif.js');
      return (result, opts) => [formatSarif(result, { category: opts.sarifCategory })];
    }
    case 'github': {
      const { formatGithub } = await import('./github.js');
      return (result) => [formatGithub(result)];
    }
    case 'markdown': {
      const { formatMarkdown } = await import('./markdown.js');
      return (result) => [formatMarkdown(result)];
    }
  }
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
