#!/usr/bin/env node
/**
 * npm run bench: generates synthetic repositories (fixed seed) outside the project and
 * measures the built CLI side by side with what a user would run instead, in one run:
 *
 * - peer: 3,000 CRD YAML files (6,001 documents), mtls-lint against Spectral with a one-rule
 *   ruleset (installed at bench time into a temporary folder, never a dependency);
 * - cache: the same 3,000 CRD files, 3,000 Terraform files of config entries, and the mixed
 *   repositories of the sizes below from 10,000 files, with `--cache`:
 *   cold into a fresh cache, then warm after one file changed (a `strict` made `permissive` or
 *   back), beside a run without the cache. The cache keeps none of these files (reading them
 *   again is as fast as restoring them: src/cache/prepared.ts), so these rows show the cost of
 *   `--cache` where it cannot help, and what every run pays whatever the cache holds (model,
 *   rules, output: the stage tables);
 * - start-up: a one-file repository against `node -e 0`;
 * - sizes: mixed repositories (HCL, JSON, CRD YAML) of each size, against the parse floor (the
 *   same files read and parsed by the same parsers in one process, nothing else), with the
 *   time per file and the peak RSS.
 *
 *   node scripts/bench.mjs [peer] [cache] [start-up] [sizes...]   default: all, sizes 1000 10000 100000
 *
 * Every pair runs BENCH_RUNS times (default 3), alternately, and the median run of each is
 * reported: a single run on a shared machine varies by ±10 %. The ratios of the peer and
 * start-up rows are the median of each round's ratio (`roundRatios`), the peer's with their range.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist/src/bin.js');
if (!existsSync(bin)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
// The floor is bundled as the CLI is (scripts/build-bin.mjs): neither pays for loading
// modules one by one, so the ratio compares the work done.
const floorScript = path.join(os.tmpdir(), 'mtls-lint-parse-floor.mjs');
await build({ ...BUNDLE_OPTIONS, absWorkingDir: root, entryPoints: ['scripts/parse-floor.mjs'], outfile: floorScript });

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const argv = process.argv.slice(2);
const sizes = argv.map(Number).filter((n) => n > 0);
const sections = new Set(argv.filter((a) => !(Number(a) > 0)));
const everything = argv.length === 0;
const SIZES = sizes.length > 0 ? sizes : everything ? [1000, 10000, 100000] : [];
const SPECTRAL_VERSION = '6.16.3';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(dir, n) {
  const rand = rng(42);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const partitions = ['default', 'team-a', 'team-b', 'team-c'];
  const made = new Set();
  for (let p = 0; p < partitions.length; p++) {
    const d = path.join(dir, partitions[p]);
    mkdirSync(d, { recursive: true });
    writeFileSync(
      path.join(d, 'mesh.hcl'),
      `Kind = "mesh"\nPartition = "${partitions[p]}"\nAllowEnablingPermissiveMutualTLS = ${p % 2 === 0}\n\nTransparentProxy {\n  MeshDestinationsOnly = ${p === 0}\n}\n`,
    );
  }
  for (let i = 0; i < n - partitions.length; i++) {
    const part = pick(partitions);
    const sub = path.join(dir, part, `svc-${Math.floor(i / 500)}`);
    if (!made.has(sub)) {
      mkdirSync(sub, { recursive: true });
      made.add(sub);
    }
    const name = `svc-${i}`;
    const mode = pick(['strict', 'strict', 'permissive', '']);
    const r = rand();
    if (r < 0.4) {
      writeFileSync(
        path.join(sub, `${name}.hcl`),
        `# defaults for ${name}\nKind      = "service-defaults"\nName      = "${name}"\nPartition = "${part}"\nProtocol  = "${pick(['http', 'tcp', 'grpc'])}"\n${mode ? `MutualTLSMode = "${mode}"\n` : ''}\nMeta {\n  owner = "team-${i % 17}"\n  "mtls-lint/permissive-until" = "2099-01-01"\n}\n\nUpstreamConfig {\n  Defaults {\n    ConnectTimeoutMs = 5000\n    Limits {\n      MaxConnections = 512\n      MaxPendingRequests = 512\n    }\n  }\n}\n`,
      );
    } else if (r < 0.7) {
      const sources = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, k) => ({
        Name: `svc-${(i + k + 1) % n}`,
        Action: rand() < 0.8 ? 'allow' : 'deny',
        Description: `generated source ${k}`,
      }));
      writeFileSync(
        path.join(sub, `${name}-intentions.json`),
        JSON.stringify({ Kind: 'service-intentions', Name: name, Partition: part, Sources: sources }, null, 2) + '\n',
      );
    } else {
      writeFileSync(
        path.join(sub, `${name}.yaml`),
        `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  protocol: http\n${mode ? `  mutualTLSMode: "${mode}"\n` : ''}  upstreamConfig:\n    defaults:\n      connectTimeoutMs: 5000\n---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  destination:\n    name: ${name}\n  sources:\n    - name: svc-${(i + 7) % n}\n      action: allow\n`,
      );
    }
  }
}

const RSS_HOOK = `data:text/javascript,process.on('exit',()=>{process.stderr.write('\\nBENCH_MAXRSS_KB='+process.resourceUsage().maxRSS+'\\n')})`;

/**
 * Each command RUNS times, alternating between them (a machine that slows down for a while
 * slows both alike); for each, the median run by wall time.
 */
function timedAlternately(...commands) {
  const runs = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) commands.forEach((args, c) => runs[c].push(timedOnce(args)));
  // The median run of each, with every run in the order made (`all`: pairs of one round share the machine's state).
  return runs.map((r) => ({ ...[...r].sort((a, b) => a.ms - b.ms)[Math.floor(r.length / 2)], all: r }));
}

/**
 * How many times slower `b` is than `a`: the median of each round's ratio, and their range. A
 * ratio of two medians mixes rounds the machine ran at different speeds (Spectral alone varied
 * 3.9-5.2 s between runs); the two runs of one round are seconds apart.
 */
function roundRatios(a, b) {
  const ratios = a.all.map((x, i) => b.all[i].ms / x.ms).sort((p, q) => p - q);
  return { median: ratios[Math.floor(ratios.length / 2)], min: ratios[0], max: ratios[ratios.length - 1] };
}

/** The measured runs do not time their stages (TIMING unset). */
const { TIMING: _timing, ...quietEnv } = process.env;

function timedOnce(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: quietEnv });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(0, 2000)}`);
  }
  return { ms, rssMb: m ? Number(m[1]) / 1024 : NaN, stdout: r.stdout };
}

/** One more run with TIMING set: its stages (ms) from the table it prints on stderr. */
function stagesOf(args) {
  return timingRun(args).stages;
}

/** A run with TIMING set: its stages (ms) and what else it printed on stderr. */
function timingRun(args) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...quietEnv, TIMING: '1' } });
  const stages = new Map();
  const lines = (r.stderr ?? '').split('\n');
  const start = lines.findIndex((l) => /^Stage +\|/.test(l));
  for (const l of start < 0 ? [] : lines.slice(start + 2)) {
    const m = /^(.+?) +\| +([\d.]+) \|/.exec(l);
    if (!m) break;
    stages.set(m[1], Number(m[2]));
  }
  return { stages, stderr: r.stderr ?? '' };
}

/** A fresh folder under the system's temporary folder. */
function benchDir(name) {
  const dir = path.join(os.tmpdir(), name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * n consul-k8s CRD files of two documents each (ServiceDefaults and ServiceIntentions), and
 * one Mesh: 2n + 1 documents, a quarter of the services permissive.
 */
function generateCrds(dir, n) {
  const rand = rng(7);
  writeFileSync(
    path.join(dir, 'mesh.yaml'),
    'apiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\nspec:\n  allowEnablingPermissiveMutualTLS: true\n  transparentProxy:\n    meshDestinationsOnly: true\n',
  );
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `team-${i % 20}`);
    if (i < 20) mkdirSync(sub, { recursive: true });
    const name = `svc-${i}`;
    const mode = rand() < 0.25 ? 'permissive' : 'strict';
    writeFileSync(
      path.join(sub, `${name}.yaml`),
      `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  protocol: http\n  mutualTLSMode: ${mode}\n  upstreamConfig:\n    defaults:\n      connectTimeoutMs: 5000\n---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  destination:\n    name: ${name}\n  sources:\n    - name: svc-${(i + 7) % n}\n      action: allow\n`,
    );
  }
}

/**
 * Spectral's CLI, installed once per version into the temporary folder (without install
 * scripts), and a ruleset of one rule a user would write for the same mistake.
 */
function spectralPeer() {
  const prefix = path.join(os.tmpdir(), `mtls-lint-bench-spectral-${SPECTRAL_VERSION}`);
  const cli = path.join(prefix, 'node_modules/@stoplight/spectral-cli/dist/index.js');
  if (!existsSync(cli)) {
    process.stderr.write(`installing @stoplight/spectral-cli@${SPECTRAL_VERSION} into ${prefix}\n`);
    mkdirSync(prefix, { recursive: true });
    const r = spawnSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', `@stoplight/spectral-cli@${SPECTRAL_VERSION}`],
      { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
    );
    if (r.status !== 0 || !existsSync(cli)) return { missing: `npm install @stoplight/spectral-cli failed: ${(r.stderr ?? '').slice(0, 500)}` };
  }
  const ruleset = path.join(prefix, 'permissive-mtls.spectral.yaml');
  writeFileSync(
    ruleset,
    'rules:\n  permissive-mtls:\n    description: MutualTLSMode permissive\n    given: "$.spec.mutualTLSMode"\n    severity: warn\n    then:\n      function: pattern\n      functionOptions:\n        notMatch: "^permissive$"\n',
  );
  return { cli, ruleset };
}

/** mtls-lint and Spectral on the same n CRD files, alternately. */
function peerRows(n = 3000) {
  const dir = benchDir(`mtls-lint-bench-crd-${n}`);
  generateCrds(dir, n);
  const out = path.join(os.tmpdir(), `mtls-lint-bench-crd-${n}`);
  const cliArgs = [bin, '--format', 'json', '-o', `${out}.json`, dir];
  const spectral = spectralPeer();
  const rows = [];
  if ('missing' in spectral) {
    process.stderr.write(`Spectral not measured: ${spectral.missing}\n`);
    const [cli] = timedAlternately(cliArgs);
    rows.push({ tool: 'mtls-lint', files: n + 1, seconds: +(cli.ms / 1000).toFixed(2), peakRssMb: Math.round(cli.rssMb) });
  } else {
    const spectralArgs = [spectral.cli, 'lint', '--ruleset', spectral.ruleset, '--format', 'json', '--output', `${out}.spectral.json`, '--quiet', path.join(dir, '**/*.yaml')];
    const [cli, peer] = timedAlternately(cliArgs, spectralArgs);
    const ratio = roundRatios(cli, peer);
    // What each found: Spectral reads the first document of a file and reports the rest as a parser error.
    const ours = JSON.parse(readFileSync(`${out}.json`, 'utf8')).findings;
    const theirs = JSON.parse(readFileSync(`${out}.spectral.json`, 'utf8'));
    rows.push({
      tool: 'mtls-lint',
      files: n + 1,
      seconds: +(cli.ms / 1000).toFixed(2),
      peakRssMb: Math.round(cli.rssMb),
      permissiveFound: ours.filter((f) => f.ruleId === 'permissive-mtls').length,
      parseErrors: ours.filter((f) => f.ruleId === 'parse-error').length,
      spectralOverThis: +ratio.median.toFixed(2),
      perRound: `${ratio.min.toFixed(2)}-${ratio.max.toFixed(2)}`,
    });
    rows.push({
      tool: `spectral ${SPECTRAL_VERSION} (1 rule)`,
      files: n + 1,
      seconds: +(peer.ms / 1000).toFixed(2),
      peakRssMb: Math.round(peer.rssMb),
      permissiveFound: theirs.filter((r) => r.code === 'permissive-mtls').length,
      parseErrors: theirs.filter((r) => r.code === 'parser').length,
      spectralOverThis: 1,
    });
  }
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  return rows;
}

/**
 * n Terraform files of one root module, each a `consul_config_entry` of a service-defaults
 * (config_json), and the mesh entry. Config entries in Terraform are read again, not restored
 * (3,000 files: 521 ms to read against 567 ms to restore), as CRD YAML is.
 */
function generateTerraform(dir, n) {
  const rand = rng(11);
  writeFileSync(
    path.join(dir, 'mesh.tf'),
    'resource "consul_config_entry" "mesh" {\n  kind = "mesh"\n  name = "mesh"\n\n  config_json = jsonencode({\n    AllowEnablingPermissiveMutualTLS = true\n  })\n}\n',
  );
  for (let i = 0; i < n; i++) {
    const mode = rand() < 0.25 ? 'permissive' : 'strict';
    writeFileSync(
      path.join(dir, `svc-${i}.tf`),
      `resource "consul_config_entry" "svc_${i}_defaults" {\n  name = "svc-${i}"\n  kind = "service-defaults"\n\n  config_json = jsonencode({\n    Protocol      = "http"\n    MutualTLSMode = "${mode}"\n    UpstreamConfig = {\n      Defaults = {\n        ConnectTimeoutMs = 5000\n      }\n    }\n  })\n}\n\nresource "consul_config_entry" "svc_${i}_intentions" {\n  name = "svc-${i}"\n  kind = "service-intentions"\n\n  config_json = jsonencode({\n    Sources = [\n      {\n        Name   = "svc-${(i + 7) % n}"\n        Action = "allow"\n      }\n    ]\n  })\n}\n`,
    );
  }
}

const MODE = /(mutualTLSMode: |MutualTLSMode += ")(strict|permissive)/;

/** The linted file the cache rows change between the cold and the warm run: one service's mode flipped. */
function flipMode(file) {
  const text = readFileSync(file, 'utf8');
  const flipped = text.replace(MODE, (_, key, mode) => key + (mode === 'strict' ? 'permissive' : 'strict'));
  if (flipped === text) throw new Error(`${file}: no mutualTLSMode to change`);
  writeFileSync(file, flipped);
}

/**
 * `--cache` on n generated files, as a pre-commit hook or a CI cache sees it: a cold run into a
 * fresh cache location (outside the repository), one file changed, then the warm run; beside
 * it a run without the cache on the same files. Each round runs the three in that order, the
 * median of each is reported. The warm run's report must be the report of the run without
 * the cache (same files): a cache that answers fast but wrong is not measured.
 */
function cacheRows(set, n, generate, changedFile) {
  const dir = benchDir(`mtls-lint-bench-cache-${set}-${n}`);
  generate(dir, n);
  changedFile ??= firstWithMode(dir);
  const files = countFiles(dir);
  const cacheDir = benchDir(`mtls-lint-bench-cache-location-${set}-${n}`);
  const location = path.join(cacheDir, '.mtls-lint-cache');
  const report = (name) => path.join(cacheDir, `${name}.json`);
  const args = (name, ...extra) => [bin, '--format', 'json', '-o', report(name), ...extra, dir];
  const changed = path.join(dir, changedFile);
  const runs = { cold: [], warm: [], plain: [] };
  for (let i = 0; i < RUNS; i++) {
    rmSync(location, { force: true });
    runs.cold.push(timedOnce(args('cold', '--cache', '--cache-location', location)));
    flipMode(changed);
    runs.warm.push(timedOnce(args('warm', '--cache', '--cache-location', location)));
    runs.plain.push(timedOnce(args('plain')));
    if (readFileSync(report('warm'), 'utf8') !== readFileSync(report('plain'), 'utf8')) {
      throw new Error(`the warm --cache report differs from the report without the cache (${report('warm')}, ${report('plain')})`);
    }
  }
  const cacheMb = statSync(location).size / 1024 / 1024;
  // How many files each restored, and where the time goes: one more round with TIMING.
  rmSync(location, { force: true });
  const coldTiming = timingRun(args('cold', '--cache', '--cache-location', location));
  flipMode(changed);
  const warmTiming = timingRun(args('warm', '--cache', '--cache-location', location));
  const counts = (t) => {
    const m = /cache: (\d+) files restored, (\d+) stored afresh/.exec(t.stderr);
    if (!m) throw new Error(`no cache line in the TIMING output: ${t.stderr.slice(0, 500)}`);
    return { restored: Number(m[1]), storedAfresh: Number(m[2]) };
  };
  const median = (r) => r.sort((a, b) => a.ms - b.ms)[Math.floor(r.length / 2)];
  const [cold, warm, plain] = [median(runs.cold), median(runs.warm), median(runs.plain)];
  if (!process.env.BENCH_KEEP) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const rows = [
    { run: 'without --cache', files, ms: Math.round(plain.ms), peakRssMb: Math.round(plain.rssMb), overPlain: 1, overCold: +(plain.ms / cold.ms).toFixed(2), restored: null, storedAfresh: null },
    { run: '--cache, cold (no cache file)', files, ms: Math.round(cold.ms), peakRssMb: Math.round(cold.rssMb), overPlain: +(cold.ms / plain.ms).toFixed(2), overCold: 1, ...counts(coldTiming) },
    {
      run: `--cache, warm, 1 file changed (cache ${cacheMb.toFixed(1)} MB)`,
      files,
      ms: Math.round(warm.ms),
      peakRssMb: Math.round(warm.rssMb),
      overPlain: +(warm.ms / plain.ms).toFixed(2),
      overCold: +(warm.ms / cold.ms).toFixed(2),
      ...counts(warmTiming),
    },
  ];
  const names = [...new Set([...coldTiming.stages.keys(), ...warmTiming.stages.keys()])];
  const stages = names.map((stage) => ({ stage, cold: coldTiming.stages.get(stage) ?? null, warm: warmTiming.stages.get(stage) ?? null }));
  return { rows, stages };
}

/** The stages a cache hit skips (TIMING's names): parsing and normalizing, and restoring instead. */
const PER_FILE_STAGES = new Set(['parse', 'normalize', 'cache']);

function countFiles(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1;
  return n;
}

/** The first file (by path) whose mode `flipMode` can change: the mixed sets' changed file. */
function firstWithMode(dir, rel = '') {
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      const found = firstWithMode(dir, p);
      if (found) return found;
    } else if (MODE.test(readFileSync(path.join(dir, p), 'utf8'))) return p;
  }
  return undefined;
}

/** A one-file repository (a pre-commit run of one staged file) against Node's own start-up. */
function startUpRows() {
  const dir = benchDir('mtls-lint-bench-one-file');
  writeFileSync(path.join(dir, 'api-defaults.hcl'), 'Kind = "service-defaults"\nName = "api"\nProtocol = "http"\nMutualTLSMode = "strict"\n');
  const [node, cli] = timedAlternately(['-e', '0'], [bin, dir]);
  rmSync(dir, { recursive: true, force: true });
  return [
    { run: 'node -e 0', ms: Math.round(node.ms), peakRssMb: Math.round(node.rssMb), overNode: 1 },
    { run: 'mtls-lint, one file', ms: Math.round(cli.ms), peakRssMb: Math.round(cli.rssMb), overNode: +roundRatios(node, cli).median.toFixed(2) },
  ];
}

if (everything || sections.has('peer')) {
  const peer = peerRows();
  console.log('3,000 CRD files (6,001 documents), side by side (median of BENCH_RUNS):');
  console.table(peer);
}
if (everything || sections.has('cache')) {
  const sets = [
    { set: 'crd', title: '3,000 CRD files', generate: generateCrds, changed: 'team-0/svc-0.yaml' },
    { set: 'terraform', title: '3,000 Terraform files (6,001 consul_config_entry resources)', generate: generateTerraform, changed: 'svc-0.tf' },
    // The mixed repositories of the sizes below, from 10,000 files (HCL, JSON and CRD YAML).
    ...SIZES.filter((n) => n >= 10000).map((n) => ({ set: 'mixed', n, title: `${n.toLocaleString('en-US')} mixed files`, generate, changed: undefined })),
  ];
  for (const { set, n = 3000, title, generate, changed } of sets) {
    const cache = cacheRows(set, n, generate, changed);
    console.log(`${title} with --cache: cold, then warm after one file changed (median of BENCH_RUNS):`);
    console.table(cache.rows);
    console.log(`${title}: --cache stages, cold and warm (ms, one run each):`);
    console.table(cache.stages);
    // What no cache of per-file records removes: every stage but reading files into records
    // runs again (the cross-file rules re-run in full), so the warm run cannot go below it.
    const perRun = cache.stages.filter((s) => !PER_FILE_STAGES.has(s.stage)).reduce((sum, s) => sum + (s.warm ?? 0), 0);
    const cold = cache.rows.find((r) => r.overCold === 1);
    console.log(
      `${title}: the warm run's stages that run whatever the cache holds (all but ${[...PER_FILE_STAGES].join(', ')}): ${Math.round(perRun)} ms, ${(perRun / cold.ms).toFixed(2)}x the cold run before start-up`,
    );
  }
}
if (everything || sections.has('start-up')) {
  const startUp = startUpRows();
  console.log('start-up (median of BENCH_RUNS):');
  console.table(startUp);
}

const rows = [];
const breakdowns = [];
for (const n of SIZES) {
  const dir = path.join(os.tmpdir(), `mtls-lint-bench-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const g0 = Date.now();
  generate(dir, n);
  process.stderr.write(`generated ${n} files in ${((Date.now() - g0) / 1000).toFixed(1)} s (${dir})\n`);
  const cliArgs = [bin, '--format', 'json', '-o', path.join(dir, '..', `mtls-lint-bench-${n}.json`), dir];
  const [floor, cli] = timedAlternately([floorScript, dir], cliArgs);
  breakdowns.push({ files: n, cli: stagesOf(cliArgs), floor: stagesOf([floorScript, dir]) });
  rows.push({
    files: n,
    cliSeconds: +(cli.ms / 1000).toFixed(2),
    floorSeconds: +(floor.ms / 1000).toFixed(2),
    ratio: +(cli.ms / floor.ms).toFixed(2),
    filesPerSecond: Math.round(n / (cli.ms / 1000)),
    msPerFile: +(cli.ms / n).toFixed(3),
    peakRssMb: Math.round(cli.rssMb),
    floorRssMb: Math.round(floor.rssMb),
  });
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}
if (rows.length > 0) console.table(rows);
// Where the time goes: the CLI's stages (TIMING) beside the floor's.
for (const b of breakdowns) {
  const names = [...new Set([...b.cli.keys(), ...b.floor.keys()])];
  console.log(`stages at ${b.files} files (ms, one run each):`);
  console.table(names.map((stage) => ({ stage, cli: b.cli.get(stage) ?? null, floor: b.floor.get(stage) ?? null })));
}
console.log('targets: Spectral >= 4x the time of mtls-lint on the CRD set; warm --cache after one file changed <= 0.25x the cold run; one file <= 2.5x node -e 0; ms/file flat or falling from 1k to 100k; peak RSS <= 600 MB at 100k files');
