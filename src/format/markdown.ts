/**
 * A Markdown summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment: counts, one
 * table row per finding (rule linked to its page), then suppressed findings and skipped
 * files folded away. GitHub limits a step summary to 1 MiB, so long tables are cut.
 */
import type { Finding } from '../engine/finding.js';
import type { LintResult } from '../engine/result.js';
import { ruleHelpUri } from './links.js';
import { gfmCode, gfmText } from './gfm.js';
import { plural, shownMessage } from './words.js';

export interface MarkdownOptions {
  /** Rows in the findings table before it is cut (default 500). */
  maxRows?: number;
}

const ICON = { error: '🔴', warning: '🟡', note: '🔵' } as const;

/** A table cell of repository text: rendered as the text it is (src/format/gfm.ts). */
export function cell(s: string): string {
  return gfmText(s);
}

function code(s: string): string {
  return gfmCode(s);
}

function ruleLink(result: LintResult, id: string): string {
  const rule = result.rules.find((r) => r.id === id);
  return rule ? `[${id}](${ruleHelpUri(result.tool, rule)})` : code(id);
}

function where(f: Finding): string {
  return code(`${f.location.file}:${f.location.range.start.line}:${f.location.range.start.column}`);
}

export function formatMarkdown(result: LintResult, opts: MarkdownOptions = {}): string {
  const maxRows = opts.maxRows ?? 500;
  const s = result.stats;
  const active = result.findings.filter((f) => !f.suppressions?.length);
  const suppressed = result.findings.filter((f) => f.suppressions?.length);
  const out: string[] = [];
  const verdict = s.errors > 0 ? '❌' : s.warnings + s.notes > 0 ? '⚠️' : '✅';
  out.push(`### ${verdict} mtls-lint: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}`);
  out.push('');
  out.push('| Errors | Warnings | Notes | Suppressed | Files linted | Entries | Skipped files |');
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  out.push(`| ${s.errors} | ${s.warnings} | ${s.notes} | ${s.suppressed} | ${s.filesLinted} | ${s.entries} | ${s.filesSkipped} |`);
  out.push('');
  if (result.ruleErrors.length > 0) {
    out.push(`> [!CAUTION]`);
    out.push(`> ${plural(result.ruleErrors.length, 'rule')} failed with an internal error; their findings are missing:`);
    for (const e of result.ruleErrors) out.push(`> - ${code(e.ruleId)}: ${cell(e.message)}`);
    out.push('');
  }
  if (active.length > 0) {
    out.push('| Severity | Rule | Location | Message |');
    out.push('| --- | --- | --- | --- |');
    for (const f of active.slice(0, maxRows)) {
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${ruleLink(result, f.ruleId)} | ${where(f)} | ${cell(shownMessage(f))} |`);
    }
    if (active.length > maxRows) {
      out.push('');
      out.push(`… and ${plural(active.length - maxRows, 'more finding')} (see the SARIF or JSON report).`);
    }
    out.push('');
  }
  if (suppressed.length > 0) {
    out.push(`<details><summary>${plural(suppressed.length, 'suppressed finding')}</summary>`);
    out.push('');
    out.push('| Rule | Location | Message | Justification |');
    out.push('| --- | --- | --- | --- |');
    for (const f of suppressed.slice(0, maxRows)) {
      const why = f.suppressions!.map((x) => `${x.kind === 'inSource' ? 'in source' : 'config'}: ${x.justification}`).join('\n');
      out.push(`| ${ruleLink(result, f.ruleId)} | ${where(f)} | ${cell(f.message)} | ${cell(why)} |`);
    }
    out.push('');
    out.push('</details>');
    out.push('');
  }
  const skipped = result.files.filter((f) => f.status === 'skipped');
  if (skipped.length > 0) {
    out.push(`<details><summary>${plural(skipped.length, 'file')} skipped</summary>`);
    out.push('');
    out.push('| File | Reason |');
    out.push('| --- | --- |');
    for (const f of skipped.slice(0, maxRows)) out.push(`| ${code(f.path)} | ${cell(f.reason ?? 'not read')} |`);
    out.push('');
    out.push('</details>');
    out.push('');
  }
  out.push(
    `<sub>${plural(s.filesLinted, 'file')} linted, ${plural(s.filesNotConsul, 'file')} not Consul config · phase ${code(result.phase)} · [${result.tool.name}](${result.tool.informationUri}) ${result.tool.version}</sub>`,
  );
  return out.join('\n') + '\n';
}
