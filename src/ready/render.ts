/** `mtls-lint ready` output: text for a terminal, Markdown for a job summary, versioned JSON. */
import { escapeControls, oneLine, plural } from '../format/words.js';
import { showPlace } from '../status/inventory.js';
import type { FixOutcome } from './fix.js';
import type { ReadyReport, ScopeVerdicts, ServiceVerdict } from './verdict.js';

export const READY_FORMATS = ['text', 'markdown', 'json'] as const;
export type ReadyFormat = (typeof READY_FORMATS)[number];

function scopeName(s: ScopeVerdicts): string {
  const scope = s.datacenter ? `partition "${s.partition}" of datacenter "${s.datacenter}"` : `partition "${s.partition}"`;
  return s.target !== undefined ? `target "${oneLine(s.target)}", ${scope}` : scope;
}

export function headline(r: ReadyReport): string {
  const total = r.counts.ready + r.counts['not-ready'] + r.counts['no-data'];
  if (total === 0) return 'no permissive service in the repository';
  const parts = [`${r.counts.ready} of ${plural(total, 'permissive service')} ready`];
  if (r.counts['not-ready'] > 0) parts.push(`${r.counts['not-ready']} not ready`);
  if (r.counts['no-data'] > 0) parts.push(`${r.counts['no-data']} without data`);
  if (r.unreadable > 0) parts.push(`${plural(r.unreadable, 'file')} could not be read`);
  return `${r.canResecure ? 'the mesh can be re-secured' : 'the mesh cannot be re-secured yet'}: ${parts.join(', ')}`;
}

const HEADER = ['service', 'namespace', 'verdict', 'plaintext', 'mTLS', 'coverage', 'why', 'mode set at'];

function cells(v: ServiceVerdict): string[] {
  const n = (x: number | undefined) => (x === undefined ? '—' : String(x));
  return [
    v.name,
    v.namespace,
    v.verdict,
    n(v.plaintextConnections),
    n(v.mtlsConnections),
    v.coverage === undefined ? '—' : `${Math.floor(v.coverage * 1000) / 10}%`,
    v.reason,
    showPlace(v.modeAt) || '—',
  ];
}

function table(rows: string[][], indent: string): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `${indent}${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`.trimEnd());
}

/** One line per entry, with no control character from file or server text. */
function clean(s: string): string {
  return escapeControls(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
}

export function readyText(r: ReadyReport): string {
  const out = [`mtls-lint ready: ${headline(r)}`, `  from ${r.source}, window ${r.window} ending ${r.end}`, ''];
  for (const s of r.scopes) {
    out.push(`${scopeName(s)}:`, ...table([HEADER, ...s.services.map(cells)], '  '), '');
  }
  for (const f of r.fixes ?? []) out.push(fixLine(f));
  return `${out.map(clean).join('\n').trimEnd()}\n`;
}

function md(s: string): string {
  return clean(s).replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);
}

export function readyMarkdown(r: ReadyReport): string {
  const out = [`### ${r.canResecure ? '✅' : '🚧'} mtls-lint ready: ${md(headline(r))}`, '', `From ${md(r.source)}, window ${md(r.window)} ending ${md(r.end)}.`, ''];
  for (const s of r.scopes) {
    out.push(`**${md(scopeName(s))}**`, '', `| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => ' --- ').join('|')}|`);
    for (const v of s.services) out.push(`| ${cells(v).map(md).join(' | ')} |`);
    out.push('');
  }
  for (const f of r.fixes ?? []) out.push(`- ${md(fixLine(f))}`);
  return `${out.join('\n').trimEnd()}\n`;
}

function fixLine(f: FixOutcome): string {
  const at = `${f.file}:${f.line}:${f.column}`;
  const what = f.service === 'mesh' ? `${f.field} of the mesh entry of partition "${f.partition}"` : `${f.field} of "${f.service}"`;
  const to = f.field === 'MutualTLSMode' ? `"${f.to}"` : f.to;
  return f.fixed ? `fixed ${at}: ${what} is now ${to}` : `not fixed ${at} (${what}): ${f.reason}`;
}

export function renderReady(format: ReadyFormat, r: ReadyReport): string {
  return format === 'json' ? `${JSON.stringify(r, null, 2)}\n` : format === 'markdown' ? readyMarkdown(r) : readyText(r);
}
