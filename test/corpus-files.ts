/** The shared corpus of real Consul files (../shared/corpus beside the project). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');

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

export function corpusIndex(): CorpusItem[] {
  return readCorpus('INDEX.jsonl')
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusItem);
}

export function corpusBytes(file: string): Uint8Array {
  return readCorpus(file);
}
