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
  // js-yaml's CommonJS build: its ES module build parses about 1.5x slower in the bundle on
  // Node 20 (3,000 CRD files: 490 ms against 320 ms), and the package's exports offer it only to require().
  alias: { 'js-yaml': './node_modules/js-yaml/dist/js-yaml.cjs.js' },
  logLevel: 'warning',
};
