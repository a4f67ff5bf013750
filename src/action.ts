/**
 * The GitHub Action (action.yml → dist/action/index.js, bundled by `npm run build:action`).
 *
 * It runs the CLI with the inputs GitHub passes as `INPUT_*` variables, and writes what a
 * pull request shows: annotations (workflow commands on standard output), a job summary
 * (Markdown appended to `$GITHUB_STEP_SUMMARY`), the SARIF file for code scanning, and the
 * step outputs `errors`, `warnings` and `sarif-file` (appended to `$GITHUB_OUTPUT`).
 * The exit code is the CLI's: 0 pass, 1 findings at or above `fail-on`, 2 failure.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { main } from './cli.js';
import { escapeData } from './format/github.js';

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
    const stderr = (s: string) => write(`::stop-commands::${token}\n${s}${s.endsWith('\n') ? '' : '\n'}::${token}::\n`);
    const code = await main(argv, { stdout: write, stderr, cwd: workspace, env, isTTY: false });

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

runAction(process.env, (s) => process.stdout.write(s)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stdout.write(`::error title=mtls-lint::internal error: ${escapeData(String(err))}\n`);
    process.exitCode = 2;
  },
);
