/**
 * The readers of each format, loaded when a file first needs one (src/lazy.ts): a CRD
 * repository loads no HCL or JSON reader, an HCL one no YAML reader. YAML's two readers are
 * chosen between in ./yaml-read.ts.
 */
import { LazyPart } from '../lazy.js';

export const HCL_READER = new LazyPart('the HCL reader', () => import('./hcl.js'));
export const JSON_READER = new LazyPart('the JSON reader', () => import('./json.js'));
/** js-yaml's event reader: most YAML files. */
export const YAML_EVENTS = new LazyPart('the YAML event reader', () => import('./yaml-events.js'));
/** The `yaml` package's composing reader: the YAML the event reader leaves to it, every error, and the config (YAML 1.2). */
export const YAML_COMPOSED = new LazyPart('the composing YAML reader', () => import('./yaml.js'));
