/**
 * The text of dist/src/bin.js (scripts/build-bin.mjs): an ES module that runs the command
 * line's script, compiled from its V8 code cache when V8 accepts it. The trainer the build
 * runs once is the same loader, which compiles from source and writes the cache on exit.
 */

/** What `import.meta.url` is in the script: its own URL, handed in by the loader. */
export const CLI_MODULE_URL = '__mtlsModuleUrl';

/** @param {string} scriptName the script's file name in dist/src/chunks/ (the loader is in dist/src/) */
export function cliLoader(scriptName, { train }) {
  return `#!/usr/bin/env node
// Written by scripts/build-bin.mjs: runs the command line, ${JSON.stringify(scriptName)}, from its code cache when V8 accepts it.
import { readFileSync${train ? ', writeFileSync' : ''} } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const url = new URL(${JSON.stringify(`./chunks/${scriptName}`)}, import.meta.url);
const file = fileURLToPath(url);
${
  train
    ? 'const cachedData = undefined;'
    : `let cachedData;
try {
  cachedData = readFileSync(file + '.cache');
} catch {
  // No cache: compiled from source.
}`
}
const script = new Script('(function (exports, require, module, __filename, __dirname, ${CLI_MODULE_URL}) {"use strict";' + readFileSync(file, 'latin1') + '\\n})', { filename: file, cachedData });
${train ? "process.once('exit', () => writeFileSync(file + '.cache', script.createCachedData()));\n" : ''}const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(url), module, file, path.dirname(file), url.href);
`;
}
