/**
 * Reading one file: bytes → text → the parser Consul would use. Pure: the caller reads
 * the bytes. Nothing here throws for bad input; it becomes a located problem.
 */
import { LineIndex } from './line-index.js';
import type { ParseResult, SourceFormat } from './located.js';
import { HCL_READER, JSON_READER } from './readers.js';
import { parseTerraform } from './terraform.js';
import { parseYaml } from './yaml-read.js';
import { blankTemplate, hasTemplateActions, readAsTemplate, templateActions, templatedRanges } from './go-template.js';
import { terraformTemplateSequences } from './terraform-template.js';

function isTemplateFile(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.tpl') || lower.endsWith('.tftpl');
}

/** Two sorted lists of template sequences as one sorted list of disjoint ranges. */
function mergeSequences(a: readonly [number, number][], b: readonly [number, number][]): [number, number][] {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export interface ParsedFile {
  /** Repository-relative, `/` separators. */
  path: string;
  format: SourceFormat;
  /**
   * The decoded text; let go once the file is prepared unless a later stage reads it
   * (src/lint.ts `releaseText`): a repository's text would otherwise be kept whole.
   */
  text?: string;
  lines: LineIndex;
  hadBom: boolean;
  result: ParseResult;
  /** Why the parser was chosen when it is not the extension's, e.g. a .hcl file starting with `{`. */
  formatNote?: string;
}

export type DecodedText = { ok: true; text: string; hadBom: boolean; encoding: string } | { ok: false; reason: string };

// One decoder each, made once: `decode` without `stream` starts afresh on every call, and a
// decoder made per file cost more than decoding the file.
const UTF8 = new TextDecoder('utf-8', { fatal: false });
let utf16: { le: TextDecoder; be: TextDecoder } | undefined;

/** Decode file bytes: UTF-8 (BOM noted), UTF-16 with BOM; binary (NUL bytes) is refused. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    try {
      utf16 ??= { le: new TextDecoder('utf-16le', { fatal: true }), be: new TextDecoder('utf-16be', { fatal: true }) };
      const text = (le ? utf16.le : utf16.be).decode(bytes.subarray(2));
      return { ok: true, text, hadBom: true, encoding: le ? 'utf-16le' : 'utf-16be' };
    } catch {
      return { ok: false, reason: 'invalid UTF-16' };
    }
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let hadBom = false;
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    hadBom = true;
    body = bytes.subarray(3);
  }
  // Invalid UTF-8 becomes U+FFFD, as Go's decoders read it; parsers report it where it matters.
  const text = UTF8.decode(body);
  return { ok: true, text, hadBom, encoding: 'utf-8' };
}

export function formatForPath(path: string): SourceFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.hcl')) return 'hcl';
  // Nomad job specifications (`nomad job run web.nomad`): HCL, read for their Consul sidecars.
  if (lower.endsWith('.nomad')) return 'hcl';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.tf')) return 'terraform';
  // Terraform template files: YAML once rendered (helm_release values written with templatefile).
  if (lower.endsWith('.tpl') || lower.endsWith('.tftpl')) return 'yaml';
  return undefined;
}

/**
 * Consul's own test (command/helpers/decode_shim.go `isHCL`, a copy of HCL v1's `lexMode`):
 * JSON when the first character that is not a space by Go's `unicode.IsSpace` is `{`.
 */
export function startsLikeJson(text: string): boolean {
  return HCL_READER.get().isJsonMode(text);
}

/**
 * `encoding`: how the bytes were decoded (decodeText). UTF-16 is fine for Kubernetes YAML
 * (go-yaml reads it), but Consul (HCL, JSON) and Terraform read UTF-8 only and reject the file.
 */
export function parseText(path: string, text: string, hadBom: boolean, encoding = 'utf-8'): ParsedFile {
  const lines = new LineIndex(text);
  let format = formatForPath(path) ?? 'hcl';
  let formatNote: string | undefined;
  // `consul config write` reads a file as JSON only when `{` comes first; a BOM is not a space to
  // Go's unicode.IsSpace, so the file goes to HCL v1, whose scanner stops at it (bomRejected).
  const consulBom = hadBom && encoding === 'utf-8' && (format === 'hcl' || format === 'json');
  if (format === 'hcl' && startsLikeJson(text) && !consulBom) {
    format = 'json';
    formatNote = 'starts with "{", so Consul reads it as JSON';
  }
  let result: ParseResult;
  switch (format) {
    case 'json':
      result = JSON_READER.get().parseJson(text, lines, { hadBom: hadBom && !consulBom });
      break;
    case 'yaml':
      if (isTemplateFile(path)) {
        // A Terraform template (or a chart's _helpers.tpl): its literal parts, never an error.
        const sequences = mergeSequences(terraformTemplateSequences(text), hasTemplateActions(text) ? templateActions(text) : []);
        const blanked = blankTemplate(text, sequences);
        result = readAsTemplate(text, blanked, sequences, parseYaml(blanked, lines));
        const unknown = templatedRanges(result.documents);
        result.unknownRanges = unknown.inside;
        result.unknownObjects = unknown.at;
      } else if (hasTemplateActions(text)) {
        // A Go template of YAML (a Helm chart's templates/): read as its literal parts.
        const actions = templateActions(text);
        const blanked = blankTemplate(text, actions);
        result = readAsTemplate(text, blanked, actions, parseYaml(blanked, lines));
        const unknown = templatedRanges(result.documents);
        result.unknownRanges = unknown.inside;
        result.unknownObjects = unknown.at;
      } else result = parseYaml(text, lines);
      break;
    case 'terraform':
      // Only `resource "consul_config_entry"` blocks become documents (model/terraform.ts normalizes them).
      result = parseTerraform(text, lines);
      break;
    default:
      result = HCL_READER.get().parseHcl(text, lines);
  }
  if (consulBom && !(format === 'json' && isKubernetesJson(result))) result = bomRejected(result, lines, format);
  if (encoding.startsWith('utf-16') && format !== 'yaml') {
    const reader = format === 'terraform' ? 'Terraform reads' : 'Consul reads config entries from';
    result = {
      documents: [],
      comments: result.comments,
      problems: [
        {
          message: `the file is encoded as ${encoding.toUpperCase()} (it starts with a UTF-16 byte order mark); ${reader} UTF-8 files only and rejects it: save it as UTF-8`,
          range: lines.range(0, 0),
          fatal: true,
        },
      ],
    };
  }
  return { path, format, text, lines, hadBom, result, formatNote };
}

/**
 * A Kubernetes object in a .json file: kubectl reads it whatever its BOM. k8s.io/apimachinery
 * pkg/util/yaml `hasJSONPrefix` trims only unicode.IsSpace, so the BOM sends the file down the
 * YAML path, and go-yaml v2 (readerc.go `yaml_parser_determine_encoding`) skips a UTF-8 BOM.
 */
function isKubernetesJson(parsed: ParseResult): boolean {
  const root = parsed.documents[0]?.root;
  return root?.type === 'object' && root.props.some((p) => p.key === 'apiVersion') && root.props.some((p) => p.key === 'kind');
}

/**
 * A .hcl or .json file that starts with a UTF-8 BOM, as `consul config write` reads it:
 * command/helpers/decode_shim.go `hclDecode` sends the file to HCL v1 unless its first
 * non-space rune is `{` (`isHCL`, with Go's unicode.IsSpace, which U+FEFF is not), and HCL v1's
 * scanner (hcl/scanner/scanner.go `Scan`) reports the BOM as `illegal char` at 1:1
 * (hcl/parser/error.go PosError: `At 1:1: illegal char`). The comments stay (suppressions).
 */
function bomRejected(parsed: ParseResult, lines: LineIndex, format: SourceFormat): ParseResult {
  const why =
    format === 'json'
      ? 'so consul config write reads it as HCL, not JSON (a file is JSON to it only when "{" comes first), and HCL rejects it'
      : 'which HCL v1 rejects';
  return {
    documents: [],
    comments: parsed.comments,
    problems: [
      {
        message: `the file starts with a UTF-8 byte order mark (BOM), ${why}: consul config write fails with "At 1:1: illegal char". Save the file as UTF-8 without BOM`,
        range: lines.range(0, 0),
        fatal: true,
      },
    ],
  };
}
