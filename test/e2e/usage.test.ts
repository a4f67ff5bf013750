/** Mistakes on the command line: one line that says what was wrong, and exit 2 (as ESLint). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../config/helpers.js';
import { argsErrorLine } from '../../src/args.js';

describe('a wrong option: one line, the option probably meant, --help for more', () => {
  test.each([
    [['--formt', 'json', 'fixtures/onboarding'], 'mtls-lint: unknown option --formt; did you mean --format?; run mtls-lint --help for the options\n'],
    [['--bogus'], 'mtls-lint: unknown option --bogus; run mtls-lint --help for the options\n'],
    [['--fail-on=error', '--max-warning', '3'], 'mtls-lint: unknown option --max-warning; did you mean --max-warnings?; run mtls-lint --help for the options\n'],
    [['-x'], 'mtls-lint: unknown option -x; run mtls-lint --help for the options\n'],
    [['--format'], 'mtls-lint: option --format needs a value; run mtls-lint --help for the options\n'],
    [['--quiet=yes'], 'mtls-lint: option --quiet takes no value; run mtls-lint --help for the options\n'],
    [['status', '--chek'], 'mtls-lint status: unknown option --chek; did you mean --check?; run mtls-lint status --help for the options\n'],
    [['targets', '--fromat', 'json'], 'mtls-lint targets: unknown option --fromat; did you mean --format?; run mtls-lint targets --help for the options\n'],
    [['ready', '--prometheus-url', 'x'], 'mtls-lint ready: unknown option --prometheus-url; did you mean --prometheus?; run mtls-lint ready --help for the options\n'],
  ])('%j', async (argv, stderr) => {
    const r = await runCli(argv);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  test('another refusal: its first sentence only', () => {
    const err = Object.assign(new Error("Unexpected argument 'x'. This command does not take positional arguments"), { code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' });
    expect(argsErrorLine('mtls-lint', err, {})).toBe("mtls-lint: Unexpected argument 'x'; run mtls-lint --help for the options\n");
  });
});

describe('nothing to lint is exit 2 (ESLint: "No files matching the pattern")', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'mtls-empty-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  test('an empty folder', async () => {
    const r = await runCli(['.'], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtls-lint: no Consul configuration files found in . (0 other files looked at); pass --no-error-on-unmatched-pattern to allow it\n');
    expect(r.stdout).toBe('');
  });

  test('a folder without Consul files; --no-error-on-unmatched-pattern makes it a clean run', async () => {
    const r = await runCli(['fixtures/no-consul-files']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mtls-lint: no Consul configuration files found in fixtures\/no-consul-files \([1-9]\d* other files looked at\); pass --no-error-on-unmatched-pattern to allow it\n$/);
    const ok = await runCli(['--no-error-on-unmatched-pattern', 'fixtures/no-consul-files']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('0 files linted');
  });

  test('pre-commit: staged files that are not Consul config are no error', async () => {
    const r = await runCli(['--pre-commit', 'fixtures/no-consul-files']);
    expect(r.code).toBe(0);
  });

  test('status --check with no entries says so and exits 2; without --check it reports', async () => {
    const r = await runCli(['status', '--check', 'fixtures/no-consul-files']);
    expect(r.stderr).toBe('mtls-lint status: no Consul config entries found in fixtures/no-consul-files: nothing to check\n');
    expect(r.code).toBe(2);
    const plain = await runCli(['status', 'fixtures/no-consul-files']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('no Consul config entries found');
  });
});
