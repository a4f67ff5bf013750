/**
 * The stages tests call directly (parseText, lintSources, parseConfig…) are synchronous and
 * take each reader as loaded (src/lazy.ts): every reader is provided first, as the package's
 * API entry does (src/api.ts). The command line's loading as files need them is tested on
 * the built binary (test/e2e/lazy-loading.test.ts).
 */
import { provideAllReaders } from '../src/parse/all-readers.js';

provideAllReaders();
