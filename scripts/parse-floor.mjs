#!/usr/bin/env node
/** The parse floor for the benchmark: discover, read and parse every file; nothing else. */
import { readFile } from 'node:fs/promises';
import { discover } from '../dist/src/discover.js';
import { decodeText, parseText } from '../dist/src/parse/index.js';

const dir = process.argv[2];
const found = await discover({ cwd: dir, paths: ['.'] });
let documents = 0;
let next = 0;
const files = found.files;
await Promise.all(
  Array.from({ length: 32 }, async () => {
    while (next < files.length) {
      const f = files[next++];
      const dec = decodeText(await readFile(f.abs));
      if (!dec.ok) continue;
      documents += parseText(f.rel, dec.text, dec.hadBom).result.documents.length;
    }
  }),
);
process.stdout.write(`${files.length} files, ${documents} documents\n`);
