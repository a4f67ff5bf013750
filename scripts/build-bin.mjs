#!/usr/bin/env node
/**
 * The command-line entry, dist/src/bin.js, as one bundled file over tsc's output: loading the
 * ~70 modules of dist/src one by one took ~0.1 s of every run (a pre-commit hook on a few
 * files: about half its time). The API (dist/src/index.js) stays as tsc wrote it.
 *
 * tsc writes files without the executable bit; `npx mtls-lint` in this folder runs the file
 * directly, so the build sets it (npm does it only for installed packages).
 */
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist/src/bin.js');

await build({
  ...BUNDLE_OPTIONS,
  absWorkingDir: root,
  entryPoints: ['src/bin.ts'],
  outfile,
  allowOverwrite: true,
});
chmodSync(outfile, 0o755);
