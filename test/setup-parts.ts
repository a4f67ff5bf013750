/**
 * The stages tests call directly (parseText, lintSources, parseConfig…) are synchronous and
 * take each part as loaded (src/lazy.ts): every part is provided first, as the package's
 * API entry does (src/api.ts). The command line's loading as files need them is tested on
 * the built binary (test/e2e/lazy-loading.test.ts).
 */
import { provideAllParts } from '../src/all-parts.js';

provideAllParts();
