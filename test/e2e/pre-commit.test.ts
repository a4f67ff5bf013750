/**
 * The pre-commit hook, end to end with the real `pre-commit` tool: this repository (copied,
 * without node_modules, into a temporary git repository and committed, as pre-commit
 * clones hooks from git) is tried against staged files in another temporary repository.
 * pre-commit installs the hook as `language: node` does: `npm install` (whose `prepare`
 * builds), `npm pack`, `npm install -g` of the tarball. It needs only the npm registry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RULES } from '../../src/index.js';
import { cleanEnv, FIXTURES, remove, requireBuild, requireTool, ROOT, tempDir } from './helpers.js';

const preCommit = requireTool('pre-commit');
const git = requireTool('git');
const available = preCommit.ok && git.ok;

const hasRule = (id: string) => RULES.some((r) => r.meta.id === id);

/** What is copied of this repository: what git would have (no node_modules, no build output). */
function keep(src: string): boolean {
  const rel = path.relative(ROOT, src).split(path.sep).join('/');
  if (rel === '') return true;
  if (/(^|\/)(node_modules|\.git|coverage|\.work)(\/|$)/.test(rel)) return false;
  if (rel === 'dist' || rel === 'dist/action' || rel.startsWith('dist/action/')) return true;
  if (rel.startsWith('dist/')) return false;
  if (rel.endsWith('.tgz') || rel === 'tmp') return false;
  return true;
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(env), encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}` };
}

describe.skipIf(!available)('pre-commit hook (pre-commit try-repo)', () => {
  let base: string;
  let hookRepo: string;
  let env: Record<string, string>;

  beforeAll(() => {
    requireBuild();
    base = tempDir('mtls-pre-commit-');
    hookRepo = path.join(base, 'mtls-lint');
    cpSync(ROOT, hookRepo, { recursive: true, filter: keep });
    env = {
      PRE_COMMIT_HOME: path.join(base, 'cache'),
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: process.env.HOME ?? base,
    };
    for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '--no-verify', '-m', 'mtls-lint']]) {
      const r = run('git', args, hookRepo, env);
      if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.out}`);
    }
  }, 300_000);

  afterAll(() => {
    if (base) remove(base);
  });

  /** A fresh repository with `committed` files committed and `staged` files staged. */
  function userRepo(name: string, committed: Record<string, string>, staged: Record<string, string>): string {
    const dir = path.join(base, name);
    mkdirSync(dir);
    const put = (files: Record<string, string>) => {
      for (const [f, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), text);
      }
    };
    run('git', ['init', '-q', '-b', 'main'], dir, env);
    if (Object.keys(committed).length > 0) {
      put(committed);
      run('git', ['add', '-A'], dir, env);
      run('git', ['commit', '-q', '--no-verify', '-m', 'base'], dir, env);
    }
    put(staged);
    const r = run('git', ['add', '-A'], dir, env);
    if (r.code !== 0) throw new Error(r.out);
    return dir;
  }

  const tryRepo = (dir: string) => run('pre-commit', ['try-repo', hookRepo, 'mtls-lint', '--verbose'], dir, env);

  const MESH_STRICT = 'Kind = "mesh"\n\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';
  const MESH_ALLOWS = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';
  const PERMISSIVE = 'Kind          = "service-defaults"\nName          = "api"\nProtocol      = "http"\nMutualTLSMode = "permissive"\n';
  const STRICT = 'Kind          = "service-defaults"\nName          = "web"\nProtocol      = "http"\nMutualTLSMode = "strict"\n';

  test('a staged file Consul cannot parse fails, with the finding', () => {
    const dir = userRepo('parse-error', {}, {
      'consul/api-defaults.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n}\n',
      'README.md': '# not linted\n',
    });
    const r = tryRepo(dir);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/mtls-lint.*Failed/);
    expect(r.out).toContain('consul/api-defaults.json');
    expect(r.out).toContain('parse-error');
  });

  test('a clean change passes', () => {
    const dir = userRepo('clean', { 'consul/mesh.hcl': MESH_STRICT }, { 'consul/web-defaults.hcl': STRICT });
    const r = tryRepo(dir);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/mtls-lint.*Passed/);
  });

  test('only staged files are reported, against the whole repository', () => {
    // The committed broken file is not staged: it is not reported, and does not fail the commit.
    const dir = userRepo(
      'staged-only',
      { 'old/broken.json': '{\n  "Kind": "service-defaults",\n  "Name": "old",\n}\n', 'consul/mesh.hcl': MESH_STRICT },
      { 'consul/web-defaults.hcl': STRICT },
    );
    const r = tryRepo(dir);
    expect(r.code, r.out).toBe(0);
    expect(r.out).not.toContain('old/broken.json');
  });

  test.runIf(hasRule('permissive-not-allowed'))('a staged permissive service without the mesh allow fails the commit', () => {
    const dir = userRepo('permissive', { 'consul/mesh.hcl': MESH_STRICT }, { 'consul/api-defaults.hcl': PERMISSIVE });
    const r = tryRepo(dir);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('consul/api-defaults.hcl');
    expect(r.out).toContain('permissive-not-allowed');
  });

  test.runIf(hasRule('permissive-not-allowed'))('…and passes when the committed mesh entry, in another file, allows it', () => {
    const dir = userRepo('permissive-allowed', { 'consul/mesh.hcl': MESH_ALLOWS }, { 'consul/api-defaults.hcl': PERMISSIVE });
    const r = tryRepo(dir);
    expect(r.out).not.toContain('permissive-not-allowed');
    expect(r.code, r.out).toBe(0);
  });

  test('installed as a git hook: `git commit` is refused, then accepted once fixed', () => {
    const rev = run('git', ['rev-parse', 'HEAD'], hookRepo, env).out.trim();
    const dir = userRepo('git-commit', {}, {
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: mtls-lint\n`,
      'consul/api-defaults.json': '{\n  "Kind": "service-defaults",\n  "Name": "api",\n}\n',
    });
    expect(run('pre-commit', ['install'], dir, env).code).toBe(0);
    const refused = run('git', ['commit', '-m', 'broken'], dir, env);
    expect(refused.code, refused.out).not.toBe(0);
    expect(refused.out).toContain('parse-error');
    writeFileSync(path.join(dir, 'consul/api-defaults.json'), '{\n  "Kind": "service-defaults",\n  "Name": "api",\n  "MutualTLSMode": "strict"\n}\n');
    writeFileSync(path.join(dir, 'consul/mesh.hcl'), MESH_STRICT);
    run('git', ['add', '-A'], dir, env);
    const accepted = run('git', ['commit', '-m', 'fixed'], dir, env);
    expect(accepted.code, accepted.out).toBe(0);
  });

  test('the fixture for the parse error is the one the other tests use', () => {
    // Keeps fixtures/parse-errors and this test's inline copy telling the same story.
    expect(FIXTURES).toContain('fixtures');
  });
});
