// The esbuild options both bundles share (scripts/build-bin.mjs, scripts/build-action.mjs):
// one ES module file for Node 20 with every dependency inside.
import { readFile } from 'node:fs/promises';

/**
 * js-yaml's build spreads objects with a transpiler helper (own keys, symbols, then
 * Object.defineProperty per key) that costs ~10 µs a call, and `parseEvents` calls it three
 * times per file to make its state: ~40 ms of 3,000 CRD files. For the plain option objects
 * it is given, Object.assign copies the same keys in the same order with the same values.
 * The helper is matched exactly: a js-yaml release that changes it fails the build here
 * instead of shipping unpatched.
 */
const JS_YAML_SPREAD = `function _objectSpread2(e) {
\tfor (var r = 1; r < arguments.length; r++) {
\t\tvar t = null != arguments[r] ? arguments[r] : {};
\t\tr % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
\t\t\t_defineProperty(e, r, t[r]);
\t\t}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
\t\t\tObject.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
\t\t});
\t}
\treturn e;
}`;
const JS_YAML_ASSIGN = `function _objectSpread2(e) {
\tfor (var r = 1; r < arguments.length; r++) if (arguments[r] != null) Object.assign(e, arguments[r]);
\treturn e;
}`;

const jsYamlSpread = {
  name: 'js-yaml-object-assign',
  setup(build) {
    build.onLoad({ filter: /[\\/]js-yaml[\\/]dist[\\/]js-yaml\.cjs\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(JS_YAML_SPREAD)) throw new Error(`${args.path}: js-yaml's _objectSpread2 helper changed; update scripts/bundle-options.mjs`);
      return { contents: text.replace(JS_YAML_SPREAD, JS_YAML_ASSIGN), loader: 'js' };
    });
  },
};

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
  plugins: [jsYamlSpread],
  logLevel: 'warning',
};
