/**
 * One copy of each short string the parsers keep: a repository repeats the same keys and
 * values (`Kind`, `Name`, `allow`, `http`) in every file, and each parse makes a new string
 * for each occurrence. Bounded, so a hostile repository cannot grow it without end.
 */
const TABLE = new Map<string, string>();
const MAX_ENTRIES = 100_000;
const MAX_LENGTH = 64;

export function intern(s: string): string {
  if (s.length > MAX_LENGTH) return s;
  const t = TABLE.get(s);
  if (t !== undefined) return t;
  if (TABLE.size < MAX_ENTRIES) TABLE.set(s, s);
  return s;
}
