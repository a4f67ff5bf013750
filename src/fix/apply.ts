/**
 * Applying fixes to source text (`--fix`, `ready --fix`): edits are made on the text as read,
 * from the end of each file so earlier offsets hold, only where the text still reads what the
 * rule saw, never two that overlap, never in a file that does not parse. Files are written
 * with the no-follow writer (src/write.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding, Fix } from '../engine/finding.js';
import { writeFileCreatingFolder } from '../write.js';

export interface FixResult {
  /** New text per file (path as reported → [before, after]). */
  changed: Map<string, [string, string]>;
  /** Fixes made, per file and rule. */
  made: { file: string; ruleId: string; description: string }[];
  /** Fixes not made, and why. */
  skipped: { file: string; ruleId: string; description: string; reason: string }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The fixes of `findings` (not suppressed ones) applied to the files' texts; nothing is written. */
export function applyFixes(findings: readonly Finding[], unparsable: ReadonlySet<string>, cwd: string): FixResult {
  const byFile = new Map<string, { ruleId: string; fix: Fix }[]>();
  for (const f of findings) {
    if (!f.fix || (f.suppressions?.length ?? 0) > 0) continue;
    const list = byFile.get(f.fix.file) ?? [];
    list.push({ ruleId: f.ruleId, fix: f.fix });
    byFile.set(f.fix.file, list);
  }
  const out: FixResult = { changed: new Map(), made: [], skipped: [] };
  for (const [file, fixes] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const skip = (x: { ruleId: string; fix: Fix }, reason: string) => out.skipped.push({ file, ruleId: x.ruleId, description: x.fix.description, reason });
    if (unparsable.has(file)) {
      for (const x of fixes) skip(x, 'the file has a parse error: it is not changed');
      continue;
    }
    let raw: string;
    try {
      raw = readFileSync(path.resolve(cwd, file), 'utf8');
    } catch (err) {
      for (const x of fixes) skip(x, `cannot read it: ${(err as Error).message}`);
      continue;
    }
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    let text = raw.slice(bom.length);
    // From the end; an edit that overlaps one already made (a later start) waits for the next round.
    let limit = Infinity;
    for (const x of [...fixes].sort((a, b) => b.fix.start - a.fix.start || b.fix.end - a.fix.end)) {
      const { start, end, from, to } = x.fix;
      if (end > limit) {
        skip(x, 'it overlaps another fix: the next round makes it');
        continue;
      }
      const m = new RegExp(`^(["']?)${escape(from)}\\1$`).exec(text.slice(start, end));
      if (!m) {
        skip(x, 'the text there is not written as a plain word (an expression or an escaped string): change it by hand');
        continue;
      }
      text = `${text.slice(0, start)}${m[1]}${to}${m[1]}${text.slice(end)}`;
      limit = start;
      out.made.push({ file, ruleId: x.ruleId, description: x.fix.description });
    }
    if (bom + text !== raw) out.changed.set(file, [raw, bom + text]);
  }
  return out;
}

export function writeFixes(changed: ReadonlyMap<string, [string, string]>, cwd: string): void {
  for (const [file, [, after]] of changed) writeFileCreatingFolder(path.resolve(cwd, file), after, cwd);
}

/** A unified diff (`git apply` reads it) of line-for-line edits, three lines of context. */
export function unifiedDiff(changed: ReadonlyMap<string, [string, string]>): string {
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
