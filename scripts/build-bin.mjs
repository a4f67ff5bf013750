#!/usr/bin/env node
/**
 * What the package runs, bundled over tsc's output: the command-line entry dist/src/bin.js and
 * the API dist/src/index.js, sharing their code in dist/src/chunks/, with every dependency
 * inside. Loading the ~70 modules of dist/src one by one took ~0.1 s of every run (a
 * pre-commit hook on a few files: about half its time), and a bundle needs no runtime
 * dependencies: the package ships these files (and the .d.ts types), not tsc's modules.
 *
 * tsc writes files without the executable bit; `npx mtls-lint` in this folder runs the file
 * directly, so the build sets it (npm does it only for installed packages).
 */
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/src');
rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });

await build({
  ...BUNDLE_OPTIONS,
  absWorkingDir: root,
  entryPoints: { bin: 'src/bin.ts', index: 'src/api.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  allowOverwrite: true,
});
chmodSync(path.join(outdir, 'bin.js'), 0o755);
