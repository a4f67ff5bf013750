/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the diff and in
 * the run summary. Escaped as GitHub's runner reads them (`%`, CR, LF in the message;
 * also `:` and `,` in properties). Suppressed findings are not annotated.
 */
import { INVISIBLE, shownMessage, uEscape } from './words.js';
import type { Finding } from '../engine/finding.js';
import type { LintResult } from '../engine/result.js';
import { summaryLine } from './text.js';

export function escapeData(s: string): string {
  return (
    s
      .replace(/%/g, '%25')
      .replace(/\r/g, '%0D')
      .replace(/\n/g, '%0A')
      // Other control characters (terminal escapes from a file name or key) stay visible as %XX.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
      // C1 controls, bidirectional overrides and zero-width characters are marked, not passed on.
      .replace(/[\u0080-\u009f]/g, uEscape)
      .replace(INVISIBLE, uEscape)
  );
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

function annotation(f: Finding): string {
  const { start, end } = f.location.range;
  // GitHub's end column is inclusive; ours is just past the last character.
  const endColumn = end.line === start.line ? Math.max(start.column, end.column - 1) : Math.max(1, end.column - 1);
  const props = [
    `file=${escapeProperty(f.location.file)}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${Math.max(start.line, end.line)}`,
    `endColumn=${endColumn}`,
    `title=${escapeProperty(f.ruleId)}`,
  ];
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(shownMessage(f))}`;
}

export function formatGithub(result: LintResult): string {
  const lines = result.findings.filter((f) => !f.suppressions?.length).map(annotation);
  for (const e of result.ruleErrors) {
    lines.push(`::error title=${escapeProperty(`mtls-lint internal error in ${e.ruleId}`)}::${escapeData(e.message)}`);
  }
  for (const f of result.files) {
    // Escaped too: a file name with a line break must not start a workflow command of its own.
    if (f.status === 'skipped') lines.push(`mtls-lint: skipped ${escapeData(f.path)}: ${escapeData(f.reason ?? 'not read')}`);
  }
  lines.push(summaryLine(result));
  return lines.join('\n') + '\n';
}
