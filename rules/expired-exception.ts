import { defineRule } from '../src/engine/rule.js';

/**
 * Reported by the exceptions stage (src/engine/exceptions.ts), which runs after every
 * rule: it needs the findings an exception would have covered. The rule is here for its
 * metadata (severity, docs, SARIF) and so that `rules:` in .mtls-lint.yaml can set it.
 */
export default defineRule({
  meta: {
    id: 'expired-exception',
    description: 'An exception in .mtls-lint.yaml is past its expires date: the findings it covered count again',
    category: 'hygiene',
    defaultSeverity: 'error',
    docsUrl: 'rules/expired-exception.md',
  },
  check() {
    /* see src/engine/exceptions.ts */
  },
});
