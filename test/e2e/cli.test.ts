import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { RULES } from '../../rules/index.js';
import { cleanEnv, cli, copyFixture, remove, requireBuild, requireTool, ROOT, tempDir } from './helpers.js';

beforeAll(requireBuild);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('mtls-lint (built binary): formats, outputs and exit codes', () => {
  test('text by default; exit 1 on an error', () => {
    const r = cli(['fixtures/parse-errors']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fixtures/parse-errors/consul/api-defaults.json\n  5:28  error  ');
    expect(r.stdout).toContain('parse-error');
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 notes\)/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  test('TIMING: stage and rule times on standard error, the report unchanged', () => {
    const args = ['fixtures/onboarding', '--format', 'json'];
    const plain = cli(args);
    expect(plain.stderr).not.toContain('Time (ms)');
    const r = cli(args, { env: { TIMING: '1' } });
    expect(r.code).toBe(plain.code);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(plain.stdout));
    const [stages, rules] = r.stderr.trimEnd().split('\n\n').map((t) => t.split('\n'));
    expect(stages!.slice(0, 2)).toEqual([expect.stringMatching(/^Stage +\| Time \(ms\) \| Relative$/), expect.stringMatching(/^:-+\|-+:\|-+:$/)]);
    expect(stages!.slice(2).map((l) => l.split('|')[0]!.trim())).toEqual([
      'discover', 'configuration', 'read', 'parse', 'normalize', 'inputs', 'model', 'rules', 'suppressions and exceptions', 'output',
    ]);
    const row = /^[a-z-]+ +\| +\d+\.\d{3} \| +\d+\.\d%$/;
    expect(rules!.slice(2)).toHaveLength(10);
    for (const l of rules!.slice(2)) expect(l).toMatch(row);
    // TIMING=all lists every rule that ran (all of them, by default).
    const all = cli(args, { env: { TIMING: 'all' } }).stderr.trimEnd().split('\n\n')[1]!.split('\n').slice(2);
    expect(all.map((l) => l.split(' ')[0]).sort()).toEqual(RULES.map((x) => x.meta.id).sort());
  });

  test('at a terminal (a pseudo-TTY from script(1), 100 columns): the fix and related locations below each finding; piped: one line each; --verbose wraps when piped', () => {
    const script = requireTool('script', ['--version']);
    if (script.ok) {
      const r = spawnSync('script', ['-qec', `stty cols 100; NO_COLOR=1 ${JSON.stringify(process.execPath)} dist/src/bin.js fixtures/k8s-onboarding`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: cleanEnv() });
      const lines = r.stdout.replace(/\r/g, '').split('\n');
      expect(lines.slice(0, 3)).toEqual([
        'fixtures/k8s-onboarding/consul/mesh.yaml',
        '  9:5  warning  The mesh entry of partition "default" sets  mesh-destinations-only-disabled',
        '                TransparentProxy.MeshDestinationsOnly = false,',
      ]);
      expect(lines.some((l) => /^ {17}→ fixtures\/k8s-onboarding\/k8s\/namespaces\.yaml:\d+:\d+  /.test(l))).toBe(true);
      for (const l of lines.slice(0, -3)) expect(l.length, l).toBeLessThanOrEqual(100);
    }
    const piped = cli(['fixtures/k8s-onboarding']).stdout.split('\n');
    expect(piped.filter((l) => /^ {2}\d+:\d+ /.test(l)).length).toBe(piped.filter((l) => l.startsWith('  ')).length);
    const verbose = cli(['fixtures/k8s-onboarding', '--verbose'], { env: { COLUMNS: '80' } }).stdout.split('\n');
    expect(verbose.length).toBeGreaterThan(piped.length);
    for (const l of verbose.filter((x) => x.startsWith('  '))) expect(l.length, l).toBeLessThanOrEqual(80);
  });

  test('colour: FORCE_COLOR turns it on without a TTY; NO_COLOR wins', () => {
    expect(cli(['fixtures/parse-errors'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31merror');
    expect(cli(['fixtures/parse-errors'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  test('GITHUB_ACTIONS=true and no --format: workflow-command annotations', () => {
    const r = cli(['fixtures/parse-errors'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.stdout).toMatch(/^::error file=fixtures\/parse-errors\/consul\/api-defaults.json,line=5,col=28,endLine=5,endColumn=28,title=parse-error::JSON does not allow/m);
    expect(cli(['fixtures/parse-errors', '--format', 'text'], { env: { GITHUB_ACTIONS: 'true' } }).stdout).not.toContain('::error');
  });

  test('several reports in one run: text on stdout, SARIF, JSON and Markdown to files', () => {
    const dir = tempDir();
    try {
      const r = cli([
        'fixtures/parse-errors',
        '--sarif-file', path.join(dir, 'out/results.sarif'),
        '--output', `json=${path.join(dir, 'r.json')}`,
        '--output', `markdown=${path.join(dir, 'summary.md')}`,
        '--sarif-category', 'consul',
      ]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('parse-error');
      const sarif = JSON.parse(readFileSync(path.join(dir, 'out/results.sarif'), 'utf8'));
      expect(sarif.runs[0].automationDetails).toEqual({ id: 'consul/' });
      expect(sarif.runs[0].results.map((x: Json) => x.ruleId)).toEqual(['parse-error']);
      expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).summary.errors).toBe(1);
      expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toMatch(/^### ❌ mtls-lint: 1 error/);
    } finally {
      remove(dir);
    }
  });

  test('--output-file, --output with "-" for stdout; one report per destination', () => {
    const dir = tempDir();
    try {
      const r = cli(['fixtures/parse-errors', '-f', 'json', '-o', path.join(dir, 'r.json'), '--output', 'markdown=-']);
      expect(r.stdout).toMatch(/^### ❌ mtls-lint/);
      expect(existsSync(path.join(dir, 'r.json'))).toBe(true);
      expect(cli(['fixtures/parse-errors', '--output', 'json=-']).code).toBe(2);
      expect(cli(['fixtures/parse-errors', '--output', 'yaml=x.yaml']).stderr).toMatch(/--output expects <format>=<file>/);
    } finally {
      remove(dir);
    }
  });

  test('SARIF and JSON are byte-identical between runs', () => {
    for (const format of ['sarif', 'json']) {
      const a = cli(['fixtures/onboarding', 'fixtures/parse-errors', '-f', format]);
      const b = cli(['fixtures/onboarding', 'fixtures/parse-errors', '-f', format]);
      expect(a.stdout.length).toBeGreaterThan(100);
      expect(a.stdout).toBe(b.stdout);
    }
  });

  test('--fail-on: error (default), warning, note', () => {
    // fixtures/onboarding has warnings only.
    expect(cli(['fixtures/onboarding']).code).toBe(0);
    expect(cli(['fixtures/onboarding', '--fail-on', 'warning']).code).toBe(1);
    expect(cli(['fixtures/onboarding', '--fail-on', 'note']).code).toBe(1);
    expect(cli(['fixtures/onboarding', '--fail-on', 'fatal']).code).toBe(2);
  });

  test('--max-warnings', () => {
    const json = JSON.parse(cli(['fixtures/onboarding', '-f', 'json']).stdout);
    const n = json.summary.warnings as number;
    expect(n).toBeGreaterThan(0);
    expect(cli(['fixtures/onboarding', '--max-warnings', String(n)]).code).toBe(0);
    const over = cli(['fixtures/onboarding', '--max-warnings', String(n - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`too many warnings (${n}; maximum: ${n - 1})`);
    expect(cli(['fixtures/onboarding', '--max-warnings', 'x']).code).toBe(2);
  });

  test('--quiet: errors only in every report; the exit code still counts everything', () => {
    const q = cli(['fixtures/onboarding', 'fixtures/parse-errors', '--quiet', '-f', 'json']);
    const out = JSON.parse(q.stdout);
    expect(out.findings.every((f: Json) => f.severity === 'error')).toBe(true);
    expect(out.summary.warnings).toBe(0);
    const w = cli(['fixtures/onboarding', '--quiet', '--fail-on', 'warning']);
    expect(w.code).toBe(1);
    expect(w.stderr).toContain('hidden by --quiet');
  });

  test('exit 2: unknown option, unknown format, missing path', () => {
    expect(cli(['--nope']).code).toBe(2);
    expect(cli(['-f', 'xml', 'fixtures/parse-errors']).code).toBe(2);
    expect(cli(['no/such/dir']).code).toBe(2);
  });
});

describe('context: named files are linted against their repository', () => {
  function repo(marker: 'git' | 'config'): string {
    const dir = copyFixture('context');
    if (marker === 'git') mkdirSync(path.join(dir, '.git'));
    else writeFileSync(path.join(dir, '.mtls-lint.yaml'), 'phase: onboarding\n');
    return dir;
  }

  test.each(['git', 'config'] as const)('repository root by %s: findings only for the named file, summary counts it alone', (marker) => {
    const dir = repo(marker);
    try {
      const r = cli(['consul/api-defaults.hcl', '-f', 'json'], { cwd: dir });
      const out = JSON.parse(r.stdout);
      expect(out.files.map((f: Json) => f.path)).toEqual(['consul/api-defaults.hcl']);
      expect(out.summary.filesConsidered).toBe(1);
      expect(new Set(out.findings.map((f: Json) => f.file))).toEqual(new Set(['consul/api-defaults.hcl']));
      // team/broken.json's parse error is not reported: it was not named.
      expect(out.findings.some((f: Json) => f.ruleId === 'parse-error')).toBe(false);
      expect(r.code).toBe(0);
      // The directory as a whole reports it.
      expect(cli(['.'], { cwd: dir }).stdout).toContain('team/broken.json');
    } finally {
      remove(dir);
    }
  });

  test('paths stay relative to the working directory when it is below the root', () => {
    const dir = repo('git');
    try {
      const out = JSON.parse(cli(['api-defaults.hcl', '-f', 'json'], { cwd: path.join(dir, 'consul') }).stdout);
      expect(out.files.map((f: Json) => f.path)).toEqual(['api-defaults.hcl']);
      expect(out.findings.length).toBeGreaterThan(0);
      for (const f of out.findings) expect(f.file).toBe('api-defaults.hcl');
    } finally {
      remove(dir);
    }
  });

  test('the model comes from the root: the mesh entry in another file counts', async () => {
    const { RULES } = await import('../../src/index.js');
    if (!RULES.some((r) => r.meta.id === 'permissive-not-allowed')) return;
    const dir = repo('git');
    const alone = tempDir();
    try {
      const withMesh = JSON.parse(cli(['consul/api-defaults.hcl', '-f', 'json'], { cwd: dir }).stdout);
      expect(withMesh.findings.map((f: Json) => f.ruleId)).not.toContain('permissive-not-allowed');
      // The same file in a repository without the mesh entry.
      mkdirSync(path.join(alone, '.git'));
      writeFileSync(path.join(alone, 'api-defaults.hcl'), readFileSync(path.join(dir, 'consul/api-defaults.hcl')));
      const r = cli(['api-defaults.hcl', '-f', 'json'], { cwd: alone });
      expect(JSON.parse(r.stdout).findings.map((f: Json) => f.ruleId)).toContain('permissive-not-allowed');
      expect(r.code).toBe(1);
    } finally {
      remove(dir);
      remove(alone);
    }
  });

  test('a directory given is the whole context', () => {
    const dir = repo('git');
    try {
      const out = JSON.parse(cli(['team', '-f', 'json'], { cwd: dir }).stdout);
      expect(out.files.map((f: Json) => f.path)).toEqual(['team/broken.json']);
      expect(out.findings.map((f: Json) => f.ruleId)).toEqual(['parse-error']);
    } finally {
      remove(dir);
    }
  });
});

// kubectl applies each item of a List on its own (k8s.io/cli-runtime pkg/resource/visitor.go,
// FlattenListVisitor): `kubectl get servicedefaults,mesh -o yaml > consul.yaml` is linted,
// counted and inventoried like the standalone objects.
describe('Consul CRDs inside kind: List', () => {
  const LIST = `apiVersion: v1
kind: List
items:
  - apiVersion: consul.hashicorp.com/v1alpha1
    kind: Mesh
    metadata:
      name: mesh
    spec:
      allowEnablingPermissiveMutualTLS: true
  - apiVersion: consul.hashicorp.com/v1alpha1
    kind: ServiceDefaults
    metadata:
      name: api
    spec:
      mutualTLSMode: permissive
`;

  test('linted and counted: the summary names 1 file and 2 entries', () => {
    const dir = tempDir();
    try {
      writeFileSync(path.join(dir, 'consul.yaml'), LIST);
      const r = cli(['.'], { cwd: dir });
      expect(r.stdout).toContain('consul.yaml\n  15:7  warning  Service "api" in partition "default" sets MutualTLSMode = "permissive"');
      expect(r.stdout).toMatch(/1 file linted, 2 entries, 0 not Consul config/);
    } finally {
      remove(dir);
    }
  });

  test('status lists the mesh flag and the permissive service at their lines', () => {
    const dir = tempDir();
    try {
      writeFileSync(path.join(dir, 'consul.yaml'), LIST);
      const r = cli(['status', '.'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/mesh +AllowEnablingPermissiveMutualTLS = true +consul\.yaml:9/);
      expect(r.stdout).toMatch(/\n  api +default +service-defaults .*\(consul\.yaml:15\)/);
    } finally {
      remove(dir);
    }
  });
});
