/** The one list of rules: the CLI, the docs and SARIF's rule metadata all come from here. */
import type { Rule } from '../src/engine/rule.js';
import crdRejectedField from './crd-rejected-field.js';
import denyIntentionBypassed from './deny-intention-bypassed.js';
import duplicateEntry from './duplicate-entry.js';
import expiredException from './expired-exception.js';
import invalidAnnotation from './invalid-annotation.js';
import invalidEntryName from './invalid-entry-name.js';
import invalidSuppression from './invalid-suppression.js';
import invalidValue from './invalid-value.js';
import meshDestinationsOnlyDisabled from './mesh-destinations-only-disabled.js';
import parseError from './parse-error.js';
import permissiveAllowedUnused from './permissive-allowed-unused.js';
import permissiveExpired from './permissive-expired.js';
import permissiveMtls from './permissive-mtls.js';
import permissiveNotAllowed from './permissive-not-allowed.js';
import permissiveProxyDefaults from './permissive-proxy-defaults.js';
import permissiveRequiresTransparentProxy from './permissive-requires-transparent-proxy.js';
import permissiveServiceNotInMesh from './permissive-service-not-in-mesh.js';
import permissiveWithoutIntentions from './permissive-without-intentions.js';
import strictModeImplicit from './strict-mode-implicit.js';
import transparentProxyExclusion from './transparent-proxy-exclusion.js';
import unknownField from './unknown-field.js';
import unknownProxyMode from './unknown-proxy-mode.js';

export const RULES: readonly Rule[] = [
  crdRejectedField,
  denyIntentionBypassed,
  duplicateEntry,
  expiredException,
  invalidAnnotation,
  invalidEntryName,
  invalidSuppression,
  invalidValue,
  meshDestinationsOnlyDisabled,
  parseError,
  permissiveAllowedUnused,
  permissiveExpired,
  permissiveMtls,
  permissiveNotAllowed,
  permissiveProxyDefaults,
  permissiveRequiresTransparentProxy,
  permissiveServiceNotInMesh,
  permissiveWithoutIntentions,
  strictModeImplicit,
  transparentProxyExclusion,
  unknownField,
  unknownProxyMode,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
