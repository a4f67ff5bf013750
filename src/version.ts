import { readFileSync } from 'node:fs';

/** The package root: src/ → ../ under vitest, dist/src/ → ../../ when built, dist/src/chunks/ → ../../../ in the bundle. */
export const PACKAGE_ROOT = (() => {
  const here = new URL('.', import.meta.url);
  for (const up of ['../', '../../', '../../../']) {
    const candidate = new URL(up, here);
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', candidate), 'utf8')) as { name?: string };
      if (pkg.name === 'mtls-lint') return candidate;
    } catch {
      /* try the next level */
    }
  }
  return new URL('../', here);
})();

const pkg = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as {
  version: string;
  homepage?: string;
};

export const TOOL = {
  name: 'mtls-lint',
  version: pkg.version,
  informationUri: pkg.homepage ?? 'https://github.com/mtls-lint/mtls-lint',
};
