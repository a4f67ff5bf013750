/**
 * `mtls-lint init`: a commented .mtls-lint.yaml with the inferred deployment targets written
 * out as declared ones — it validates, and linting with it gives what inference gave.
 */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, copyFixture, remove, requireBuild, tempDir } from './helpers.js';

beforeAll(requireBuild);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const findings = (cwd: string) =>
  (JSON.parse(cli(['.', '--format', 'json'], { cwd }).stdout).findings as Json[]).map((f) => `${f.severity} ${f.ruleId} ${f.file}:${f.line}:${f.column}`).sort();

describe('mtls-lint init', () => {
  test.each(['targets-variant-folders', 'targets-terraform', 'targets-kustomize'])('%s: the written targets are the inferred ones, declared; the findings do not change', (fixture) => {
    const dir = copyFixture(fixture);
    try {
      const before = findings(dir);
      const inferred = JSON.parse(cli(['targets', '.', '--format', 'json'], { cwd: dir }).stdout).targets.map((t: Json) => t.files);
      const r = cli(['init'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^wrote \.mtls-lint\.yaml with \d+ deployment targets; check it, then run mtls-lint\n$/);
      const text = readFileSync(path.join(dir, '.mtls-lint.yaml'), 'utf8');
      expect(text).toMatch(/^# mtls-lint configuration, written by `mtls-lint init` on \d{4}-\d{2}-\d{2}\.\n/);
      expect(text).toContain('\ntargets:\n');
      const declared = JSON.parse(cli(['targets', '.', '--format', 'json'], { cwd: dir }).stdout).targets;
      expect(declared.every((t: Json) => t.origin === 'declared')).toBe(true);
      expect(declared.map((t: Json) => t.files)).toEqual(inferred);
      expect(findings(dir)).toEqual(before);
    } finally {
      remove(dir);
    }
  });

  test('a repository of one cluster: the targets are explained, commented; the config is valid', () => {
    const dir = copyFixture('onboarding');
    try {
      const before = findings(dir);
      expect(cli(['init'], { cwd: dir }).code).toBe(0);
      const text = readFileSync(path.join(dir, '.mtls-lint.yaml'), 'utf8');
      expect(text).toContain('\nphase: onboarding\n');
      expect(text).toContain('\n# targets:\n');
      expect(text).not.toMatch(/^targets:/m);
      expect(findings(dir)).toEqual(before);
    } finally {
      remove(dir);
    }
  });

  test('never replaces a config without --force; --stdout prints and writes nothing', () => {
    const dir = copyFixture('targets-variant-folders');
    try {
      writeFileSync(path.join(dir, '.mtls-lint.yaml'), 'phase: enforce\n');
      const refused = cli(['init'], { cwd: dir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe('mtls-lint init: .mtls-lint.yaml already exists; --force replaces it, --stdout prints the new one\n');
      expect(readFileSync(path.join(dir, '.mtls-lint.yaml'), 'utf8')).toBe('phase: enforce\n');
      const printed = cli(['init', '--stdout'], { cwd: dir });
      expect(printed.code).toBe(0);
      expect(printed.stdout).toContain('\ntargets:\n');
      expect(readFileSync(path.join(dir, '.mtls-lint.yaml'), 'utf8')).toBe('phase: enforce\n');
      // The existing config is not read: the inferred targets are written, not its own.
      expect(cli(['init', '--force'], { cwd: dir }).code).toBe(0);
      expect(readFileSync(path.join(dir, '.mtls-lint.yaml'), 'utf8')).toContain('\ntargets:\n');
    } finally {
      remove(dir);
    }
  });

  test('a .mtls-lint.yaml symlink planted in the repository is not written through', () => {
    const dir = copyFixture('onboarding');
    const outside = tempDir('mtls-outside-');
    try {
      const victim = path.join(outside, 'victim');
      writeFileSync(victim, 'precious\n');
      symlinkSync(victim, path.join(dir, '.mtls-lint.yaml'));
      const r = cli(['init', '--force'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(readFileSync(victim, 'utf8')).toBe('precious\n');
      expect(existsSync(path.join(dir, '.mtls-lint.yaml'))).toBe(true);
    } finally {
      remove(dir);
      remove(outside);
    }
  });
});
