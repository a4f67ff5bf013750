/**
 * Packaging: `npm pack` gives a small package with the bundled CLI and API and no runtime
 * dependency, whose manifest carries no script (npm 11 warns on a user's install about any
 * lifecycle script, `prepare` included); it installs in an empty folder, where `npx mtls-lint`
 * runs (its rule pages included, for SARIF help) and the API imports.
 *
 * The default run packs a copy of the built package the way `prepack` leaves it
 * (scripts/pack-manifest.mjs strip); MTLS_LINT_SLOW runs the real `npm pack` in the repository,
 * build and all, and checks that package.json is put back.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanEnv, copyFixture, remove, requireBuild, requireTool, ROOT, tempDir } from './helpers.js';

const npm = requireTool('npm');
const SLOW = process.env.MTLS_LINT_SLOW === '1';

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv({ npm_config_update_notifier: 'false' }), encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

/** The repository's built package, copied with what `files` names, its manifest stripped as prepack strips it. */
function stagePackage(into: string): void {
  for (const p of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/src', 'dist/rules', 'rules', 'schema', 'scripts/pack-manifest.mjs']) {
    mkdirSync(path.dirname(path.join(into, p)), { recursive: true });
    cpSync(path.join(ROOT, p), path.join(into, p), { recursive: true });
  }
  const r = run(process.execPath, ['scripts/pack-manifest.mjs', 'strip'], into);
  if (r.code !== 0) throw new Error(r.stderr);
}

function pack(cwd: string, dest: string, scripts: boolean): Packed {
  const r = run('npm', ['pack', ...(scripts ? [] : ['--ignore-scripts']), '--json', '--pack-destination', dest], cwd);
  if (r.code !== 0) throw new Error(r.stderr);
  return (JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as Packed[])[0]!;
}

function manifestOf(tgz: string): Record<string, unknown> {
  return JSON.parse(run('tar', ['-xzOf', tgz, 'package/package.json'], path.dirname(tgz)).stdout) as Record<string, unknown>;
}

describe.skipIf(!npm.ok)('npm package', () => {
  let dir: string;
  let packed: Packed;

  beforeAll(() => {
    requireBuild();
    dir = tempDir('mtls-pack-');
    const stage = path.join(dir, 'stage');
    stagePackage(stage);
    packed = pack(stage, dir, false);
    console.info(`npm pack: ${packed.filename}, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.files.length} files`);
  }, 300_000);

  afterAll(() => {
    if (dir) remove(dir);
  });

  test('holds the bundled CLI and API, the types, the rule pages and the README, and nothing else', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/src/bin.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'rules/parse-error.md', 'schema/mtls-lint.schema.json']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => /^dist\/src\/chunks\/chunk-[A-Z0-9]+\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => /^dist\/src\/chunks\/cli-[A-Z0-9]+\.cjs$/.test(f))).toHaveLength(1);
    for (const f of files) {
      expect(f).not.toMatch(/^(src|test|fixtures|scripts|node_modules|dist\/action|\.ci)\//);
      expect(f).not.toMatch(/\.test\.(js|ts)$/);
      expect(f).not.toMatch(/^rules\/.*\.ts$/);
      // tsc's modules import the dependencies the bundle holds: only the bundles ship (the API's
      // shared chunks and the parts it loads when needed, named by their module: src/lazy.ts;
      // the command line's script).
      if (f.endsWith('.js')) expect(f).toMatch(/^dist\/src\/(bin|index|chunks\/[a-z-]+-[A-Z0-9]+)\.js$/);
      if (f.endsWith('.cjs')) expect(f).toMatch(/^dist\/src\/chunks\/cli-[A-Z0-9]+\.cjs$/);
      // A code cache is valid for the V8 that made it: the installer's Node.js is rarely the packer's.
      expect(f).not.toMatch(/\.cache$/);
    }
    expect(packed.size).toBeLessThan(1024 * 1024);
  });

  test('its manifest has no script and no dependency', () => {
    const m = manifestOf(path.join(dir, packed.filename));
    expect([m.scripts, m.dependencies, m.devDependencies, m.optionalDependencies, m.peerDependencies]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([m.name, m.bin, m.main, m.types]).toEqual(['mtls-lint', { 'mtls-lint': 'dist/src/bin.js' }, 'dist/src/index.js', 'dist/src/index.d.ts']);
  });

  test('installs in an empty folder with no install script and nothing else, where `npx mtls-lint` runs and the API imports', () => {
    const app = tempDir('mtls-app-');
    try {
      run('npm', ['init', '-y'], app);
      const inst = run('npm', ['install', '--no-audit', '--no-fund', path.join(dir, packed.filename)], app);
      expect(inst.code, inst.stderr).toBe(0);
      expect(`${inst.stdout}${inst.stderr}`).not.toMatch(/install-scripts|install script/i);
      expect(`${inst.stdout}`).toMatch(/added 1 package/);
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

      const api = run(process.execPath, ['--input-type=module', '-e', "const m = await import('mtls-lint'); const r = await m.lint({ cwd: process.cwd(), paths: ['repo'], today: '2026-12-05' }); console.log(r.result.findings.length > 0, m.RULES.length)"], app);
      expect(api.stdout.trim(), api.stderr).toMatch(/^true \d+$/);
    } finally {
      remove(app);
    }
  });

  test.skipIf(!SLOW)('npm pack in the repository: prepack builds and strips, postpack puts package.json back', () => {
    // In a copy of the work tree (dist/ is rebuilt, which other running tests read).
    const repo = tempDir('mtls-pack-repo-');
    const out = tempDir('mtls-pack-real-');
    try {
      const tracked = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).stdout.split('\0').filter(Boolean);
      for (const f of tracked) {
        mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
        cpSync(path.join(ROOT, f), path.join(repo, f));
      }
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'));
      const before = readFileSync(path.join(repo, 'package.json'), 'utf8');
      const real = pack(repo, out, true);
      const m = manifestOf(path.join(out, real.filename));
      expect([m.scripts, m.dependencies, m.devDependencies]).toEqual([undefined, undefined, undefined]);
      expect(real.files.map((f) => f.path)).toContain('dist/src/bin.js');
      expect(readFileSync(path.join(repo, 'package.json'), 'utf8')).toBe(before);
    } finally {
      remove(out);
      remove(repo);
    }
  }, 300_000);
});
