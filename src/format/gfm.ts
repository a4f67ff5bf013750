/**
 * Repository text in GitHub-flavoured Markdown (the job summary, `--format markdown`,
 * `status --format markdown`). A file name, key or service name comes from the pull request:
 * it must render as the text it is — no link, image, mention, emphasis, HTML element or table
 * cell of its own, no invisible or bidirectional character.
 */
import { escapeControls } from './words.js';

/** Line breaks of any kind (a lone CR included). */
const BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Inline text: HTML special characters as entities, the Markdown punctuation that starts
 * markup backslash-escaped (`[` `]` `!` of links and images, emphasis, code, headings,
 * strikethrough, table pipes; parentheses and braces mean nothing alone), `@name` kept from
 * becoming a mention, controls and invisible characters as `\uXXXX`. Line breaks become
 * `<br>` (our own markup), or a space with `breaks: 'space'`.
 */
export function gfmText(s: string, breaks: 'br' | 'space' = 'br'): string {
  const lines = s.split(BREAKS).map((line) =>
    escapeControls(line)
      .replace(/[\\`*_[\]!#~|]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // GitHub links `@name` in text, even escaped; not inside a code span.
      .replace(/@(?=[A-Za-z0-9])/g, '`@`'),
  );
  return lines.join(breaks === 'br' ? '<br>' : ' ');
}

/** A code span holding `s` literally, whatever backticks it holds; safe in a table cell. */
export function gfmCode(s: string): string {
  const t = escapeControls(s.replace(BREAKS, ' '));
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || t.startsWith(' ') || t.endsWith(' ') ? ' ' : '';
  // A pipe ends a table cell even in a code span (GFM tables are split first).
  return `${fence}${pad}${t}${pad}${fence}`.replace(/\|/g, '\\|');
}
