/** The shared corpus of real Consul files (../shared/corpus beside the project). */
import { readFileSync } from 'node:fs';
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

export function corpusIndex(): CorpusItem[] {
  return readFileSync(path.join(CORPUS_DIR, 'INDEX.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusItem);
}

export function corpusBytes(file: string): Uint8Array {
  return readFileSync(path.join(CORPUS_DIR, file));
}
