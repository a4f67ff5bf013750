/**
 * The package's entry (dist/src/index.js): the API of ./index.ts with every reader loaded when
 * it is imported, since `lintSources` is synchronous and may read any file. The command line
 * imports ./index.ts itself and loads a reader when a file first needs it (src/lazy.ts).
 */
import { provideAllParts } from './all-parts.js';

provideAllParts();

export * from './index.js';
