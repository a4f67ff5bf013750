#!/usr/bin/env node
/**
 * What the package runs, bundled over the sources with every dependency inside (the package
 * ships these files and tsc's .d.ts types, not tsc's modules):
 *
 * - the API, dist/src/index.js: an ES module, its lazily loaded parts in dist/src/chunks/;
 * - the command line, dist/src/chunks/cli-<hash>.cjs: one script, with a V8 code cache beside
 *   it (`.cache`), and dist/src/bin.js, the small ES module that runs it.
 *
 * Why a script and a code cache for the command line: Node 20 compiles an ES module from its
 * source on every run, and the ~1.5 MB of the bundle took ~90 ms of a 3,000-file run and
 * ~25 ms of a one-file run to compile; a classic script can be compiled from a code cache
 * (`vm.Script`'s `cachedData`, what ESLint's `v8-compile-cache` did) instead. The cache is
 * made here, by running the command line once over the bundled example repositories
 * (fixtures/) so that the functions a run uses are in it. V8 refuses a cache made by another
 * V8 version or with other flags (`cachedDataRejected`): the script is then compiled from its
 * source, as before, and nothing else changes. A run never writes the cache.
 *
 * The parts a run may not need (src/lazy.ts) stay lazy in the script: esbuild turns their
 * dynamic imports into functions that evaluate a module when first called.
 *
 * tsc writes files without the executable bit; `npx mtls-lint` in this folder runs the file
 * directly, so the build sets it (npm does it only for installed packages).
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';
import { cliLoader, CLI_MODULE_URL } from './cli-loader.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/src');
rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });

await build({
  ...BUNDLE_OPTIONS,
  absWorkingDir: root,
  entryPoints: { index: 'src/api.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  allowOverwrite: true,
});

const cli = await build({
  ...BUNDLE_OPTIONS,
  absWorkingDir: root,
  entryPoints: { cli: 'src/bin.ts' },
  outdir: path.join(outdir, 'chunks'),
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // ASCII (esbuild escapes the rest): the loader reads it as latin1, a copy, where decoding
  // 1.5 MB of UTF-8 into a two-byte string took ~7 ms of every run.
  charset: 'ascii',
  // The script is run by dist/src/bin.js, which hands it `require` and its own URL.
  banner: {},
  define: { 'import.meta.url': CLI_MODULE_URL },
  write: false,
});
const [script] = cli.outputFiles.filter((f) => f.path.endsWith('.cjs'));
if (!script || cli.outputFiles.length !== 1) throw new Error('expected the command line as one script');
mkdirSync(path.dirname(script.path), { recursive: true });
// The script is wrapped in a function to run: a `#!` line would be a syntax error there.
// esbuild's ASCII leaves comments and regular expressions as written: their other characters
// are written as \u escapes, which mean the same there (a comment's do not matter).
if (/\\[^\x00-\x7f]/.test(script.text)) throw new Error(`${script.path}: a non-ASCII character after a backslash, which a \\u escape would change`);
const text = script.text
  .replace(/^#![^\n]*\n/, '')
  .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(script.path, text);

const scriptName = path.basename(script.path);
const bin = path.join(outdir, 'bin.js');
writeFileSync(bin, cliLoader(scriptName, { train: false }));
chmodSync(bin, 0o755);

// The code cache: one run over the example repositories, whose output is not wanted, by a
// loader that writes the cache when the run ends (the shipped one never writes).
const trainer = path.join(outdir, 'train-code-cache.mjs');
writeFileSync(trainer, cliLoader(scriptName, { train: true }));
try {
  const r = spawnSync(process.execPath, [trainer, 'fixtures'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  // Exit code 1 is the findings the examples hold; anything else means the run failed.
  if (r.status !== 0 && r.status !== 1) throw new Error(`training run exited ${r.status}: ${r.stderr}`);
} finally {
  rmSync(trainer, { force: true });
}
