/**
 * Which reader reads a YAML text: js-yaml's event stream (src/parse/yaml-events.ts) reads most
 * files; the `yaml` package's composing reader (src/parse/yaml.ts) reads the rest, every file
 * with an error, and mtls-lint's own config (YAML 1.2). Each is loaded when a text first needs
 * it (./readers.ts): a repository without YAML loads neither, one whose YAML the event reader
 * reads never loads the `yaml` package (a quarter of the bundle).
 */
import type { LineIndex } from './line-index.js';
import type { ParseResult } from './located.js';
import type { YamlVersion } from './yaml.js';
import { YAML_COMPOSED, YAML_EVENTS } from './readers.js';

const LONE_CR = /\r(?!\n)/;

/** Results of the event reader: reading such a file again costs less than restoring it from a cache. */
const BY_EVENTS = new WeakSet<ParseResult>();

/** Whether `parseYaml` read this result with the event reader (src/parse/yaml-events.ts). */
export function readByEvents(result: ParseResult): boolean {
  return BY_EVENTS.has(result);
}

export function yamlInternalError(e: unknown, lines: LineIndex): ParseResult {
  return {
    documents: [],
    comments: [],
    problems: [{ message: `internal error while reading YAML: ${e instanceof Error ? e.message : String(e)}`, range: lines.range(0, 0), fatal: true }],
  };
}

/**
 * Parses `text` as a YAML stream (one `LocatedDocument` per non-empty document). Never
 * throws for bad input: every error is a located problem, fatal ones leave their document out.
 */
export function parseYaml(text: string, lines: LineIndex, version: YamlVersion = '1.1'): ParseResult {
  if (version === '1.1' && !LONE_CR.test(text)) {
    const { readYamlEvents } = YAML_EVENTS.get();
    let fast: ParseResult | undefined;
    try {
      fast = readYamlEvents(text, lines);
    } catch (e) {
      return yamlInternalError(e, lines);
    }
    if (fast) {
      BY_EVENTS.add(fast);
      return fast;
    }
  }
  return YAML_COMPOSED.get().parseYamlComposed(text, lines, version);
}
