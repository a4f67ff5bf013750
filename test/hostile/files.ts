/**
 * The hostile files of issue 7, as bytes. Entries in them use service names of their own
 * and no mesh, proxy-defaults, intentions or permissive mode, so that they cannot change
 * the findings of the good files beside them.
 */

export const DEPTH = 5000;

const enc = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

/** "Billion laughs": ten levels of nine aliases each (10^9 nodes if expanded). */
export function aliasBomb(): Uint8Array {
  let s = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: bomb\nspec:\n  protocol: http\n';
  s += '  a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i < 10; i++) s += `  a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
  return enc(s);
}

/** Each level twice the one before: 2^60 nodes if expanded, in a few lines. */
export function aliasBombMaps(): Uint8Array {
  let s = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: bomb2\nspec:\n  x0: &x0 {a: 1}\n';
  for (let i = 1; i < 60; i++) s += `  x${i}: &x${i} {a: *x${i - 1}, b: *x${i - 1}}\n`;
  return enc(s);
}

export function deepJson(depth = DEPTH): Uint8Array {
  return enc(`{"Kind": "service-defaults", "Name": "deep-json", "Meta": ${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}}\n`);
}

export function deepYamlFlow(depth = DEPTH): Uint8Array {
  return enc(`apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: deep-yaml\nspec:\n  x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
}

/** Block nesting on one line (`- - - … x`); indented block nesting 5,000 deep would be 12.5 MB of spaces. */
export function deepYamlBlock(depth = DEPTH): Uint8Array {
  return enc(`apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: deep-yaml-block\nspec:\n  x:\n    ${'- '.repeat(depth)}x\n`);
}

export function deepHclBlocks(depth = DEPTH): Uint8Array {
  return enc(`Kind = "service-defaults"\nName = "deep-hcl"\nMeta ${'{ a '.repeat(depth)}{}${' }'.repeat(depth)}\n`);
}

export function deepHclList(depth = DEPTH): Uint8Array {
  return enc(`Kind = "service-defaults"\nName = "deep-hcl-list"\nx = ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
}

export function deepTerraform(depth = DEPTH): Uint8Array {
  return enc(
    `resource "consul_config_entry" "deep" {\n  kind = "service-defaults"\n  name = "deep-tf"\n  config_json = jsonencode(${'['.repeat(depth)}${']'.repeat(depth)})\n}\n`,
  );
}

/** A file of `bytes` bytes: HCL comment lines (what it holds does not matter: it is never read). */
export function hugeFile(bytes: number): Uint8Array {
  const line = Buffer.from('# this file is far too large to be a config entry ...........................\n');
  const b = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += line.length) line.copy(b, i, 0, Math.min(line.length, bytes - i));
  return new Uint8Array(b);
}

/** Valid JSON on one line of `bytes` bytes: a service-defaults with a long Meta value. */
export function longLineJson(bytes: number): Uint8Array {
  const head = '{"Kind": "service-defaults", "Name": "long-line", "Protocol": "http", "Meta": {"note": "';
  const tail = '"}}';
  return enc(head + 'x'.repeat(bytes - head.length - tail.length) + tail);
}

/** Valid YAML whose `spec` is a flow mapping on one line of about `bytes` bytes (many keys). */
export function longLineYaml(bytes: number): Uint8Array {
  const head = 'apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: long-line-yaml\n  annotations: {';
  const parts: string[] = [];
  let n = head.length;
  for (let i = 0; n < bytes; i++) {
    const p = `k${i}: v${i}, `;
    parts.push(p);
    n += p.length;
  }
  return enc(`${head}${parts.join('')}z: z}\nspec:\n  protocol: http\n`);
}

/** A 2 MB line of HCL that Consul rejects: words with no `=`. */
export function longLineGarbageHcl(bytes: number): Uint8Array {
  const head = 'Kind = "service-defaults" ';
  return enc(head + 'word '.repeat(Math.ceil((bytes - head.length) / 5)));
}

/** A PNG header and random bytes (with NULs): a binary file named like a config file. */
export function binaryPng(): Uint8Array {
  const b = Buffer.alloc(4096);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]).copy(b);
  let x = 12345;
  for (let i = 16; i < b.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x & 0xff;
  }
  return new Uint8Array(b);
}

/** An ELF header: what a compiled binary that landed in the config folder starts with. */
export function binaryElf(): Uint8Array {
  const b = Buffer.alloc(1024);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(b);
  return new Uint8Array(b);
}

/** HCL with bytes that are not UTF-8 where a key should be: HCL v1 rejects it. */
export function invalidUtf8Hcl(): Uint8Array {
  return new Uint8Array([...Buffer.from('Kind = "service-defaults"\nName = "bad-utf8"\n'), 0xff, 0xfe, 0xc0, ...Buffer.from(' = 1\n')]);
}

/** JSON with bytes that are not UTF-8 inside a string: Go's decoder reads them as U+FFFD. */
export function invalidUtf8JsonString(): Uint8Array {
  return new Uint8Array([...Buffer.from('{"Kind": "service-defaults", "Name": "bad-utf8-json", "Protocol": "http", "Meta": {"note": "caf'), 0xe9, 0xff, ...Buffer.from('"}}\n')]);
}

function utf16(text: string, be: boolean): Uint8Array {
  const b = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (be) b.swap16();
  return new Uint8Array(b);
}

/** A valid service-defaults in HCL, saved as UTF-16 LE with a BOM: Consul reads UTF-8 only. */
export function utf16Hcl(): Uint8Array {
  return utf16('Kind = "service-defaults"\nName = "utf16"\nProtocol = "http"\n', false);
}

/** A CRD saved as UTF-16 BE with a BOM: Kubernetes' YAML reader (go-yaml) accepts it. */
export function utf16Yaml(): Uint8Array {
  return utf16('apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceDefaults\nmetadata:\n  name: utf16-yaml\nspec:\n  protocol: http\n', true);
}

/** A service-defaults whose unknown field is on line 4, with the given line break. */
export function lineBreaks(br: string): Uint8Array {
  return enc(['Kind = "service-defaults"', 'Name = "line-breaks"', 'Protocol = "http"', 'NotAField = true', ''].join(br));
}

/** A JSON key of `bytes` bytes (an unknown field) and a long string value. */
export function longKeyJson(bytes: number): Uint8Array {
  return enc(`{"Kind": "service-defaults", "Name": "long-key", "Protocol": "http", "${'k'.repeat(bytes)}": "${'v'.repeat(bytes)}"}\n`);
}

/** An HCL key of `bytes` bytes and a heredoc of as many. */
export function longKeyHcl(bytes: number): Uint8Array {
  return enc(`Kind = "service-defaults"\nName = "long-key-hcl"\nProtocol = "http"\nMeta {\n  ${'k'.repeat(bytes)} = <<EOF\n${'v'.repeat(bytes)}\nEOF\n}\n`);
}

/** `n` service-defaults in one JSON list (an API list response), about 45 bytes each. */
export function manyEntriesJson(n: number): Uint8Array {
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`{"Kind":"service-defaults","Name":"m${i}"}`);
  return enc(`[${items.join(',\n')}]\n`);
}
