/**
 * The formatters by name, all of them at hand (the API and the tests render any format at
 * once), and the `--quiet` view. Formatters read the LintResult only. The command line loads
 * the one it prints instead (./renderer.ts).
 */
import type { LintResult } from '../engine/result.js';
import { formatGithub } from './github.js';
import { formatJson, jsonChunks } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import { textOptions, type FormatName, type RenderOptions } from './renderer.js';

export { FORMAT_NAMES, isFormatName, errorsOnly, type FormatName, type RenderOptions } from './renderer.js';

export function render(format: FormatName, result: LintResult, opts: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(result, textOptions(opts));
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
