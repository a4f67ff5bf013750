import rule from '../../rules/crd-rejected-field.js';
import { ruleTester } from '../rule-tester.js';

const crd = (kind: string, name: string, spec: string) =>
  `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

ruleTester(rule, {
  accept: [
    {
      description: 'ProxyDefaults and ServiceDefaults without mode or port',
      files: {
        'crds.yaml': `${crd('ProxyDefaults', 'global', '  mutualTLSMode: permissive\n  transparentProxy:\n    dialedDirectly: true\n')}---\n${crd('ServiceDefaults', 'api', '  protocol: http\n')}`,
      },
    },
    { description: 'outboundListenerPort 0 is allowed', files: { 'api.yaml': crd('ServiceDefaults', 'api', '  transparentProxy:\n    outboundListenerPort: 0\n') } },
    { description: 'mode: null is no value', files: { 'pd.yaml': crd('ProxyDefaults', 'global', '  mode: null\n') } },
    { description: 'Mode in HCL config entries is valid (not a CRD)', files: { 'pd.hcl': 'Kind = "proxy-defaults"\nName = "global"\nMode = "transparent"\nTransparentProxy {\n  OutboundListenerPort = 15002\n}\n' } },
    { description: 'ControlPlaneRequestLimit spec.mode is rate limiting', files: { 'limit.yaml': crd('ControlPlaneRequestLimit', 'global', '  mode: permissive\n  readRate: 100\n') } },
  ],
  reject: [
    {
      description: 'ProxyDefaults spec.mode',
      files: { 'pd.yaml': crd('ProxyDefaults', 'global', '  mode: transparent\n  mutualTLSMode: permissive\n') },
      findings: [
        {
          file: 'pd.yaml',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 20,
          severity: 'error',
          message:
            'ProxyDefaults "global" (partition "default"): the consul-k8s webhook rejects spec.mode with proxydefaults.consul.hashicorp.com "global" is invalid: spec.mode: Invalid value: "transparent": use the annotation `consul.hashicorp.com/transparent-proxy` to configure the Transparent Proxy Mode — remove spec.mode; transparent proxy is set per pod by that annotation (default: on, from Helm connectInject.transparentProxy.defaultEnabled)',
        },
      ],
    },
    {
      description: 'ServiceDefaults spec.mode, even empty',
      files: { 'api.yaml': crd('ServiceDefaults', 'api', '  mode: ""\n') },
      findings: [{ file: 'api.yaml', line: 6, column: 3, endLine: 6, endColumn: 11, message: /^ServiceDefaults "api" \(partition "default"\): the consul-k8s webhook rejects spec\.mode with servicedefaults\.consul\.hashicorp\.com "api" is invalid: spec\.mode: Invalid value: "": / }],
    },
    {
      description: 'non-zero outboundListenerPort, second document, configured partition',
      files: {
        'k8s/crds.yaml': `${crd('Mesh', 'mesh', '  allowEnablingPermissiveMutualTLS: true\n')}---\n${crd('ServiceDefaults', 'api', '  transparentProxy:\n    outboundListenerPort: 15002\n')}`,
      },
      scopes: { 'k8s/': { partition: 'k8s' } },
      findings: [
        {
          file: 'k8s/crds.yaml',
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 32,
          message:
            'ServiceDefaults "api" (partition "k8s"): the consul-k8s webhook rejects it with servicedefaults.consul.hashicorp.com "api" is invalid: spec.transparentProxy.outboundListenerPort: Invalid value: 15002: use the annotation `consul.hashicorp.com/transparent-proxy-outbound-listener-port` to configure the Outbound Listener Port — remove it (on Kubernetes the outbound listener is port 15001)',
        },
      ],
    },
    {
      description: 'both at once, phase enforce',
      phase: 'enforce',
      files: { 'pd.yaml': crd('ProxyDefaults', 'global', '  mode: direct\n  transparentProxy:\n    outboundListenerPort: 1000\n') },
      findings: [
        { file: 'pd.yaml', line: 6, column: 3, severity: 'error', message: /spec\.mode: Invalid value: "direct"/ },
        { file: 'pd.yaml', line: 8, column: 5, severity: 'error', message: /outboundListenerPort: Invalid value: 1000:/ },
      ],
    },
  ],
});
