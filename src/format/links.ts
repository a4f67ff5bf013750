/**
 * Absolute links to a rule's documentation page, built from the result alone (the tool's
 * informationUri and the rule's repository-relative docsUrl), for SARIF and Markdown.
 */
import type { LintResult, RuleInfo } from '../engine/result.js';

export function ruleHelpUri(tool: LintResult['tool'], rule: Pick<RuleInfo, 'docsUrl'>): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(rule.docsUrl)) return rule.docsUrl;
  const base = tool.informationUri.replace(/\/+$/, '');
  return `${base}/blob/main/${rule.docsUrl.replace(/^\.?\/+/, '')}`;
}
