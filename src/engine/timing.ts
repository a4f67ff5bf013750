/**
 * Where a run's time goes, printed when the `TIMING` environment variable is set (as
 * ESLint's): each stage of the run and each rule. The clock is passed in, so the pipeline
 * itself stays free of the environment.
 */
export interface Timing {
  now(): number;
  /** Milliseconds by stage, in the order the stages first ran. */
  readonly stages: Map<string, number>;
  /** Milliseconds by rule id. */
  readonly rules: Map<string, number>;
}

export function createTiming(now: () => number): Timing {
  return { now, stages: new Map(), rules: new Map() };
}

export function addTime(into: Map<string, number>, key: string, ms: number): void {
  into.set(key, (into.get(key) ?? 0) + ms);
}

/** Runs `fn` and adds its duration to `stage` (just runs it without a timing). */
export function timed<T>(timing: Timing | undefined, stage: string, fn: () => T): T {
  if (!timing) return fn();
  const t0 = timing.now();
  try {
    return fn();
  } finally {
    addTime(timing.stages, stage, timing.now() - t0);
  }
}

export async function timedAsync<T>(timing: Timing | undefined, stage: string, fn: () => Promise<T>): Promise<T> {
  if (!timing) return fn();
  const t0 = timing.now();
  try {
    return await fn();
  } finally {
    addTime(timing.stages, stage, timing.now() - t0);
  }
}

const MINIMUM_RULES = 10;

/**
 * How many rules `TIMING` asks to list, as ESLint reads it: `all`, a number above 10, else
 * 10. Undefined when `TIMING` is unset or empty (no timing).
 */
export function timingListSize(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
  const n = Number.parseInt(value, 10);
  return n > MINIMUM_RULES ? n : MINIMUM_RULES;
}

/** The stages in run order and the slowest rules (when rules ran), as tables in ESLint's layout. */
export function formatTiming(timing: Timing, ruleCount: number): string {
  const stages = [...timing.stages];
  const rules = [...timing.rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const stageTable = table('Stage', stages, sum(stages));
  return rules.length === 0 ? stageTable : `${stageTable}\n${table('Rule', rules.slice(0, ruleCount), sum(rules))}`;
}

function sum(rows: [string, number][]): number {
  return rows.reduce((n, [, ms]) => n + ms, 0);
}

/** Relative to `total`: a rule's share of all rules, listed or not. */
function table(title: string, rows: [string, number][], total: number): string {
  const cells = rows.map(([name, ms]) => [name, ms.toFixed(3), `${total > 0 ? ((ms * 100) / total).toFixed(1) : '0.0'}%`]);
  const header = [title, 'Time (ms)', 'Relative'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `${c[0]!.padEnd(widths[0]!)} | ${c[1]!.padStart(widths[1]!)} | ${c[2]!.padStart(widths[2]!)}`;
  const rule = `:${'-'.repeat(widths[0]!)}|${'-'.repeat(widths[1]! + 1)}:|${'-'.repeat(widths[2]!)}:`;
  return [line(header), rule, ...cells.map(line)].join('\n') + '\n';
}
