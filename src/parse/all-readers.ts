/**
 * Every reader imported at once, for the callers of the synchronous stages that may read any
 * file without waiting (the package's API entry, src/api.ts, whose `lintSources` is
 * synchronous; the unit tests). The command line loads each when a file first needs it.
 */
import * as yamlEvents from './yaml-events.js';
import * as yamlComposed from './yaml.js';
import { YAML_COMPOSED, YAML_EVENTS } from './yaml-read.js';

export function provideAllReaders(): void {
  YAML_EVENTS.provide(yamlEvents);
  YAML_COMPOSED.provide(yamlComposed);
}
