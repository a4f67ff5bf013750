import { defineRule } from '../src/engine/rule.js';
import type { ConfigEntry } from '../src/model/entries.js';
import { describeScope } from '../src/model/scope.js';

/** Go's field.Invalid prints a string value quoted and a number as is. */
function goValue(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** `servicedefaults.consul.hashicorp.com "api" is invalid:` — the webhook's apierrors.NewInvalid prefix. */
function invalidPrefix(e: ConfigEntry): string {
  return `${e.crd!.kind.toLowerCase()}.consul.hashicorp.com "${e.crd!.metadataName ?? ''}" is invalid`;
}

function who(e: ConfigEntry): string {
  return `${e.crd!.kind} "${e.crd!.metadataName ?? ''}" (${describeScope(e.scope)})`;
}

const messages = {
  mode: (e: ConfigEntry, value: unknown) =>
    `${who(e)}: the consul-k8s webhook rejects spec.mode with ${invalidPrefix(e)}: spec.mode: Invalid value: ${goValue(value)}: use the annotation \`consul.hashicorp.com/transparent-proxy\` to configure the Transparent Proxy Mode — remove spec.mode; transparent proxy is set per pod by that annotation (default: on, from Helm connectInject.transparentProxy.defaultEnabled)`,
  outboundPort: (e: ConfigEntry, value: unknown) =>
    `${who(e)}: the consul-k8s webhook rejects it with ${invalidPrefix(e)}: spec.transparentProxy.outboundListenerPort: Invalid value: ${goValue(value)}: use the annotation \`consul.hashicorp.com/transparent-proxy-outbound-listener-port\` to configure the Outbound Listener Port — remove it (on Kubernetes the outbound listener is port 15001)`,
};

export default defineRule({
  meta: {
    id: 'crd-rejected-field',
    description: 'A ProxyDefaults or ServiceDefaults CRD field the consul-k8s webhook rejects: spec.mode, a non-zero spec.transparentProxy.outboundListenerPort',
    category: 'correctness',
    defaultSeverity: 'error',
    docsUrl: 'rules/crd-rejected-field.md',
  },
  check({ model, report }) {
    for (const kind of ['proxy-defaults', 'service-defaults']) {
      for (const e of model.entriesOf(kind)) {
        if (!e.crd) continue;
        // `mode` is a *ProxyMode: any value, even "", is rejected; only null/absent passes.
        const mode = e.field('Mode');
        if (mode && mode.value.type === 'scalar' && mode.value.node.type !== 'null') {
          report({ at: mode, message: messages.mode(e, mode.value.node.value) });
        }
        const port = e.field('TransparentProxy.OutboundListenerPort');
        if (port && typeof port.scalar === 'number' && port.scalar !== 0) {
          report({ at: port, message: messages.outboundPort(e, port.scalar) });
        }
      }
    }
  },
});
