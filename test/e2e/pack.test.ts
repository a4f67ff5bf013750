/**
 * Packaging: `npm pack` gives a small package that installs in an empty folder, where
 * `npx mtls-lint` runs (its rule pages included, for SARIF help).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanEnv, copyFixture, remove, requireBuild, requireTool, ROOT, tempDir } from './helpers.js';

const npm = requireTool('npm');

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv({ npm_config_update_notifier: 'false' }), encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!npm.ok)('npm package', () => {
  let dir: string;
  let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };

  beforeAll(() => {
    requireBuild();
    dir = tempDir('mtls-pack-');
    // The build is fresh (test/global-setup.ts): skip `prepare` rather than build twice.
    const r = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
    if (r.code !== 0) throw new Error(r.stderr);
    packed = JSON.parse(r.stdout)[0];
    console.info(`npm pack: ${packed.filename}, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.files.length} files`);
  }, 300_000);

  afterAll(() => {
    if (dir) remove(dir);
  });

  test('holds the built code, the rule pages and the README, and nothing else', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/src/bin.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/rules/index.js', 'rules/parse-error.md']) {
      expect(files).toContain(f);
    }
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(files).toContain(pkg.bin['mtls-lint']);
    for (const f of files) {
      expect(f).not.toMatch(/^(src|test|fixtures|scripts|node_modules|dist\/action|\.ci)\//);
      expect(f).not.toMatch(/\.test\.(js|ts)$/);
      expect(f).not.toMatch(/^rules\/.*\.ts$/);
    }
    expect(packed.size).toBeLessThan(1024 * 1024);
  });

  test('installs in an empty folder, where `npx mtls-lint` runs', () => {
    const app = tempDir('mtls-app-');
    try {
      const inst = run('npm', ['install', '--no-audit', '--no-fund', path.join(dir, packed.filename)], app);
      expect(inst.code, inst.stderr).toBe(0);
      const version = run('npx', ['--no', '--', 'mtls-lint', '--version'], app);
      expect(version.code, version.stderr).toBe(0);
      expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);

      copyFixture('parse-errors', path.join(app, 'repo'));
      const lint = run('npx', ['--no', '--', 'mtls-lint', 'repo'], app);
      expect(lint.code, lint.stderr).toBe(1);
      expect(lint.stdout).toContain('repo/consul/api-defaults.json');
      expect(lint.stdout).toContain('parse-error');

      const sarif = JSON.parse(run('npx', ['--no', '--', 'mtls-lint', 'repo', '-f', 'sarif'], app).stdout);
      for (const rule of sarif.runs[0].tool.driver.rules) expect(rule.help.markdown, rule.id).toMatch(/^# /);
    } finally {
      remove(app);
    }
  });
});
