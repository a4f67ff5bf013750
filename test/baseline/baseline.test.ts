import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyBaseline, parseBaseline, pruneBaseline, serializeBaseline } from '../../src/engine/baseline.js';
import type { Finding } from '../../src/engine/finding.js';
import { runCli } from '../config/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtls-baseline-'));
  write('repo/consul/mesh.hcl', 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n');
  write('repo/consul/a.hcl', 'Kind          = "service-defaults"\nName          = "a"\nMutualTLSMode = "permissive"\n');
  write('repo/consul/b.json', '{\n  "Kind": "service-defaults",\n  "Name": "b",\n  "Partition": "team-x",\n  "MutualTLSMode": "permissive"\n}\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
}
const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');
const cli = (args: string[]) => runCli(args, { cwd: dir });
const active = (stdout: string) =>
  JSON.parse(stdout)
    .findings.filter((f: Json) => !f.suppressed)
    .map((f: Json) => `${f.file}:${f.line} ${f.ruleId}`);

describe('baseline round trip', () => {
  it('records, matches after moving lines and reformatting, fails on new findings, reports and prunes stale entries', async () => {
    // Without a baseline: b is rejected by Consul (no mesh entry in team-x).
    expect((await cli(['repo'])).code).toBe(1);

    const w = await cli(['--write-baseline', 'repo/.mtls-lint-baseline.json', 'repo']);
    expect(w.code).toBe(0);
    expect(w.stderr).toBe('mtls-lint: wrote 5 findings to the baseline repo/.mtls-lint-baseline.json\n');
    const written = JSON.parse(read('repo/.mtls-lint-baseline.json'));
    expect(written.version).toBe(1);
    expect(written.entries.map((e: Json) => `${e.file} ${e.ruleId} ${e.subject}`)).toEqual([
      'consul/a.hcl permissive-mtls service-defaults/default/default/a#MutualTLSMode',
      'consul/a.hcl permissive-without-intentions service-defaults/default/default/a#MutualTLSMode',
      'consul/b.json permissive-mtls service-defaults/team-x/default/b#MutualTLSMode',
      'consul/b.json permissive-not-allowed service-defaults/team-x/default/b#MutualTLSMode',
      'consul/b.json permissive-without-intentions service-defaults/team-x/default/b#MutualTLSMode',
    ]);
    expect(read('repo/.mtls-lint-baseline.json')).not.toMatch(/"line"|"column"/);

    // Move the finding of a.hcl down 10 lines and reformat both files.
    write('repo/consul/a.hcl', `# a\n${'\n'.repeat(9)}Kind = "service-defaults"\n\n\nName = "a"\n  MutualTLSMode   =   "permissive"   # onboarding\n`);
    write('repo/consul/b.json', '{"Kind":"service-defaults","Name":"b","Partition":"team-x",\n\n\n\n\n\n\n\n\n\n\n"MutualTLSMode":"permissive"}\n');
    const moved = await cli(['-f', 'json', '--baseline', 'repo/.mtls-lint-baseline.json', 'repo']);
    expect(moved.code).toBe(0);
    expect(active(moved.stdout)).toEqual([]);
    expect(moved.stderr).toBe('mtls-lint: 5 findings recorded in the baseline repo/.mtls-lint-baseline.json do not fail the run\n');
    const moves = JSON.parse(moved.stdout).findings.map((f: Json) => `${f.file}:${f.line}`);
    expect(moves).toContain('repo/consul/a.hcl:15');
    expect(moves).toContain('repo/consul/b.json:12');
    expect(JSON.parse(moved.stdout).findings[0].suppressions).toEqual([
      { kind: 'external', justification: 'recorded in the baseline repo/.mtls-lint-baseline.json' },
    ]);

    // The same baseline from another working directory.
    const elsewhere = await runCli(['--baseline', '.mtls-lint-baseline.json', '.'], { cwd: path.join(dir, 'repo') });
    expect(elsewhere.code).toBe(0);

    // A new finding fails the run; the baselined ones do not.
    write('repo/consul/c.hcl', 'Kind = "service-defaults"\nName = "c"\nPartition = "team-y"\nMutualTLSMode = "permissive"\n');
    const added = await cli(['-f', 'json', '--baseline', 'repo/.mtls-lint-baseline.json', 'repo']);
    expect(added.code).toBe(1);
    expect(active(added.stdout)).toEqual([
      'repo/consul/c.hcl:4 permissive-mtls',
      'repo/consul/c.hcl:4 permissive-not-allowed',
      'repo/consul/c.hcl:4 permissive-without-intentions',
    ]);
    rmSync(path.join(dir, 'repo/consul/c.hcl'));

    // Fixing b leaves three stale entries: reported, not failing; --prune-baseline removes them.
    write('repo/consul/b.json', '{"Kind":"service-defaults","Name":"b","Partition":"team-x","MutualTLSMode":"strict"}\n');
    const stale = await cli(['--baseline', 'repo/.mtls-lint-baseline.json', 'repo']);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toBe(
      'mtls-lint: 2 findings recorded in the baseline repo/.mtls-lint-baseline.json do not fail the run\n' +
        'mtls-lint: 3 entries of the baseline repo/.mtls-lint-baseline.json no longer match a finding (fixed or changed); remove them with --prune-baseline:\n' +
        '  consul/b.json  permissive-mtls  service-defaults/team-x/default/b#MutualTLSMode\n' +
        '  consul/b.json  permissive-not-allowed  service-defaults/team-x/default/b#MutualTLSMode\n' +
        '  consul/b.json  permissive-without-intentions  service-defaults/team-x/default/b#MutualTLSMode\n',
    );
    const pruned = await cli(['--baseline', 'repo/.mtls-lint-baseline.json', '--prune-baseline', 'repo']);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toMatch(/removed 3 stale entries from the baseline repo\/.mtls-lint-baseline.json\n$/);
    expect(JSON.parse(read('repo/.mtls-lint-baseline.json')).entries.map((e: Json) => `${e.file} ${e.ruleId}`)).toEqual([
      'consul/a.hcl permissive-mtls',
      'consul/a.hcl permissive-without-intentions',
    ]);
    expect((await cli(['--baseline', 'repo/.mtls-lint-baseline.json', 'repo'])).stderr).not.toMatch(/no longer match/);
  });

  it('a run over part of the repository neither reports nor drops the other entries', async () => {
    write('repo/other/d.hcl', 'Kind = "service-defaults"\nName = "d"\nPartition = "team-z"\nMutualTLSMode = "permissive"\n');
    await cli(['--write-baseline', 'repo/base.json', 'repo']);
    const all = JSON.parse(read('repo/base.json')).entries.length;
    const part = await cli(['--baseline', 'repo/base.json', 'repo/consul']);
    expect(part.code).toBe(0);
    expect(part.stderr).not.toMatch(/no longer match/);
    // Rewriting from the subfolder keeps the entries of repo/other.
    write('repo/consul/a.hcl', 'Kind = "service-defaults"\nName = "a"\nMutualTLSMode = "strict"\n');
    const rew = await cli(['--write-baseline', 'repo/base.json', 'repo/consul']);
    // b (3), and now permissive-allowed-unused on the mesh entry (a is strict).
    expect(rew.stderr).toBe('mtls-lint: wrote 4 findings to the baseline repo/base.json (and kept 3 entries for files not linted in this run)\n');
    expect(all).toBe(8);
    expect(JSON.parse(read('repo/base.json')).entries.map((e: Json) => e.file)).toEqual([
      'consul/b.json',
      'consul/b.json',
      'consul/b.json',
      'consul/mesh.hcl',
      'other/d.hcl',
      'other/d.hcl',
      'other/d.hcl',
    ]);
  });

  it('usage errors: a missing or broken baseline, --prune-baseline alone', async () => {
    expect((await cli(['--baseline', 'nope.json', 'repo'])).stderr).toBe('mtls-lint: --baseline nope.json: no such file (create it with --write-baseline)\n');
    write('bad.json', '{"entries": 3}');
    const bad = await cli(['--baseline', 'bad.json', 'repo']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not an mtls-lint baseline/);
    expect((await cli(['--prune-baseline', 'repo'])).code).toBe(2);
  });
});

describe('baseline functions', () => {
  const f = (ruleId: string, subject: string, line: number): Finding => ({
    ruleId,
    severity: 'error',
    message: `m ${subject}`,
    location: { file: 'x.hcl', range: { start: { line, column: 1, offset: 0 }, end: { line, column: 2, offset: 1 } } },
    related: [],
    subject,
  });
  const scope = { toBaseline: (p: string) => p, inRun: () => true };

  it('counts identical findings', () => {
    const text = serializeBaseline([
      { ruleId: 'r', file: 'x.hcl', subject: 's', message: 'm s' },
      { ruleId: 'r', file: 'x.hcl', subject: 's', message: 'm s' },
    ]);
    const b = parseBaseline(text);
    expect(b.ok && b.baseline.entries).toEqual([{ ruleId: 'r', file: 'x.hcl', subject: 's', message: 'm s', count: 2 }]);
    if (!b.ok) return;
    const three = applyBaseline([f('r', 's', 1), f('r', 's', 20), f('r', 's', 30)], b.baseline, scope, 'b.json');
    expect(three.matched).toBe(2);
    expect(three.findings.filter((x) => !x.suppressions).length).toBe(1);
    const one = applyBaseline([f('r', 's', 5)], b.baseline, scope, 'b.json');
    expect(one.stale).toEqual([{ ruleId: 'r', file: 'x.hcl', subject: 's', message: 'm s' }]);
    expect(pruneBaseline(b.baseline, one.stale)).toEqual([{ ruleId: 'r', file: 'x.hcl', subject: 's', message: 'm s' }]);
  });

  it('rejects what is not a baseline', () => {
    expect(parseBaseline('nope').ok).toBe(false);
    expect(parseBaseline('{"version": 2, "entries": []}')).toEqual({ ok: false, message: 'baseline version 2 is not supported (expected 1)' });
    expect(parseBaseline('{"version": 1, "entries": [{"ruleId": 1}]}').ok).toBe(false);
  });
});
