#!/usr/bin/env node
// Bundles the GitHub Action (src/action.ts) into one file that runs without node_modules:
// `npm run build:action` writes dist/action/index.js, which is committed (action.yml runs it).
// `node scripts/build-action.mjs <outfile>` writes elsewhere (the test that checks the
// committed bundle is current uses it).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.resolve(process.argv[2] ?? path.join(root, 'dist/action/index.js'));

await build({
  absWorkingDir: root,
  entryPoints: ['src/action.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Prefer ES module builds: jsonc-parser's CommonJS entry is a UMD wrapper whose
  // dynamic require()s a bundler cannot follow.
  mainFields: ['module', 'main'],
  // Some dependencies are CommonJS and require() Node built-ins.
  banner: { js: "import { createRequire as __mtlsCreateRequire } from 'node:module'; const require = __mtlsCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
});
