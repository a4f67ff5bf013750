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
import type { ReadyReport } from './verdict.js';
export { unifiedDiff, writeFixes } from '../fix/apply.js';

export interface ModeEdit {
  /** Relative to the working directory, as reports show it. */
  file: string;
  line: number;
  column: number;
  /** The service, or "mesh" for the mesh entry's flags. */
  service: string;
  namespace: string;
  partition: string;
  field: string;
  /** The new value, as written in place of the old one's word. */
  to: string;
  start: number;
  end: number;
  /** Edits (file and start offset) that must all be made first: a mesh flag waits for its services. */
  requires?: string[];
}

const editKey = (file: string, start: number) => `${file}\0${start}`;

export interface FixOutcome {
  file: string;
  line: number;
  column: number;
  service: string;
  namespace: string;
  partition: string;
  field: string;
  to: string;
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
          const where = { service: v.name, namespace: v.namespace, partition: scope.partition, field: 'MutualTLSMode', to: 'strict' };
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
          edits.set(editKey(e.file, e.start), e);
        }
      }
    }
  }
  // A partition whose permissive services all go strict here, with no permissive
  // proxy-defaults, needs the mesh entry's permission no more: the last onboarding step.
  for (const model of models) {
    for (const scope of model.scopes()) {
      const services = model.permissiveServices().filter((p) => p.service.scope.key === scope.key);
      if (services.length === 0) continue;
      const requires = services.map((p) =>
        p.mode.source === 'service-defaults' && p.mode.at ? editKey(p.mode.at.file, p.mode.at.field.props.at(-1)!.value.range.start.offset) : '',
      );
      const allFixed = requires.every((k) => edits.has(k));
      if (!allFixed || model.proxyDefaultsOf(scope)?.str('MutualTLSMode') === 'permissive') continue;
      const mesh = model.meshOf(scope);
      for (const [field, from, to] of [['AllowEnablingPermissiveMutualTLS', true, 'false'], ['TransparentProxy.MeshDestinationsOnly', false, 'true']] as const) {
        const f = mesh?.field(field);
        const prop = f?.field.props.at(-1);
        if (!f || !prop || f.scalar !== from) continue;
        const r = prop.value.range;
        edits.set(editKey(f.file, r.start.offset), { file: f.file, line: r.start.line, column: r.start.column, service: 'mesh', namespace: '', partition: scope.partition, field, to, start: r.start.offset, end: r.end.offset, requires });
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

/** What the old value must read, per field: the word alone, bare or quoted. */
const EXPECTED: Record<string, RegExp> = {
  MutualTLSMode: /^(["']?)permissive\1$/,
  AllowEnablingPermissiveMutualTLS: /^(["']?)true\1$/,
  'TransparentProxy.MeshDestinationsOnly': /^(["']?)false\1$/,
};

export interface AppliedFixes {
  outcomes: FixOutcome[];
  /** New text per file (relative path → [before, after]). */
  changed: Map<string, [string, string]>;
}

/** Computes the new texts; nothing is written. Service edits first, then the mesh flags that wait for them. */
export function applyEdits(edits: readonly ModeEdit[], normalized: readonly NormalizedFile[], cwd: string): AppliedFixes {
  const outcomes: FixOutcome[] = [];
  const unparsable = new Set(normalized.filter((nf) => nf.issues.some((i) => i.ruleId === 'parse-error')).map((nf) => nf.path));
  const texts = new Map<string, { raw: string; bom: string; text: string; shifts: { at: number; by: number }[] } | string>();
  const made = new Set<string>();
  const strip = ({ start, end, requires, ...o }: ModeEdit): FixOutcome => (void start, void end, void requires, { ...o, fixed: false });
  const load = (file: string) => {
    if (!texts.has(file)) {
      if (unparsable.has(file)) texts.set(file, 'the file has a parse error: it is not changed');
      else {
        try {
          const raw = readFileSync(path.resolve(cwd, file), 'utf8');
          const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
          texts.set(file, { raw, bom, text: raw.slice(bom.length), shifts: [] });
        } catch (err) {
          texts.set(file, `cannot read it: ${(err as Error).message}`);
        }
      }
    }
    return texts.get(file)!;
  };
  for (const pass of [edits.filter((e) => !e.requires), edits.filter((e) => e.requires)]) {
    // From the end of each file, so earlier offsets stay valid; ranges are distinct values, so never overlap.
    for (const e of [...pass].sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : b.start - a.start))) {
      const f = load(e.file);
      if (typeof f === 'string') {
        outcomes.push({ ...strip(e), reason: f });
        continue;
      }
      if (e.requires && !e.requires.every((k) => made.has(k))) {
        outcomes.push({ ...strip(e), reason: 'a permissive service of this partition could not be set to strict' });
        continue;
      }
      // Offsets are the parsed text's: earlier edits in the file (a service before its mesh entry) move them.
      const by = f.shifts.filter((x) => x.at < e.start).reduce((n, x) => n + x.by, 0);
      const start = e.start + by;
      const end = e.end + by;
      const m = EXPECTED[e.field]!.exec(f.text.slice(start, end));
      if (!m) {
        outcomes.push({ ...strip(e), reason: 'the value is not written as a plain word here (an expression or an escaped string): change it by hand' });
        continue;
      }
      const replacement = `${m[1]}${e.to}${m[1]}`;
      f.text = `${f.text.slice(0, start)}${replacement}${f.text.slice(end)}`;
      f.shifts.push({ at: e.start, by: replacement.length - (end - start) });
      made.add(editKey(e.file, e.start));
      outcomes.push({ ...strip(e), fixed: true });
    }
  }
  const changed = new Map<string, [string, string]>();
  for (const [file, f] of texts) if (typeof f !== 'string' && f.bom + f.text !== f.raw) changed.set(file, [f.raw, f.bom + f.text]);
  return { outcomes, changed };
}
