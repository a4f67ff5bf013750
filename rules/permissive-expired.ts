import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry, FieldRef } from '../src/model/entries.js';
import { isIsoDate } from '../src/config/validate.js';
import { PERMISSIVE_UNTIL_KEY } from '../src/model/deadline.js';
import { describeScope } from '../src/model/scope.js';

const messages = {
  expired: (entry: ConfigEntry, until: string) =>
    `${entry.label} in ${describeScope(entry.scope)} is still permissive after its deadline ${until} (${PERMISSIVE_UNTIL_KEY}): finish onboarding and set MutualTLSMode = "strict", or agree on a new deadline.`,
  invalid: (entry: ConfigEntry, value: string) =>
    `${entry.label} in ${describeScope(entry.scope)} has ${PERMISSIVE_UNTIL_KEY} = "${value}", which is not a date of the form YYYY-MM-DD, so its permissive deadline cannot be checked; write the date as YYYY-MM-DD.`,
  relatedOwn: 'MutualTLSMode is set to "permissive" here',
  relatedInherited: 'the service inherits MutualTLSMode = "permissive" from proxy-defaults here',
};


export default defineRule({
  meta: {
    id: 'permissive-expired',
    description: `A permissive service or proxy-defaults past its ${PERMISSIVE_UNTIL_KEY} deadline`,
    category: 'security',
    defaultSeverity: 'error',
    securitySeverity: 8.0,
    docsUrl: 'rules/permissive-expired.md',
  },
  check({ model, today, report }) {
    const candidates: { entry: ConfigEntry; mode: FieldRef; inherited: boolean }[] = [];
    for (const entry of model.entriesOf('service-defaults')) {
      const own = entry.field('MutualTLSMode');
      if (own && own.scalar === 'permissive') {
        candidates.push({ entry, mode: own, inherited: false });
      } else if (!own || own.scalar === '') {
        const pd = model.proxyDefaultsOf(entry.scope)?.field('MutualTLSMode');
        if (pd && pd.scalar === 'permissive') candidates.push({ entry, mode: pd, inherited: true });
      }
    }
    for (const entry of model.entriesOf('proxy-defaults')) {
      const own = entry.field('MutualTLSMode');
      if (own && own.scalar === 'permissive') candidates.push({ entry, mode: own, inherited: false });
    }

    for (const { entry, mode, inherited } of candidates) {
      const deadline = entry.metaValue(PERMISSIVE_UNTIL_KEY);
      if (!deadline) continue;
      const value = deadline.value.trim();
      const related = [{ at: mode, message: inherited ? messages.relatedInherited : messages.relatedOwn }];
      if (!isIsoDate(value)) {
        report({ at: deadline.at, message: messages.invalid(entry, deadline.value), related });
      } else if (value < today) {
        report({ at: deadline.at, message: messages.expired(entry, value), related });
      }
    }
  },
});
