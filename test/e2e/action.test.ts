/**
 * The GitHub Action: its committed bundle is current, and run the way GitHub runs it
 * (node, INPUT_* variables, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_WORKSPACE) it writes
 * annotations, the job summary, the SARIF file and the step outputs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { schemaErrors } from '../format/sarif-check.js';
import { cleanEnv, copyFixture, remove, requireBuild, ROOT, tempDir } from './helpers.js';

const BUNDLE = path.join(ROOT, 'dist/action/index.js');

describe('action.yml', () => {
  test('is a node24 JavaScript action (node20 is deprecated on GitHub runners) running the committed bundle, with the documented inputs and outputs', () => {
    const yml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/action\/index\.js$/m);
    for (const input of ['paths', 'phase', 'config', 'fail-on', 'sarif-file']) expect(yml).toMatch(new RegExp(`^  ${input}:$`, 'm'));
    for (const output of ['errors', 'warnings', 'sarif-file']) expect(yml).toMatch(new RegExp(`^  ${output}:\\n    description:`, 'm'));
  });

  test('dist/action/index.js is current: rebuilding it gives the same bytes (else run `npm run build:action`)', () => {
    const dir = tempDir();
    try {
      const out = path.join(dir, 'index.js');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-action.mjs'), out], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const fresh = readFileSync(out, 'utf8');
      const committed = readFileSync(BUNDLE, 'utf8');
      expect(committed === fresh, 'dist/action/index.js is stale: run `npm run build:action` and commit it').toBe(true);
    } finally {
      remove(dir);
    }
  });
});

describe('the bundle, run as GitHub runs it', () => {
  beforeAll(requireBuild);

  function runAction(fixture: string, inputs: Record<string, string>, workspace?: string) {
    const ws = workspace ?? copyFixture(fixture);
    const runnerTemp = tempDir('mtls-runner-');
    const summary = path.join(runnerTemp, 'step_summary');
    const output = path.join(runnerTemp, 'output');
    writeFileSync(summary, '# Earlier step\n\n');
    writeFileSync(output, 'earlier=1\n');
    const env: Record<string, string> = {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: ws,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: runnerTemp,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    // GitHub starts the action in the workspace; run it from elsewhere to show it uses GITHUB_WORKSPACE.
    const r = spawnSync(process.execPath, [BUNDLE], { cwd: runnerTemp, env: cleanEnv(env), encoding: 'utf8', timeout: 60_000 });
    return {
      code: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      ws,
      runnerTemp,
      summary: readFileSync(summary, 'utf8'),
      outputs: readFileSync(output, 'utf8'),
      cleanup: () => {
        remove(ws);
        remove(runnerTemp);
      },
    };
  }

  test('findings: annotations, summary, SARIF, outputs; fails the step', () => {
    const r = runAction('parse-errors', { paths: '.', 'fail-on': 'error', 'sarif-file': 'reports/mtls-lint.sarif', phase: 'onboarding' });
    try {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain(
        '::error file=consul/api-defaults.json,line=5,col=28,endLine=5,endColumn=28,title=parse-error::JSON does not allow a trailing comma',
      );
      expect(r.summary).toMatch(/^# Earlier step\n\n### ❌ mtls-lint: 1 error, 0 warnings, 0 notes\n/);
      expect(r.summary).toContain('| 🔴 error | [parse-error](');
      const sarifPath = path.join(r.ws, 'reports/mtls-lint.sarif');
      expect(r.outputs).toBe(`earlier=1\nerrors=1\nwarnings=0\nsarif-file=${sarifPath}\n`);
      const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
      expect(schemaErrors(sarif)).toEqual([]);
      expect(sarif.runs[0].results).toHaveLength(1);
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('consul/api-defaults.json');
      expect(sarif.runs[0].tool.driver.rules.every((x: { help: { markdown: string } }) => x.help.markdown.startsWith('# '))).toBe(true);
    } finally {
      r.cleanup();
    }
  });

  test('clean repository: passes, default SARIF path (under RUNNER_TEMP, outside the checkout), outputs zero', () => {
    const r = runAction('resecured', { paths: '', 'fail-on': 'warning', phase: 'enforce', 'sarif-file': '' });
    try {
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).not.toContain('::error');
      expect(r.summary).toContain('### ✅ mtls-lint: 0 errors, 0 warnings, 0 notes');
      expect(r.outputs).toBe(`earlier=1\nerrors=0\nwarnings=0\nsarif-file=${path.join(r.runnerTemp, 'mtls-lint.sarif')}\n`);
      expect(JSON.parse(readFileSync(path.join(r.runnerTemp, 'mtls-lint.sarif'), 'utf8')).runs[0].results).toEqual([]);
    } finally {
      r.cleanup();
    }
  });

  test('standard error quoting the repository is wrapped in stop-commands: a config key cannot become a workflow command', () => {
    const ws = copyFixture('onboarding');
    writeFileSync(path.join(ws, '.mtls-lint.yaml'), '"x\\n::error title=pwned::owned": 1\nphase: enforced\n');
    const r = runAction('onboarding', { paths: '.' }, ws);
    try {
      expect(r.code).toBe(2);
      const m = /::stop-commands::([0-9a-f-]{36})\n([\s\S]*?)::\1::\n/.exec(r.stdout);
      expect(m, r.stdout).not.toBeNull();
      expect(m![2]).toContain('unknown key');
      // Outside the wrapped block no line starts a command from the file's text.
      expect(r.stdout.replace(m![0], '')).not.toMatch(/^::error title=pwned/m);
      expect(m![2]).not.toMatch(/^::error title=pwned/m);
    } finally {
      r.cleanup();
    }
  });

  test('fail-on warning fails on warnings; several paths on separate lines', () => {
    const r = runAction('onboarding', { paths: 'consul\nk8s\n', 'fail-on': 'warning' });
    try {
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^::warning file=consul\/mesh\.hcl,/m);
      expect(r.outputs).toMatch(/^warnings=[1-9]\d*$/m);
    } finally {
      r.cleanup();
    }
  });

  test('config: the given .mtls-lint.yaml applies (its phase turns warnings into errors)', () => {
    const ws = copyFixture('onboarding');
    writeFileSync(path.join(ws, 'ci-config.yaml'), 'phase: enforce\n');
    // runAction copies the fixture itself; point it at a copy that has the config file.
    const r = runAction('onboarding', { config: 'ci-config.yaml' }, ws);
    try {
      expect(r.code, r.stdout).toBe(1);
      expect(r.outputs).toMatch(/^errors=[1-9]\d*\nwarnings=0$/m);
    } finally {
      r.cleanup();
    }
  });

  test('a bad input is a failed step with a message, not a crash', () => {
    const r = runAction('parse-errors', { 'fail-on': 'fatal' });
    try {
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('--fail-on must be error, warning or note');
      expect(r.stdout).toMatch(/^::error title=mtls-lint::mtls-lint could not lint: .*--fail-on must be error, warning or note/m);
      expect(r.outputs).toBe(`earlier=1\nsarif-file=${path.join(r.runnerTemp, 'mtls-lint.sarif')}\n`);
    } finally {
      r.cleanup();
    }
  });

  test('a failure (a missing path) still leaves an annotation, the job summary and a valid SARIF log with no result, so the upload step does not fail too', () => {
    const r = runAction('parse-errors', { paths: 'no/such/dir', 'sarif-file': 'out/results.sarif', 'sarif-category': 'consul' });
    try {
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^::error title=mtls-lint::mtls-lint could not lint: .*no\/such\/dir/m);
      expect(r.summary).toMatch(/^# Earlier step\n\n## mtls-lint\n\n❌ mtls-lint could not lint this repository:\n\n```text\n.*no\/such\/dir.*\n```\n+$/s);
      const sarifPath = path.join(r.ws, 'out/results.sarif');
      const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
      expect(schemaErrors(sarif)).toEqual([]);
      expect(sarif.runs[0].results).toEqual([]);
      expect(sarif.runs[0].automationDetails).toEqual({ id: 'consul/' });
      expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
      expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^mtls-lint could not lint: .*no\/such\/dir/);
      expect(r.outputs).toBe(`earlier=1\nsarif-file=${sarifPath}\n`);
    } finally {
      r.cleanup();
    }
  });

  test('the failure message from a hostile repository is no markup in the summary and no command in the annotation', () => {
    const ws = copyFixture('parse-errors');
    writeFileSync(path.join(ws, '.mtls-lint.yaml'), 'phase: "```\\n<img src=x onerror=alert(1)>\\n::error::pwned"\n');
    const r = runAction('parse-errors', {}, ws);
    try {
      expect(r.code).toBe(2);
      expect(r.stdout).not.toMatch(/^::error::pwned/m);
      const block = /```+text\n([\s\S]*?)\n```+\n+$/.exec(r.summary);
      expect(block, r.summary).not.toBeNull();
      // The text holds ``` and <img …>: a four-backtick fence keeps both literal.
      expect(r.summary).toContain('\n````text\n');
      expect(block![1]).toContain('<img src=x onerror=alert(1)>');
      expect(r.summary.split('\n').filter((l) => l.includes('<img'))).toEqual([block![1]]);
    } finally {
      r.cleanup();
    }
  });
});
