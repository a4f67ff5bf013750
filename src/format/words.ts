/** Small pieces of wording the formatters and the status report share. */

/** A finding's message as shown, with the named file that causes it when it lies in another file. */
export function shownMessage(f: { message: string; causedBy?: string }): string {
  return f.causedBy ? `${f.message} (reported because ${f.causedBy}, named on the command line, causes it)` : f.message;
}

/** `1 file`, `2 files`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Text that comes from files (paths, keys, values in messages) on one line and without
 * control characters: line breaks would let a file name or key write its own `::command::`
 * line into a CI log, and escape sequences would reach the terminal.
 */
export function oneLine(s: string): string {
  return escapeControls(s.replace(/\s*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' ')).trim();
}

/**
 * Characters that change how text around them reads without being seen (Trojan Source,
 * CVE-2021-42574): bidirectional embeddings, overrides and isolates, the Arabic letter mark,
 * zero-width spaces and joiners, invisible operators, the byte-order mark.
 */
export const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `\uXXXX` for a character: visible, and never read as the character itself. */
export function uEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Invisible and bidirectional characters written as `\uXXXX` (for formats that keep other text as is). */
export function markInvisible(s: string): string {
  return s.replace(INVISIBLE, uEscape);
}

/**
 * Control characters other than tab and line feed, and invisible or bidirectional characters,
 * written as `\uXXXX`: none reaches a terminal, and none reorders what a reviewer reads.
 */
export function escapeControls(s: string): string {
  return markInvisible(s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, uEscape));
}
