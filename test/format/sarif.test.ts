import { beforeAll, describe, expect, test } from 'vitest';
import { formatSarif, SARIF_SCHEMA_URI } from '../../src/format/sarif.js';
import { fingerprint, FINGERPRINT_KEY } from '../../src/format/fingerprint.js';
import { CLEAN, FINDINGS, range, sampleResult } from './sample-result.js';
import { multitool, runValidator, schemaDraft, schemaErrors, type ValidatorReport } from './sarif-check.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const parse = (s: string): Json => JSON.parse(s);

describe('SARIF 2.1.0', () => {
  const full = sampleResult({ ruleErrors: [{ ruleId: 'permissive-mtls', message: 'boom' }] });
  const log = parse(formatSarif(full, { category: 'consul/staging' }));
  const run = log.runs[0];

  test('the vendored schema is the one the validator ships, and it declares its draft', () => {
    expect(schemaDraft()).toMatch(/2020-12|draft-07/);
  });

  test('is valid against the SARIF 2.1.0 JSON schema (with findings, suppressions, notifications)', () => {
    expect(schemaErrors(log)).toEqual([]);
    expect(schemaErrors(parse(formatSarif(CLEAN)))).toEqual([]);
  });

  test('the schema check is not vacuous', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.version;
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
  });

  test('header: $schema, version, one run, tool driver', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({
      name: 'mtls-lint',
      version: '0.1.0',
      semanticVersion: '0.1.0',
      informationUri: 'https://github.com/mtls-lint/mtls-lint',
    });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  test('every rule, with help from its page and the link GitHub does not show otherwise', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r: Json) => r.id)).toEqual(full.rules.map((r) => r.id));
    const pe = rules.find((r: Json) => r.id === 'parse-error');
    expect(pe).toMatchObject({
      name: 'ParseError',
      shortDescription: { text: 'A file that looks like Consul configuration cannot be parsed the way Consul parses it.' },
      fullDescription: { text: 'Flags a file Consul cannot parse.' },
      helpUri: 'https://github.com/mtls-lint/mtls-lint/blob/main/rules/parse-error.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(pe.help.markdown).toContain('## Why is this bad?');
    expect(pe.help.markdown).toContain('(https://github.com/mtls-lint/mtls-lint/blob/main/rules/parse-error.md)');
    expect(pe.help.text).toContain('Documentation: https://github.com/mtls-lint/mtls-lint/blob/main/rules/parse-error.md');
    expect(pe.properties.tags).toEqual(['consul', 'correctness', 'mtls']);
    expect(pe.properties.precision).toBe('very-high');
    expect(pe.properties['security-severity']).toBeUndefined();
  });

  test('security rules: the security tag and security-severity as a string', () => {
    const pm = run.tool.driver.rules.find((r: Json) => r.id === 'permissive-mtls');
    expect(pm.properties.tags).toContain('security');
    expect(pm.properties['security-severity']).toBe('7.5');
    const md = run.tool.driver.rules.find((r: Json) => r.id === 'mesh-destinations-only-disabled');
    expect(md.properties['security-severity']).toBe('5.0');
    expect(md.properties.precision).toBe('high');
  });

  test('a rule turned off is listed, disabled', () => {
    const off = run.tool.driver.rules.find((r: Json) => r.id === 'strict-mode-implicit');
    expect(off.defaultConfiguration).toEqual({ enabled: false, level: 'note' });
  });

  test('results: ruleId and ruleIndex, level, message, full region, repository-relative URI', () => {
    expect(run.results).toHaveLength(FINDINGS.length);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.message.text).toMatch(/\.$/);
    }
    const pe = run.results.find((r: Json) => r.ruleId === 'parse-error');
    expect(pe.level).toBe('error');
    expect(pe.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'consul/bad%2Cname%3A1.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 27, endLine: 3, endColumn: 28 },
    });
    const api = run.results.find((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri === 'consul/api%20defaults.hcl');
    expect(api.level).toBe('warning');
    expect(api.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'consul/mesh.hcl', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 40 },
        },
        message: { text: 'mesh entry of this partition.' },
      },
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%']).toBeDefined();
  });

  test('partialFingerprints: stable, line-independent, distinct per finding', () => {
    const fps = run.results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(fps).size).toBe(fps.length);
    for (const fp of fps) expect(fp).toMatch(/^[0-9a-f]{64}$/);
    const moved = { ...FINDINGS[1]!, location: { ...FINDINGS[1]!.location, range: range(40, 5, 40, 33) } };
    expect(fingerprint(moved)).toBe(fingerprint(FINDINGS[1]!));
    const otherSubject = { ...FINDINGS[1]!, subject: 'service-defaults/default/default/other#MutualTLSMode' };
    expect(fingerprint(otherSubject)).not.toBe(fingerprint(FINDINGS[1]!));
    // Moving every finding down ten lines changes no fingerprint.
    const shifted = sampleResult({
      findings: FINDINGS.map((f) => ({
        ...f,
        location: { ...f.location, range: range(f.location.range.start.line + 10, 1, f.location.range.end.line + 10, 9) },
      })),
    });
    const again = parse(formatSarif(shifted)).runs[0].results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(again).toEqual(fps);
  });

  test('suppressed findings carry suppressions with kind and justification', () => {
    const web = run.results.find((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri === 'consul/web.hcl');
    expect(web.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'migrating until June',
        location: {
          physicalLocation: {
            artifactLocation: { uri: 'consul/web.hcl', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 60 },
          },
        },
      },
    ]);
    const mesh = run.results.find((r: Json) => r.ruleId === 'mesh-destinations-only-disabled');
    expect(mesh.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'legacy egress; ticket NET-12' }]);
    const pe = run.results.find((r: Json) => r.ruleId === 'parse-error');
    expect(pe.suppressions).toBeUndefined();
  });

  test('invocation: success flag, skipped files and rule failures as notifications', () => {
    expect(run.invocations).toHaveLength(1);
    const inv = run.invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    const [skip, fail] = inv.toolExecutionNotifications;
    expect(skip).toMatchObject({
      level: 'note',
      message: { text: 'Skipped consul/huge.json: larger than 5 MB.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'consul/huge.json', uriBaseId: '%SRCROOT%' } } }],
      descriptor: { id: 'skipped-file', index: 0 },
    });
    expect(fail).toMatchObject({ level: 'error', associatedRule: { id: 'permissive-mtls', index: 2 } });
    expect(parse(formatSarif(sampleResult())).runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  test('automationDetails.id from --sarif-category (GitHub reads the category up to the last "/")', () => {
    expect(run.automationDetails).toEqual({ id: 'consul/staging/' });
    expect(parse(formatSarif(full, { category: 'x/' })).runs[0].automationDetails).toEqual({ id: 'x/' });
    expect(parse(formatSarif(full)).runs[0].automationDetails).toBeUndefined();
  });

  test('clean run: results is an empty array', () => {
    const clean = parse(formatSarif(CLEAN)).runs[0];
    expect(clean.results).toEqual([]);
    expect(clean.invocations[0]).toEqual({ executionSuccessful: true });
  });

  test('byte-identical between runs; no timestamps, no absolute paths', () => {
    const a = formatSarif(full, { category: 'c' });
    const b = formatSarif(structuredClone(full), { category: 'c' });
    expect(a).toBe(b);
    expect(a).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    expect(a).not.toContain('file://');
    expect(a).not.toContain(process.cwd());
  });
});

describe('Microsoft SARIF validator (sarif-multitool validate --rule-kind "Gh;Sarif")', () => {
  const tool = multitool();
  if ('missing' in tool) {
    if (process.env.CI) throw new Error(`the SARIF validator must run in CI: ${tool.missing}`);
    console.warn(`skipping the SARIF validator tests: ${tool.missing}`);
  }
  // One validator run for all three logs (its start-up is most of its time); results by file.
  let report: ValidatorReport;
  const of = (name: string, lines: string[]) => lines.filter((l) => l.includes(`${name}(`));
  beforeAll(() => {
    if ('missing' in tool) return;
    const broken = parse(formatSarif(sampleResult()));
    delete broken.runs[0].tool.driver.rules[0].help;
    report = runValidator(tool.bin, {
      'full.sarif': formatSarif(sampleResult({ ruleErrors: [{ ruleId: 'permissive-mtls', message: 'boom' }] }), { category: 'consul/' }),
      'clean.sarif': formatSarif(CLEAN),
      'broken.sarif': JSON.stringify(broken),
    });
  });

  test.skipIf('missing' in tool)('zero errors and zero warnings on every shape of output', () => {
    for (const name of ['full.sarif', 'clean.sarif']) {
      expect(of(name, report.errors), name).toEqual([]);
      expect(of(name, report.warnings), name).toEqual([]);
    }
    // Every result is about one of the logs, so none escapes the per-file checks above.
    for (const l of [...report.errors, ...report.warnings]) expect(l).toMatch(/(full|clean|broken)\.sarif\(/);
    // The only message about the run itself: SARIF2006 (HTTP reachability) is off, on purpose.
    expect(report.toolMessages).toEqual([expect.stringMatching(/WRN999\.RuleExplicitlyDisabled : Rule 'SARIF2006'/)]);
    expect(report.summary).toMatch(/Done\. 3 files scanned\./);
    console.info(`sarif-multitool: ${report.summary}`);
  });

  test.skipIf('missing' in tool)('the validator is not vacuous: a rule without help is a GitHub error', () => {
    expect(of('broken.sarif', report.errors).join('\n')).toMatch(/GH\d+/);
  });
});
