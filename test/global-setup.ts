/**
 * Builds the package once before the tests (`npm run build` = tsc → dist/src, dist/rules),
 * so that a fresh `npm test` can run the end-to-end tests against the built binary.
 * A failed build does not stop the unit tests: the end-to-end tests read `buildError`
 * and fail with the compiler's output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    buildError: string;
  }
}

/** The newest modification time among the build's inputs. */
function newestInput(root: string): number {
  let newest = 0;
  const visit = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) visit(path.join(p, name));
    } else {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const input of ['src', 'rules', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json']) visit(path.join(root, input));
  return newest;
}

export default function setup(project: TestProject): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const started = Date.now();
  // Skip the build when dist/ is newer than every input (the stamp holds the time the last
  // good build started): several test runs in one tree then do not rewrite dist/ under
  // each other's feet. A fresh clone (CI) has no stamp and always builds.
  const stamp = path.join(root, 'dist/.build-stamp');
  if (existsSync(stamp) && existsSync(path.join(root, 'dist/src/bin.js'))) {
    const built = Number(readFileSync(stamp, 'utf8'));
    if (Number.isFinite(built) && newestInput(root) < built) {
      console.log('dist/ is up to date');
      project.provide('buildError', '');
      return;
    }
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const error = r.status === 0 ? '' : `npm run build failed (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}`;
  if (error) console.error(error);
  else writeFileSync(stamp, String(started));
  if (!error) console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  project.provide('buildError', error);
}
