/**
 * No side effects: the built CLI runs on a read-only copy of a fixture repository (as
 * `nobody` when the tests run as root, so that read-only means something), with HOME and
 * TMPDIR of its own, and writes nothing anywhere but its -o / --sarif-file / --output
 * targets. Nothing in a file is executed, interpolated or fetched: HCL `${...}` stays text,
 * YAML custom tags (`!include`, `!!js/function`, `!Ref`) stay inert, and a URL in either is
 * never requested (a local HTTP server counts the requests).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, FIXTURES, requireBuild } from '../e2e/helpers.js';
import { RUN_AS_NOBODY, removeRepo } from './helpers.js';

const SENTINEL = `SENTINEL-${process.pid}-${Date.now()}`;

/** Every path under `dir` with its type, mode, size, mtime and content hash. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string): void => {
    const st = lstatSync(p);
    const rel = path.relative(dir, p) || '.';
    let what = `${st.mode.toString(8)} ${st.mtimeMs}`;
    if (st.isSymbolicLink()) what += ` -> ${readlinkSync(p)}`;
    else if (st.isFile()) what += ` ${st.size} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
    out[rel] = what;
    if (st.isDirectory()) for (const e of readdirSync(p).sort()) walk(path.join(p, e));
  };
  walk(dir);
  return out;
}

function setMode(p: string, dirMode: number, fileMode: number): void {
  const st = lstatSync(p);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    for (const e of readdirSync(p)) setMode(path.join(p, e), dirMode, fileMode);
    chmodSync(p, dirMode);
  } else chmodSync(p, fileMode);
}

function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: cleanEnv(env),
      ...(RUN_AS_NOBODY ? { uid: 65534, gid: 65534 } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let server: Server;
let requests = 0;
let base: string;
let outside: string;

beforeAll(async () => {
  requireBuild();
  server = createServer((_req, res) => {
    requests++;
    res.end(`${SENTINEL}\n`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = mkdtempSync(path.join(tmpdir(), 'mtls-side-effects-'));
  outside = path.join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.txt'), `${SENTINEL}\n`);
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  removeRepo(base);
});

describe('no side effects', () => {
  it('writes only its report targets; reads nothing it is not asked to; fetches nothing', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/config`;
    const secret = path.join(outside, 'secret.txt');
    const repo = path.join(base, 'repo');
    cpSync(path.join(FIXTURES, 'onboarding'), repo, { recursive: true });
    writeFileSync(
      path.join(repo, 'consul/interpolated.hcl'),
      [
        'Kind = "service-defaults"',
        `Name = "\${file("${secret}")}"`,
        'Protocol = "${env.PROTOCOL}"',
        'Meta {',
        `  url = "\${http("${url}")}"`,
        '  cmd = "$(cat /etc/passwd)"',
        '}',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(repo, 'k8s/tagged.yaml'),
      [
        'apiVersion: consul.hashicorp.com/v1alpha1',
        'kind: ServiceDefaults',
        'metadata:',
        `  name: !include ${secret}`,
        '  annotations:',
        `    fetched: !include ${url}`,
        'spec:',
        `  protocol: !!js/function "function () { return require('fs').readFileSync('${secret}', 'utf8') }"`,
        '  mutualTLSMode: !Ref Mode',
        '  meta: !!binary aGVsbG8=',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(repo, 'main.tf'),
      [
        'resource "consul_config_entry" "x" {',
        '  kind        = "service-defaults"',
        `  name        = "\${file("${secret}")}"`,
        `  config_json = jsonencode({ Protocol = data.http.x.body, Meta = { u = "${url}" } })`,
        '}',
        `data "http" "x" { url = "${url}" }`,
        '',
      ].join('\n'),
    );
    const home = path.join(base, 'home');
    const tmp = path.join(base, 'tmp');
    const out = path.join(base, 'out');
    for (const d of [home, tmp, out]) {
      mkdirSync(d);
      chmodSync(d, 0o777);
    }
    chmodSync(base, 0o755);
    setMode(outside, 0o755, 0o644);
    setMode(repo, 0o555, 0o444); // read-only copy
    const before = { repo: snapshot(repo), home: snapshot(home), tmp: snapshot(tmp), outside: snapshot(outside) };

    const env = { HOME: home, TMPDIR: tmp, TMP: tmp, TEMP: tmp, XDG_CACHE_HOME: path.join(home, '.cache'), XDG_CONFIG_HOME: path.join(home, '.config'), MTLS_LINT_NOW: '2026-01-15', PROTOCOL: SENTINEL };
    const r1 = await run(['-o', path.join(out, 'report.txt'), '--sarif-file', path.join(out, 'results.sarif'), '.'], repo, env);
    const r2 = await run(['-f', 'json', '--output', `markdown=${path.join(out, 'nested/summary.md')}`, '.'], repo, env);

    for (const r of [r1, r2]) {
      expect(r.stderr).not.toMatch(/internal error|EACCES|EROFS/);
      expect(r.code).toBe(1); // the interpolated and tagged values are invalid, as Consul would say
    }
    // Nothing written but the targets.
    expect(snapshot(repo)).toEqual(before.repo);
    expect(snapshot(home)).toEqual(before.home);
    expect(snapshot(tmp)).toEqual(before.tmp);
    expect(snapshot(outside)).toEqual(before.outside);
    expect(Object.keys(snapshot(out)).sort()).toEqual(['.', 'nested', 'nested/summary.md', 'report.txt', 'results.sarif']);
    // Nothing read, run or fetched.
    expect(requests).toBe(0);
    const outputs = [r1.stdout, r2.stdout, ...['report.txt', 'results.sarif', 'nested/summary.md'].map((f) => readFileSync(path.join(out, f), 'utf8'))];
    for (const o of outputs) expect(o).not.toContain(SENTINEL);
    // HCL ${...} stays text, YAML tags are inert: the values are their source text.
    const json = JSON.parse(r2.stdout) as { findings: { file: string; message: string }[] };
    const messages = json.findings.map((f) => `${f.file}: ${f.message}`).join('\n');
    expect(messages).toContain(`\${file("${secret}")}`);
    expect(messages).toContain('${env.protocol}');
    expect(messages).toContain(`ServiceDefaults "${secret}"`);
    expect(messages).toMatch(/function \(\) \{ return require/);
  });
});
