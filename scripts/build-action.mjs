#!/usr/bin/env node
// Bundles the GitHub Action (src/action.ts) into one file that runs without node_modules:
// `npm run build:action` writes dist/action/index.js, which is committed (action.yml runs it).
// `node scripts/build-action.mjs <outfile>` writes elsewhere (the test that checks the
// committed bundle is current uses it).
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.resolve(process.argv[2] ?? path.join(root, 'dist/action/index.js'));

await build({
  ...BUNDLE_OPTIONS,
  absWorkingDir: root,
  entryPoints: ['src/action.ts'],
  outfile,
});
