/**
 * Hostile files, each in a repository beside the good files of fixtures/onboarding, through
 * the built CLI: the good files' findings come out intact, the bad file gets a clear note
 * (a located finding, or a skipped-file record with its reason, also in the text report),
 * the process exits with the right code, nothing crashes and nothing hangs.
 *
 * Exit codes: the good files have warnings only (exit 0), so the code is the bad file's:
 * 1 when it is a parse-error finding (an error), 0 when it is skipped (a note, not a failure)
 * or read as Consul would read it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { cli, requireBuild } from '../e2e/helpers.js';
import * as H from './files.js';
import { goodFindings, GOOD, IS_ROOT, lintRepo, makeRepo, openUp, PERMISSIONS_TESTABLE, removeRepo, write, type HostileRun } from './helpers.js';

interface Expect {
  /** A finding in the bad file whose message matches. */
  finding?: RegExp;
  /** …at this line (1-based). */
  line?: number;
  /** The bad file is skipped, with a reason that matches. */
  skipped?: RegExp;
  /** The bad file is linted with this many entries (read as Consul reads it). */
  entries?: number;
  code: number;
}

interface Case {
  name: string;
  /** Writes the bad file(s); returns the path the note must be about. */
  make: (dir: string) => string;
  expect: Expect;
  asNobody?: boolean;
  /** Megabytes or 100,000 entries: seconds to write and read each. */
  big?: true;
}

const MB = 1024 * 1024;
const SLOW = process.env.MTLS_LINT_SLOW === '1';

const CASES: Case[] = [
  { name: 'alias bomb (billion laughs)', make: (d) => write(d, 'bad/bomb.yaml', H.aliasBomb()), expect: { finding: /alias expansion exceeds 100000 nodes/, line: 12, code: 1 } },
  { name: 'alias bomb of doubling maps', make: (d) => write(d, 'bad/bomb2.yaml', H.aliasBombMaps()), expect: { finding: /alias expansion exceeds 100000 nodes/, code: 1 } },
  { name: '5,000-deep JSON', make: (d) => write(d, 'bad/deep.json', H.deepJson()), expect: { finding: /nesting deeper than 500 levels/, line: 1, code: 1 } },
  { name: '5,000-deep YAML (flow)', make: (d) => write(d, 'bad/deep.yaml', H.deepYamlFlow()), expect: { finding: /nesting deeper than 500 levels/, line: 6, code: 1 } },
  { name: '5,000-deep YAML (block)', make: (d) => write(d, 'bad/deep-block.yaml', H.deepYamlBlock()), expect: { finding: /nesting deeper than 500 levels/, line: 7, code: 1 } },
  { name: '5,000-deep HCL (blocks)', make: (d) => write(d, 'bad/deep.hcl', H.deepHclBlocks()), expect: { finding: /nesting deeper than 500 levels/, line: 3, code: 1 } },
  { name: '5,000-deep HCL (lists)', make: (d) => write(d, 'bad/deep-list.hcl', H.deepHclList()), expect: { finding: /nesting deeper than 500 levels/, line: 3, code: 1 } },
  { name: '5,000-deep Terraform', make: (d) => write(d, 'bad/deep.tf', H.deepTerraform()), expect: { finding: /nesting deeper than 500 levels/, line: 4, code: 1 } },
  { big: true, name: 'a 50 MB file', make: (d) => write(d, 'bad/huge.hcl', H.hugeFile(50 * MB)), expect: { skipped: /larger than 5 MB/, code: 0 } },
  { big: true, name: 'a 2 MB single line (JSON)', make: (d) => write(d, 'bad/long-line.json', H.longLineJson(2 * MB)), expect: { entries: 1, finding: /exceeds maximum length 512/, line: 1, code: 1 } },
  { big: true, name: 'a 2 MB single line (YAML)', make: (d) => write(d, 'bad/long-line.yaml', H.longLineYaml(2 * MB)), expect: { entries: 1, code: 0 } },
  { big: true, name: 'a 2 MB single line Consul rejects (HCL)', make: (d) => write(d, 'bad/long-line.hcl', H.longLineGarbageHcl(2 * MB)), expect: { finding: /./, line: 1, code: 1 } },
  { name: 'a binary file named .hcl (PNG)', make: (d) => write(d, 'bad/logo.hcl', H.binaryPng()), expect: { skipped: /binary file/, code: 0 } },
  { name: 'a binary file named .json (ELF)', make: (d) => write(d, 'bad/tool.json', H.binaryElf()), expect: { skipped: /binary file/, code: 0 } },
  { name: 'invalid UTF-8 where HCL needs a key', make: (d) => write(d, 'bad/bad-utf8.hcl', H.invalidUtf8Hcl()), expect: { finding: /not valid UTF-8/, line: 3, code: 1 } },
  { name: 'invalid UTF-8 inside a JSON string (Go reads U+FFFD)', make: (d) => write(d, 'bad/bad-utf8.json', H.invalidUtf8JsonString()), expect: { entries: 1, code: 0 } },
  { name: 'UTF-16 LE with BOM (HCL: Consul reads UTF-8 only)', make: (d) => write(d, 'bad/utf16.hcl', H.utf16Hcl()), expect: { finding: /UTF-16LE/, line: 1, code: 1 } },
  { name: 'UTF-16 BE with BOM (CRD YAML: Kubernetes reads it)', make: (d) => write(d, 'bad/utf16.yaml', H.utf16Yaml()), expect: { entries: 1, code: 0 } },
  { name: 'CRLF line breaks', make: (d) => write(d, 'bad/crlf.hcl', H.lineBreaks('\r\n')), expect: { finding: /NotAField/, line: 4, code: 1 } },
  { name: 'lone CR line breaks', make: (d) => write(d, 'bad/cr.hcl', H.lineBreaks('\r')), expect: { finding: /NotAField/, line: 4, code: 1 } },
  {
    name: 'a symlink loop',
    make: (d) => {
      mkdirSync(path.join(d, 'bad'), { recursive: true });
      symlinkSync('loop-b.hcl', path.join(d, 'bad/loop-a.hcl'));
      symlinkSync('loop-a.hcl', path.join(d, 'bad/loop-b.hcl'));
      symlinkSync('..', path.join(d, 'bad/parent')); // a folder loop, not followed
      return 'bad/loop-a.hcl';
    },
    expect: { skipped: /symbolic link loop/, code: 0 },
  },
  {
    name: 'a symlink to a file outside the repository',
    make: (d) => {
      const outside = mkdtempSync(path.join(tmpdir(), 'mtls-outside-'));
      dirs.push(outside);
      writeFileSync(path.join(outside, 'secret.hcl'), 'Kind = "service-defaults"\nName = "outside"\nNotAField = 1\n');
      mkdirSync(path.join(d, 'bad'), { recursive: true });
      symlinkSync(path.join(outside, 'secret.hcl'), path.join(d, 'bad/outside.hcl'));
      return 'bad/outside.hcl';
    },
    expect: { skipped: /outside the linted directory/, code: 0 },
  },
  {
    name: 'an unreadable file (permission denied)',
    make: (d) => {
      const rel = write(d, 'bad/secret.hcl', 'Kind = "service-defaults"\nName = "secret"\nNotAField = 1\n');
      openUp(d);
      chmodSync(path.join(d, rel), 0o000);
      return rel;
    },
    expect: { skipped: /permission denied/, code: 0 },
    asNobody: true,
  },
  {
    name: 'a directory named like a file (mesh.hcl/)',
    make: (d) => {
      mkdirSync(path.join(d, 'bad/mesh.hcl'), { recursive: true });
      writeFileSync(path.join(d, 'bad/mesh.hcl/README'), 'not a config file\n');
      return 'bad/mesh.hcl';
    },
    expect: { skipped: /directory named like a config file/, code: 0 },
  },
  {
    name: 'a named pipe named like a config file (reading it would block)',
    make: (d) => {
      mkdirSync(path.join(d, 'bad'), { recursive: true });
      const r = spawnSync('mkfifo', [path.join(d, 'bad/pipe.hcl')]);
      if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
      symlinkSync('pipe.hcl', path.join(d, 'bad/pipe-link.hcl'));
      return 'bad/pipe.hcl';
    },
    expect: { skipped: /not a regular file/, code: 0 },
  },
  { big: true, name: 'a 1 MB key and a 1 MB string (JSON)', make: (d) => write(d, 'bad/long-key.json', H.longKeyJson(MB)), expect: { entries: 1, finding: /invalid config key "k+"/, line: 1, code: 1 } },
  { big: true, name: 'a 1 MB key and a 1 MB heredoc (HCL)', make: (d) => write(d, 'bad/long-key.hcl', H.longKeyHcl(MB)), expect: { entries: 1, finding: /Meta key "k+" exceeds maximum length/, line: 5, code: 1 } },
  { big: true, name: '100,000 entries in one file', make: (d) => write(d, 'bad/many.json', H.manyEntriesJson(100_000)), expect: { entries: 100_000, code: 0 } },
];

let baseline: HostileRun;
const dirs: string[] = [];

beforeAll(() => {
  requireBuild();
  const dir = makeRepo();
  dirs.push(dir);
  baseline = lintRepo(dir);
});

afterAll(() => {
  for (const d of dirs) removeRepo(d);
});

function checkCase(run: HostileRun, bad: string, e: Expect): void {
  expect(run.signal, run.stderr).toBeNull();
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.json.ruleErrors).toEqual([]);
  // The other files' findings, intact.
  expect(goodFindings(run.json)).toEqual(goodFindings(baseline.json));
  expect(run.json.files.filter((f) => f.path.startsWith(`${GOOD}/`))).toEqual(baseline.json.files);
  // A clear note about the bad file.
  const rec = run.json.files.find((f) => f.path === bad);
  expect(rec, `no file record for ${bad}`).toBeDefined();
  if (e.skipped) {
    expect(rec!.status).toBe('skipped');
    expect(rec!.reason).toMatch(e.skipped);
    expect(run.text).toContain(bad);
  }
  if (e.finding) {
    const mine = run.json.findings.filter((f) => f.file === bad);
    const hit = mine.find((f) => e.finding!.test(f.message));
    expect(hit, `no finding matching ${e.finding} in ${bad}: ${JSON.stringify(mine.map((f) => f.message.slice(0, 200)))}`).toBeDefined();
    if (e.line !== undefined) expect(hit!.line).toBe(e.line);
    expect(run.text).toContain(bad);
  }
  if (e.entries !== undefined) {
    expect(rec!.status).toBe('linted');
    expect(rec!.entries).toBe(e.entries);
  }
  expect(run.code, run.stderr).toBe(e.code);
}

describe('hostile files through the built CLI', () => {
  it('the good files alone: warnings only, exit 0', () => {
    expect(baseline.code, baseline.stderr).toBe(0);
    expect(goodFindings(baseline.json).length).toBeGreaterThan(0);
    expect(baseline.json.summary.errors).toBe(0);
  });

  for (const c of CASES) {
    it.skipIf(c.asNobody === true && !PERMISSIONS_TESTABLE)(c.name, () => {
      const dir = makeRepo();
      dirs.push(dir);
      const bad = c.make(dir);
      if (c.asNobody) openUp(path.join(dir, GOOD));
      const run = lintRepo(dir, { asNobody: c.asNobody });
      checkCase(run, bad, c.expect);
      // Bounded time: each of these is read (or refused) in seconds.
      expect(run.ms).toBeLessThan(60_000);
    });
  }

  // Each big file is also tried alone above; together with the others only in npm run test:slow.
  const together = CASES.filter((c) => (!c.asNobody || !IS_ROOT) && (SLOW || !c.big));
  it(`${SLOW ? 'all of them' : `the ${together.length} small ones`} in one repository: every good finding, every note, exit 1`, () => {
    const dir = makeRepo();
    dirs.push(dir);
    const bad = together.map((c) => ({ c, rel: c.make(dir) }));
    const run = lintRepo(dir);
    expect(run.code, run.stderr).toBe(1);
    for (const { c, rel } of bad) {
      const moved = { ...c.expect, code: 1 };
      // Files read as Consul reads them may find each other (e.g. duplicate names): only the note is checked.
      checkCase(run, rel, moved);
    }
  });

  it('a file named explicitly is linted against its repository; a bad one beside it does not matter', () => {
    const dir = makeRepo();
    dirs.push(dir);
    write(dir, 'bad/deep.json', H.deepJson());
    write(dir, 'bad/logo.hcl', H.binaryPng());
    const run = lintRepo(dir, { paths: [`${GOOD}/consul/payments-defaults.json`] });
    expect(run.code, run.stderr).toBe(0);
    expect(run.json.findings.map((f) => f.file)).toEqual([`${GOOD}/consul/payments-defaults.json`]);
  });
});

describe('file names and keys cannot write CI commands or terminal escapes', () => {
  it('github and text output: the only workflow commands are the annotations, no control characters', () => {
    const dir = makeRepo();
    dirs.push(dir);
    const entry = 'Kind = "service-defaults"\nName = "inj"\nNotAField = 1\n';
    write(dir, 'bad/a\n::warning file=x::injected.hcl', entry);
    write(dir, 'bad/b\n::stop-commands::tok.hcl', new Uint8Array([0, 0, 1]));
    write(dir, 'bad/c\u001b[2J\rclear.hcl', entry);
    write(dir, 'bad/keys.json', '{"Kind": "service-defaults", "Name": "keys", "a\\n::stop-commands::x\\r\\u001b[31m\\u2028": 1}\n');
    for (const args of [['-f', 'github'], ['-f', 'text'], []]) {
      const r = cli([...args, '.'], { cwd: dir, env: args.length === 0 ? { GITHUB_ACTIONS: 'true' } : {} });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).not.toMatch(/[\u001b\r]/);
      if (args[1] === 'text') expect(r.stdout).not.toMatch(/\u2028/);
      const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      for (const l of commands) expect(l).toMatch(/^::(error|warning|notice) file=[^,\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/);
      if (args[1] === 'text') expect(commands).toEqual([]);
      else expect(commands.length).toBeGreaterThan(0);
    }
    // `status` prints service names from the files in a table.
    write(dir, 'bad/name.json', '{"Kind": "service-defaults", "Name": "svc\\n::stop-commands::x\\u001b[2J", "MutualTLSMode": "permissive"}\n');
    const st = cli(['status', '.'], { cwd: dir });
    expect(st.stdout).toContain('stop-commands');
    expect(st.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    expect(st.stdout).not.toMatch(/[\u001b\r]/);
  });
});

describe('a hostile configuration file', () => {
  it('a .mtls-lint.yaml larger than 5 MB is a configuration problem (exit 2), not read', () => {
    const dir = makeRepo();
    dirs.push(dir);
    write(dir, '.mtls-lint.yaml', H.hugeFile(6 * MB));
    const r = cli(['.'], { cwd: dir });
    expect(r.stderr).toMatch(/\.mtls-lint\.yaml.*larger than 5 MB/);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
  });

  it('a .mtls-lint.yaml that is an alias bomb is a configuration problem (exit 2)', () => {
    const dir = makeRepo();
    dirs.push(dir);
    let y = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) y += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    write(dir, '.mtls-lint.yaml', y);
    const r = cli(['.'], { cwd: dir });
    expect(r.stderr).toMatch(/alias expansion exceeds/);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
  });
});

describe('symlinks outside the repository with the API option', () => {
  it('followExternalSymlinks: true reads the file the link points to', async () => {
    const dir = makeRepo();
    const outside = mkdtempSync(path.join(tmpdir(), 'mtls-outside-'));
    dirs.push(dir, outside);
    writeFileSync(path.join(outside, 'secret.hcl'), 'Kind = "service-defaults"\nName = "outside"\nProtocol = "http"\n');
    symlinkSync(path.join(outside, 'secret.hcl'), path.join(dir, 'outside.hcl'));
    const off = await lint({ cwd: dir, paths: ['.'], today: '2026-01-15', useConfigFiles: false });
    expect(off.result.files.find((f) => f.path === 'outside.hcl')).toMatchObject({ status: 'skipped' });
    const on = await lint({ cwd: dir, paths: ['.'], today: '2026-01-15', useConfigFiles: false, followExternalSymlinks: true });
    expect(on.result.files.find((f) => f.path === 'outside.hcl')).toMatchObject({ status: 'linted', entries: 1 });
    rmSync(outside, { recursive: true, force: true });
  });
});
