export { buildOverlays, resolveInRepo, KUSTOMIZATION_NAMES, type Overlay, type BuiltResource } from './build.js';
export { overlayEntries } from './entries.js';
export { applyJsonPatch, strategicMerge, tagFile } from './patch.js';
