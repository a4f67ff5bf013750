import { defineRule } from '../src/engine/rule.js';

/**
 * Reported by the suppression stage (src/engine/suppress.ts), which runs after every rule:
 * only then is it known whether a directive suppressed anything. The rule is here for its
 * metadata (severity, docs, SARIF) and so that `rules:` in .mtls-lint.yaml can set it.
 */
export default defineRule({
  meta: {
    id: 'invalid-suppression',
    description: 'A suppression comment or annotation without a reason, naming an unknown rule, or suppressing nothing',
    category: 'hygiene',
    defaultSeverity: 'warning',
    docsUrl: 'rules/invalid-suppression.md',
  },
  check() {
    /* see src/engine/suppress.ts */
  },
});
