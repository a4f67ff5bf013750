/**
 * Model tables loaded when a file first needs them (src/lazy.ts): the consul-k8s CRD schemas
 * (a tenth of what an HCL run loaded) only for a Consul CRD.
 */
import { LazyPart } from '../lazy.js';

export const CRD_SCHEMA = new LazyPart('the CRD schema tables', () => import('./crd-schema.js'));
