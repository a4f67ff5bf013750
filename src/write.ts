import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes a report or baseline file, creating its folder (`-o reports/x.sarif` in a fresh checkout). */
export function writeFileCreatingFolder(abs: string, text: string): void {
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}
