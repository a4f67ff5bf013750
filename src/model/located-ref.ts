import type { SourceRange } from '../parse/located.js';

/**
 * Anything a rule can report at: a place in a file plus what it is about. `subject` is
 * line-independent (entry identity and field path), so baselines and fingerprints
 * survive edits that move lines.
 */
export interface Located {
  file: string;
  range: SourceRange;
  subject: string;
}
