/**
 * A finding's line-independent identity: rule, file, subject (entry identity and field
 * path) and message. Lines are left out on purpose, so the fingerprint survives edits
 * that move the finding; SARIF `partialFingerprints` and the JSON output carry it.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../engine/finding.js';

/** The key under SARIF `partialFingerprints`; bump the version if the recipe changes. */
export const FINGERPRINT_KEY = 'mtlsLintFindingHash/v1';

export function fingerprint(f: Finding): string {
  return createHash('sha256')
    .update([f.ruleId, f.location.file, f.subject, f.message].join('\u0000'))
    .digest('hex');
}
