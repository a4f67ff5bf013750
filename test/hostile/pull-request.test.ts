/**
 * A pull request's author controls every file of the checkout: what they plant must not make
 * the linter write outside the repository, read and echo files outside it, hang, or turn a
 * pre-commit file name into an option. Each case runs the built CLI as CI would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, copyFixture, remove, requireBuild, tempDir } from '../e2e/helpers.js';

beforeAll(requireBuild);

function repo(): { dir: string; outside: string; done: () => void } {
  const dir = copyFixture('onboarding');
  const outside = tempDir('mtls-outside-');
  return {
    dir,
    outside,
    done: () => {
      remove(dir);
      remove(outside);
    },
  };
}

describe('writes never follow a symlink planted in the repository', () => {
  it.each([
    ['--sarif-file', 'mtls-lint.sarif'],
    ['-o', 'report.json'],
    ['--output', 'json=report.json'],
    ['--write-baseline', '.mtls-baseline.json'],
  ])('%s %s -> a file outside: refused (exit 2), the outside file untouched', (flag, arg) => {
    const r = repo();
    try {
      const victim = path.join(r.outside, 'victim');
      writeFileSync(victim, 'precious\n');
      const name = arg.includes('=') ? arg.split('=')[1]! : arg;
      symlinkSync(victim, path.join(r.dir, name));
      const res = cli(['.', flag, arg], { cwd: r.dir });
      expect(res.code).toBe(2);
      // --write-baseline reads the file it extends first: refused there already.
      expect(res.stderr).toMatch(/is a symbolic link (\(reports are never written through a link\)|to a file outside the repository)/);
      expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    } finally {
      r.done();
    }
  });

  it('a report into a symlinked folder is refused; nothing is created outside', () => {
    const r = repo();
    try {
      symlinkSync(r.outside, path.join(r.dir, 'out'));
      const res = cli(['.', '--sarif-file', 'out/x.sarif'], { cwd: r.dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('mtls-lint: cannot write out/x.sarif: out is a symbolic link');
      expect(existsSync(path.join(r.outside, 'x.sarif'))).toBe(false);
    } finally {
      r.done();
    }
  });

  it('a folder at the report path is a clear error, not a stack trace', () => {
    const r = repo();
    try {
      mkdirSync(path.join(r.dir, 'report.json'));
      const res = cli(['.', '-o', 'report.json', '--format', 'json'], { cwd: r.dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toBe('mtls-lint: cannot write report.json: it is a folder\n');
    } finally {
      r.done();
    }
  });

  it('a normal report is written (and its folder created)', () => {
    const r = repo();
    try {
      const res = cli(['.', '--sarif-file', 'reports/x.sarif'], { cwd: r.dir });
      expect(res.code).toBe(0);
      expect(JSON.parse(readFileSync(path.join(r.dir, 'reports/x.sarif'), 'utf8')).version).toBe('2.1.0');
    } finally {
      r.done();
    }
  });
});

describe('inputs outside the repository are not read, nor echoed', () => {
  it('.mtls-lint.yaml -> a file outside (the runner\'s environment): refused, its content never printed', () => {
    const r = repo();
    try {
      const secret = path.join(r.outside, 'environ');
      writeFileSync(secret, 'GITHUB_TOKEN=ghs_secret\u0000HOME=/root\u0000');
      execFileSync('git', ['init', '-q'], { cwd: r.dir });
      symlinkSync(secret, path.join(r.dir, '.mtls-lint.yaml'));
      const res = cli(['.'], { cwd: r.dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('.mtls-lint.yaml:1:1: error: configuration file is a symbolic link to a file outside the repository, which is not read');
      expect(res.stdout + res.stderr).not.toContain('ghs_secret');
    } finally {
      r.done();
    }
  });

  it('a baseline that is not JSON: its bytes are never quoted', () => {
    const r = repo();
    try {
      writeFileSync(path.join(r.dir, 'base.json'), 'GITHUB_TOKEN=ghs_secret');
      const res = cli(['.', '--baseline', 'base.json'], { cwd: r.dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toBe('mtls-lint: --baseline base.json: not valid JSON\n');
    } finally {
      r.done();
    }
  });

  it('a FIFO as --baseline or .mtls-lint.yaml does not hang: refused at once', () => {
    const r = repo();
    try {
      execFileSync('mkfifo', [path.join(r.dir, 'fifo.json')]);
      const res = cli(['.', '--baseline', 'fifo.json'], { cwd: r.dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('--baseline fifo.json: is not a regular file');
      execFileSync('mkfifo', [path.join(r.dir, 'fifo.yaml')]);
      const res2 = cli(['.', '--config', 'fifo.yaml'], { cwd: r.dir });
      expect(res2.code).toBe(2);
      expect(res2.stderr).toContain('configuration file is not a regular file');
      // Found by lookup, a FIFO is no config file: the run goes on with the defaults.
      execFileSync('mkfifo', [path.join(r.dir, '.mtls-lint.yaml')]);
      expect(cli(['.'], { cwd: r.dir }).code).toBe(0);
    } finally {
      r.done();
    }
  });

  it('a baseline -> /dev/zero is refused, not read to exhaustion', () => {
    const r = repo();
    try {
      symlinkSync('/dev/zero', path.join(r.dir, 'zero.json'));
      const res = cli(['.', '--baseline', 'zero.json'], { cwd: r.dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/--baseline zero\.json: is a symbolic link to a file outside the repository|is not a regular file/);
    } finally {
      r.done();
    }
  });
});

describe('config problems and baseline lines print repository text on one line each', () => {
  it('a config key holding a line break and a workflow command stays on its line', () => {
    const r = repo();
    try {
      writeFileSync(path.join(r.dir, '.mtls-lint.yaml'), '"a\\n::error title=x::pwned": 1\n');
      const res = cli(['.'], { cwd: r.dir });
      expect(res.code).toBe(2);
      expect(res.stderr).not.toMatch(/^::/m);
      expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
    } finally {
      r.done();
    }
  });
});

describe('pre-commit: file names are never options', () => {
  it.each([['--write-baseline=.x.json'], ['-oreport.json'], ['--rule=permissive-mtls=off']])(
    'a staged file named %s is linted as a file; nothing is written',
    (name) => {
      const r = repo();
      try {
        writeFileSync(path.join(r.dir, name), 'Kind = "service-defaults"\nName = "x"\nMutualTLSMode = "permissive"\n');
        const staged = ['consul/mesh.hcl', name];
        // As pre-commit runs the hook: the entry, then the file names, without "--".
        const res = spawnSync(process.execPath, [path.resolve('dist/src/bin.js'), '--pre-commit', '--fail-on', 'warning', ...staged], { cwd: r.dir, encoding: 'utf8' });
        expect(res.status, res.stderr).toBe(1);
        expect(existsSync(path.join(r.dir, '.x.json'))).toBe(false);
        expect(existsSync(path.join(r.dir, 'report.json'))).toBe(false);
      } finally {
        r.done();
      }
    },
  );
});
