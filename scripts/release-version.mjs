#!/usr/bin/env node
/**
 * npm's `version` lifecycle script: `npm version 0.2.0` has set package.json (the one place the
 * version lives: the CLI, the API, SARIF's tool version and the Action read it from there);
 * this writes it where users copy it from, and dates the release in the changelog:
 * - README.md: the pre-commit `rev: vX.Y.Z` and the Action `mtls-lint/mtls-lint@vX.Y.Z`;
 * - docs/json-format.md: the example's tool version;
 * - CHANGELOG.md: `## [Unreleased]` becomes `## [X.Y.Z] - <date>` under a new, empty
 *   Unreleased, with the compare links.
 * npm then commits and tags vX.Y.Z (docs/releasing.md).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = (p) => path.join(root, p);
const { version } = JSON.parse(readFileSync(file('package.json'), 'utf8'));
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`package.json version "${version}" is not X.Y.Z`);
const today = new Date().toISOString().slice(0, 10);

function edit(p, f) {
  const before = readFileSync(file(p), 'utf8');
  const after = f(before);
  if (after !== before) writeFileSync(file(p), after);
}

edit('README.md', (t) => t.replace(/(\brev: )v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?/g, `$1v${version}`).replace(/(mtls-lint\/mtls-lint@)v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?/g, `$1v${version}`));
edit('docs/json-format.md', (t) => t.replace(/("tool": \{ "name": "mtls-lint", "version": ")[^"]*"/, `$1${version}"`));
edit('CHANGELOG.md', (t) => {
  if (t.includes(`## [${version}]`)) return t;
  const repo = 'https://github.com/mtls-lint/mtls-lint';
  const previous = /^## \[(\d+\.\d+\.\d+[^\]]*)\]/m.exec(t)?.[1];
  let out = t.replace('## [Unreleased]\n', `## [Unreleased]\n\n## [${version}] - ${today}\n`);
  out = out.replace(/^\[Unreleased\]: .*$/m, `[Unreleased]: ${repo}/compare/v${version}...HEAD\n[${version}]: ${previous ? `${repo}/compare/v${previous}...v${version}` : `${repo}/releases/tag/v${version}`}`);
  return out;
});

// Inside a git work tree, `npm version` commits what is staged: stage what this changed.
try {
  execFileSync('git', ['add', 'README.md', 'docs/json-format.md', 'CHANGELOG.md'], { cwd: root, stdio: 'ignore' });
} catch {
  // not a git work tree: nothing to stage
}
