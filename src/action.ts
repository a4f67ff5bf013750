/**
 * The GitHub Action (action.yml → dist/action/index.js, bundled by `npm run build:action`).
 *
 * It runs the CLI with the inputs GitHub passes as `INPUT_*` variables, and writes what a
 * pull request shows: annotations (workflow commands on standard output), a job summary
 * (Markdown appended to `$GITHUB_STEP_SUMMARY`), the SARIF file for code scanning, and the
 * step outputs `errors`, `warnings` and `sarif-file` (appended to `$GITHUB_OUTPUT`).
 * The exit code is the CLI's: 0 pass, 1 findings at or above `fail-on`, 2 failure.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { main } from './cli.js';
import { escapeData } from './format/github.js';
import { formatFailedSarif } from './format/sarif.js';
import { escapeControls, oneLine } from './format/words.js';
import { TOOL } from './version.js';
import { writeFileCreatingFolder } from './write.js';

/** An input as GitHub names its variable: `fail-on` → `INPUT_FAIL-ON`. */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** `paths`: one per line, or separated by spaces on a single line. */
export function splitPaths(v: string): string[] {
  const parts = v.includes('\n') ? v.split(/\r?\n/) : v.split(/\s+/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export async function runAction(env: NodeJS.ProcessEnv, write: (s: string) => void): Promise<number> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  // Default: outside the checkout (a planted mtls-lint.sarif symlink there is never written to).
  const sarifInput = input(env, 'sarif-file');
  const sarifFile = sarifInput ? path.resolve(workspace, sarifInput) : path.join(env.RUNNER_TEMP || tmpdir(), 'mtls-lint.sarif');
  const tmp = mkdtempSync(path.join(env.RUNNER_TEMP || tmpdir(), 'mtls-lint-'));
  try {
    const summaryFile = path.join(tmp, 'summary.md');
    const jsonFile = path.join(tmp, 'result.json');
    const argv = [
      ...splitPaths(input(env, 'paths')),
      '--format', 'github',
      '--output', `markdown=${summaryFile}`,
      '--output', `json=${jsonFile}`,
      '--sarif-file', sarifFile,
      '--fail-on', input(env, 'fail-on') || 'error',
    ];
    const phase = input(env, 'phase');
    if (phase) argv.push('--phase', phase);
    const config = input(env, 'config');
    if (config) argv.push('--config', config);
    const category = input(env, 'sarif-category');
    if (category) argv.push('--sarif-category', category);

    // Standard output is the annotations (workflow commands on purpose). Standard error quotes
    // the repository (config problems, baseline lines): no line of it may become a command.
    const token = randomUUID();
    let firstError = '';
    const stderr = (s: string) => {
      if (firstError === '') firstError = s.split('\n').find((l) => l.trim() !== '') ?? '';
      write(`::stop-commands::${token}\n${s}${s.endsWith('\n') ? '' : '\n'}::${token}::\n`);
    };
    const code = await main(argv, { stdout: write, stderr, cwd: workspace, env, isTTY: false });
    // Exit 2 before any report was written: the CLI could not lint (a rule that threw still
    // leaves the reports, its failure inside them).
    if (code === 2 && !existsSync(jsonFile)) {
      failed(env, write, workspace, sarifFile, oneLine(escapeControls(firstError || 'mtls-lint failed without a message')).slice(0, MAX_WHY), category);
      return code;
    }

    let summary: { errors: number; warnings: number } | undefined;
    try {
      summary = (JSON.parse(readFileSync(jsonFile, 'utf8')) as { summary: { errors: number; warnings: number } }).summary;
    } catch {
      /* no report: the CLI failed before linting and said why */
    }
    if (env.GITHUB_STEP_SUMMARY) {
      try {
        appendFileSync(env.GITHUB_STEP_SUMMARY, readFileSync(summaryFile, 'utf8') + '\n');
      } catch {
        /* nothing to summarize */
      }
    }
    if (env.GITHUB_OUTPUT && summary) {
      appendFileSync(env.GITHUB_OUTPUT, `errors=${summary.errors}\nwarnings=${summary.warnings}\nsarif-file=${sarifFile}\n`);
    }
    if (code === 1) write(`::error title=mtls-lint::mtls-lint found findings at or above fail-on (${input(env, 'fail-on') || 'error'})\n`);
    return code;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The most of a failure's message repeated in the annotation, the summary and the SARIF log. */
const MAX_WHY = 1000;

/**
 * A run that could not lint (a missing path, a bad config, an internal error) still leaves
 * what the workflow reads: an error annotation, a job summary, and a valid SARIF log with no
 * result at the SARIF path. Uploaded, it is a failed run to code scanning (processing error
 * "unsuccessful execution"), which keeps the open alerts; without it the upload step would fail
 * on a missing file and say nothing about why.
 */
function failed(env: NodeJS.ProcessEnv, write: (s: string) => void, workspace: string, sarifFile: string, why: string, category: string): void {
  write(`::error title=mtls-lint::mtls-lint could not lint: ${escapeData(why)}\n`);
  if (env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(env.GITHUB_STEP_SUMMARY, `## mtls-lint\n\n❌ mtls-lint could not lint this repository:\n\n${fenced(why)}\n`);
    } catch {
      /* no summary file to write */
    }
  }
  try {
    writeFileCreatingFolder(sarifFile, formatFailedSarif(TOOL, `mtls-lint could not lint: ${why}`, { category }), workspace);
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `sarif-file=${sarifFile}\n`);
  } catch (err) {
    write(`::error title=mtls-lint::no SARIF file written: ${escapeData(err instanceof Error ? err.message : String(err))}\n`);
  }
}

/** Repository text as a Markdown code block: a fence longer than any run of backticks in it, so nothing inside is markup. */
function fenced(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}\n`;
}

runAction(process.env, (s) => process.stdout.write(s)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stdout.write(`::error title=mtls-lint::internal error: ${escapeData(String(err))}\n`);
    process.exitCode = 2;
  },
);
