/**
 * The HCL2 reader for Terraform: only `resource "consul_config_entry"` blocks, located;
 * everything else skipped without a word.
 */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/parse/line-index.js';
import type { LNode } from '../../src/parse/located.js';
import { isUnknown, parseHcl2Structure, parseTerraform } from '../../src/parse/terraform.js';

function parse(text: string) {
  return parseTerraform(text, new LineIndex(text));
}

/** A plain view of a tree: scalars as values, unknowns as `?<source>`. */
function plain(n: LNode): unknown {
  if (n.type === 'object') return Object.fromEntries(n.props.map((p) => [p.key, plain(p.value)]));
  if (n.type === 'array') return n.items.map(plain);
  return isUnknown(n) ? `?${n.raw}` : n.value;
}

function pos(n: { range: { start: { line: number; column: number }; end: { line: number; column: number } } }): string {
  return `${n.range.start.line}:${n.range.start.column}-${n.range.end.line}:${n.range.end.column}`;
}

describe('Terraform: consul_config_entry resources', () => {
  it('reads arguments and a jsonencode object expression, with ranges', () => {
    const text = `resource "consul_config_entry" "api" {
  kind = "service-defaults"
  name = "api"

  config_json = jsonencode({
    Protocol      = "http"
    MutualTLSMode = "permissive"
    TransparentProxy = { OutboundListenerPort = 15001, DialedDirectly = true }
    Meta = {
      "mtls-lint/permissive-until": "2026-06-30"
    }
    UpstreamConfig = {
      Overrides = [
        { Name = "db", ConnectTimeoutMs = 500 },
      ]
    }
  })
}
`;
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.documents).toHaveLength(1);
    const root = r.documents[0]!.root;
    expect(plain(root)).toEqual({
      kind: 'service-defaults',
      name: 'api',
      config_json: {
        Protocol: 'http',
        MutualTLSMode: 'permissive',
        TransparentProxy: { OutboundListenerPort: 15001, DialedDirectly: true },
        Meta: { 'mtls-lint/permissive-until': '2026-06-30' },
        UpstreamConfig: { Overrides: [{ Name: 'db', ConnectTimeoutMs: 500 }] },
      },
    });
    expect(pos(r.documents[0]!)).toBe('1:1-18:2');
    const cfg = root.type === 'object' ? root.props[2]!.value : undefined;
    const mtls = cfg?.type === 'object' ? cfg.props[1]! : undefined;
    expect(pos(mtls!)).toBe('7:5-7:33');
  });

  it('a JSON heredoc is parsed in place; a JSON string from its value', () => {
    const text = `resource "consul_config_entry" "mesh" {
  kind = "mesh"
  config_json = <<-EOT
    {
      "AllowEnablingPermissiveMutualTLS": true,
      "TransparentProxy": { "MeshDestinationsOnly": false }
    }
  EOT
}

resource "consul_config_entry" "web" {
  kind        = "service-defaults"
  name        = "web"
  config_json = "{\\"Protocol\\": \\"http\\"}"
}
`;
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => plain(d.root))).toEqual([
      { kind: 'mesh', config_json: { AllowEnablingPermissiveMutualTLS: true, TransparentProxy: { MeshDestinationsOnly: false } } },
      { kind: 'service-defaults', name: 'web', config_json: { Protocol: 'http' } },
    ]);
    const mesh = r.documents[0]!.root;
    const cfg = mesh.type === 'object' ? mesh.props[1]!.value : undefined;
    expect(cfg?.type === 'object' && pos(cfg.props[0]!)).toBe('5:7-5:47');
    // A JSON string has no positions of its own inside: its nodes point at the string.
    const web = r.documents[1]!.root;
    const wcfg = web.type === 'object' ? web.props[2]!.value : undefined;
    expect(pos(wcfg!)).toBe('14:17-14:43');
  });

  it('resolves references to other consul_config_entry resources; plan-time values are unknown', () => {
    const text = `resource "consul_config_entry" "web" {
  name = "web"
  kind = "service-defaults"
  config_json = jsonencode({ Protocol = var.protocol, MutualTLSMode = "\${local.mode}" })
}

resource "consul_config_entry" "resolver" {
  kind = "service-resolver"
  name = consul_config_entry.web.name
  config_json = jsonencode({ DefaultSubset = var.enabled ? "v1" : "v2", Subsets = { for k, v in var.subsets : k => v } })
}
`;
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => plain(d.root))).toEqual([
      { name: 'web', kind: 'service-defaults', config_json: { Protocol: '?var.protocol', MutualTLSMode: '?"${local.mode}"' } },
      {
        kind: 'service-resolver',
        name: 'web',
        config_json: { DefaultSubset: '?var.enabled ? "v1" : "v2"', Subsets: '?{ for k, v in var.subsets : k => v }' },
      },
    ]);
  });

  it('skips other resources, data sources, modules, variables and locals without a word', () => {
    const text = `terraform {
  required_providers {
    consul = { source = "hashicorp/consul" }
  }
}
variable "x" { default = { a = [1, 2] } }
locals { weird = "}{" }
resource "aws_s3_bucket" "b" {
  bucket = "shop-assets"
  policy = <<EOF
{ "not": "consul" }
EOF
}
data "consul_service" "s" { name = "x" }
module "m" { source = "./m" }
count = 3
`;
    const r = parse(text);
    expect(r.documents).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('collects comments for suppression directives', () => {
    const text = `# mtls-lint-disable-file permissive-mtls -- migrating\nresource "consul_config_entry" "a" {\n  kind = "mesh" // trailing\n  /* block */\n}\n`;
    expect(parse(text).comments.map((c) => `${c.range.start.line}:${c.range.start.column} ${c.text}`)).toEqual([
      '1:1 mtls-lint-disable-file permissive-mtls -- migrating',
      '3:17 trailing',
      '4:3 block',
    ]);
  });

  it('a syntax error inside a consul_config_entry is a located problem; the other resources stay', () => {
    const text = `resource "consul_config_entry" "a" {
  kind = "service-defaults"
  name = "a"
  config_json = jsonencode({
    Protocol = "http"
    MutualTLSMode "permissive"
  })
}

resource "consul_config_entry" "b" {
  kind = "service-defaults"
  name = "b"
}
`;
    const r = parse(text);
    expect(r.problems.map((p) => `${p.range.start.line}:${p.range.start.column} ${p.message}`)).toEqual([
      '6:19 expected "=" or ":" after the key "MutualTLSMode", found a string',
    ]);
    expect(r.documents.map((d) => plain(d.root))).toEqual([{ kind: 'service-defaults', name: 'b' }]);
  });

  it('a JSON heredoc with templates gives its literal fields; templated values are unknown, templated keys left out', () => {
    const text = `resource "consul_config_entry" "web" {
  kind = "service-defaults"
  name = "web"
  config_json = <<-EOT
    {
      "Protocol": "\${var.protocol}",
      "MutualTLSMode": "permissive",
      "MaxInboundConnections": \${var.max},
      "\${var.key}": "x",
      "Meta": { "owner": "team-\${var.team}", "tier": "gold" }
    }
  EOT
}
`;
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => plain(d.root))).toEqual([
      {
        kind: 'service-defaults',
        name: 'web',
        config_json: {
          Protocol: '?"${var.protocol}"',
          MutualTLSMode: 'permissive',
          MaxInboundConnections: '?${var.max}',
          Meta: { owner: '?"team-${var.team}"', tier: 'gold' },
        },
      },
    ]);
    const root = r.documents[0]!.root;
    const cfg = root.type === 'object' ? root.props[2]!.value : undefined;
    expect(cfg?.type === 'object' && pos(cfg.props[1]!.value)).toBe('7:24-7:36');
    expect(cfg?.type === 'object' && pos(cfg.props[2]!.value)).toBe('8:32-8:42');
  });

  it('a templated JSON heredoc that does not parse once its templates are blanked stays unknown, without a word', () => {
    const text = `resource "consul_config_entry" "web" {
  kind = "service-defaults"
  name = "web"
  config_json = <<EOT
{ "Protocol": "http", %{ if var.permissive }"MutualTLSMode": "permissive"%{ endif } }
EOT
}
`;
    const r = parse(text);
    expect(r.problems).toEqual([]);
    const root = r.documents[0]!.root;
    const cfg = root.type === 'object' ? root.props[2]!.value : undefined;
    expect(cfg && isUnknown(cfg)).toBe(true);
  });

  it('invalid JSON in a heredoc is a problem at its place', () => {
    const text = `resource "consul_config_entry" "a" {\n  kind = "mesh"\n  config_json = <<EOT\n{ "TransparentProxy": { "MeshDestinationsOnly": true, } }\nEOT\n}\n`;
    const r = parse(text);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.range.start.line).toBe(4);
    expect(r.problems[0]!.message).toMatch(/^config_json: /);
  });

  it('an unterminated string is a problem, not a crash', () => {
    const text = `resource "consul_config_entry" "a" {\n  kind = "mesh\n}\n`;
    const r = parse(text);
    expect(r.problems.map((p) => `${p.range.start.line}:${p.range.start.column} ${p.message}`)).toEqual([
      '2:10 unterminated string: a quoted string must end with " on the same line',
    ]);
  });
});

describe('parseHcl2Structure (HCL2 files that are not Terraform: Nomad jobs)', () => {
  const read = (text: string) => parseHcl2Structure(text, new LineIndex(text));
  const shape = (n: LNode): unknown =>
    n.type === 'object' ? Object.fromEntries(n.props.map((p) => [p.key, shape(p.value)])) : n.type === 'array' ? n.items.map(shape) : isUnknown(n) ? `<${n.raw}>` : n.value;

  it('blocks with labels nest as HCL v1 nests them; expressions are unknown', () => {
    const r = read('variable "dcs" {\n  type = list(string)\n}\njob "web" {\n  datacenters = var.dcs\n  group "api" {\n    service {\n      name = "api"\n      port = "${var.port}"\n      connect {\n        sidecar_service {}\n      }\n    }\n  }\n}\n');
    expect(r.problems).toEqual([]);
    expect(shape(r.documents[0]!.root)).toEqual({
      variable: { dcs: { type: '<list(string)>' } },
      job: { web: { datacenters: '<var.dcs>', group: { api: { service: { name: 'api', port: '<"${var.port}">', connect: { sidecar_service: {} } } } } } },
    });
    const job = r.documents[0]!.root.type === 'object' ? r.documents[0]!.root.props[1]! : undefined;
    expect([job?.key, job?.keyRange.start.line, job?.block]).toEqual(['job', 4, true]);
  });

  it('a syntax error is one located problem, no document', () => {
    const r = read('job "web" {\n  group "api" {\n');
    expect(r.documents).toEqual([]);
    expect(r.problems.map((p) => [p.fatal, p.range.start.line, p.message])).toEqual([[true, 2, 'the "{" at line 2, column 15 is never closed']]);
  });
});
