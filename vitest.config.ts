import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once: the end-to-end tests (test/e2e) run the built binary.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-parts.ts'],
    // Vitest leaves a core free; most of the time here is child processes and I/O (the
    // end-to-end tests run the binary), so on a 2-core machine two workers halve the run.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
