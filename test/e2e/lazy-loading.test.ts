/**
 * The built binary evaluates the code a run uses, not the whole bundle (src/lazy.ts): the
 * command line is one script (scripts/build-bin.mjs) in which esbuild wraps each module a
 * dynamic import reaches in a function named by the module's path, called when the module is
 * first needed. Each run is made with V8's coverage on (`NODE_V8_COVERAGE`), and the parts that
 * must stay out of a run are looked for among the wrappers V8 saw called. Each run's output is
 * checked too: a part evaluated late still works.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, cleanEnv, cliScript, remove, requireBuild, ROOT, tempDir, writeFiles } from './helpers.js';

/** Each part, by a module only it holds. */
const PARTS = {
  hcl: 'src/parse/hcl.ts',
  json: 'src/parse/json.ts',
  crdSchema: 'src/model/crd-types.generated.ts',
  yamlPackage: 'node_modules/yaml/dist/compose/composer.js',
  jsYaml: 'node_modules/js-yaml/dist/js-yaml.cjs.js',
  sarif: 'src/format/sarif.ts',
  markdown: 'src/format/markdown.ts',
  status: 'src/status/command.ts',
  ready: 'src/ready/command.ts',
  init: 'src/init/command.ts',
  targets: 'src/targets/command.ts',
  cache: 'src/cache/store.ts',
  fix: 'src/fix/apply.ts',
} as const;
type Part = keyof typeof PARTS;

let dir: string;
let script: string;

beforeAll(() => {
  requireBuild();
  dir = tempDir('mtls-lazy-');
  script = cliScript();
});

afterAll(() => {
  if (dir) remove(dir);
});

/** A module's wrapper in the script: `"src/parse/hcl.ts"() {` (esbuild's `__esm`), `"…/node_modules/js-yaml/…"(exports) {` (`__commonJS`). */
function isWrapperOf(functionName: string, part: Part): boolean {
  return functionName === PARTS[part] || functionName.endsWith(`/${PARTS[part]}`);
}

let runs = 0;

/** Runs the binary in `cwd`; its output and the parts whose modules it evaluated. */
function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string; parts: Set<Part> } {
  const coverage = path.join(dir, `coverage-${++runs}`);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: cleanEnv({ NODE_V8_COVERAGE: coverage }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  const called: string[] = [];
  let seen = false;
  for (const f of readdirSync(coverage)) {
    const report = JSON.parse(readFileSync(path.join(coverage, f), 'utf8')) as {
      result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
    };
    for (const s of report.result) {
      if (!s.url.endsWith(`/${path.basename(script)}`)) continue;
      seen = true;
      for (const fn of s.functions) if (fn.ranges[0]!.count > 0) called.push(fn.functionName);
    }
  }
  expect(seen, `no coverage of ${script}: ${r.stderr}`).toBe(true);
  const parts = new Set((Object.keys(PARTS) as Part[]).filter((p) => called.some((n) => isWrapperOf(n, p))));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, parts };
}

function repo(name: string, files: Record<string, string>): string {
  return writeFiles(path.join(dir, name), files);
}

const HCL = 'Kind = "service-defaults"\nName = "web"\nProtocol = "http"\nMutualTLSMode = "permissive"\n';
const CRD = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: web\nspec:\n  protocol: http\n  mutualTLSMode: permissive\n';

describe('lazily loaded parts', () => {
  test('every part is in the build, each in a wrapper of its own (else the tests below would pass for nothing)', () => {
    const text = readFileSync(script, 'utf8');
    const wrappers = [...text.matchAll(/^ {2}"([^"\n]+)"\((?:exports\d*)?(?:, module\d*)?\) \{$/gm)].map((m) => m[1]!);
    for (const part of Object.keys(PARTS) as Part[]) expect(wrappers.filter((w) => isWrapperOf(w, part)), part).toHaveLength(1);
    // The loader holds none of the code.
    const bin = readFileSync(BIN, 'utf8');
    for (const marker of Object.values(PARTS)) expect(bin.includes(marker), marker).toBe(false);
  });

  test('--version loads no reader, formatter other than text, subcommand, cache or fix code', () => {
    const r = run(['--version'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect([...r.parts]).toEqual([]);
  });

  test('a repository of HCL loads the HCL reader and no other', () => {
    const r = run([], repo('hcl', { 'web.hcl': HCL }));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('permissive-mtls');
    expect([...r.parts]).toEqual(['hcl']);
  });

  test('a JSON file loads the JSON reader; an .hcl file starting with "{" both', () => {
    const entry = '{"Kind": "service-defaults", "Name": "web", "Protocol": "http", "MutualTLSMode": "permissive"}\n';
    const json = run([], repo('json', { 'web.json': entry }));
    expect(json.code, json.stderr).toBe(1);
    expect(json.stdout).toContain('permissive-mtls');
    expect([...json.parts]).toEqual(['json']);
    const hcl = run([], repo('json-in-hcl', { 'web.hcl': entry }));
    expect(hcl.code, hcl.stderr).toBe(1);
    expect(hcl.stdout).toContain('permissive-mtls');
    expect([...hcl.parts].sort()).toEqual(['hcl', 'json']);
  });

  test('Terraform loads the JSON reader for a config_json string, in the middle of reading the file', () => {
    const tf = 'resource "consul_config_entry" "web" {\n  kind        = "service-defaults"\n  name        = "web"\n  config_json = "{\\"Protocol\\":\\"http\\",\\"MutualTLSMode\\":\\"permissive\\"}"\n}\n';
    const r = run([], repo('terraform', { 'main.tf': tf }));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/main\.tf\n +4:17 +warning .*permissive-mtls/);
    expect([...r.parts]).toEqual(['json']);
  });

  test("CRDs the event reader reads load js-yaml and the CRD schemas, not the `yaml` package", () => {
    const r = run([], repo('crd', { 'web.yaml': CRD }));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('permissive-mtls');
    expect([...r.parts].sort()).toEqual(['crdSchema', 'jsYaml']);
  });

  test('a CRD field of the wrong type is reported once the CRD schemas are loaded, mid-file', () => {
    const r = run([], repo('crd-type', { 'web.yaml': CRD.replace('  protocol: http\n', '  protocol: http\n  transparentProxy:\n    outboundListenerPort: "15001"\n') }));
    expect(r.stdout).toMatch(/web\.yaml[\s\S]*invalid-value/);
    expect([...r.parts].sort()).toEqual(['crdSchema', 'jsYaml']);
  });

  test('a YAML file with an anchor is read by the composing reader, loaded then', () => {
    const r = run(['--format', 'json'], repo('anchor', { 'web.yaml': CRD.replace('name: web', 'name: &n web\n  labels:\n    app: *n') }));
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string }[]; summary: { entries: number } };
    expect(report.summary.entries).toBe(1);
    expect(report.findings.some((f) => f.ruleId === 'permissive-mtls')).toBe(true);
    expect([...r.parts].sort()).toEqual(['crdSchema', 'jsYaml', 'yamlPackage']);
  });

  test('the config file is read by the composing reader, loaded then', () => {
    const r = run([], repo('config', { '.mtls-lint.yaml': 'rules:\n  permissive-mtls: off\n', 'web.hcl': HCL }));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).not.toContain('permissive-mtls');
    // The composing reader shares one wording with the event reader, whose module it imports.
    expect([...r.parts].sort()).toEqual(['hcl', 'jsYaml', 'yamlPackage']);
  });

  test('an invalid YAML file: the composing reader gives the parse error', () => {
    const r = run([], repo('broken', { 'web.yaml': 'kind: ServiceDefaults\nspec: [\n' }));
    expect(r.stdout).toMatch(/web\.yaml[\s\S]*parse-error/);
    expect(r.parts.has('yamlPackage')).toBe(true);
  });

  test('a kustomization loads both YAML readers before targets are built', () => {
    const r = run([], repo('kustomize', { 'base/web.yaml': CRD, 'base/kustomization.yaml': 'resources:\n  - web.yaml\n', 'overlay/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - patch: |-\n      apiVersion: consul.hashicorp.com/v1alpha1\n      kind: ServiceDefaults\n      metadata:\n        name: web\n      spec:\n        mutualTLSMode: strict\n' }));
    expect(r.code, r.stderr).not.toBe(2);
    expect(r.stderr).toBe('');
    expect([...r.parts].sort()).toEqual(['crdSchema', 'jsYaml', 'yamlPackage']);
  });

  test('--format sarif loads the SARIF formatter and no other', () => {
    const r = run(['--format', 'sarif'], repo('sarif', { 'web.hcl': HCL }));
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).version).toBe('2.1.0');
    expect([...r.parts].sort()).toEqual(['hcl', 'sarif']);
  });

  test('a SARIF report to a file and a Markdown one to standard output load both', () => {
    const root = repo('two-reports', { 'web.hcl': HCL });
    const r = run(['--format', 'sarif', '-o', 'out.sarif', '--output', 'markdown=-'], root);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('permissive-mtls');
    expect([...r.parts].sort()).toEqual(['hcl', 'markdown', 'sarif']);
  });

  test('each subcommand loads its own code', () => {
    const root = repo('subcommands', { 'web.hcl': HCL });
    const status = run(['status'], root);
    expect(status.code, status.stderr).not.toBe(2);
    expect(status.parts.has('status')).toBe(true);
    expect(status.parts.has('ready')).toBe(false);
    const targets = run(['targets'], root);
    expect(targets.code, targets.stderr).toBe(0);
    expect(targets.parts.has('targets')).toBe(true);
    expect(targets.parts.has('status')).toBe(false);
    const init = run(['init', '--stdout'], root);
    expect(init.code, init.stderr).toBe(0);
    expect(init.parts.has('init')).toBe(true);
  });

  test('--cache loads the cache, --fix-dry-run the fixes', () => {
    const root = repo('cache-fix', { 'web.hcl': HCL });
    const cached = run(['--cache'], root);
    expect(cached.code, cached.stderr).toBe(1);
    expect(cached.parts.has('cache')).toBe(true);
    expect(cached.parts.has('fix')).toBe(false);
    const fix = run(['--fix-dry-run'], root);
    expect(fix.code, fix.stderr).toBe(0);
    expect(fix.parts.has('fix')).toBe(true);
    expect(fix.parts.has('cache')).toBe(false);
  });
});
