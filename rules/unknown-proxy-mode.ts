import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { describeScope } from '../src/model/scope.js';

/** The proxy modes Consul knows (api.ProxyMode: ProxyModeDefault, ProxyModeTransparent, ProxyModeDirect). */
const MODES = new Set(['', 'direct', 'transparent']);

const messages = {
  unknownMode: (e: ConfigEntry, value: string) => {
    const near = MODES.has(value.trim().toLowerCase()) ? value.trim().toLowerCase() : undefined;
    const fix = near ? `write "${near}"` : 'use "transparent" or "direct", or remove Mode';
    return `${e.label} (${describeScope(e.scope)}) sets Mode "${value}", which is not a proxy mode: Consul stores it without complaint, but it never turns transparent proxy on — ${fix}`;
  },
};

export default defineRule({
  meta: {
    id: 'unknown-proxy-mode',
    description: 'A proxy Mode other than "", "direct" or "transparent" in service-defaults or proxy-defaults',
    category: 'correctness',
    defaultSeverity: 'warning',
    enforceSeverity: 'error',
    docsUrl: 'rules/unknown-proxy-mode.md',
  },
  check({ model, report }) {
    for (const kind of ['service-defaults', 'proxy-defaults']) {
      for (const e of model.entriesOf(kind)) {
        // CRDs: any spec.mode is rejected by the webhook (crd-rejected-field).
        if (e.crd) continue;
        const mode = e.field('Mode');
        if (!mode || typeof mode.scalar !== 'string' || MODES.has(mode.scalar)) continue;
        report({ at: mode, message: messages.unknownMode(e, mode.scalar) });
      }
    }
  },
});
