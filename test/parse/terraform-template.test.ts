import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import type { LObject } from '../../src/parse/located.js';
import { lastProp } from '../../src/parse/nodes.js';
import { terraformTemplateSequences } from '../../src/parse/terraform-template.js';

// Shaped like hashicorp-education/learn-consul-get-started-kubernetes
// hcp-managed/eks/modules/eks-client/template/consul.tpl (rendered by templatefile for helm_release).
const VALUES_TPL = `global:
  enabled: false
  datacenter: \${datacenter}
  image: "hashicorp/consul-enterprise:\${consul_version}-ent"
  enableConsulNamespaces: true
externalServers:
  enabled: true
  hosts: \${consul_hosts}
%{ if enable_metrics ~}
  httpsPort: 443
%{ endif ~}
connectInject:
  enabled: true
`;

describe('Terraform template files (templatefile)', () => {
  it('finds ${…} and %{…} sequences, nested braces and strings inside, $${ and %%{ as literals', () => {
    const text = 'a: ${jsonencode({ x = "}" })}\nb: $${literal}\nc: %%{ not }\n%{ for h in hosts ~}\n';
    expect(terraformTemplateSequences(text).map(([a, b]) => text.slice(a, b))).toEqual(['${jsonencode({ x = "}" })}', '%{ for h in hosts ~}']);
  });

  it('reads a values .tpl as YAML: literal values known, templated ones unknown, no problem', () => {
    const r = parseText('modules/eks-client/template/consul.tpl', VALUES_TPL, false).result;
    expect(r.problems).toEqual([]);
    const root = r.documents[0]!.root as LObject;
    const global = lastProp(root, 'global')!.value as LObject;
    expect(lastProp(global, 'enableConsulNamespaces')!.value).toMatchObject({ type: 'boolean', value: true });
    expect(lastProp(global, 'datacenter')!.value).toMatchObject({ type: 'null', raw: '${datacenter}' });
    expect(lastProp(global, 'image')!.value).toMatchObject({ type: 'null' });
    expect(lastProp(lastProp(root, 'connectInject')!.value as LObject, 'enabled')!.value).toMatchObject({ type: 'boolean', value: true });
  });

  it('a chart _helpers.tpl or a .tpl that is no YAML is never a parse error', () => {
    const helpers = '{{- define "app.fullname" -}}\n{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 }}\n{{- end }}\n';
    expect(parseText('charts/app/templates/_helpers.tpl', helpers, false).result.problems).toEqual([]);
    expect(parseText('startup.tftpl', '#!/bin/bash\necho "${name}" : [ {\n', false).result.problems).toEqual([]);
  });
});
