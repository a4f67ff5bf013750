/**
 * The pre-commit hook, end to end with the real `pre-commit` tool: this repository (copied,
 * without node_modules, into a temporary git repository and committed, as pre-commit
 * clones hooks from git) is tried against staged files in another temporary repository.
 * pre-commit installs the hook as `language: node` does: `npm install` (whose `prepare`
 * builds), `npm pack`, `npm install -g` of the tarball. It needs only the npm registry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../../src/index.js';
import { BIN, cleanEnv, remove, requireBuild, requireTool, ROOT, tempDir } from './helpers.js';

const preCommit = requireTool('pre-commit');
const git = requireTool('git');
const available = preCommit.ok && git.ok;
/**
 * pre-commit installs the hook's Node environment (npm install, build, pack, install -g: about
 * a minute here) before its first run: npm run test:slow (CI) runs those tests. By default the
 * hook's definition is run as pre-commit would run it, on the built binary (below).
 */
const SLOW = process.env.MTLS_LINT_SLOW === '1';
if (available && !SLOW) console.warn('skipping the real pre-commit runs (about a minute): npm run test:slow runs them');

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

  /** The hook from this repository's commit, as a user's .pre-commit-config.yaml names it. */
  const config = () => {
    const rev = run('git', ['rev-parse', 'HEAD'], hookRepo, env).out.trim();
    return { '.pre-commit-config.yaml': `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: mtls-lint\n` };
  };
  // `pre-commit run` (the staged files) with a store shared by the tests: one installation.
  const runHook = (dir: string) => run('pre-commit', ['run', 'mtls-lint', '--verbose'], dir, env);

  const MESH_STRICT = 'Kind = "mesh"\n\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';
  const MESH_ALLOWS = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';
  const PERMISSIVE = 'Kind          = "service-defaults"\nName          = "api"\nProtocol      = "http"\nMutualTLSMode = "permissive"\n';
  const STRICT = 'Kind          = "service-defaults"\nName          = "web"\nProtocol      = "http"\nMutualTLSMode = "strict"\n';
  const BROKEN_JSON = '{\n  "Kind": "service-defaults",\n  "Name": "api",\n}\n';

  test.skipIf(!SLOW)('pre-commit try-repo: staged files Consul rejects fail, with the findings', () => {
    // try-repo installs the hook in a throw-away store each time: one call covers both cases.
    const permissive = hasRule('permissive-not-allowed');
    const dir = userRepo('try-repo', { 'consul/mesh.hcl': MESH_STRICT }, {
      'consul/api-defaults.json': BROKEN_JSON,
      ...(permissive ? { 'consul/svc/api-defaults.hcl': PERMISSIVE } : {}),
      'README.md': '# not linted\n',
    });
    const r = run('pre-commit', ['try-repo', hookRepo, 'mtls-lint', '--verbose'], dir, env);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/mtls-lint.*Failed/);
    expect(r.out).toMatch(/consul\/api-defaults\.json\n\s+\d+:\d+\s+error\s+.*parse-error/);
    if (permissive) {
      expect(r.out).toContain('consul/svc/api-defaults.hcl');
      expect(r.out).toContain('permissive-not-allowed');
    }
    expect(r.out).not.toContain('consul/mesh.hcl');
  });

  test.skipIf(!SLOW)('a clean change passes', () => {
    const dir = userRepo('clean', { ...config(), 'consul/mesh.hcl': MESH_STRICT }, { 'consul/web-defaults.hcl': STRICT });
    const r = runHook(dir);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/mtls-lint.*Passed/);
  });

  test.skipIf(!SLOW)('only staged files are reported, against the whole repository', () => {
    // The committed broken file is not staged: it is not reported, and does not fail the commit.
    const dir = userRepo(
      'staged-only',
      { ...config(), 'old/broken.json': BROKEN_JSON, 'consul/mesh.hcl': MESH_STRICT },
      { 'consul/web-defaults.hcl': STRICT },
    );
    const r = runHook(dir);
    expect(r.code, r.out).toBe(0);
    expect(r.out).not.toContain('old/broken.json');
  });

  test.runIf(SLOW && hasRule('permissive-not-allowed'))('a staged permissive service passes when the committed mesh entry, in another file, allows it', () => {
    const denied = userRepo('permissive-denied', { ...config(), 'consul/mesh.hcl': MESH_STRICT }, { 'consul/api-defaults.hcl': PERMISSIVE });
    const no = runHook(denied);
    expect(no.code, no.out).toBe(1);
    expect(no.out).toContain('permissive-not-allowed');
    const allowed = userRepo('permissive-allowed', { ...config(), 'consul/mesh.hcl': MESH_ALLOWS }, { 'consul/api-defaults.hcl': PERMISSIVE });
    const yes = runHook(allowed);
    expect(yes.out).not.toContain('permissive-not-allowed');
    expect(yes.code, yes.out).toBe(0);
  });

  test.skipIf(!SLOW)('installed as a git hook: `git commit` is refused, then accepted once fixed', () => {
    const dir = userRepo('git-commit', config(), { 'consul/api-defaults.json': BROKEN_JSON });
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
});

/**
 * The hook as pre-commit runs it, without installing it: the `entry` of .pre-commit-hooks.yaml
 * (its command resolved through package.json `bin`, as `npm install -g` would), with the
 * staged file names that match `files` appended. Guards the hook's definition and the
 * staged-files contract; the real pre-commit runs above (MTLS_LINT_SLOW) guard the install.
 */
describe.skipIf(!git.ok)('pre-commit hook definition, run on the built binary', () => {
  interface Hook {
    id: string;
    entry: string;
    language: string;
    files: string;
    require_serial?: boolean;
  }
  const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'mtls-lint')!;
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const env = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
  };
  let base: string;
  beforeAll(() => {
    requireBuild();
    base = tempDir('mtls-pre-commit-hook-');
  });
  afterAll(() => {
    if (base) remove(base);
  });

  function userRepo(name: string, committed: Record<string, string>, staged: Record<string, string>): string {
    const dir = path.join(base, name);
    mkdirSync(dir);
    const put = (files: Record<string, string>) => {
      for (const [f, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), text);
      }
    };
    const gitOk = (args: string[]) => {
      const r = run('git', ['-c', `core.hooksPath=${path.join(dir, '.no-hooks')}`, ...args], dir, { ...env, GIT_CONFIG_GLOBAL: path.join(dir, '.no-global') });
      if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.out}`);
      return r.out;
    };
    gitOk(['init', '-q', '-b', 'main']);
    if (Object.keys(committed).length > 0) {
      put(committed);
      gitOk(['add', '-A']);
      gitOk(['commit', '-q', '--no-verify', '-m', 'base']);
    }
    put(staged);
    gitOk(['add', '-A']);
    return dir;
  }

  /** `pre-commit run`: the staged files, filtered by `files`, appended to `entry`. */
  function runHook(dir: string) {
    const staged = run('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR'], dir, env)
      .out.split('\n')
      .filter((f) => f !== '' && new RegExp(hook.files).test(f));
    const [command, ...args] = hook.entry.split(/\s+/);
    const bin = path.join(ROOT, pkg.bin[command!]!);
    expect(bin).toBe(BIN);
    return { staged, ...run(process.execPath, [bin, ...args, ...staged], dir, env) };
  }

  const MESH_STRICT = 'Kind = "mesh"\n\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';
  const MESH_ALLOWS = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';
  const PERMISSIVE = 'Kind          = "service-defaults"\nName          = "api"\nProtocol      = "http"\nMutualTLSMode = "permissive"\n';
  const STRICT = 'Kind          = "service-defaults"\nName          = "web"\nProtocol      = "http"\nMutualTLSMode = "strict"\n';
  const BROKEN_JSON = '{\n  "Kind": "service-defaults",\n  "Name": "api",\n}\n';

  test('the hook is a node hook whose command is this package\'s binary, run once for all staged files', () => {
    expect(hook.language).toBe('node');
    expect(hook.require_serial).toBe(true);
    expect(hook.entry.split(/\s+/)).toContain('--pre-commit');
    for (const f of ['a.hcl', 'b.json', 'c.yaml', 'd.yml', 'e.tf', 'f.nomad', 'g.tpl']) expect(f).toMatch(new RegExp(hook.files));
    expect('README.md').not.toMatch(new RegExp(hook.files));
  });

  test('staged files Consul rejects fail, with the findings; committed and unmatched files are not reported', () => {
    const dir = userRepo('rejects', { 'consul/mesh.hcl': MESH_STRICT }, {
      'consul/api-defaults.json': BROKEN_JSON,
      'consul/svc/api-defaults.hcl': PERMISSIVE,
      'README.md': '# not linted\n',
    });
    const r = runHook(dir);
    expect(r.staged).toEqual(['consul/api-defaults.json', 'consul/svc/api-defaults.hcl']);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/consul\/api-defaults\.json\n\s+\d+:\d+\s+error\s+.*parse-error/);
    expect(r.out).toContain('consul/svc/api-defaults.hcl');
    if (hasRule('permissive-not-allowed')) expect(r.out).toContain('permissive-not-allowed');
    expect(r.out).not.toContain('consul/mesh.hcl');
    expect(r.out).not.toContain('README.md');
  });

  test('only staged files are reported, against the whole repository', () => {
    const dir = userRepo('staged-only', { 'old/broken.json': BROKEN_JSON, 'consul/mesh.hcl': MESH_STRICT }, { 'consul/web-defaults.hcl': STRICT });
    const r = runHook(dir);
    expect(r.code, r.out).toBe(0);
    expect(r.out).not.toContain('old/broken.json');
  });

  test.runIf(hasRule('permissive-not-allowed'))('a staged permissive service passes when the committed mesh entry, in another file, allows it', () => {
    const no = runHook(userRepo('denied', { 'consul/mesh.hcl': MESH_STRICT }, { 'consul/api-defaults.hcl': PERMISSIVE }));
    expect(no.code, no.out).toBe(1);
    expect(no.out).toContain('permissive-not-allowed');
    const yes = runHook(userRepo('allowed', { 'consul/mesh.hcl': MESH_ALLOWS }, { 'consul/api-defaults.hcl': PERMISSIVE }));
    expect(yes.out).not.toContain('permissive-not-allowed');
    expect(yes.code, yes.out).toBe(0);
  });
});
