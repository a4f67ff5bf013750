/**
 * Releases: the version lives in package.json and every place a user reads or copies it from
 * agrees with it; `npm version`'s script (scripts/release-version.mjs) moves them together.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { TOOL } from '../../src/version.js';
import { cli, remove, requireBuild, ROOT, tempDir } from './helpers.js';

const read = (p: string, root = ROOT) => readFileSync(path.join(root, p), 'utf8');
const version = (JSON.parse(read('package.json')) as { version: string }).version;

beforeAll(requireBuild);

describe('release version', () => {
  test('package.json, the CLI, SARIF, the README examples, the JSON format doc and the changelog agree', () => {
    expect(TOOL.version).toBe(version);
    expect(cli(['--version']).stdout.trim()).toBe(version);
    const sarif = JSON.parse(cli(['fixtures/onboarding', '-f', 'sarif']).stdout);
    expect(sarif.runs[0].tool.driver.version).toBe(version);
    const readme = read('README.md');
    expect([...readme.matchAll(/\brev: (v\S+)/g)].map((m) => m[1])).toEqual([`v${version}`]);
    expect([...readme.matchAll(/mtls-lint\/mtls-lint@(v\S+)/g)].map((m) => m[1])).toEqual([`v${version}`]);
    expect(read('docs/json-format.md')).toContain(`"tool": { "name": "mtls-lint", "version": "${version}"`);
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    // The Action reads the version from the package.json beside it, like the CLI.
    expect(read('dist/action/index.js')).not.toContain(`"${version}"`);
  });

  test('npm version\'s script moves every copy to the new version and dates the changelog', () => {
    const dir = tempDir('mtls-release-');
    try {
      for (const p of ['README.md', 'CHANGELOG.md', 'docs/json-format.md', 'scripts/release-version.mjs']) {
        mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
        cpSync(path.join(ROOT, p), path.join(dir, p));
      }
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'mtls-lint', version: '9.8.7' }));
      const r = spawnSync(process.execPath, ['scripts/release-version.mjs'], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const readme = read('README.md', dir);
      expect(readme).toContain('rev: v9.8.7');
      expect(readme).toContain('mtls-lint/mtls-lint@v9.8.7');
      expect(readme).not.toContain(`v${version}`);
      expect(read('docs/json-format.md', dir)).toContain('"version": "9.8.7"');
      const log = read('CHANGELOG.md', dir);
      expect(log).toMatch(/^## \[Unreleased\]\n\n## \[9\.8\.7\] - \d{4}-\d{2}-\d{2}\n/m);
      expect(log).toContain('[Unreleased]: https://github.com/mtls-lint/mtls-lint/compare/v9.8.7...HEAD');
      // Run twice: nothing more changes.
      spawnSync(process.execPath, ['scripts/release-version.mjs'], { cwd: dir });
      expect(read('CHANGELOG.md', dir)).toBe(log);
    } finally {
      remove(dir);
    }
  });
});
