/**
 * `mtls-lint ready --fix`: `MutualTLSMode = "permissive"` → `"strict"` in the
 * service-defaults of each service judged *ready* — never without readiness data, never for
 * a service made permissive by proxy-defaults (other services share that entry).
 *
 * An edit replaces the value's word only, so quotes, formatting, comments and key spelling
 * stay. It is made only when the file's text at the value's range still reads exactly
 * `permissive` (bare, or in double or single quotes): a value the parser located elsewhere
 * (inside an escaped Terraform string, say) is left alone and listed as not fixed. A file
 * with a parse error is never changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MeshModel } from '../model/mesh.js';
import type { NormalizedFile } from '../model/normalize.js';
import { writeFileCreatingFolder } from '../write.js';
import type { ReadyReport } from './verdict.js';

export interface ModeEdit {
  /** Relative to the working directory, as reports show it. */
  file: string;
  line: number;
  column: number;
  service: string;
  namespace: string;
  partition: string;
  start: number;
  end: number;
}

export interface FixOutcome {
  file: string;
  line: number;
  column: number;
  service: string;
  namespace: string;
  partition: string;
  fixed: boolean;
  /** Why it was not fixed. */
  reason?: string;
}

/** The MutualTLSMode values of the ready services that their own service-defaults set. */
export function plannedEdits(report: ReadyReport, models: readonly MeshModel[]): { edits: ModeEdit[]; skipped: FixOutcome[] } {
  const edits = new Map<string, ModeEdit>();
  const skipped: FixOutcome[] = [];
  for (const scope of report.scopes) {
    for (const v of scope.services) {
      if (v.verdict !== 'ready') continue;
      for (const model of models) {
        for (const { service, mode } of model.permissiveServices()) {
          if (service.name !== v.name || service.namespace !== v.namespace || service.scope.partition !== scope.partition) continue;
          if (scope.datacenter && service.scope.datacenter !== scope.datacenter) continue;
          const where = { service: v.name, namespace: v.namespace, partition: scope.partition };
          const prop = mode.at?.field.props.at(-1);
          if (mode.source !== 'service-defaults' || !mode.at || !prop) {
            const at = mode.at ?? mode.entry;
            skipped.push({
              file: at?.file ?? '',
              line: at?.range.start.line ?? 0,
              column: at?.range.start.column ?? 0,
              ...where,
              fixed: false,
              reason: 'permissive through proxy-defaults, which other services share: give it a service-defaults with MutualTLSMode = "strict"',
            });
            continue;
          }
          const r = prop.value.range;
          const e: ModeEdit = { file: mode.at.file, line: r.start.line, column: r.start.column, ...where, start: r.start.offset, end: r.end.offset };
          edits.set(`${e.file}\0${e.start}`, e);
        }
      }
    }
  }
  const key = (x: { file: string; line: number; column: number }) => `${x.file}\0${String(x.line).padStart(9, '0')}\0${String(x.column).padStart(9, '0')}`;
  const uniqueSkipped = [...new Map(skipped.map((s) => [key(s) + s.service, s])).values()];
  return {
    edits: [...edits.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1)),
    skipped: uniqueSkipped.sort((a, b) => (key(a) < key(b) ? -1 : 1)),
  };
}

const PERMISSIVE = /^(["']?)permissive\1$/;

export interface AppliedFixes {
  outcomes: FixOutcome[];
  /** New text per file (relative path → [before, after]). */
  changed: Map<string, [string, string]>;
}

/** Computes the new texts; nothing is written. */
export function applyEdits(edits: readonly ModeEdit[], normalized: readonly NormalizedFile[], cwd: string): AppliedFixes {
  const outcomes: FixOutcome[] = [];
  const changed = new Map<string, [string, string]>();
  const unparsable = new Set(normalized.filter((nf) => nf.issues.some((i) => i.ruleId === 'parse-error')).map((nf) => nf.path));
  const byFile = new Map<string, ModeEdit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, list] of byFile) {
    const strip = ({ start, end, ...o }: ModeEdit): Omit<ModeEdit, 'start' | 'end'> => (void start, void end, o);
    if (unparsable.has(file)) {
      for (const e of list) outcomes.push({ ...strip(e), fixed: false, reason: 'the file has a parse error: it is not changed' });
      continue;
    }
    let raw: string;
    try {
      raw = readFileSync(path.resolve(cwd, file), 'utf8');
    } catch (err) {
      for (const e of list) outcomes.push({ ...strip(e), fixed: false, reason: `cannot read it: ${(err as Error).message}` });
      continue;
    }
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    let text = raw.slice(bom.length);
    // From the end, so earlier offsets stay valid; ranges are distinct values, so never overlap.
    for (const e of [...list].sort((a, b) => b.start - a.start)) {
      const m = PERMISSIVE.exec(text.slice(e.start, e.end));
      if (!m) {
        outcomes.push({ ...strip(e), fixed: false, reason: 'the value is not written as a plain "permissive" here (an expression or an escaped string): change it by hand' });
        continue;
      }
      text = `${text.slice(0, e.start)}${m[1]}strict${m[1]}${text.slice(e.end)}`;
      outcomes.push({ ...strip(e), fixed: true });
    }
    if (bom + text !== raw) changed.set(file, [raw, bom + text]);
  }
  return { outcomes, changed };
}

export function writeFixes(changed: AppliedFixes['changed'], cwd: string): void {
  for (const [file, [, after]] of changed) writeFileCreatingFolder(path.resolve(cwd, file), after, cwd);
}

/** A unified diff (`git apply` reads it) of line-for-line edits, three lines of context. */
export function unifiedDiff(changed: AppliedFixes['changed']): string {
  const out: string[] = [];
  for (const [file, [before, after]] of [...changed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const a = before.split('\n');
    const b = after.split('\n');
    const diffLines = a.map((l, i) => (l !== b[i] ? i : -1)).filter((i) => i >= 0);
    if (diffLines.length === 0) continue;
    const name = file.split(path.sep).join('/');
    out.push(`--- a/${name}`, `+++ b/${name}`);
    let i = 0;
    while (i < diffLines.length) {
      let j = i;
      while (j + 1 < diffLines.length && diffLines[j + 1]! - diffLines[j]! <= 6) j++;
      const from = Math.max(0, diffLines[i]! - 3);
      const to = Math.min(a.length - 1, diffLines[j]! + 3);
      const body: string[] = [];
      for (let k = from; k <= to; k++) {
        if (a[k] !== b[k]) body.push(`-${a[k]}`, `+${b[k]}`);
        else body.push(` ${a[k]}`);
      }
      const n = to - from + 1;
      out.push(`@@ -${from + 1},${n} +${from + 1},${n} @@`, ...body);
      i = j + 1;
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
