/**
 * The two checks every SARIF log goes through in tests: the SARIF 2.1.0 JSON schema
 * (Ajv, in the draft the schema declares) and Microsoft's validator
 * (`sarif-multitool validate --rule-kind "Gh;Sarif"`: SARIF rules and GitHub's ingestion rules).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft07 from 'ajv';
import addFormats from 'ajv-formats';

const here = path.dirname(new URL(import.meta.url).pathname);
export const FIXTURES = path.resolve(here, '../fixtures/sarif');
const SCHEMA_FILE = path.join(FIXTURES, 'sarif-schema-2.1.0.json');

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
let validator: Validate | undefined;

export function schemaDraft(): string {
  return (JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { $schema: string }).$schema;
}

/** Ajv errors for a SARIF log (empty when it is valid). */
export function schemaErrors(log: unknown): unknown[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    const draft = String(schema.$schema);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const Ctor: any = draft.includes('2020-12') ? Ajv2020 : draft.includes('draft-07') ? AjvDraft07 : undefined;
    if (!Ctor) throw new Error(`unexpected JSON Schema draft ${draft}`);
    const ajv = new Ctor({ allErrors: true, strict: false, validateFormats: true });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (addFormats as any)(ajv);
    validator = ajv.compile(schema) as Validate;
  }
  return validator(log) ? [] : [...(validator.errors ?? [])];
}

/**
 * Microsoft's validator is not a devDependency: pre-commit installs this package's
 * devDependencies for every user of the hook, and the validator weighs ~140 MB. The
 * tests install it, pinned, from the npm registry into node_modules/.cache (once).
 */
export const MULTITOOL_VERSION = '5.7.0';
const TOOLS = path.resolve(here, '../../node_modules/.cache/mtls-lint-tools', `sarif-multitool-${MULTITOOL_VERSION}`);

function installedBin(prefix: string): string | undefined {
  try {
    const require = createRequire(path.join(prefix, 'package.json'));
    const bin = require('@microsoft/sarif-multitool') as string;
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

/** The validator binary, or why it cannot run here. */
export function multitool(): { bin: string } | { missing: string } {
  let bin = installedBin(TOOLS);
  if (!bin) {
    // Install beside, then move into place: two test files may ask at once.
    mkdirSync(path.dirname(TOOLS), { recursive: true });
    const staging = mkdtempSync(`${TOOLS}.tmp-`);
    const r = spawnSync(
      'npm',
      ['install', '--prefix', staging, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `@microsoft/sarif-multitool@${MULTITOOL_VERSION}`],
      { encoding: 'utf8', timeout: 300_000 },
    );
    if (r.status === 0 && installedBin(staging)) {
      try {
        renameSync(staging, TOOLS);
      } catch {
        /* the other one won */
      }
    }
    rmSync(staging, { recursive: true, force: true });
    bin = installedBin(TOOLS);
    if (!bin) return { missing: `npm install @microsoft/sarif-multitool@${MULTITOOL_VERSION} failed: ${r.stderr || r.error?.message}` };
  }
  const probe = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.status !== 0) return { missing: `sarif-multitool --version failed: ${probe.stderr || probe.error?.message}` };
  return { bin };
}

export interface ValidatorReport {
  /** Everything the validator printed. */
  output: string;
  /**
   * Its results about the logs, by level (notes are advice: SARIF2002 message ids,
   * SARIF2009 id style, snippets). The one tool-level warning we cause on purpose,
   * WRN999 "rule SARIF2006 explicitly disabled" (it would make HTTP requests), is in
   * `toolMessages`, not here.
   */
  errors: string[];
  warnings: string[];
  notes: string[];
  /** Messages about the validator run itself (`SARIF.MULTITOOL : warning WRN999…`). */
  toolMessages: string[];
  /** The validator's closing lines, e.g. "Done. 2 files scanned." */
  summary: string;
}

export function runValidator(bin: string, logs: Record<string, string>): ValidatorReport {
  const dir = mkdtempSync(path.join(tmpdir(), 'mtls-sarif-'));
  try {
    const files = Object.entries(logs).map(([name, text]) => {
      const f = path.join(dir, name);
      writeFileSync(f, text);
      return f;
    });
    const out = path.join(dir, 'validation.sarif');
    let output: string;
    try {
      output = execFileSync(
        bin,
        ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '-c', path.join(FIXTURES, 'validator-config.xml'), '-o', out, ...files],
        { encoding: 'utf8', timeout: 180_000 },
      );
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    const lines = output.split('\n');
    const tool = (l: string) => l.startsWith('SARIF.MULTITOOL :');
    const expected = (l: string) => /WRN999\.RuleExplicitlyDisabled : Rule 'SARIF2006'/.test(l);
    const pick = (level: string) => lines.filter((l) => new RegExp(`: ${level} [A-Z]+\\d+`).test(l) && !(tool(l) && expected(l)));
    const summary = lines
      .map((l) => l.trim())
      .filter((l) => /^Done\.|Analysis completed|error|warning/i.test(l) && !/: (error|warning|note) [A-Z]+\d+/.test(l))
      .join(' ');
    return { output, errors: pick('error'), warnings: pick('warning'), notes: pick('note'), toolMessages: lines.filter(tool), summary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
