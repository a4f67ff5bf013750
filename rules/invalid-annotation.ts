/**
 * invalid-annotation: a `consul.hashicorp.com/*` annotation or Namespace label, or a consul
 * Helm value, that consul-k8s (or Kubernetes) cannot read. The Kubernetes input
 * (src/model/kubernetes.ts, src/model/helm.ts) finds them and words the messages, with
 * consul-k8s's own error text where it has one; this rule reports them.
 */
import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'invalid-annotation',
    description: 'A consul.hashicorp.com annotation or label, or a consul Helm value, that consul-k8s cannot read (a pod it rejects, an upstream it drops)',
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/invalid-annotation.md',
  },
  check({ files, report }) {
    for (const f of files) {
      for (const issue of f.issues) {
        if (issue.ruleId !== 'invalid-annotation') continue;
        report({ at: { file: f.path, range: issue.range, subject: issue.subject }, message: issue.message });
      }
    }
  },
});
