/**
 * `mtls-lint status` output: a text table per partition scope, the same as Markdown (for a
 * job summary or a PR comment), or the report as JSON (stable key order, version field).
 */
import { showPlace, type ScopeStatus, type ServiceStatus, type StatusReport } from './inventory.js';
import { gfmCode, gfmText } from '../format/gfm.js';
import { escapeControls, oneLine, plural } from '../format/words.js';

export const STATUS_FORMATS = ['text', 'markdown', 'json'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

function scopeName(s: ScopeStatus): string {
  const scope = s.datacenter ? `partition "${s.partition}" of datacenter "${s.datacenter}"` : `partition "${s.partition}"`;
  return s.target !== undefined ? `target "${oneLine(s.target)}", ${scope}` : scope;
}

function headline(r: StatusReport): string {
  const scopes = r.projects.flatMap((p) => p.scopes);
  const open = scopes.filter((s) => s.state !== 're-secured').length;
  const unreadable = r.projects.reduce((n, p) => n + p.unreadable.length, 0);
  if (scopes.length === 0 && unreadable === 0) return 'no Consul config entries found';
  if (r.resecured) return `re-secured: no permissive service, ${plural(scopes.length, 'partition scope')} strict`;
  const parts = [`${plural(r.permissiveServices, 'permissive service')}`, `${open} of ${plural(scopes.length, 'partition scope')} still onboarding`];
  if (unreadable > 0) parts.push(`${plural(unreadable, 'file')} could not be read`);
  return `not re-secured: ${parts.join(', ')}`;
}

function flag(v: boolean | null, from?: string): string {
  if (v === null) return 'not in the repository';
  return `${v}${from === 'cluster-fact' ? ' (cluster fact)' : ''}`;
}

function meshRows(s: ScopeStatus): [string, string, string][] {
  const rows: [string, string, string][] = [];
  rows.push([
    'mesh',
    `AllowEnablingPermissiveMutualTLS = ${flag(s.mesh.allowEnablingPermissiveMutualTLS, s.mesh.allowFrom)}`,
    showPlace(s.mesh.allowAt ?? s.mesh.at),
  ]);
  rows.push(['', `TransparentProxy.MeshDestinationsOnly = ${flag(s.mesh.meshDestinationsOnly)}`, showPlace(s.mesh.meshDestinationsOnlyAt)]);
  if (s.proxyDefaults) {
    const m = s.proxyDefaults.mutualTLSMode;
    rows.push(['proxy-defaults', `MutualTLSMode = ${m === '' ? 'not set (strict)' : `"${m}"`}, Mode = ${s.proxyDefaults.mode === '' ? 'not set' : `"${s.proxyDefaults.mode}"`}`, showPlace(s.proxyDefaults.at)]);
  } else {
    rows.push(['proxy-defaults', 'not in the repository', '']);
  }
  return rows;
}

function list(xs: readonly string[]): string {
  return xs.length === 0 ? '—' : xs.join(', ');
}

function serviceCells(v: ServiceStatus): string[] {
  const deadlines = [
    ...(v.deadline ? [`${v.deadline.date}${v.deadline.from === 'exception' ? ' (exception)' : ''}${v.deadline.expired ? ' PASSED' : ''}`] : []),
    // Not a date, so no deadline (permissive-expired reports it).
    ...(v.invalidDeadline ? [`"${v.invalidDeadline.value}" (not a YYYY-MM-DD date)`] : []),
  ];
  const deadline = deadlines.length > 0 ? deadlines.join('; ') : '—';
  return [
    v.name,
    v.namespace,
    v.modeFrom,
    list(v.allowFrom),
    list(v.denyFrom),
    list(v.explicitUpstreamOf),
    deadline,
    v.left.join('; '),
  ];
}

const SERVICE_HEADER = ['permissive service', 'namespace', 'mode from', 'allow from', 'deny from', 'explicit upstream of', 'deadline', 'left before strict'];

function table(rows: string[][], indent: string): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `${indent}${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`.trimEnd());
}

export function statusText(r: StatusReport): string {
  const out: string[] = [`mtls-lint status (${r.today}): ${headline(r)}`, ''];
  const many = r.projects.length > 1;
  for (const p of r.projects) {
    if (many) out.push(`== ${p.config ?? 'no config file'}`, '');
    for (const s of p.scopes) {
      out.push(`${scopeName(s)}: ${s.state}`);
      out.push(...table(meshRows(s), '  '));
      if (s.permissive.length > 0) {
        out.push('');
        out.push(...table([SERVICE_HEADER, ...s.permissive.map(serviceCells)], '  '));
      }
      if (s.strict.length > 0) out.push('', `  strict: ${s.strict.join(', ')}`);
      if (s.notEvaluated) out.push('', `  MutualTLSMode not evaluated (Terraform computes it): ${s.notEvaluated.join(', ')}`);
      if (s.left.length > 0) {
        out.push('', '  left in this scope:');
        for (const l of s.left) out.push(`    - ${l}`);
      }
      out.push('');
    }
    for (const u of p.unreadable) out.push(`could not read ${u.file}:${u.line}: ${u.message}`);
    if (p.unreadable.length > 0) out.push('');
  }
  // Each entry is one line: names from files must not break one (a `::command::` line in a CI log).
  return `${out.map(withoutBreaks).join('\n').trimEnd()}\n`;
}

/** Repository text (service names, values, places) in a table cell or a line: no markup of its own. */
function md(s: string): string {
  return gfmText(s, 'space');
}

function mdTable(rows: string[][]): string[] {
  const [head, ...body] = rows;
  return [`| ${head!.map(md).join(' | ')} |`, `|${head!.map(() => ' --- ').join('|')}|`, ...body.map((r) => `| ${r.map(md).join(' | ')} |`)];
}

export function statusMarkdown(r: StatusReport): string {
  const out: string[] = [`### ${r.resecured ? '✅' : '🚧'} mtls-lint status: ${headline(r)}`, '', `As of ${r.today}.`, ''];
  const many = r.projects.length > 1;
  for (const p of r.projects) {
    if (many) out.push(`#### ${p.config === undefined ? 'no config file' : md(p.config)}`, '');
    for (const s of p.scopes) {
      out.push(`**${md(scopeName(s))}**: ${md(s.state)}`, '');
      out.push(...mdTable([['', 'setting', 'where'], ...meshRows(s).map((row) => row.map((c) => (c === '' ? ' ' : c)))]), '');
      if (s.permissive.length > 0) out.push(...mdTable([SERVICE_HEADER, ...s.permissive.map(serviceCells)]), '');
      if (s.strict.length > 0) out.push(`Strict: ${s.strict.map(md).join(', ')}`, '');
      if (s.notEvaluated) out.push(`MutualTLSMode not evaluated (Terraform computes it): ${s.notEvaluated.map(md).join(', ')}`, '');
      if (s.left.length > 0) {
        out.push('Left in this scope:', '');
        for (const l of s.left) out.push(`- ${md(l)}`);
        out.push('');
      }
    }
    for (const u of p.unreadable) out.push(`- could not read ${gfmCode(`${u.file}:${u.line}`)}: ${md(u.message)}`);
    if (p.unreadable.length > 0) out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function statusJson(r: StatusReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

export function renderStatus(format: StatusFormat, r: StatusReport): string {
  return format === 'json' ? statusJson(r) : format === 'markdown' ? statusMarkdown(r) : statusText(r);
}

/** A rendered line with no line breaks or control characters from file text; its indentation stays. */
function withoutBreaks(s: string): string {
  return escapeControls(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
}
