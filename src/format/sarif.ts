/**
 * SARIF 2.1.0 for GitHub code scanning and any SARIF viewer.
 *
 * Deterministic by construction: no timestamps, no absolute paths, rules and results in
 * the result's (sorted) order, so two runs over the same files give the same bytes.
 * Checked in tests against the SARIF 2.1.0 JSON schema and Microsoft's SARIF validator
 * (`sarif-multitool validate --rule-kind "Gh;Sarif"`).
 */
import { markInvisible, shownMessage } from './words.js';
import type { Finding, Location, Severity } from '../engine/finding.js';
import type { LintResult, RuleInfo } from '../engine/result.js';
import { FINGERPRINT_KEY, fingerprint } from './fingerprint.js';
import { ruleHelpUri } from './links.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Result locations are relative to this base: the directory mtls-lint ran in. */
export const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  /**
   * `runAutomationDetails.id` (`--sarif-category`): GitHub keeps one analysis per
   * category, so two runs over different folders need two categories.
   */
  category?: string;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const NOTIFICATIONS = [
  {
    id: 'skipped-file',
    name: 'SkippedFile',
    text: 'A file was found but not read (too large, binary, unreadable, or a link that is not followed).',
  },
  {
    id: 'not-evaluated',
    name: 'NotEvaluated',
    text: 'A value Terraform computes (an expression) was not evaluated: no rule checked it.',
  },
  {
    id: 'rule-failure',
    name: 'RuleFailure',
    text: 'A rule failed with an internal error; its findings are missing from this run.',
  },
  {
    id: 'run-failure',
    name: 'RunFailure',
    text: 'mtls-lint could not lint (a usage or configuration error, or an internal error); this log holds no result.',
  },
  {
    id: 'not-applied',
    name: 'NotApplied',
    text: 'A config entry Consul never writes (a secondary datacenter bootstraps none): it was checked as written and compared with no other entry.',
  },
] as const;

function level(s: Severity): SarifLevel {
  return s;
}

/** SARIF messages are sentences: they end with a period (validator rule SARIF2001). */
function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * The text of a message object: a sentence, literal braces doubled (SARIF 2.1.0 §3.11.5: `{`
 * and `}` outside a placeholder are written `{{` and `}}`, else a viewer reads `{0}` in a
 * service name as a placeholder), invisible and bidirectional characters marked as `\uXXXX`.
 */
function messageText(s: string): string {
  return sentence(markInvisible(s)).replace(/[{}]/g, (c) => c + c);
}

/** An expression quoted in a message: one line, at most 120 characters. */
function clip(expr: string): string {
  const t = expr.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** A repository-relative path as a URI reference: each segment percent-encoded. */
export function toUri(file: string): string {
  return file
    .split('/')
    .map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg)))
    .join('/');
}

function artifactLocation(file: string) {
  return { uri: toUri(file), uriBaseId: SRCROOT };
}

function physicalLocation(loc: Location) {
  const { start, end } = loc.range;
  const startLine = Math.max(1, start.line);
  const startColumn = Math.max(1, start.column);
  const endLine = Math.max(startLine, end.line);
  const endColumn = endLine === startLine ? Math.max(startColumn, end.column) : Math.max(1, end.column);
  return {
    artifactLocation: artifactLocation(loc.file),
    region: { startLine, startColumn, endLine, endColumn },
  };
}

/** Markdown inline text as plain text: code spans and links keep their words. */
function plainText(md: string): string {
  return md
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Markdown block as plain text; a list or a table keeps one `- item` line per item or row. */
function blockText(block: string): string {
  if (/^\s*\|/.test(block)) {
    return block
      .split('\n')
      .filter((row) => /^\s*\|/.test(row) && !/^\s*\|[\s|:-]*$/.test(row))
      .slice(1) // the header row
      .map((row) => `- ${row.split('|').map(plainText).filter(Boolean).join(': ')}`)
      .join('\n');
  }
  if (!/^\s*[-*] /.test(block)) return plainText(block);
  return block
    .split(/\n(?=\s*[-*] )/)
    .map((item) => `${/^\s+[-*] /.test(item) ? '  ' : ''}- ${plainText(item.replace(/^\s*[-*] /, ''))}`)
    .join('\n');
}

/** A sentence ends there: not a colon or a word that leads into a list. */
const ENDS_SENTENCE = /[.!?]\)?$/;

/**
 * The page's "What it does" as code scanning's rule description: its first paragraph, and
 * when that leads into a list or table ("…rejects:", "…because") that block and any
 * paragraph that still leads on, so the text is whole sentences, never cut at a line break.
 */
export function whatItDoes(markdown: string | undefined): string | undefined {
  if (!markdown) return undefined;
  const section = /^##[ \t]+What it does[ \t]*\n([\s\S]*?)(?=^#|(?![\s\S]))/m.exec(markdown)?.[1];
  if (!section) return undefined;
  const blocks = section
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/^\n+|\s+$/g, ''))
    .filter((b) => b.trim() !== '');
  const out: string[] = [];
  for (const b of blocks) {
    const text = blockText(b);
    out.push(text);
    if (ENDS_SENTENCE.test(text)) break;
  }
  const text = out.join('\n');
  return text === '' ? undefined : text;
}

function precision(rule: RuleInfo): 'very-high' | 'high' {
  // Correctness rules state what Consul does (rejects, ignores): no judgement involved.
  return rule.category === 'correctness' ? 'very-high' : 'high';
}

function problemSeverity(s: RuleInfo['defaultSeverity']): string {
  return s === 'note' ? 'recommendation' : s === 'off' ? 'recommendation' : s;
}

function reportingDescriptor(tool: LintResult['tool'], rule: RuleInfo) {
  const helpUri = ruleHelpUri(tool, rule);
  const short = sentence(rule.description);
  const full = whatItDoes(rule.help?.markdown);
  // GitHub shows `security-severity` only for rules tagged `security`.
  const tags = [rule.category, 'consul', 'mtls'];
  if (rule.category === 'security' || rule.securitySeverity !== undefined) tags.push('security');
  const properties: Record<string, unknown> = {
    tags: [...new Set(tags)].sort(),
    precision: precision(rule),
    'problem.severity': problemSeverity(rule.severity === 'off' ? rule.defaultSeverity : rule.severity),
  };
  if (rule.securitySeverity !== undefined) properties['security-severity'] = rule.securitySeverity.toFixed(1);
  const helpText = rule.help?.text ?? short;
  const helpMarkdown = rule.help?.markdown?.trim() ?? short;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: short },
    fullDescription: { text: full ? sentence(full) : short },
    help: {
      text: `${helpText.trim()}\n\nDocumentation: ${helpUri}`,
      markdown: `${helpMarkdown}\n\n[Documentation for ${rule.id}](${helpUri})`,
    },
    helpUri,
    defaultConfiguration:
      rule.severity === 'off'
        ? { enabled: false, level: rule.defaultSeverity === 'off' ? ('none' as const) : level(rule.defaultSeverity) }
        : { level: level(rule.severity) },
    properties,
  };
}

/**
 * A finding's fix as SARIF 2.1.0 §3.55 `fix`: one artifact change replacing the written word
 * (inside its quotes, when it has them) with the new one. Only for a fix at the finding's
 * own location on one line, which is how rules make them.
 */
function sarifFix(f: Finding): Record<string, unknown> | undefined {
  const x = f.fix;
  const r = f.location.range;
  if (!x || x.file !== f.location.file || r.start.offset !== x.start || r.end.offset !== x.end || r.start.line !== r.end.line) return undefined;
  const quoted = x.end - x.start === x.from.length + 2 ? 1 : 0;
  return {
    description: { text: messageText(x.description) },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(x.file),
        replacements: [
          {
            deletedRegion: { startLine: r.start.line, startColumn: r.start.column + quoted, endLine: r.end.line, endColumn: r.end.column - quoted },
            insertedContent: { text: x.to },
          },
        ],
      },
    ],
  };
}

function sarifResult(f: Finding, ruleIndex: number) {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: level(f.severity),
    message: { text: messageText(shownMessage(f)) },
    locations: [{ physicalLocation: physicalLocation(f.location) }],
  };
  if (f.related.length > 0) {
    out.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r),
      message: { text: messageText(r.message) },
    }));
  }
  out.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint(f) };
  const fix = sarifFix(f);
  if (fix) out.fixes = [fix];
  if (f.suppressions && f.suppressions.length > 0) {
    out.suppressions = f.suppressions.map((s) => {
      const sup: Record<string, unknown> = { kind: s.kind, status: 'accepted', justification: s.justification };
      if (s.location) sup.location = { physicalLocation: physicalLocation(s.location) };
      return sup;
    });
  }
  return out;
}

export function formatSarif(result: LintResult, opts: SarifOptions = {}): string {
  const ruleIndex = new Map(result.rules.map((r, i) => [r.id, i]));
  const notificationIndex = new Map<string, number>(NOTIFICATIONS.map((n, i) => [n.id, i]));

  const results = result.findings.map((f) => sarifResult(f, ruleIndex.get(f.ruleId) ?? -1));

  const notifications: Record<string, unknown>[] = [];
  for (const file of result.files) {
    if (file.status !== 'skipped') continue;
    notifications.push({
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path) } }],
      message: { text: messageText(`Skipped ${file.path}: ${file.reason ?? 'not read'}`) },
      level: 'note',
      descriptor: { id: 'skipped-file', index: notificationIndex.get('skipped-file') },
    });
  }
  for (const file of result.files) {
    for (const n of file.notEvaluated ?? []) {
      notifications.push({
        locations: [{ physicalLocation: physicalLocation({ file: file.path, range: n.range }) }],
        message: { text: messageText(`${n.field} = ${clip(n.expression)} is computed by Terraform and was not evaluated; no rule checked it`) },
        level: 'note',
        descriptor: { id: 'not-evaluated', index: notificationIndex.get('not-evaluated') },
      });
    }
  }
  for (const file of result.files) {
    for (const n of file.notApplied ?? []) {
      notifications.push({
        locations: [{ physicalLocation: physicalLocation({ file: file.path, range: n.range }) }],
        message: { text: messageText(`${n.entry} is ${n.reason}; it was compared with no other entry`) },
        level: 'note',
        descriptor: { id: 'not-applied', index: notificationIndex.get('not-applied') },
      });
    }
  }
  for (const e of [...result.ruleErrors].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))) {
    const n: Record<string, unknown> = {
      message: { text: messageText(`Rule ${e.ruleId} failed: ${e.message}`) },
      level: 'error',
      descriptor: { id: 'rule-failure', index: notificationIndex.get('rule-failure') },
    };
    const idx = ruleIndex.get(e.ruleId);
    if (idx !== undefined) n.associatedRule = { id: e.ruleId, index: idx };
    notifications.push(n);
  }

  // A rule that failed found nothing, which is not "fixed": an unsuccessful run keeps its alerts open.
  const invocation: Record<string, unknown> = { executionSuccessful: result.ruleErrors.length === 0 };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: result.tool.informationUri,
        rules: result.rules.map((r) => reportingDescriptor(result.tool, r)),
        notifications: NOTIFICATIONS.map((n) => ({
          id: n.id,
          name: n.name,
          shortDescription: { text: n.text },
          fullDescription: { text: n.text },
          help: { text: n.text, markdown: n.text },
          helpUri: result.tool.informationUri,
          defaultConfiguration: { level: n.id === 'skipped-file' ? 'note' : 'error' },
        })),
      },
    },
  };
  if (opts.category !== undefined && opts.category !== '') {
    // GitHub reads the category as everything up to the last "/" (as upload-sarif writes it).
    run.automationDetails = { id: opts.category.endsWith('/') ? opts.category : `${opts.category}/` };
  }
  run.invocations = [invocation];
  run.originalUriBaseIds = {
    [SRCROOT]: { description: { text: 'The directory mtls-lint was run in (normally the repository root).' } },
  };
  run.results = results;
  run.columnKind = 'utf16CodeUnits';
  run.properties = { phase: result.phase };

  const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}

/**
 * A valid SARIF log with no result for a run that could not lint (the Action writes it for the
 * upload step after it): the run is marked unsuccessful and says why in a tool execution
 * notification. Code scanning answers an unsuccessful run with the processing error
 * "unsuccessful execution" and closes no alert, where a log of no results marked successful
 * would close them all as fixed.
 */
export function formatFailedSarif(tool: LintResult['tool'], why: string, opts: SarifOptions = {}): string {
  const empty: LintResult = {
    tool,
    cwd: '.',
    phase: 'onboarding',
    rules: [],
    findings: [],
    files: [],
    stats: { filesConsidered: 0, filesLinted: 0, filesNotConsul: 0, filesSkipped: 0, skippedReasons: {}, entries: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 },
    ruleErrors: [],
  };
  const log = JSON.parse(formatSarif(empty, opts)) as { runs: { invocations: Record<string, unknown>[] }[] };
  const index = NOTIFICATIONS.findIndex((n) => n.id === 'run-failure');
  log.runs[0]!.invocations = [
    {
      executionSuccessful: false,
      toolExecutionNotifications: [{ message: { text: sentence(why) }, level: 'error', descriptor: { id: 'run-failure', index } }],
    },
  ];
  return JSON.stringify(log, null, 2) + '\n';
}
