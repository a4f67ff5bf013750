/**
 * Builds the package once before the tests (`npm run build` = tsc → dist/src, dist/rules),
 * so that a fresh `npm test` can run the end-to-end tests against the built binary.
 * A failed build does not stop the unit tests: the end-to-end tests read `buildError`
 * and fail with the compiler's output.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    buildError: string;
  }
}

export default function setup(project: TestProject): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const started = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const error = r.status === 0 ? '' : `npm run build failed (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}`;
  if (error) console.error(error);
  else console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  project.provide('buildError', error);
}
