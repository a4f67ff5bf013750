import { describe, expect, it } from 'vitest';
import { blankTemplate, templateActions } from '../../src/parse/go-template.js';
import { parseText } from '../../src/parse/index.js';
import { lastProp } from '../../src/parse/nodes.js';
import type { LObject } from '../../src/parse/located.js';

const TEMPLATE = `{{- if .Values.enabled }}
apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: {{ include "app.fullname" . }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  protocol: "{{ .Values.protocol }}"
  mutualTLSMode: permissive
  {{ .Values.extraKey }}: x
  upstreamConfig:
    {{- toYaml .Values.upstreamConfig | nindent 4 }}
{{- end }}
`;

describe('Go templates of YAML (Helm chart templates)', () => {
  it('finds the actions, braces inside strings included', () => {
    const text = 'a: {{ printf "}}" .x }}\nb: {{- /* c */ -}}\n';
    expect(templateActions(text).map(([a, b]) => text.slice(a, b))).toEqual(['{{ printf "}}" .x }}', '{{- /* c */ -}}']);
  });

  it('blanks actions keeping every offset; lines of actions alone become spaces', () => {
    const blanked = blankTemplate(TEMPLATE, templateActions(TEMPLATE));
    expect(blanked.length).toBe(TEMPLATE.length);
    expect(blanked.split('\n').map((l) => l.trimEnd())).toEqual([
      '',
      'apiVersion: consul.hashicorp.com/v1alpha1',
      'kind: ServiceDefaults',
      'metadata:',
      '  name: x',
      '  labels:',
      '',
      'spec:',
      '  protocol: "x                     "',
      '  mutualTLSMode: permissive',
      '  x                     : x',
      '  upstreamConfig:',
      '',
      '',
      '',
    ]);
  });

  it('reads the literal fields; templated values are unknown, templated keys left out, no problem', () => {
    const f = parseText('chart/templates/sd.yaml', TEMPLATE, false);
    expect(f.result.problems).toEqual([]);
    const root = f.result.documents[0]!.root as LObject;
    const spec = lastProp(root, 'spec')!.value as LObject;
    expect(spec.props.map((p) => p.key)).toEqual(['protocol', 'mutualTLSMode', 'upstreamConfig']);
    expect(lastProp(spec, 'mutualTLSMode')!.value).toMatchObject({ type: 'string', value: 'permissive' });
    expect(lastProp(spec, 'protocol')!.value).toMatchObject({ type: 'null', raw: '"{{ .Values.protocol }}"' });
    // its content came from a skipped `toYaml` line: unknown too
    expect(lastProp(spec, 'upstreamConfig')!.value).toMatchObject({ type: 'null', raw: '{{- toYaml .Values.upstreamConfig | nindent 4 }}' });
    const md = lastProp(root, 'metadata')!.value as LObject;
    expect(lastProp(md, 'name')!.value).toMatchObject({ type: 'null', raw: '{{ include "app.fullname" . }}' });
    // name, labels (from a skipped include line), protocol, upstreamConfig
    expect(f.result.unknownRanges!.length).toBe(4);
  });

  it('a document that is not YAML once blanked is left out, without a problem; the others stay', () => {
    const text = `kind: ServiceDefaults\napiVersion: consul.hashicorp.com/v1alpha1\nmetadata:\n  name: a\n---\n{{ range .Values.x }}  - broken: [\n---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\n`;
    const f = parseText('t.yaml', text, false);
    expect(f.result.problems).toEqual([]);
    expect(f.result.documents.map((d) => d.index)).toEqual([0, 2]);
  });

  it('YAML without actions is read as YAML (its errors stay errors)', () => {
    expect(parseText('a.yaml', 'a: [\n', false).result.problems.length).toBeGreaterThan(0);
  });
});
