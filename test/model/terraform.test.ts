/**
 * Terraform `consul_config_entry` resources join the model as config entries (origin
 * `terraform`) with locations inside the .tf file, and the rules see them like any entry.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { collectDirectives } from '../../src/engine/suppress.js';
import { DEFAULT_INPUTS } from '../../src/inputs.js';
import { lintSources } from '../../src/lint.js';
import { formatJson } from '../../src/format/json.js';
import { corpusBytes, corpusIndex, itCorpus } from '../corpus-files.js';

function lint(files: Record<string, string>) {
  return lintSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { today: '2026-01-15', rules: RULES, inputs: DEFAULT_INPUTS },
  );
}

function findings(run: ReturnType<typeof lint>) {
  return run.result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.range.start.line}:${f.location.range.start.column}-${f.location.range.end.line}:${f.location.range.end.column}`);
}

const MESH_AND_API = `resource "consul_config_entry" "mesh" {
  kind      = "mesh"
  partition = "default"

  config_json = jsonencode({
    AllowEnablingPermissiveMutualTLS = true
    TransparentProxy = {
      MeshDestinationsOnly = true
    }
  })
}

resource "consul_config_entry" "api" {
  kind = "service-defaults"
  name = "api"

  config_json = jsonencode({
    Protocol      = "http"
    MutualTLSMode = "permissive"
  })
}

resource "consul_config_entry" "api_intentions" {
  kind = "service-intentions"
  name = consul_config_entry.api.name

  config_json = jsonencode({
    Sources = [{ Name = "web", Action = "allow" }]
  })
}

resource "kubernetes_namespace" "shop" {
  metadata { name = "shop" }
}
`;

describe('Terraform config entries', () => {
  it('become entries with kind, name, partition and fields located in the .tf file', () => {
    const run = lint({ 'infra/consul.tf': MESH_AND_API });
    const entries = run.model.entries.map((e) => `${e.kind}/${e.partition}/${e.name} ${e.origin} ${e.file}:${e.location.range.start.line}`);
    expect(entries).toEqual([
      'mesh/default/mesh terraform infra/consul.tf:2',
      'service-defaults/default/api terraform infra/consul.tf:15',
      'service-intentions/default/api terraform infra/consul.tf:25',
    ]);
    const api = run.model.serviceDefaultsOf(run.model.scopes()[0]!, 'default', 'api')!;
    const f = api.field('MutualTLSMode')!;
    expect([f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.scalar]).toEqual([19, 5, 19, 33, 'permissive']);
    expect(run.result.files).toEqual([{ path: 'infra/consul.tf', status: 'linted', format: 'terraform', entries: 3 }]);
    // Permissive with intentions and a mesh entry that allows it: only the permissive warning.
    expect(findings(run)).toEqual(['permissive-mtls infra/consul.tf:19:5-19:33']);
  });

  it('rules report at the Terraform source, e.g. a mesh entry that does not allow permissive', () => {
    const run = lint({ 'consul.tf': MESH_AND_API.replace('AllowEnablingPermissiveMutualTLS = true', 'AllowEnablingPermissiveMutualTLS = false') });
    expect(findings(run)).toContain('permissive-not-allowed consul.tf:19:5-19:33');
  });

  it('decodes config_json like Consul: unknown keys and wrong types are findings at their place', () => {
    const run = lint({
      'consul.tf': `resource "consul_config_entry" "mesh" {
  kind = "mesh"
  config_json = jsonencode({
    TransparentProxy = { MeshDestinationOnly = true }
  })
}
`,
    });
    expect(findings(run)).toContain('unknown-field consul.tf:4:26-4:45');
  });

  it('ranges inside a config_json heredoc are the file\'s, offsets included', () => {
    const resource = (name: string) =>
      `resource "consul_config_entry" "${name}" {\n  kind = "service-intentions"\n  name = "${name}"\n\n  config_json = <<EOT\n{"Sources":[{"Name":"bad","Action":"deny"}]}\nEOT\n}\n`;
    const text = resource('api') + '\n' + resource('web');
    const run = lint({ 'main.tf': text });
    const actions = run.model.entries.map((e) => e.field('Sources[0].Action')!.range);
    expect(actions.map((r) => `${r.start.line}:${r.start.column}`)).toEqual(['6:27', '15:27']);
    for (const r of actions) expect(text.slice(r.start.offset, r.end.offset)).toBe('"Action":"deny"');
  });

  it('values Terraform computes are not judged; a computed config_json or kind leaves the resource out', () => {
    const run = lint({
      'consul.tf': `resource "consul_config_entry" "api" {
  kind = "service-defaults"
  name = var.service
  config_json = jsonencode({
    MutualTLSMode    = var.mode
    TransparentProxy = local.tproxy
  })
}

resource "consul_config_entry" "from_file" {
  kind        = "service-intentions"
  name        = "db"
  config_json = file("db-intentions.json")
}

resource "consul_config_entry" "dynamic" {
  kind = var.kind
  name = "x"
}
`,
    });
    expect(run.model.entries.map((e) => `${e.kind}/${e.name}`)).toEqual(['service-defaults/var.service']);
    expect(findings(run).filter((f) => !f.startsWith('strict-mode-implicit'))).toEqual([]);
  });

  it('identity from expressions is not evaluated: no duplicate, no "missing", no default partition; JSON says so', () => {
    const sd = (res: string, name: string, extra = '') =>
      `resource "consul_config_entry" "${res}" {\n  kind = "service-defaults"\n  name = ${name}\n${extra}  config_json = jsonencode({\n    Protocol      = "http"\n    MutualTLSMode = "permissive"\n  })\n}\n`;
    const run = lint({
      'consul.tf':
        'resource "consul_config_entry" "mesh" {\n  kind = "mesh"\n  config_json = jsonencode({})\n}\n' +
        sd('backend', '"${var.dc}-backend"') +
        sd('backend_again', '"${var.dc}-backend"') +
        sd('svc', 'var.service.name') +
        sd('other_partition', '"api"', '  partition = var.partition\n'),
    });
    const got = findings(run);
    // The same expression twice is no duplicate: for_each and count make one block many entries.
    expect(got.filter((f) => f.startsWith('duplicate-entry') || f.startsWith('invalid-entry-name'))).toEqual([]);
    // A partition Terraform computes is not "default": whether its mesh entry allows permissive is not known.
    expect(got.filter((f) => f.startsWith('permissive-not-allowed'))).toEqual([]);
    // The setting itself is literal: still reported where it is written.
    expect(got.filter((f) => f.startsWith('permissive-mtls')).length).toBe(4);
    const file = JSON.parse(formatJson(run.result)).files.find((f: { path: string }) => f.path === 'consul.tf');
    expect(file.notEvaluated.map((n: { field: string; expression: string; line: number }) => `${n.field} ${n.expression} ${n.line}`)).toEqual([
      'Name "${var.dc}-backend" 7',
      'Name "${var.dc}-backend" 15',
      'Name var.service.name 23',
      'Partition var.partition 32',
    ]);
  });

  it('the resource\'s name and partition arguments win over config_json\'s (terraform-provider-consul makeConfigEntry)', () => {
    const run = lint({
      'consul.tf': `resource "consul_config_entry" "api" {
  kind      = "service-defaults"
  name      = "api"
  partition = "team-a"
  config_json = jsonencode({
    Name      = "web"
    Partition = "team-b"
    Protocol  = "http"
  })
}
`,
    });
    expect(run.model.entries.map((e) => `${e.kind}/${e.partition}/${e.name}`)).toEqual(['service-defaults/team-a/api']);
    expect(findings(run).filter((f) => f.startsWith('unknown-field'))).toEqual([]);
  });

  it('a key the provider\'s decoder drops is a warning that says so, not a rejection by Consul', () => {
    const run = lint({
      'consul.tf': `resource "consul_config_entry" "api" {
  kind = "service-defaults"
  name = "api"
  config_json = jsonencode({
    Protocol     = "http"
    MutualTLSMod = "strict"
  })
}
`,
    });
    const f = run.result.findings.find((x) => x.ruleId === 'unknown-field')!;
    expect([f.severity, f.location.range.start.line, f.location.range.start.column]).toEqual(['warning', 6, 5]);
    expect(f.message).toBe(
      'service-defaults "api" (partition "default"): "MutualTLSMod" is not a field of service-defaults; the Terraform provider decodes config_json with api.DecodeConfigEntry, which drops keys it does not know, so Consul never receives this setting — did you mean "MutualTLSMode"?',
    );
  });

  it('a config_json heredoc with templates: its literal fields are judged, the templated ones are not', () => {
    const run = lint({
      'consul.tf': `resource "consul_config_entry" "api" {
  kind = "service-defaults"
  name = "api"
  config_json = <<-EOT
    {
      "Protocol": "\${var.protocol}",
      "MutualTLSMode": "permissive",
      "MaxInboundConnections": \${var.max}
    }
  EOT
}
`,
    });
    const api = run.model.entries[0]!;
    expect(api.str('MutualTLSMode')).toBe('permissive');
    expect(findings(run).filter((f) => f.startsWith('permissive-mtls'))).toEqual(['permissive-mtls consul.tf:7:7-7:36']);
    expect(findings(run).filter((f) => f.startsWith('invalid-value') || f.startsWith('unknown-field') || f.startsWith('parse-error'))).toEqual([]);
  });

  it('config_json that is not an object, and a resource without kind', () => {
    const run = lint({
      'consul.tf': `resource "consul_config_entry" "a" {
  kind        = "service-defaults"
  name        = "a"
  config_json = jsonencode(["Protocol", "http"])
}

resource "consul_config_entry" "b" {
  name = "b"
}
`,
    });
    const msgs = run.result.findings.map((f) => `${f.ruleId} ${f.location.range.start.line}:${f.location.range.start.column} ${f.message}`);
    expect(msgs).toEqual([
      'invalid-value 4:28 config_json must hold a JSON object: the provider fails with Failed to unmarshal configMap: json: cannot unmarshal array into Go value of type map[string]interface {}',
      'invalid-value 7:1 consul_config_entry has no kind: Terraform rejects it with The argument "kind" is required, but no definition was found.',
    ]);
  });

  it('an HCL2 syntax error in a consul_config_entry is a parse-error at its place', () => {
    const run = lint({ 'consul.tf': 'resource "consul_config_entry" "a" {\n  kind = "mesh"\n  config_json = jsonencode({ TransparentProxy = { MeshDestinationsOnly = true })\n}\n' });
    expect(run.result.findings.map((f) => `${f.ruleId} ${f.location.range.start.line}:${f.location.range.start.column} ${f.message}`)).toEqual([
      'parse-error 3:80 expected "}" to close the "{" at line 3, column 28, found ")"',
    ]);
  });

  it('a Terraform file without consul_config_entry is not Consul', () => {
    const run = lint({ 'main.tf': 'resource "aws_s3_bucket" "assets" {\n  bucket = "shop-assets"\n}\n' });
    expect(run.result.files[0]!.status).toBe('not-consul');
    expect(run.result.findings).toEqual([]);
  });

  it('comments in .tf files carry suppression directives', () => {
    const run = lint({
      'consul.tf': MESH_AND_API.replace('    MutualTLSMode = "permissive"', '    # mtls-lint-disable-next-line permissive-mtls -- onboarding api, until 2026-06\n    MutualTLSMode = "permissive"'),
    });
    const d = collectDirectives(run.parsed, run.normalized);
    expect(d.map((x) => `${x.kind} ${x.line} ${x.rules.join(',')} -- ${x.reason}`)).toEqual(['next-line 20 permissive-mtls -- onboarding api, until 2026-06']);
    expect(run.result.findings.map((f) => `${f.ruleId} ${f.location.range.start.line}`)).toEqual(['permissive-mtls 20']);
  });

  itCorpus('the corpus resources (terraform-provider-consul docs) give 15 entries and no finding', () => {
    const items = corpusIndex().filter((i) => i.lang === 'terraform');
    expect(items).toHaveLength(6);
    let entries = 0;
    for (const item of items) {
      const run = lintSources([{ path: item.file, bytes: corpusBytes(item.file) }], { today: '2026-01-15', rules: RULES, inputs: DEFAULT_INPUTS });
      entries += run.model.entries.length;
      expect(run.result.findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
    }
    expect(entries).toBe(15);
  });
});
