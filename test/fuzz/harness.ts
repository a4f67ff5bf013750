/**
 * The whole pipeline over in-memory files, as the fuzz properties run it: parse →
 * normalize → model → rules (`lintSources`) → in-source suppressions (`applyControls`) →
 * every formatter. `checkRun` states what must hold for any input; a violation throws, so
 * fast-check shrinks the input and prints it with its seed.
 *
 * Size: each property runs `runs(quick, slow)` cases: the quick size in `npm test`, the
 * slow size in `npm run test:slow` (MTLS_LINT_SLOW=1; CI runs both), or `FUZZ_RUNS` when
 * set (`npm run fuzz` sets 100,000).
 */
import { afterAll } from 'vitest';
import { RULES } from '../../rules/index.js';
import { applyControls } from '../../src/engine/controls.js';
import type { LintResult } from '../../src/engine/result.js';
import { FORMAT_NAMES, render, type FormatName } from '../../src/format/index.js';
import { DEFAULT_INPUTS } from '../../src/inputs.js';
import { lintSources, sourceText, type LintRun, type SourceFile } from '../../src/lint.js';
import { LineIndex } from '../../src/parse/line-index.js';
import type { SourceRange } from '../../src/parse/located.js';
import { schemaErrors } from '../format/sarif-check.js';

export const TODAY = '2026-01-15';

/** `npm run test:slow`: the full property sizes and the scaling runs. */
export const SLOW = process.env.MTLS_LINT_SLOW === '1';

/** Cases per property: `FUZZ_RUNS` (npm run fuzz), else the slow or the quick size. */
export function runs(quick: number, slow: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  if (Number.isFinite(n) && n > 0) return Math.floor(n);
  return SLOW ? slow : quick;
}

/** A fixed seed per run when `FUZZ_SEED` is set (to replay a failure); else fast-check picks one. */
export function seedOption(): { seed?: number } {
  const s = Number(process.env.FUZZ_SEED);
  return Number.isFinite(s) && process.env.FUZZ_SEED !== undefined ? { seed: s } : {};
}

/** Per-test vitest timeout: generous for the 100,000-case run. */
export function timeoutFor(cases: number, msPerCase: number): number {
  return Math.max(120_000, cases * msPerCase * 4);
}

/**
 * The time a file may take, proportional to its size: a fixed allowance (GC pauses on a
 * loaded CI machine) plus 20 µs per byte (50 KB/s, ~100× slower than the pipeline runs). A
 * case over it runs again before it counts, so one pause does not fail the run.
 */
export function timeBudgetMs(bytes: number): number {
  return 750 + bytes * 0.02;
}

export interface PipelineOutput {
  run: LintRun;
  result: LintResult;
  outputs: Record<FormatName, string>;
  ms: number;
}

/** Runs the pipeline; exceptions escape (that is what the properties look for). */
export function pipeline(sources: readonly SourceFile[]): PipelineOutput {
  const t0 = performance.now();
  const run = applyControls(lintSources(sources, { today: TODAY, rules: RULES, inputs: DEFAULT_INPUTS }), { today: TODAY });
  const outputs = {} as Record<FormatName, string>;
  for (const f of FORMAT_NAMES) outputs[f] = render(f, run.result, { sarifCategory: 'fuzz' });
  return { run, result: run.result, outputs, ms: performance.now() - t0 };
}

/** The decoded text of a source, as lintSources sees it (for range checks; a prepared file keeps its text only when a later stage reads it). */
function textOf(sources: readonly SourceFile[], file: string): string | undefined {
  const src = sources.find((s) => s.path === file);
  const decoded = src ? sourceText(src) : undefined;
  return decoded?.ok ? decoded.text : undefined;
}

function checkRange(what: string, range: SourceRange, text: string | undefined, lines: LineIndex | undefined): void {
  const { start, end } = range;
  if (!(start.line >= 1 && start.column >= 1 && end.line >= 1 && end.column >= 1)) {
    throw new Error(`${what}: a position before line 1 / column 1: ${JSON.stringify(range)}`);
  }
  if (start.offset > end.offset) throw new Error(`${what}: range ends before it starts: ${JSON.stringify(range)}`);
  if (text !== undefined && lines) {
    if (end.offset > text.length) throw new Error(`${what}: range ends after the end of the file (${text.length}): ${JSON.stringify(range)}`);
    const want = lines.range(start.offset, end.offset);
    if (want.start.line !== start.line || want.start.column !== start.column || want.end.line !== end.line || want.end.column !== end.column) {
      throw new Error(`${what}: line/column do not match the offsets: ${JSON.stringify(range)} vs ${JSON.stringify(want)}`);
    }
  }
}

export interface CheckOptions {
  /** Validate the SARIF log against the SARIF 2.1.0 schema (Ajv). */
  sarif?: boolean;
}

/**
 * What must hold for any input:
 * - no exception (the caller ran `pipeline`), no rule error, no parser "internal error";
 * - every file ends as entries, a located finding, a recognised non-Consul file, or a
 *   skipped file with its reason;
 * - every finding and related location is in a linted file, with a range inside the text
 *   whose line/column match its offsets;
 * - every formatter produced output; the JSON output parses; SARIF is schema-valid.
 */
export function checkRun(sources: readonly SourceFile[], out: PipelineOutput, opts: CheckOptions = {}): void {
  const { run, result, outputs } = out;
  if (result.ruleErrors.length > 0) throw new Error(`rule error: ${JSON.stringify(result.ruleErrors)}`);
  for (const pf of run.parsed) {
    for (const p of pf.result.problems) {
      if (/internal error/i.test(p.message)) throw new Error(`${pf.path}: parser internal error: ${p.message}`);
    }
  }
  const paths = new Set(sources.map((s) => s.path));
  const linesByFile = new Map<string, LineIndex>();
  const linesOf = (file: string): LineIndex | undefined => {
    let l = linesByFile.get(file);
    const text = textOf(sources, file);
    if (!l && text !== undefined) {
      l = new LineIndex(text);
      linesByFile.set(file, l);
    }
    return l;
  };
  const withFindings = new Set<string>();
  for (const f of result.findings) {
    if (/internal error/i.test(f.message)) throw new Error(`internal error reported as a finding: ${f.message}`);
    if (!paths.has(f.location.file)) throw new Error(`finding in a file that was not linted: ${f.location.file}`);
    if (f.message.trim() === '') throw new Error(`finding without a message: ${JSON.stringify(f)}`);
    withFindings.add(f.location.file);
    checkRange(`${f.ruleId} at ${f.location.file}`, f.location.range, textOf(sources, f.location.file), linesOf(f.location.file));
    for (const r of f.related ?? []) {
      if (!paths.has(r.file)) throw new Error(`related location in a file that was not linted: ${r.file}`);
      checkRange(`${f.ruleId} related at ${r.file}`, r.range, textOf(sources, r.file), linesOf(r.file));
    }
  }
  if (result.files.length !== sources.length) {
    throw new Error(`${sources.length} files in, ${result.files.length} file records out`);
  }
  const normalized = new Map(run.normalized.map((n) => [n.path, n]));
  const parsed = new Map(run.parsed.map((p) => [p.path, p]));
  for (const rec of result.files) {
    if (rec.status === 'skipped') {
      if (!rec.reason) throw new Error(`${rec.path}: skipped without a reason`);
      continue;
    }
    if (rec.status === 'not-consul') continue;
    const nf = normalized.get(rec.path);
    const pf = parsed.get(rec.path);
    // A Terraform consul_config_entry whose kind or config_json Terraform computes at plan
    // time (a variable, a function) is recognised and left out, by design (src/model/terraform.ts).
    const planTime = pf?.format === 'terraform' && pf.result.documents.length > 0;
    // A Nomad job read as HCL2 (HCL v1 cannot) is linted for its mesh workloads.
    const workload = run.model.workloads.some((w) => w.at.file === rec.path);
    const accounted =
      rec.entries > 0 || withFindings.has(rec.path) || (nf?.registrations ?? 0) > 0 || (nf?.otherDocuments.length ?? 0) > 0 || planTime || workload;
    if (!accounted) throw new Error(`${rec.path}: linted, but no entries, no finding and nothing recognised`);
  }
  for (const f of FORMAT_NAMES) {
    if (typeof outputs[f] !== 'string') throw new Error(`formatter ${f} returned no text`);
  }
  JSON.parse(outputs.json);
  const sarif = JSON.parse(outputs.sarif) as unknown;
  if (opts.sarif) {
    const errors = schemaErrors(sarif);
    if (errors.length > 0) throw new Error(`SARIF is not schema-valid: ${JSON.stringify(errors.slice(0, 3))}`);
  }
}

/** Figures of one test file's run: cases, time, the slowest file (printed after the tests). */
export class FuzzStats {
  cases = 0;
  files = 0;
  bytes = 0;
  ms = 0;
  slowest: { path: string; bytes: number; ms: number; sample: string } | undefined;
  /** The slowest file relative to its size (ms per KB, files of 1 KB and more). */
  slowestPerKb: { path: string; bytes: number; ms: number; sample: string } | undefined;
  private readonly started = performance.now();

  constructor(readonly name: string) {
    afterAll(() => {
      console.log(this.summary());
    });
  }

  record(sources: readonly SourceFile[], ms: number): void {
    this.cases++;
    this.ms += ms;
    let bytes = 0;
    for (const s of sources) bytes += s.bytes?.length ?? s.text?.length ?? 0;
    this.files += sources.length;
    this.bytes += bytes;
    const first = sources[0];
    const sample = first ? JSON.stringify(first.text ?? Buffer.from(first.bytes ?? []).toString('latin1')).slice(0, 120) : '';
    const path = sources.map((s) => s.path).join(', ');
    if (!this.slowest || ms > this.slowest.ms) this.slowest = { path, bytes, ms, sample };
    if (bytes >= 1024 && (!this.slowestPerKb || ms / bytes > this.slowestPerKb.ms / this.slowestPerKb.bytes)) {
      this.slowestPerKb = { path, bytes, ms, sample };
    }
  }

  summary(): string {
    const wall = (performance.now() - this.started) / 1000;
    const s = this.slowest;
    const k = this.slowestPerKb;
    return [
      `[fuzz] ${this.name}: ${this.cases} cases, ${this.files} files, ${(this.bytes / 1024 / 1024).toFixed(1)} MB in ${wall.toFixed(1)} s (pipeline ${(this.ms / 1000).toFixed(1)} s)`,
      s ? `[fuzz] ${this.name}: slowest file ${s.path} (${s.bytes} bytes) ${s.ms.toFixed(1)} ms: ${s.sample}` : '',
      k ? `[fuzz] ${this.name}: slowest per KB ${k.path} (${k.bytes} bytes) ${k.ms.toFixed(1)} ms = ${((k.ms / k.bytes) * 1024).toFixed(2)} ms/KB` : '',
    ]
      .filter((l) => l !== '')
      .join('\n');
  }
}

/** Runs the pipeline, checks it, checks the time bound, records the figures. */
export function lintAndCheck(stats: FuzzStats, sources: readonly SourceFile[], opts: CheckOptions = {}): PipelineOutput {
  const out = pipeline(sources);
  stats.record(sources, out.ms);
  checkRun(sources, out, opts);
  let bytes = 0;
  for (const s of sources) bytes += s.bytes?.length ?? s.text?.length ?? 0;
  const budget = timeBudgetMs(bytes);
  if (out.ms > budget) {
    // Once more, to tell a GC pause or a busy machine from input that is really slow.
    const again = pipeline(sources);
    if (again.ms > budget) throw new Error(`too slow: ${again.ms.toFixed(0)} ms for ${bytes} bytes (budget ${budget.toFixed(0)} ms)`);
  }
  return out;
}
