/**
 * The SARIF of every fixture repository, checked against the SARIF 2.1.0 schema and by
 * Microsoft's validator with GitHub's ingestion rules. The built binary writes one log; the
 * others come from the same command line run in-process (about 0.3 s a process saved for
 * each of ~50 logs); npm run test:slow (MTLS_LINT_SLOW) has the binary write them all.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { multitool, runValidator, schemaErrors } from '../format/sarif-check.js';
import { runCli } from '../config/helpers.js';
import { cli, copyFixture, FIXTURES, remove, requireBuild } from './helpers.js';

beforeAll(requireBuild);

const SLOW = process.env.MTLS_LINT_SLOW === '1';

const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function sarifOf(args: string[], opts: { cwd?: string; binary?: boolean } = {}): Promise<string> {
  // A fixture without Consul files (no-consul-files) still gives a valid, empty SARIF log.
  const argv = [...args, '-f', 'sarif', '--no-error-on-unmatched-pattern'];
  const r = opts.binary || SLOW ? cli(argv, { cwd: opts.cwd }) : await runCli(argv, { cwd: opts.cwd });
  expect(r.code, r.stderr).not.toBe(2);
  expect(r.stdout.length, `no SARIF for ${args.join(' ')}: ${r.stderr}`).toBeGreaterThan(0);
  return r.stdout;
}

describe('SARIF of the fixture repositories', () => {
  const logs: Record<string, string> = {};

  beforeAll(async () => {
    for (const name of fixtures) {
      logs[`${name}.sarif`] = await sarifOf([`fixtures/${name}`]);
      logs[`${name}.enforce.sarif`] = await sarifOf([`fixtures/${name}`, '--phase', 'enforce']);
    }
    // A run with a skipped file (binary content) and a category.
    const dir = copyFixture('parse-errors');
    try {
      writeFileSync(path.join(dir, 'consul/blob.json'), Buffer.from([0x7b, 0x00, 0x01, 0x02]));
      logs['skipped.sarif'] = await sarifOf(['.', '--sarif-category', 'consul/prod'], { cwd: dir, binary: true });
    } finally {
      remove(dir);
    }
  });

  test('there are fixtures, and some produce results, suppressions or notifications', () => {
    expect(fixtures).toContain('parse-errors');
    const all = Object.values(logs).map((s) => JSON.parse(s));
    expect(all.some((l) => l.runs[0].results.length > 0)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const results = all.flatMap((l) => l.runs[0].results as any[]);
    const kinds = new Set(results.flatMap((r) => (r.suppressions ?? []).map((x: { kind: string }) => x.kind)));
    if (fixtures.includes('suppressions')) expect(kinds).toContain('inSource');
    if (fixtures.includes('exceptions')) expect(kinds).toContain('external');
    const skipped = JSON.parse(logs['skipped.sarif']!).runs[0];
    expect(skipped.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      message: { text: expect.stringMatching(/^Skipped consul\/blob\.json: binary file/) },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'consul/blob.json', uriBaseId: '%SRCROOT%' } } }],
    });
    expect(skipped.automationDetails).toEqual({ id: 'consul/prod/' });
  });

  test('every log is valid against the SARIF 2.1.0 JSON schema', () => {
    for (const [name, text] of Object.entries(logs)) expect(schemaErrors(JSON.parse(text)), name).toEqual([]);
  });

  test('every rule has its help page in the log', () => {
    const rules = JSON.parse(logs['parse-errors.sarif']!).runs[0].tool.driver.rules;
    for (const r of rules) {
      expect(r.help.markdown, r.id).toMatch(/^# /);
      expect(r.help.markdown, r.id).toContain(r.helpUri);
    }
  });

  /**
   * The validator takes about half a second a log here: by default it sees the logs that hold
   * every part of our SARIF (every rule's metadata, results with related locations,
   * suppressions of both kinds, a notification, a category, enforce levels);
   * npm run test:slow (CI) gives it every fixture's logs.
   */
  const SLOW = process.env.MTLS_LINT_SLOW === '1';
  const QUICK_LOGS = [
    'parse-errors.sarif',
    'k8s-onboarding.sarif',
    'k8s-onboarding.enforce.sarif',
    'permissive-not-allowed-no-mesh.sarif',
    'suppressions.sarif',
    'exceptions.sarif',
    'skipped.sarif',
  ];
  const tool = multitool();
  if ('missing' in tool) {
    if (process.env.CI) throw new Error(`the SARIF validator must run in CI: ${tool.missing}`);
    console.warn(`skipping the SARIF validator: ${tool.missing}`);
  }
  test.skipIf('missing' in tool)('sarif-multitool validate --rule-kind "Gh;Sarif": no errors, no warnings', () => {
    const checked = SLOW ? logs : Object.fromEntries(Object.entries(logs).filter(([name]) => QUICK_LOGS.includes(name)));
    if (!SLOW) expect(Object.keys(checked).sort()).toEqual([...QUICK_LOGS].sort());
    const report = runValidator((tool as { bin: string }).bin, checked);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.summary).toMatch(new RegExp(`Done\\. ${Object.keys(checked).length} files scanned\\. Analysis completed successfully\\.`));
    console.info(`sarif-multitool on ${Object.keys(checked).length} fixture logs: ${report.summary} (${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notes.length} notes)`);
  });
});
