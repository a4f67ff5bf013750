export { buildOverlays, resolveInRepo, isKustomization, type Overlay, type BuiltResource } from './build.js';
export { builtFiles, type BuiltFile } from './entries.js';
export { applyJsonPatch, strategicMerge, tagFile } from './patch.js';
