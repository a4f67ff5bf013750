/**
 * Every part the synchronous stages take loaded (src/lazy.ts), imported at once: for the
 * callers that may read any file without waiting (the package's API entry, src/api.ts, whose
 * `lintSources` is synchronous; the unit tests). The command line loads each when a file
 * first needs it.
 */
import * as hcl from './parse/hcl.js';
import * as json from './parse/json.js';
import * as yamlEvents from './parse/yaml-events.js';
import * as yamlComposed from './parse/yaml.js';
import { HCL_READER, JSON_READER, YAML_COMPOSED, YAML_EVENTS } from './parse/readers.js';
import * as crdSchema from './model/crd-schema.js';
import { CRD_SCHEMA } from './model/parts.js';

export function provideAllParts(): void {
  HCL_READER.provide(hcl);
  JSON_READER.provide(json);
  YAML_EVENTS.provide(yamlEvents);
  YAML_COMPOSED.provide(yamlComposed);
  CRD_SCHEMA.provide(crdSchema);
}
