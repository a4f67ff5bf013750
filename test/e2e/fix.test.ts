/**
 * `--fix` and `--fix-dry-run` (ESLint's contract): only safe fixes a rule states exactly (a
 * misspelled key renamed to the one suggestion), applied to the source text with formatting,
 * comments and quoting kept, in every format; rounds until stable, idempotent; never in a file
 * that does not parse, never through a symlink.
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { schemaErrors } from '../format/sarif-check.js';
import { cli, remove, requireBuild, tempDir, tempRepo } from './helpers.js';

beforeAll(requireBuild);

const FILES: Record<string, [string, string]> = {
  'consul/api.hcl': [
    'Kind = "service-defaults"\nName = "api"\n# the protocol\nProtcol = "http" # keep\nMutualTLSMode = "strict"\n',
    'Kind = "service-defaults"\nName = "api"\n# the protocol\nProtocol = "http" # keep\nMutualTLSMode = "strict"\n',
  ],
  'consul/web.json': ['{\n  "Kind": "service-defaults",\n  "Name": "web",\n  "Protocl":   "http"\n}\n', '{\n  "Kind": "service-defaults",\n  "Name": "web",\n  "Protocol":   "http"\n}\n'],
  'k8s/db.yaml': [
    'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: db\nspec:\n  "protocl": tcp  # keep\n',
    'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: db\nspec:\n  "protocol": tcp  # keep\n',
  ],
  'tf/main.tf': [
    'resource "consul_config_entry" "x" {\n  kind = "service-defaults"\n  name = "x"\n  config_json = jsonencode({\n    Protcol = "http"\n  })\n}\n\nresource "consul_config_entry" "y" {\n  kind        = "service-defaults"\n  name        = "y"\n  config_json = <<-EOT\n    {"Protcol": "http"}\n  EOT\n}\n',
    'resource "consul_config_entry" "x" {\n  kind = "service-defaults"\n  name = "x"\n  config_json = jsonencode({\n    Protocol = "http"\n  })\n}\n\nresource "consul_config_entry" "y" {\n  kind        = "service-defaults"\n  name        = "y"\n  config_json = <<-EOT\n    {"Protocol": "http"}\n  EOT\n}\n',
  ],
};

function repo(files: Record<string, string>): string {
  return tempRepo(files, 'mtls-fix-');
}

const before = Object.fromEntries(Object.entries(FILES).map(([p, [b]]) => [p, b]));

describe('--fix', () => {
  test('renames each misspelled key in place, in HCL, JSON, CRD YAML and Terraform (jsonencode and a JSON heredoc); a second run changes nothing', () => {
    const dir = repo(before);
    try {
      const r = cli(['.', '--fix'], { cwd: dir });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      for (const [p, [, after]] of Object.entries(FILES)) expect(readFileSync(path.join(dir, p), 'utf8'), p).toBe(after);
      expect(r.stderr).toBe(
        [
          'mtls-lint: fixed 5 problems in 4 files:',
          '  consul/api.hcl: unknown-field: rename "Protcol" to "Protocol"',
          '  consul/web.json: unknown-field: rename "Protocl" to "Protocol"',
          '  k8s/db.yaml: unknown-field: rename "protocl" to "protocol"',
          '  tf/main.tf: unknown-field: rename "Protcol" to "Protocol"',
          '  tf/main.tf: unknown-field: rename "Protcol" to "Protocol"',
          '',
        ].join('\n'),
      );
      expect(r.stdout).toMatch(/✓ 0 problems/);
      const again = cli(['.', '--fix'], { cwd: dir });
      expect(again.stderr).toBe('mtls-lint: nothing to fix\n');
      for (const [p, [, after]] of Object.entries(FILES)) expect(readFileSync(path.join(dir, p), 'utf8'), p).toBe(after);
    } finally {
      remove(dir);
    }
  });

  test('--fix-dry-run prints a unified diff and changes nothing', () => {
    const dir = repo({ 'consul/api.hcl': FILES['consul/api.hcl']![0] });
    try {
      const r = cli(['.', '--fix-dry-run'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(
        '--- a/consul/api.hcl\n+++ b/consul/api.hcl\n@@ -1,6 +1,6 @@\n Kind = "service-defaults"\n Name = "api"\n # the protocol\n-Protcol = "http" # keep\n+Protocol = "http" # keep\n MutualTLSMode = "strict"\n \n',
      );
      expect(readFileSync(path.join(dir, 'consul/api.hcl'), 'utf8')).toBe(FILES['consul/api.hcl']![0]);
    } finally {
      remove(dir);
    }
  });

  test('not fixed: a key with no suggestion, a key in an escaped JSON string, a file that does not parse; the findings stay', () => {
    const dir = repo({
      'a.hcl': 'Kind = "service-defaults"\nName = "a"\nZzzqqq = 1\n',
      'b.tf': 'resource "consul_config_entry" "b" {\n  kind = "service-defaults"\n  name = "b"\n  config_json = "{\\"Protcol\\": \\"http\\"}"\n}\n',
      'c.hcl': 'Kind = "service-defaults"\nName = "c"\nProtcol = "http"\nbroken = [\n',
    });
    try {
      const r = cli(['.', '--fix', '--format', 'json'], { cwd: dir });
      expect(readFileSync(path.join(dir, 'a.hcl'), 'utf8')).toBe('Kind = "service-defaults"\nName = "a"\nZzzqqq = 1\n');
      expect(readFileSync(path.join(dir, 'b.tf'), 'utf8')).toContain('\\"Protcol\\"');
      expect(readFileSync(path.join(dir, 'c.hcl'), 'utf8')).toContain('Protcol');
      expect(r.stderr).toContain('not fixed: b.tf: unknown-field: rename "Protcol" to "Protocol": the text there is not written as a plain word');
      const ids = JSON.parse(r.stdout).findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`);
      expect(ids).toContain('unknown-field a.hcl');
      expect(ids).toContain('unknown-field b.tf');
    } finally {
      remove(dir);
    }
  });

  test('a file reached through a symlink is not written through', () => {
    const outside = tempDir('mtls-outside-');
    const dir = repo({});
    try {
      writeFileSync(path.join(outside, 'api.hcl'), FILES['consul/api.hcl']![0]);
      symlinkSync(path.join(outside, 'api.hcl'), path.join(dir, 'api.hcl'));
      writeFileSync(path.join(dir, 'web.json'), FILES['consul/web.json']![0]);
      cli(['.', '--fix'], { cwd: dir });
      expect(readFileSync(path.join(outside, 'api.hcl'), 'utf8')).toBe(FILES['consul/api.hcl']![0]);
    } finally {
      remove(dir);
      remove(outside);
    }
  });

  test('SARIF results carry the rename as a fix; --list-rules says which rules are fixable', () => {
    const dir = repo({ 'consul/web.json': FILES['consul/web.json']![0] });
    try {
      const sarif = JSON.parse(cli(['.', '-f', 'sarif'], { cwd: dir }).stdout);
      expect(schemaErrors(sarif)).toEqual([]);
      const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'unknown-field');
      expect(res.fixes).toEqual([
        {
          description: { text: 'rename "Protocl" to "Protocol".' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'consul/web.json', uriBaseId: '%SRCROOT%' },
              replacements: [{ deletedRegion: { startLine: 4, startColumn: 4, endLine: 4, endColumn: 11 }, insertedContent: { text: 'Protocol' } }],
            },
          ],
        },
      ]);
      const list = cli(['--list-rules']).stdout.split('\n');
      expect(list[0]).toMatch(/^rule +severity +fixable +description$/);
      expect(list.find((l) => l.startsWith('unknown-field '))).toMatch(/ yes +A key/);
      expect(list.find((l) => l.startsWith('permissive-mtls '))).not.toMatch(/ yes /);
    } finally {
      remove(dir);
    }
  });
});
