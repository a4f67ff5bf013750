/**
 * Repository text in every output format (issue 14 items 7-11): a pull request that names a
 * file and a service with Markdown, HTML, mentions, a lone CR, bidirectional and zero-width
 * characters and SARIF placeholders, a Terraform value mtls-lint cannot evaluate, and a link
 * out of the linted folder. Run as CI runs them: the built CLI, and the Action bundle with
 * GitHub's environment variables. Each asserts no markup or workflow command was injected,
 * nothing outside was read, the real findings in good/ survived, and the run ended within the
 * spawn timeout.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors } from '../format/sarif-check.js';
import { BIN, cleanEnv, remove, requireBuild, ROOT, tempDir } from '../e2e/helpers.js';
import { GOOD, makeRepo, removeRepo, write } from './helpers.js';

const BUNDLE = path.join(ROOT, 'dist/action/index.js');

const RLO = '\u202e';
const ZWSP = '\u200b';
/** A service name: a lone CR, HTML, a mention, an image, a link, backticks, a pipe, invisible characters, a placeholder. */
const NAME = `a\r<details><summary>x</summary>@octocat ![i](http://evil.example/i.png) [l](http://evil.example) \`tick\` ${RLO}olleh${ZWSP} {0} | pipe`;
const FILE = `evil\`x\`![i](http:__evil)@octocat<img src=x>${RLO}olleh${ZWSP}.json`;

let dir: string;
let outside: string;

beforeAll(() => {
  requireBuild();
  dir = makeRepo('mtls-inject-');
  outside = tempDir('mtls-inject-outside-');
  write(dir, FILE, JSON.stringify({ Kind: 'service-defaults', Name: NAME, MutualTLSMode: 'permissive' }));
  write(
    dir,
    'tf/main.tf',
    'locals { mode = "permissive" }\nresource "consul_config_entry" "web" {\n  kind = "service-defaults"\n  name = "web"\n  config_json = jsonencode({\n    MutualTLSMode = lower("PERMISSIVE")\n    Mode          = local.mode\n  })\n}\n',
  );
});

afterAll(() => {
  removeRepo(dir);
  remove(outside);
});

function cli(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanEnv({ MTLS_LINT_NOW: '2026-01-15' }), encoding: 'utf8', timeout: 60_000 });
  expect(r.signal).toBeNull();
  return r;
}

/** The text outside code spans (whose content renders literally), as CommonMark pairs backtick runs. */
function outsideCode(md: string): string {
  return md.replace(/(?<!`)(`+)(?!`)[^]*?(?<!`)\1(?!`)/g, '');
}

/** Markup that only repository text could have put there (a code span shows its content as text). */
function expectNoMarkup(all: string): void {
  expect(all).not.toContain('\r');
  expect(all).not.toContain(RLO);
  expect(all).not.toContain(ZWSP);
  const md = outsideCode(all);
  expect(md).not.toContain('<img');
  expect(md).not.toContain('<details><summary>x');
  expect(md).not.toMatch(/!\[i\]\(/);
  expect(md).not.toMatch(/(?<!\\)\[l\]\(/);
  // `@octocat` only as a code span `@` followed by the name, never a mention.
  expect(md).not.toContain('@octocat');
}

describe('repository text is escaped for every output format', () => {
  it('item 7: the job summary of the Action bundle holds no markup from the repository; no workflow command injected', () => {
    const runnerTemp = tempDir('mtls-inject-runner-');
    try {
      const summary = path.join(runnerTemp, 'step_summary');
      writeFileSync(summary, '');
      const r = spawnSync(process.execPath, [BUNDLE], {
        cwd: runnerTemp,
        env: cleanEnv({
          GITHUB_ACTIONS: 'true',
          CI: 'true',
          GITHUB_WORKSPACE: dir,
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_OUTPUT: path.join(runnerTemp, 'output'),
          RUNNER_TEMP: runnerTemp,
          INPUT_PATHS: '.',
          'INPUT_FAIL-ON': 'error',
          MTLS_LINT_NOW: '2026-01-15',
        }),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.signal).toBeNull();
      expect(r.status, r.stderr).toBe(0);
      const md = readFileSync(summary, 'utf8');
      expectNoMarkup(md);
      // The only HTML is the summary's own.
      expect(outsideCode(md).match(/<[a-z]+/g)?.filter((t) => t !== '<br' && t !== '<sub') ?? []).toEqual([]);
      expect(md).toContain('`@`octocat \\!\\[i\\](http://evil.example/i.png)');
      expect(md).toMatch(/good\/consul\/payments-defaults\.json:5:3/);
      // Annotations: every workflow command is one of ours, and the file name is escaped.
      for (const line of r.stdout.split('\n').filter((l) => l.startsWith('::'))) {
        expect(line).toMatch(/^::(warning|error|notice) file=|^::stop-commands::|^::[0-9a-f-]{36}::$/);
      }
      expect(r.stdout).not.toContain(RLO);
      expect(r.stdout).not.toContain('\r');
      expect(r.stdout).toContain('::warning file=good/consul/payments-defaults.json,line=5');
    } finally {
      remove(runnerTemp);
    }
  });

  it('item 7: status --format markdown holds no markup from the repository', () => {
    const r = cli(['status', '-f', 'markdown', '.']);
    expect(r.status, r.stderr).toBe(0);
    expectNoMarkup(r.stdout);
    expect(r.stdout).toContain('| payments | default |');
  });

  it('item 9: text and github formats mark bidirectional and zero-width characters', () => {
    for (const format of ['text', 'github']) {
      const r = cli(['-f', format, '.']);
      expect(r.stdout).not.toContain(RLO);
      expect(r.stdout).not.toContain(ZWSP);
      expect(r.stdout).toContain('\\u202eolleh\\u200b');
      expect(r.stdout).toContain('payments-defaults.json');
    }
  });

  it('items 9, 10, 11: SARIF message text marks invisible characters, doubles literal braces, lists values not evaluated; schema-valid', () => {
    const r = cli(['-f', 'sarif', '.']);
    const sarif = JSON.parse(r.stdout);
    expect(schemaErrors(sarif)).toEqual([]);
    const run = sarif.runs[0];
    const texts: string[] = [
      ...run.results.flatMap((x: { message: { text: string }; relatedLocations?: { message: { text: string } }[] }) => [
        x.message.text,
        ...(x.relatedLocations ?? []).map((l) => l.message.text),
      ]),
      ...(run.invocations[0].toolExecutionNotifications ?? []).map((n: { message: { text: string } }) => n.message.text),
    ];
    for (const t of texts) {
      expect(t).not.toContain(RLO);
      expect(t).not.toContain(ZWSP);
      // Outside placeholders, braces come in pairs (§3.11.5); mtls-lint uses no placeholders.
      expect(t.replace(/\{\{|\}\}/g, '')).not.toMatch(/[{}]/);
    }
    expect(texts.some((t) => t.includes('\\u202eolleh\\u200b {{0}} | pipe'))).toBe(true);
    const notEvaluated = run.invocations[0].toolExecutionNotifications.filter((n: { descriptor: { id: string } }) => n.descriptor.id === 'not-evaluated');
    expect(notEvaluated.map((n: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) => `${n.locations[0]!.physicalLocation.artifactLocation.uri}:${n.locations[0]!.physicalLocation.region.startLine} ${n.message.text}`)).toEqual([
      'tf/main.tf:6 MutualTLSMode = lower("PERMISSIVE") is computed by Terraform and was not evaluated; no rule checked it.',
      'tf/main.tf:7 Mode = local.mode is computed by Terraform and was not evaluated; no rule checked it.',
    ]);
    expect(run.results.some((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'good/consul/payments-defaults.json')).toBe(true);
  });

  it('item 10: JSON lists the fields Terraform computes under files[].notEvaluated', () => {
    const r = cli(['-f', 'json', '.']);
    const json = JSON.parse(r.stdout);
    const tf = json.files.find((f: { path: string }) => f.path === 'tf/main.tf');
    expect(tf.notEvaluated).toEqual([
      { field: 'MutualTLSMode', expression: 'lower("PERMISSIVE")', line: 6, column: 21, endLine: 6, endColumn: 40 },
      { field: 'Mode', expression: 'local.mode', line: 7, column: 21, endLine: 7, endColumn: 31 },
    ]);
    expect(json.findings.some((f: { file: string; ruleId: string }) => f.file === `${GOOD}/consul/payments-defaults.json` && f.ruleId === 'permissive-mtls')).toBe(true);
  });
});

describe('item 8: a link out of the linted folder, run from a parent folder', () => {
  it('is judged against the linted folder, not the working directory: not read', () => {
    const parent = tempDir('mtls-inject-parent-');
    try {
      const repo = path.join(parent, 'repo');
      mkdirSync(repo);
      // Inside the working directory, outside the linted folder `repo`.
      writeFileSync(path.join(parent, 'secret.hcl'), 'Kind = "service-defaults"\nName = "secret"\nMutualTLSMode = "permissive"\n');
      symlinkSync('../secret.hcl', path.join(repo, 'link.hcl'));
      writeFileSync(path.join(repo, 'real.hcl'), 'Kind = "service-defaults"\nName = "real"\nMutualTLSMode = "permissive"\n');
      const r = cli(['-f', 'json', 'repo'], parent);
      const json = JSON.parse(r.stdout);
      expect(json.files.find((f: { path: string }) => f.path === 'repo/link.hcl')).toMatchObject({ status: 'skipped', reason: 'symbolic link to a path outside the linted directory' });
      expect(r.stdout).not.toContain('"secret"');
      expect(json.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toContain('repo/real.hcl permissive-mtls');
    } finally {
      remove(parent);
    }
  });
});
