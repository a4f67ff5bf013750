export { planTargets, UNDECLARED_TARGET, type TargetPlan } from './plan.js';
export type { VariantGroup } from './variant-folders.js';
export { identityOf, providerMatches, type DeclaredTarget, type Target, type TargetFileInfo, type TargetOrigin } from './target.js';
