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

/**
 * js-yaml checks every scalar for characters YAML does not allow by slicing it out of the
 * input and matching PATTERN_NON_PRINTABLE (~17 ms of 3,000 CRD files). Each alternative of
 * that pattern needs a character of MAYBE_NON_PRINTABLE (a control character, a surrogate,
 * U+FFFE or U+FFFF), so where the input has none no slice of it can match: one test of the
 * input, once per parse (the state), answers for all its scalars. Any other input is checked
 * scalar by scalar as before, and so is a slice reaching the NUL js-yaml appends to the input.
 */
const JS_YAML_CHECK_PRINTABLE = `function checkPrintable(state, start, end) {
\tconst match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));`;
const JS_YAML_CHECK_PRINTABLE_ONCE = `var MAYBE_NON_PRINTABLE = /[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\uD800-\\uDFFF\\uFFFE\\uFFFF]/;
var printableState;
var printableInput = false;
function checkPrintable(state, start, end) {
\tif (state !== printableState) {
\t\tprintableState = state;
\t\tprintableInput = !MAYBE_NON_PRINTABLE.test(state.input.slice(0, -1));
\t}
\tif (printableInput && end < state.input.length) return;
\tconst match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));`;
const JS_YAML_NON_PRINTABLE = 'var PATTERN_NON_PRINTABLE = /[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?:[^\\uD800-\\uDBFF]|^)[\\uDC00-\\uDFFF]/;';
// The state's input is the text with a NUL appended (the patch above tests it without).
const JS_YAML_INPUT = '\t\tinput: `${input}\\0`,';

/** Each patch of js-yaml's build, matched exactly: a release that changes one fails the build here instead of shipping unpatched. */
const JS_YAML_PATCHES = [
  { what: "the _objectSpread2 helper", from: JS_YAML_SPREAD, to: JS_YAML_ASSIGN },
  { what: 'PATTERN_NON_PRINTABLE', from: JS_YAML_NON_PRINTABLE, to: JS_YAML_NON_PRINTABLE },
  { what: "parser state's input", from: JS_YAML_INPUT, to: JS_YAML_INPUT },
  { what: 'checkPrintable', from: JS_YAML_CHECK_PRINTABLE, to: JS_YAML_CHECK_PRINTABLE_ONCE },
];

const jsYamlPatches = {
  name: 'js-yaml-patches',
  setup(build) {
    build.onLoad({ filter: /[\\/]js-yaml[\\/]dist[\\/]js-yaml\.cjs\.js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      for (const p of JS_YAML_PATCHES) {
        if (text.split(p.from).length !== 2) throw new Error(`${args.path}: js-yaml's ${p.what} changed; update scripts/bundle-options.mjs`);
        text = text.replace(p.from, p.to);
      }
      return { contents: text, loader: 'js' };
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
  plugins: [jsYamlPatches],
  logLevel: 'warning',
};
