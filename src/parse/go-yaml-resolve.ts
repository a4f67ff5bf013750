/**
 * How go-yaml v2 resolves a plain (unquoted, untagged) scalar: what kubectl, Helm and the
 * API server read through sigs.k8s.io/yaml. A port of gopkg.in/yaml.v2 `resolve.go`
 * (`resolve`, `resolveTable`, `resolveMap`, `yamlStyleFloat`). It differs from the YAML 1.1
 * schema of the `yaml` package: `.` and `1:20` (sexagesimal) stay strings, `0o17` and `1e3`
 * are numbers. Timestamps become strings either way (sigs.k8s.io/yaml writes them as JSON
 * strings), so they are not told apart here.
 */
import { parseGoFloat, parseGoInt, parseGoUint } from './go-strconv.js';
import type { ScalarType } from './located.js';

export interface Resolved {
  type: ScalarType;
  value: string | number | boolean | null;
}

const RESOLVE_MAP = new Map<string, Resolved>();
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE']) RESOLVE_MAP.set(s, { type: 'boolean', value: true });
for (const s of ['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE']) RESOLVE_MAP.set(s, { type: 'boolean', value: false });
for (const s of ['', '~', 'null', 'Null', 'NULL']) RESOLVE_MAP.set(s, { type: 'null', value: null });
for (const s of ['.nan', '.NaN', '.NAN']) RESOLVE_MAP.set(s, { type: 'number', value: NaN });
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) RESOLVE_MAP.set(s, { type: 'number', value: Infinity });
for (const s of ['-.inf', '-.Inf', '-.INF']) RESOLVE_MAP.set(s, { type: 'number', value: -Infinity });

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** The value go-yaml v2 gives the plain scalar `text`. */
export function resolvePlainGoYamlV2(text: string): Resolved {
  return resolvePlainOtherThanString(text) ?? { type: 'string', value: text };
}

/**
 * `resolvePlainGoYamlV2` when it is not the string `text` itself, else undefined: most plain
 * scalars are strings, and a reader that keeps `text` needs no object to learn it.
 */
export function resolvePlainOtherThanString(text: string): Resolved | undefined {
  const known = RESOLVE_MAP.get(text);
  if (known) return known;
  const c = text.charCodeAt(0);
  if (c === 0x2e /* . */) {
    const f = parseGoFloat(text);
    return typeof f === 'number' ? { type: 'number', value: f } : undefined;
  }
  const digit = c >= 0x30 && c <= 0x39;
  if (!digit && c !== 0x2b /* + */ && c !== 0x2d /* - */) return undefined;
  const plain = text.replace(/_/g, '');
  const i = parseGoInt(plain);
  if (typeof i === 'number') return { type: 'number', value: i };
  const u = parseGoUint(plain);
  if (typeof u === 'number') return { type: 'number', value: u };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = parseGoFloat(plain);
    if (typeof f === 'number') return { type: 'number', value: f };
  }
  return undefined;
}
