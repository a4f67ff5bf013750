/**
 * The pipeline over in-memory files: parse → normalize → model → rules. Pure: no file
 * system, no clock, no environment. `index.ts` feeds it from disk.
 */
import { compareFindings, type Finding, type Phase, type SeveritySetting } from './engine/finding.js';
import type { FileRecord, LintResult, RuleInfo } from './engine/result.js';
import type { Rule } from './engine/rule.js';
import { effectiveSeverity, limitPerRuleAndFile, runRules } from './engine/run.js';
import { MeshModel } from './model/mesh.js';
import type { ConfigEntry } from './model/entries.js';
import { normalizeFile, type NormalizedFile } from './model/normalize.js';
import type { ScopeHint } from './model/scope.js';
import type { ClusterFacts, Workload } from './model/workloads.js';
import { compactParseResult } from './parse/compact.js';
import { isNomadJob } from './model/nomad.js';
import { isDirectiveComment } from './engine/suppress.js';
import { decodeText, parseText, type DecodedText, type ParsedFile } from './parse/index.js';
import { timed, type Timing } from './engine/timing.js';
import { NotLoaded } from './lazy.js';
import { TOOL } from './version.js';
import { buildOverlays, builtFiles, isKustomization, type BuiltFile } from './kustomize/index.js';
import { identityOf, planTargets, providerMatches, type DeclaredTarget, type Target, type TargetFileInfo } from './targets/index.js';

export interface SourceFile {
  /** Relative path, `/` separators. */
  path: string;
  bytes?: Uint8Array;
  text?: string;
  /** Set when the file was not read (too large, unreadable…): it is counted as skipped. */
  skipReason?: string;
}

/** What an input may know about the run besides the files. */
export interface InputContext {
  /** Partition/namespace/datacenter for a file, from the config's `scopes`. */
  scopeOf?: (path: string) => ScopeHint;
  /** Filled by inputs: the files they read consul Helm values from. */
  helmFiles?: Set<string>;
}

/** Inputs beyond config entries (Kubernetes workloads, Helm values) plug in here. */
export interface ModelInput {
  /**
   * Called once with every parsed and normalized file; returns the workloads it found. It
   * may add file issues (e.g. malformed annotations) to `normalized` and mark a file it reads
   * as Consul-related (`consulLike`).
   */
  collect(parsed: readonly ParsedFile[], normalized: NormalizedFile[], ctx: InputContext): Workload[];
}

export interface LintOptions {
  phase?: Phase;
  /** YYYY-MM-DD; deadlines are compared with it. */
  today: string;
  rules: readonly Rule[];
  severities?: ReadonlyMap<string, SeveritySetting>;
  /** Partition/namespace/datacenter for a file, from the config's `scopes`. */
  scopeOf?: (path: string) => ScopeHint;
  facts?: ReadonlyMap<string, ClusterFacts>;
  inputs?: readonly ModelInput[];
  /**
   * Rule documentation by rule id, for formatters; or the function that reads it, called when
   * a rule's `help` is first read (only the SARIF report reads it: a run printing text reads
   * no rule page).
   */
  docs?: ReadonlyMap<string, RuleHelp> | (() => ReadonlyMap<string, RuleHelp>);
  cwd?: string;
  /** Set: the time of each stage and rule is added to it (`TIMING`). */
  timing?: Timing;
  /** `targets:` of the config; none: targets are inferred (src/targets/). */
  targets?: readonly DeclaredTarget[];
}

/** One deployment target and the mesh model of what it holds. */
export interface TargetRun {
  target: Target;
  model: MeshModel;
}

export interface LintRun {
  result: LintResult;
  /** Every entry and workload of the run, whatever its target (inventories, controls). */
  model: MeshModel;
  /** The model of each deployment target: cross-file rules see one at a time. */
  targets: TargetRun[];
  parsed: ParsedFile[];
  normalized: NormalizedFile[];
}

/** One source file decoded, parsed and normalized, or the reason it was skipped. */
export type PreparedSource =
  | { path: string; skipReason: string }
  | { path: string; skipReason?: undefined; parsed: ParsedFile; normalized: NormalizedFile };

/**
 * The per-file stage of `lintSources`: decode, parse, normalize. Independent of the other
 * files, so a caller may run it as each file is read (and let the bytes go).
 */
export function prepareSource(src: SourceFile, scopeOf?: (path: string) => ScopeHint, timing?: Timing): PreparedSource {
  const dec = sourceText(src);
  if (!dec.ok) return { path: src.path, skipReason: dec.reason };
  return prepareText(src.path, dec, scopeOf, timing);
}

/** A source file's text as the parsers read it (BOM removed), or why it is skipped. */
export function sourceText(src: SourceFile): DecodedText {
  if (src.skipReason) return { ok: false, reason: src.skipReason };
  if (src.text === undefined) return decodeText(src.bytes ?? new Uint8Array());
  const hadBom = src.text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? src.text.slice(1) : src.text, hadBom, encoding: 'utf-8' };
}

/** Parse and normalize a decoded text (`prepareSource` after `sourceText`). */
export function prepareText(
  path: string,
  { text, hadBom, encoding }: { text: string; hadBom: boolean; encoding: string },
  scopeOf?: (path: string) => ScopeHint,
  timing?: Timing,
): PreparedSource {
  const parsed = timed(timing, 'parse', () => parseText(path, text, hadBom, encoding));
  let normalized: NormalizedFile;
  try {
    normalized = timed(timing, 'normalize', () => {
      compactParseResult(parsed.result);
      // Kept until the rules run: only the comments they read (a repository's other comments are many).
      if (!parsed.result.comments.every((c) => isDirectiveComment(c.text))) parsed.result.comments = parsed.result.comments.filter((c) => isDirectiveComment(c.text));
      return normalizeFile(parsed, scopeOf?.(path) ?? {});
    });
  } catch (err) {
    // Not a defect: the caller loads the part and prepares the file again (src/lazy.ts).
    if (err instanceof NotLoaded) throw err;
    // A defect, not the file's fault: this file gets a finding, the others keep theirs.
    const message = `internal error while reading this file (please report it): ${err instanceof Error ? err.message : String(err)}`;
    normalized = {
      path: path,
      entries: [],
      registrations: 0,
      otherDocuments: [],
      consulLike: true,
      issues: [{ ruleId: 'parse-error', message, range: parsed.lines.range(0, 0), subject: `${path}#internal-error` }],
    };
  }
  trimPrepared(parsed, normalized);
  return { path: path, parsed, normalized };
}

/**
 * One frozen empty list for every prepared file without comments, problems or other documents
 * (most files): these lists are only read after this stage, and an empty list each is kept
 * for the whole run. Frozen, so a later write would fail loudly rather than reach other files.
 */
const NONE = Object.freeze([]) as unknown as never[];

function shareEmptyLists(parsed: ParsedFile, normalized: NormalizedFile): void {
  const r = parsed.result;
  if (r.comments.length === 0) r.comments = NONE;
  if (r.problems.length === 0) r.problems = NONE;
  if (normalized.otherDocuments.length === 0) normalized.otherDocuments = NONE;
  // An exact-size copy: normalizing pushes entries, and V8 gives a first push room for 17.
  if (normalized.entries.length > 0) normalized.entries = normalized.entries.slice();
}

/** What a prepared file keeps until the end of the run is what the later stages read (also after a cache restore). */
export function trimPrepared(parsed: ParsedFile, normalized: NormalizedFile): void {
  releaseText(parsed);
  shareEmptyLists(parsed, normalized);
}

/**
 * Lets a prepared file's text go unless a later stage reads it: a Nomad job (its HCL2 reading,
 * and whether an HCL file is one: a file without its text is not), ECS modules and deployment
 * targets (Terraform), a kustomization's inline patches. Ranges need only the line index; a
 * repository's text would be kept whole.
 */
function releaseText(parsed: ParsedFile): void {
  if (parsed.format === 'terraform' || isNomadJob(parsed)) return;
  if (isKustomization(parsed.path)) return;
  parsed.text = undefined;
}

export function lintSources(sources: readonly SourceFile[], opts: LintOptions): LintRun {
  // lintPrepared sorts by path.
  return lintPrepared(
    sources.map((s) => prepareSource(s, opts.scopeOf, opts.timing)),
    opts,
  );
}

/** `lintSources` over files already prepared (`prepareSource`, with the same `scopeOf`). */
export function lintPrepared(prepared: readonly PreparedSource[], opts: LintOptions): LintRun {
  const phase = opts.phase ?? 'onboarding';
  const records: FileRecord[] = [];
  const parsed: ParsedFile[] = [];
  const normalized: NormalizedFile[] = [];
  const sorted = [...prepared].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const p of sorted) {
    if (p.skipReason !== undefined) {
      records.push({ path: p.path, status: 'skipped', reason: p.skipReason, entries: 0 });
      continue;
    }
    parsed.push(p.parsed);
    normalized.push(p.normalized);
  }

  const workloads: Workload[] = [];
  const helmFiles = new Set<string>();
  // The entries as normalized, before inputs rewrite them (Helm values decide CRD namespaces):
  // a target that holds only some of the values files is read again from these.
  const asNormalized: ConfigEntry[][] = normalized.map((n) => n.entries);
  /** Inputs that threw: reported like a rule that threw (exit 2), the rest of the run goes on. */
  const inputErrors: LintResult['ruleErrors'] = [];
  timed(opts.timing, 'inputs', () =>
    (opts.inputs ?? []).forEach((input, i) => {
      try {
        workloads.push(...input.collect(parsed, normalized, { scopeOf: opts.scopeOf, helmFiles }));
      } catch (err) {
        inputErrors.push({ ruleId: `input #${i + 1}`, message: err instanceof Error ? err.message : String(err) });
      }
    }),
  );

  // A manifest counts as linted when a pod of it is in the mesh (unrelated Deployments do not).
  const workloadFiles = new Set(workloads.filter((w) => w.injected).map((w) => w.at.file));
  normalized.forEach((nf, i) => {
    const pf = parsed[i]!;
    const used = nf.consulLike || workloadFiles.has(nf.path);
    const notEvaluated = nf.entries
      .flatMap((e) => [...e.notEvaluated, ...e.computedFields].map((n) => ({ field: n.field, expression: n.expression, range: n.range })))
      .sort((a, b) => a.range.start.offset - b.range.start.offset);
    const notApplied = nf.entries.flatMap((e) => (e.notApplied === undefined ? [] : [{ entry: e.label, reason: e.notApplied, range: e.kindAt.range }]));
    records.push({
      path: nf.path,
      status: used ? 'linted' : 'not-consul',
      format: pf.format,
      entries: nf.entries.length,
      ...(notEvaluated.length > 0 ? { notEvaluated } : {}),
      ...(notApplied.length > 0 ? { notApplied } : {}),
    });
  });
  records.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const entries = normalized.flatMap((n) => n.entries);
  const model = timed(opts.timing, 'model', () => new MeshModel(entries, workloads, opts.facts ?? new Map()));
  const targets = timed(opts.timing, 'model', () => modelsByTarget(parsed, normalized, workloads, opts, { helmFiles, asNormalized }));
  const findings: Finding[] = [];
  const ruleErrors: LintResult['ruleErrors'] = [];
  const seen = new Set<string>();
  timed(opts.timing, 'rules', () => {
    for (const t of targets) {
      const files = new Set(t.target.files);
      const run = runRules(
        opts.rules,
        t.model,
        normalized.filter((n) => files.has(n.path)),
        { phase, today: opts.today, severities: opts.severities, timing: opts.timing },
      );
      // A file shared by several targets gives its file-level findings once, and a note once
      // at a place whatever each target says there (a file shared by two variant targets, also
      // defined in a guessed sibling of each, is one hint, not one per variant). One target's
      // findings are distinct already (runRules): a key each for 100,000 files is garbage.
      if (targets.length === 1) for (const f of run.findings) findings.push(f);
      else for (const f of run.findings) {
        const key = `${f.ruleId}\u0000${f.location.file}\u0000${f.location.range.start.offset}\u0000${f.location.range.end.offset}\u0000${f.severity === 'note' ? '' : f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(f);
      }
      for (const e of run.ruleErrors) if (!ruleErrors.some((x) => x.ruleId === e.ruleId && x.message === e.message)) ruleErrors.push(e);
    }
  });

  const docs = readOnce(opts.docs);
  const rules: RuleInfo[] = opts.rules
    .map((r) =>
      withHelp(
        {
          ...r.meta,
          severity: effectiveSeverity(r.meta, { phase, today: opts.today, severities: opts.severities }),
        },
        docs,
      ),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    result: buildResult(records, targets.length > 1 ? limitPerRuleAndFile(findings) : findings, rules, [...inputErrors, ...ruleErrors], entries.length, phase, opts.cwd ?? '.'),
    model,
    targets,
    parsed,
    normalized,
  };
}

type RuleHelp = { text: string; markdown: string };

function readOnce(docs: LintOptions['docs']): LintOptions['docs'] {
  if (typeof docs !== 'function') return docs;
  let read: ReadonlyMap<string, RuleHelp> | undefined;
  return () => (read ??= docs());
}

/**
 * The rule's `help` (its documentation page), an enumerable property as any other, read from
 * `docs` when it is first read and kept then.
 */
function withHelp(info: Omit<RuleInfo, 'help'>, docs: LintOptions['docs']): RuleInfo {
  if (typeof docs !== 'function') return { ...info, help: docs?.get(info.id) };
  return Object.defineProperty(info as RuleInfo, 'help', {
    enumerable: true,
    configurable: true,
    get(this: RuleInfo) {
      const help = docs().get(info.id);
      Object.defineProperty(this, 'help', { value: help, enumerable: true, configurable: true, writable: true });
      return help;
    },
  });
}

const NO_STRINGS: ReadonlySet<string> = new Set<string>();

/**
 * A set of the values; one shared empty set for the many files with none, and a set of one
 * value without a hash table for the many with one (a `Set` each is a table each: 100,000
 * files made tens of megabytes while targets are planned).
 */
function setOf(values: readonly string[]): ReadonlySet<string> {
  if (values.length === 0) return NO_STRINGS;
  return values.length === 1 ? new OneValueSet(values[0]!) : new Set(values);
}

/** A read-only set of exactly one value. */
export class OneValueSet implements ReadonlySet<string> {
  constructor(private readonly value: string) {}

  get size(): number {
    return 1;
  }

  has(v: string): boolean {
    return v === this.value;
  }

  forEach(cb: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    cb.call(thisArg, this.value, this.value, this);
  }

  *values(): SetIterator<string> {
    yield this.value;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    yield [this.value, this.value];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

/**
 * One set for each distinct content: a repository's files hold a few combinations of entry
 * kinds, and a set each for 100,000 files was tens of megabytes while targets are planned.
 */
export class SharedSets {
  private readonly byKey = new Map<string, ReadonlySet<string>>();

  of(values: readonly string[]): ReadonlySet<string> {
    if (values.length === 0) return NO_STRINGS;
    const key = JSON.stringify(values.length === 1 ? values : [...new Set(values)].sort());
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set(values)));
    return set;
  }
}

/** The deployment targets of the files and a mesh model for each (src/targets/). */
function modelsByTarget(
  parsed: readonly ParsedFile[],
  normalized: readonly NormalizedFile[],
  workloads: readonly Workload[],
  opts: LintOptions,
  pass1: { helmFiles: ReadonlySet<string>; asNormalized: readonly ConfigEntry[][] },
): TargetRun[] {
  const workloadFiles = new Set(workloads.filter((w) => w.injected).map((w) => w.at.file));
  const kindSets = new SharedSets();
  const infos: TargetFileInfo[] = normalized.map((nf, i) => {
    const pf = parsed[i]!;
    return {
      path: nf.path,
      meshContent: nf.consulLike || workloadFiles.has(nf.path),
      kinds: kindSets.of(nf.entries.map((e) => e.kind)),
      identities: setOf(nf.entries.flatMap((e) => identityOf(e) ?? [])),
      terraformText: pf.format === 'terraform' ? pf.text : undefined,
      providers: setOf(nf.entries.filter((e) => e.origin === 'terraform').map((e) => e.provider ?? '')),
    };
  });
  const entriesByFile = new Map<string, ConfigEntry[]>();
  for (const nf of normalized) entriesByFile.set(nf.path, nf.entries);
  const byPath = new Map<string, ParsedFile>();
  const indexOf = new Map<string, number>();
  parsed.forEach((p, i) => {
    byPath.set(p.path, p);
    indexOf.set(p.path, i);
  });
  const overlays = buildOverlays(byPath);
  // A patch is part of its overlay's resources, never an entry of its own (nor a duplicate of its base).
  const patchFiles = new Set(overlays.flatMap((o) => o.patchFiles));
  for (const f of patchFiles) entriesByFile.set(f, []);
  // Declared targets say what is applied together; overlays are inferred as targets only without them.
  const plan = planTargets(infos, opts.targets, overlays);
  /** A file as the inputs first saw it: its entries before Helm values rewrote them, in a copy the inputs may mark. */
  const fresh = (path: string): BuiltFile => {
    const i = indexOf.get(path)!;
    return { parsed: parsed[i]!, normalized: { ...normalized[i]!, issues: [], entries: [...pass1.asNormalized[i]!] } };
  };
  // Helm values outside every overlay still configure the clusters the overlays go to.
  let context: BuiltFile[] | undefined;
  const inOverlays = new Set(overlays.flatMap((o) => o.files));
  const helmContext = () => (context ??= [...pass1.helmFiles].filter((f) => !inOverlays.has(f)).sort().map(fresh));
  return plan.targets.map((target) => {
    const files = new Set(target.files);
    // An inferred overlay target is its overlay; a declared target holds the overlays whose kustomization it holds.
    const own = overlays.filter((o) => (target.overlay !== undefined ? o.dir === target.overlay : target.origin === 'declared' && files.has(o.kustomization)));
    const built = own.map((o) => collectFor(builtFiles(o, byPath, opts.scopeOf), helmContext(), opts));
    const covered = new Set(own.flatMap((o) => o.files));
    const rest = target.files.filter((f) => !covered.has(f));
    // Helm values apply within their target: one that holds only some of the repository's
    // values files is read again with those alone (a variant's namespaces setting is not another's).
    const restFresh =
      plan.targets.length > 1 && [...pass1.helmFiles].some((f) => !files.has(f)) && rest.some((f) => indexOf.has(f))
        ? collectFor(rest.filter((f) => indexOf.has(f) && !patchFiles.has(f)).map(fresh), [], opts)
        : undefined;
    const entries = [
      ...built.flatMap((b) => b.entries),
      ...(restFresh ? restFresh.entries : rest.flatMap((f) => entriesByFile.get(f) ?? [])).filter((e) =>
        providerMatches(target, e.provider, e.origin === 'terraform'),
      ),
    ];
    const ws = [
      ...built.flatMap((b) => b.workloads),
      ...(restFresh ? restFresh.workloads : workloads.filter((w) => files.has(w.at.file) && !covered.has(w.at.file))).filter((w) =>
        providerMatches(target, undefined, false),
      ),
    ];
    const facts = target.facts ? new Map([...(opts.facts ?? []), ...target.facts]) : (opts.facts ?? new Map());
    return { target, model: new MeshModel(entries, ws, facts, { target, guessed: plan.guessed }) };
  });
}

/**
 * Entries and workloads of `files`, read again by the inputs with `context` beside them
 * (Helm values that configure the cluster): an overlay's resources as built, so a patch that
 * sets `mutualTLSMode` or a pod annotation is that overlay's value at the patch's place; or a
 * target's files with only its own Helm values.
 */
function collectFor(files: readonly BuiltFile[], context: readonly BuiltFile[], opts: LintOptions): { entries: ConfigEntry[]; workloads: Workload[] } {
  const own = new Set(files.map((b) => b.parsed.path));
  const all = [...files, ...context.filter((c) => !own.has(c.parsed.path))];
  const normalized = all.map((b) => b.normalized);
  const workloads: Workload[] = [];
  for (const input of opts.inputs ?? []) {
    try {
      workloads.push(...input.collect(all.map((b) => b.parsed), normalized, { scopeOf: opts.scopeOf }).filter((w) => own.has(w.at.file)));
    } catch {
      // An input that throws was reported once, by the run over the files as written.
    }
  }
  // After the inputs: the Helm values decide the Consul namespace of the CRDs.
  return { entries: files.flatMap((b) => b.normalized.entries), workloads };
}

export function buildResult(
  files: FileRecord[],
  findings: Finding[],
  rules: RuleInfo[],
  ruleErrors: LintResult['ruleErrors'],
  entryCount: number,
  phase: Phase,
  cwd: string,
): LintResult {
  findings.sort(compareFindings);
  const skippedReasons: Record<string, number> = {};
  for (const f of files) if (f.status === 'skipped') skippedReasons[f.reason ?? 'skipped'] = (skippedReasons[f.reason ?? 'skipped'] ?? 0) + 1;
  const active = findings.filter((f) => !f.suppressions || f.suppressions.length === 0);
  return {
    tool: TOOL,
    cwd,
    phase,
    rules,
    findings,
    files,
    stats: {
      filesConsidered: files.length,
      filesLinted: files.filter((f) => f.status === 'linted').length,
      filesNotConsul: files.filter((f) => f.status === 'not-consul').length,
      filesSkipped: files.filter((f) => f.status === 'skipped').length,
      skippedReasons,
      entries: entryCount,
      errors: active.filter((f) => f.severity === 'error').length,
      warnings: active.filter((f) => f.severity === 'warning').length,
      notes: active.filter((f) => f.severity === 'note').length,
      suppressed: findings.length - active.length,
    },
    ruleErrors,
  };
}
