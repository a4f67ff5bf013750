// The esbuild options both bundles share (scripts/build-bin.mjs, scripts/build-action.mjs):
// one ES module file for Node 20 with every dependency inside.
export const BUNDLE_OPTIONS = {
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
};
