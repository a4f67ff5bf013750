import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'parse-error',
    description: 'A file that looks like Consul configuration cannot be parsed the way Consul parses it',
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/parse-error.md',
  },
  check({ files, report }) {
    for (const f of files) {
      for (const issue of f.issues) {
        if (issue.ruleId !== 'parse-error') continue;
        report({
          at: { file: f.path, range: issue.range, subject: issue.subject },
          message: issue.message,
          ...(issue.related ? { related: issue.related.map((r) => ({ at: { file: f.path, range: r.range, subject: issue.subject }, message: r.message })) } : {}),
          ...(issue.atMost ? { atMost: issue.atMost } : {}),
        });
      }
    }
  },
});
