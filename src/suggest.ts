/** "Did you mean …?" for config keys, enum values and rule ids. */

/** Damerau–Levenshtein (optimal string alignment) distance. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) d[0]![j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

/** The nearest candidate (case-insensitive, `_`/`-` ignored) when it is near enough to be a typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[_-]/g, '');
  const a = norm(input);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === input) continue;
    // The distance is at least the difference in length: skip what cannot be near enough
    // (a 1 MB word in a comment would otherwise cost a 1M × n table per candidate).
    const len = Math.max(a.length, norm(c).length);
    if (Math.abs(a.length - norm(c).length) > (len <= 4 ? 1 : len <= 8 ? 2 : Math.floor(len / 3)) && !norm(c).startsWith(a)) continue;
    const d = norm(c) === a ? 0 : editDistance(a, norm(c));
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  // A prefix of one candidate (`warn` for `warning`) is a likely abbreviation.
  if (a.length >= 3) {
    const prefixed = candidates.filter((c) => norm(c).startsWith(a));
    if (prefixed.length === 1 && bestD > 0) return prefixed[0];
  }
  const len = Math.max(a.length, norm(best).length);
  const limit = len <= 4 ? 1 : len <= 8 ? 2 : Math.floor(len / 3);
  return bestD <= limit ? best : undefined;
}

export function suggestion(input: string, candidates: readonly string[]): string {
  const s = didYouMean(input, candidates);
  return s ? ` (did you mean "${s}"?)` : '';
}

/** Items as a sentence list: `a`, `a and b`, `a, b and c`. */
export function joinList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
