#!/usr/bin/env node
// `prepack`: remove tsc's output before `prepare` rebuilds it, so that a packed package
// never carries compiled files whose source is gone. dist/action (committed) is kept.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const dir of ['dist/src', 'dist/rules']) rmSync(path.join(root, dir), { recursive: true, force: true });
