import { beforeAll, describe, expect, test } from 'vitest';
import { cli, requireBuild } from './helpers.js';

beforeAll(requireBuild);

describe('a Helm chart (built binary)', () => {
  test('templates are read as templates: the literal permissive setting, no parse error, nothing about templated values', () => {
    const r = cli(['fixtures/helm-chart', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { ruleId: string; file: string; line: number; column: number }) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'permissive-mtls fixtures/helm-chart/charts/payments/templates/consul.yaml:10:3',
    ]);
    expect(r.code).toBe(0);
  });
});
