/**
 * Suppressions written in the repository, applied after the rules ran:
 *
 * - comments in HCL (`#`, `//`, `/* *\/`) and YAML (`#`):
 *   `mtls-lint-disable-next-line <rule-id>[, <rule-id>] -- <reason>` (findings that start
 *   on the next line) and `mtls-lint-disable-file <rule-id>[, …] -- <reason>` (the file);
 * - on an object: the annotation `mtls-lint.io/suppress: "<rule-id>[,…] -- <reason>"` in
 *   `metadata.annotations` of a CRD or any Kubernetes object (also on a workload's pod
 *   template, wherever its kind holds it, and on the items of a `List`), or
 *   the same key in the `Meta` of an HCL/JSON entry: findings inside that object.
 *
 * A suppressed finding stays in the result with `suppressions` (SARIF kind `inSource`, the
 * reason as justification) and does not count for the exit code. A directive without a
 * reason (it then suppresses nothing), naming an unknown rule, or suppressing nothing is
 * itself reported by `invalid-suppression`.
 */
import type { LintRun } from '../lint.js';
import { kubernetesObjects, podTemplateOf } from '../model/kubernetes.js';
import type { NormalizedFile } from '../model/normalize.js';
import type { ParsedFile } from '../parse/index.js';
import type { LNode, LObject, SourceRange } from '../parse/located.js';
import { suggestion } from '../suggest.js';
import type { Finding, Location, Severity, SeveritySetting, Suppression } from './finding.js';
import { limitPerRuleAndFile } from './run.js';
import { lastProp } from '../parse/nodes.js';

export const SUPPRESS_ANNOTATION = 'mtls-lint.io/suppress';
/** Unknown rule names reported one by one per directive; the rest are counted. */
const MAX_UNKNOWN_NAMES = 10;
export const INVALID_SUPPRESSION = 'invalid-suppression';
const NEXT_LINE = 'mtls-lint-disable-next-line';
const FILE = 'mtls-lint-disable-file';

export type DirectiveKind = 'next-line' | 'file' | 'object';

export interface Directive {
  kind: DirectiveKind;
  /** How the user wrote it, for messages: `mtls-lint-disable-next-line`, the annotation key. */
  name: string;
  location: Location;
  /** Rule ids as written. */
  rules: string[];
  reason: string;
  /** next-line: the line findings must start on. */
  line?: number;
  /** object: the object's range; findings inside it are covered. */
  range?: SourceRange;
  /** Rules of this directive that suppressed at least one finding. */
  used: Set<string>;
  /** Problems found while reading it (no rules, unknown directive). */
  problems: string[];
}

/** `<rule-id>[, <rule-id>] -- <reason>` → rule ids and reason (empty when missing). */
export function parseDirectiveBody(body: string): { rules: string[]; reason: string } {
  const m = /(^|\s)--(\s|$)/.exec(body);
  const head = m ? body.slice(0, m.index) : body;
  const reason = m ? body.slice(m.index + m[0].length).trim() : '';
  const rules = head
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return { rules, reason };
}

/** The line a comment's "next line" is: the line after the comment ends. */
function lineAfter(range: SourceRange): number {
  const end = range.end.column === 1 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  return end + 1;
}

const DIRECTIVE_COMMENT = /^(mtls-lint-[a-z-]*)(?=\s|$)(.*)$/s;

/** Whether a comment is a directive (or a misspelt one, which is reported): the only comments the run reads. */
export function isDirectiveComment(text: string): boolean {
  return DIRECTIVE_COMMENT.test(text.trim());
}

function fromComment(file: string, text: string, range: SourceRange): Directive | undefined {
  const m = DIRECTIVE_COMMENT.exec(text.trim());
  if (!m) return undefined;
  const word = m[1]!;
  const body = m[2]!.trim();
  const { rules, reason } = parseDirectiveBody(body);
  const d: Directive = { kind: 'file', name: word, location: { file, range }, rules, reason, used: new Set(), problems: [] };
  if (word === NEXT_LINE) {
    d.kind = 'next-line';
    d.line = lineAfter(range);
  } else if (word !== FILE) {
    d.problems.push(`"${word}" is not a directive mtls-lint knows${suggestion(word, [NEXT_LINE, FILE])}: write ${NEXT_LINE} or ${FILE}, then the rule ids, then " -- " and the reason`);
  }
  return d;
}

function annotationProp(obj: LObject | undefined): { value: string; range: SourceRange } | undefined {
  const md = obj ? propValue(obj, 'metadata') : undefined;
  const ann = md?.type === 'object' ? propValue(md, 'annotations') : undefined;
  if (ann?.type !== 'object') return undefined;
  const p = lastProp(ann, SUPPRESS_ANNOTATION);
  if (!p) return undefined;
  return { value: p.value.type === 'string' ? (p.value.value as string) : '', range: p.range };
}

function propValue(obj: LObject, key: string): LNode | undefined {
  return lastProp(obj, key)?.value;
}

function fromAnnotation(file: string, value: string, at: SourceRange, objectRange: SourceRange, name = SUPPRESS_ANNOTATION): Directive {
  const { rules, reason } = parseDirectiveBody(value);
  return { kind: 'object', name, location: { file, range: at }, rules, reason, range: objectRange, used: new Set(), problems: [] };
}

/** Every directive of the parsed files: comments, object annotations, `Meta` keys. */
export function collectDirectives(parsed: readonly ParsedFile[], normalized: readonly NormalizedFile[]): Directive[] {
  const out: Directive[] = [];
  const parsedByPath = new Map(parsed.map((p) => [p.path, p]));
  for (const pf of parsed) {
    for (const c of pf.result.comments) {
      const d = fromComment(pf.path, c.text, c.range);
      if (d) out.push(d);
    }
  }
  for (const nf of normalized) {
    for (const e of nf.entries) {
      const v = e.metaValue(SUPPRESS_ANNOTATION);
      if (v) out.push(fromAnnotation(nf.path, v.value, v.at.range, e.range, e.crd ? SUPPRESS_ANNOTATION : `Meta "${SUPPRESS_ANNOTATION}"`));
    }
    // Kubernetes objects that are not config entries (Deployments, CronJobs, Pods, …, also the
    // items of a `List`) and their pod templates, found as the model finds them.
    const pf = parsedByPath.get(nf.path);
    if (!pf) continue;
    for (const doc of nf.otherDocuments) {
      for (const o of kubernetesObjects(pf, doc.root)) {
        const own = annotationProp(o.node);
        if (own) out.push(fromAnnotation(nf.path, own.value, own.range, o.node.range));
        const template = podTemplateOf(o);
        if (!template || template === o.node) continue;
        const t = annotationProp(template);
        if (t) out.push(fromAnnotation(nf.path, t.value, t.range, template.range));
      }
    }
  }
  return out;
}

function within(inner: SourceRange, outer: SourceRange): boolean {
  return inner.start.offset >= outer.start.offset && inner.end.offset <= outer.end.offset;
}

function covers(d: Directive, f: Finding): boolean {
  if (f.location.file !== d.location.file) return false;
  if (d.kind === 'file') return true;
  if (d.kind === 'next-line') return f.location.range.start.line === d.line;
  return within(f.location.range, d.range!);
}

export interface SuppressOptions {
  /** Every rule id the linter knows. */
  knownRules: ReadonlySet<string>;
  /** The severity in force of a rule this run (`off`: it did not run, so "unused" is not judged). */
  severityOf: (ruleId: string) => SeveritySetting | undefined;
}

export interface SuppressOutcome {
  findings: Finding[];
  /** `invalid-suppression` findings (already at the rule's severity). */
  invalid: Finding[];
}

function list(ids: readonly string[]): string {
  return ids.join(', ');
}

/** Attach in-source suppressions to findings and report the directives that are wrong or unused. */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], opts: SuppressOptions): SuppressOutcome {
  const byFile = new Map<string, Directive[]>();
  for (const d of directives) {
    if (d.problems.length > 0 || d.reason === '') continue;
    const list = byFile.get(d.location.file);
    if (list) list.push(d);
    else byFile.set(d.location.file, [d]);
  }
  const out = findings.map((f) => {
    const add: Suppression[] = [];
    if (f.ruleId === INVALID_SUPPRESSION) return f;
    for (const d of byFile.get(f.location.file) ?? []) {
      if (!d.rules.includes(f.ruleId) || !covers(d, f)) continue;
      d.used.add(f.ruleId);
      add.push({ kind: 'inSource', justification: d.reason, location: d.location });
    }
    return add.length > 0 ? { ...f, suppressions: [...(f.suppressions ?? []), ...add] } : f;
  });

  const sev = opts.severityOf(INVALID_SUPPRESSION);
  const invalid: Finding[] = [];
  if (sev && sev !== 'off') {
    for (const d of directives) {
      for (const message of directiveProblems(d, opts)) {
        invalid.push({
          ruleId: INVALID_SUPPRESSION,
          severity: sev as Severity,
          message,
          location: d.location,
          related: [],
          subject: `${d.location.file}#${d.kind === 'object' ? 'suppress-annotation' : d.name}:${d.rules.join(',')}`,
        });
      }
    }
  }
  return { findings: out, invalid };
}

function directiveProblems(d: Directive, opts: SuppressOptions): string[] {
  if (d.problems.length > 0) return d.problems;
  const what = d.kind === 'object' ? `The ${d.name} annotation` : `The ${d.name} directive`;
  if (d.rules.length === 0) {
    return [`${what} names no rule: write the rule ids to suppress, then " -- " and the reason.`];
  }
  const problems: string[] = [];
  // Each unknown name once, the first MAX_UNKNOWN_NAMES of them (a comment can hold thousands).
  const unknown = [...new Set(d.rules.filter((r) => !opts.knownRules.has(r)))];
  for (const r of unknown.slice(0, MAX_UNKNOWN_NAMES)) {
    problems.push(`${what} names "${r}", which is not a rule of mtls-lint${suggestion(r, [...opts.knownRules])}; it suppresses nothing.`);
  }
  if (unknown.length > MAX_UNKNOWN_NAMES) {
    problems.push(`${what} names ${unknown.length - MAX_UNKNOWN_NAMES} more names that are not rules of mtls-lint (not listed).`);
  }
  if (d.rules.includes(INVALID_SUPPRESSION)) {
    problems.push(`${what} names ${INVALID_SUPPRESSION}, which cannot be suppressed in the source: fix the directive, or set its severity in .mtls-lint.yaml.`);
  }
  const known = d.rules.filter((r) => opts.knownRules.has(r) && r !== INVALID_SUPPRESSION);
  if (d.reason === '') {
    if (known.length > 0) {
      problems.push(`${what} for ${list(known)} gives no reason, so it suppresses nothing: add " -- <why this is acceptable>" after the rule ids.`);
    }
    return problems;
  }
  const unused = known.filter((r) => !d.used.has(r) && opts.severityOf(r) !== 'off' && opts.severityOf(r) !== undefined);
  if (unused.length > 0) {
    const where =
      d.kind === 'next-line' ? `on line ${d.line}` : d.kind === 'file' ? 'in this file' : 'in this object';
    problems.push(`${what} for ${list(unused)} suppresses nothing: no ${list(unused)} finding ${where}; remove it${unused.length < known.length ? ' from the list' : ''}.`);
  }
  return problems;
}

/** The run with in-source suppressions applied and `invalid-suppression` findings added. */
export function suppressInSource(run: LintRun, opts: SuppressOptions): { findings: Finding[] } {
  const directives = collectDirectives(run.parsed, run.normalized);
  const { findings, invalid } = applyDirectives(run.result.findings, directives, opts);
  // One directive per comment line can make as many findings: the engine's bound applies.
  return { findings: [...findings, ...limitPerRuleAndFile(invalid)] };
}
