#!/usr/bin/env node
/**
 * `npm pack` / `npm publish` ship package.json as it is on disk, and npm 11 warns on a user's
 * install about any lifecycle script a package carries (`prepare` included). The repository
 * needs `prepare` (`npm ci` builds dist/), a user's install needs none: `prepack` writes the
 * manifest without scripts and dev dependencies (the package is bundled: it has no runtime
 * dependency), keeping the repository's one beside it, and `postpack` puts it back.
 *
 *   node scripts/pack-manifest.mjs strip     (prepack, after the build)
 *   node scripts/pack-manifest.mjs restore   (postpack)
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = path.join(root, 'package.json');
const kept = path.join(root, '.package.json.repository');

const mode = process.argv[2];
if (mode === 'strip') {
  if (existsSync(kept)) {
    console.error(`pack-manifest: ${kept} exists (an earlier pack did not finish): restore it first (node scripts/pack-manifest.mjs restore)`);
    process.exit(1);
  }
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  writeFileSync(kept, text);
  // The repository's scripts build and test it from sources the package does not hold.
  const { devDependencies: _dev, scripts: _scripts, ...rest } = pkg;
  writeFileSync(manifest, `${JSON.stringify(rest, null, 2)}\n`);
} else if (mode === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error('usage: pack-manifest.mjs strip|restore');
  process.exit(2);
}
