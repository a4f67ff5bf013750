/**
 * The per-file stage with a cache in front of it: a file whose bytes and settings are those
 * of a record the cache holds is restored from it instead of parsed and normalized again.
 * Cross-file work (inputs, targets, model, rules) always runs, on restored and fresh files alike.
 */
import { createHash } from 'node:crypto';
import { prepareSource, prepareText, sourceText, trimPrepared, type PreparedSource, type SourceFile } from '../lint.js';
import { formatForPath } from '../parse/index.js';
import { readByEvents } from '../parse/yaml-read.js';
import type { ScopeHint } from '../model/scope.js';
import { timed, type Timing } from '../engine/timing.js';
import { encodePrepared, restorePrepared } from './codec.js';

/** What identifies a file's record besides the build: its path, content and the settings read with it. */
export interface FileCacheKey {
  path: string;
  hash: string;
  settings: string;
}

/** The cache as the per-file stage uses it (src/cache/store.ts keeps it on disk). */
export interface PreparedCache {
  /** The record stored for an equal key, as `set` was given it. */
  get(key: FileCacheKey): string | undefined;
  set(key: FileCacheKey, record: string): void;
  /** Cache every file, whatever it costs to read (the codec's tests); by default only those that pay. */
  readonly everyFile?: boolean;
}

/** sha1 of the bytes (the text's UTF-8 for a source given as text): identity, not security. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * `prepareSource` through the cache. The settings part of the key is the scope the config
 * gives the path: the only setting normalization reads.
 */
export function prepareCached(src: SourceFile, cache: PreparedCache, scopeOf?: (path: string) => ScopeHint, timing?: Timing): PreparedSource {
  if (!cache.everyFile && !worthCaching(src.path)) return prepareSource(src, scopeOf, timing);
  const dec = sourceText(src);
  if (!dec.ok) return { path: src.path, skipReason: dec.reason };
  const key: FileCacheKey = {
    path: src.path,
    hash: contentHash(src.bytes ?? src.text ?? ''),
    settings: JSON.stringify(scopeOf?.(src.path) ?? {}),
  };
  const record = cache.get(key);
  if (typeof record === 'string') {
    const restored = timed(timing, 'cache', () => restore(record, dec.text));
    if (restored && restored.path === src.path) {
      trimPrepared(restored.parsed, restored.normalized);
      return restored;
    }
  }
  const prepared = prepareText(src.path, dec, scopeOf, timing);
  if (prepared.skipReason === undefined && (cache.everyFile || worthKeeping(prepared))) {
    const fresh = timed(timing, 'cache', () => encodePrepared(prepared));
    // Kept as JSON text: the cache file is then a few thousand strings to read, not a graph
    // of millions of small arrays, and each record is read only when its file is asked for.
    if (fresh) cache.set(key, JSON.stringify(fresh));
  }
  return prepared;
}

function restore(record: string, text: string): ReturnType<typeof restorePrepared> {
  try {
    return restorePrepared(JSON.parse(record), text);
  } catch {
    return undefined;
  }
}

/**
 * Files read faster than their records are read back are not cached: HCL and JSON (10,000
 * generated files: HCL 160 ms to prepare against 264 ms to restore, JSON 113 against 200),
 * and YAML the event reader reads (the check after parsing). YAML the composing reader reads
 * and Helm and Terraform templates are (hashicorp/consul-k8s's YAML: 896 ms against 346), as
 * are Terraform files without config entries or chart values (a record of a few bytes);
 * Terraform config entries are not (3,000 files of `consul_config_entry` resources: 521 ms to
 * prepare against 567 ms to restore).
 */
function worthKeeping(p: Extract<PreparedSource, { parsed: unknown }>): boolean {
  if (readByEvents(p.parsed.result)) return false;
  if (p.parsed.format !== 'terraform') return true;
  return p.normalized.entries.length === 0 && (p.parsed.result.embeddedValues?.length ?? 0) === 0;
}

/** Before reading, by the name: HCL and JSON never pay (see `worthKeeping`). */
function worthCaching(path: string): boolean {
  const format = formatForPath(path);
  return format !== 'hcl' && format !== 'json';
}
