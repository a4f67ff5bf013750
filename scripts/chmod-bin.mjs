#!/usr/bin/env node
/**
 * tsc writes dist/src/bin.js without the executable bit; `npx mtls-lint` in this folder
 * runs the file directly, so the build sets it (npm does it only for installed packages).
 */
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/src/bin.js', import.meta.url), 0o755);
