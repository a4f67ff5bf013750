#!/usr/bin/env node
/**
 * The parse floor for the benchmark: every file discovered, read and parsed by the code the
 * CLI uses for it (discover.ts, read.ts, parse/), in one process; nothing else. With TIMING
 * set, prints its stages as the CLI does.
 */
import { discover } from '../dist/src/discover.js';
import { createTiming, formatTiming, timed } from '../dist/src/engine/timing.js';
import { decodeText, parseText } from '../dist/src/parse/index.js';
import { readSource } from '../dist/src/read.js';
import { whenLoaded } from '../dist/src/lazy.js';

const dir = process.argv[2];
const timing = process.env.TIMING ? createTiming(() => performance.now()) : undefined;
const found = timed(timing, 'discover', () => discover({ cwd: dir, paths: ['.'] }));
let documents = 0;
for (const f of found.files) {
  const src = timed(timing, 'read', () => readSource(f.abs, f.rel));
  if (!src.bytes) continue;
  const dec = decodeText(src.bytes);
  if (!dec.ok) continue;
  // As the CLI: a reader is loaded when a file first needs it (src/lazy.ts).
  const parsed = timed(timing, 'parse', () => whenLoaded(() => parseText(f.rel, dec.text, dec.hadBom, dec.encoding)));
  documents += (parsed instanceof Promise ? await parsed : parsed).result.documents.length;
}
process.stdout.write(`${found.files.length} files, ${documents} documents\n`);
if (timing) process.stderr.write(formatTiming(timing, 0));
