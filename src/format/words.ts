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

/** Control characters other than tab and line feed written as `\uXXXX`, so none reaches a terminal. */
export function escapeControls(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
