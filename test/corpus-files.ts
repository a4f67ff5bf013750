/** The shared corpus of real Consul files (../shared/corpus beside the project). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');

/**
 * Whether the corpus is there. A clone from GitHub has no ../shared: the tests that read it
 * are skipped, each file saying so in one line; everything else runs. CI sets
 * MTLS_LINT_REQUIRE_CORPUS=1, so that a corpus gone missing there fails instead of skipping.
 */
export const HAS_CORPUS = existsSync(path.join(CORPUS_DIR, 'INDEX.jsonl'));

if (!HAS_CORPUS && process.env.MTLS_LINT_REQUIRE_CORPUS === '1') {
  throw new Error(`MTLS_LINT_REQUIRE_CORPUS=1 but the shared corpus is not at ${CORPUS_DIR} (../shared/corpus beside the project)`);
}

let told = false;
function tellSkipped(): void {
  if (told) return;
  told = true;
  console.warn(`skipping the tests that read the shared corpus: put it at ${CORPUS_DIR} (../shared/corpus beside the project, as CI has it) to run them`);
}

/** `describe` for tests that read the corpus: skipped, with one line saying where it goes, without it. */
export function describeCorpus(name: string, fn: () => void): void {
  if (HAS_CORPUS) describe(name, fn);
  else {
    tellSkipped();
    describe.skip(name, () => it('needs the shared corpus', () => {}));
  }
}

/** `it` for one test that reads the corpus. */
export function itCorpus(name: string, fn: () => void | Promise<void>, timeout?: number): void {
  if (HAS_CORPUS) it(name, fn, timeout);
  else {
    tellSkipped();
    it.skip(name, () => {});
  }
}

export interface CorpusItem {
  file: string;
  lang: 'hcl' | 'json' | 'yaml' | 'terraform';
  category: string;
  note?: string;
  dup_of?: string;
  kinds?: string[];
}

/** A corpus file; a missing corpus says where it is expected instead of a bare ENOENT. */
function readCorpus(file: string): Buffer {
  try {
    return readFileSync(path.join(CORPUS_DIR, file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(CORPUS_DIR)) {
      throw new Error(`the shared corpus is not at ${CORPUS_DIR}: the tests read it from ../shared/corpus beside the project (as CI has it)`);
    }
    throw err;
  }
}

/** The corpus index; empty without the corpus (callers that need it use describeCorpus). */
export function corpusIndex(): CorpusItem[] {
  if (!HAS_CORPUS) return [];
  return readCorpus('INDEX.jsonl')
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusItem);
}

export function corpusBytes(file: string): Uint8Array {
  return readCorpus(file);
}
