/**
 * Files named on the command line (pre-commit passes the staged ones): each finding is
 * anchored at the entry it is about, its causes related, so naming the entry's file reports
 * it, and naming the file of a cause reports the findings it brings about in other files,
 * marked as caused by the named file.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, remove, requireBuild, tempRepo } from './helpers.js';

const VALUES_OFF = 'connectInject:\n  enabled: true\n  transparentProxy:\n    defaultEnabled: false\n';
const MESH = (allow: boolean) =>
  `apiVersion: consul.hashicorp.com/v1alpha1\nkind: Mesh\nmetadata:\n  name: mesh\nspec:\n  allowEnablingPermissiveMutualTLS: ${allow}\n`;
const BILLING = `apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceDefaults
metadata:
  name: billing
spec:
  mutualTLSMode: permissive
---
apiVersion: consul.hashicorp.com/v1alpha1
kind: ServiceIntentions
metadata:
  name: billing
spec:
  destination:
    name: billing
  sources:
    - name: web
      action: allow
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing
spec:
  template:
    metadata:
      annotations:
        consul.hashicorp.com/connect-inject: "true"
`;

function repo(files: Record<string, string>): string {
  // The repository root (context.ts): the model is built from it whatever file is named.
  return tempRepo({ '.mtls-lint.yaml': '', ...files }, 'mtls-named-');
}

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  related: { file: string; line: number }[];
  causedBy?: string;
}

function findings(dir: string, args: string[]): { code: number | null; found: JsonFinding[] } {
  const r = cli(['--format', 'json', ...args], { cwd: dir });
  expect(r.stderr).toBe('');
  return { code: r.code, found: (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings };
}

describe('files named on the command line', () => {
  let dir: string | undefined;
  beforeAll(() => requireBuild());
  afterEach(() => {
    if (dir) remove(dir);
    dir = undefined;
  });

  it('naming the service reports it although the cause is the Helm value in another file (was: exit 0)', () => {
    dir = repo({ 'helm/values.yaml': VALUES_OFF, 'consul/mesh.yaml': MESH(true), 'apps/billing.yaml': BILLING });
    const { code, found } = findings(dir, ['apps/billing.yaml']);
    expect(code).toBe(1);
    const f = found.find((x) => x.ruleId === 'permissive-requires-transparent-proxy');
    expect(f).toMatchObject({ file: 'apps/billing.yaml', line: 6, column: 3, related: [{ file: 'helm/values.yaml', line: 4 }] });
    expect(f!.causedBy).toBeUndefined();
  });

  it('naming the Helm values reports the finding it causes in the service file, marked as caused by it', () => {
    dir = repo({ 'helm/values.yaml': VALUES_OFF, 'consul/mesh.yaml': MESH(true), 'apps/billing.yaml': BILLING });
    const { code, found } = findings(dir, ['helm/values.yaml']);
    expect(code).toBe(1);
    expect(found.map((f) => [f.ruleId, `${f.file}:${f.line}`, f.causedBy])).toEqual([
      ['permissive-requires-transparent-proxy', 'apps/billing.yaml:6', 'helm/values.yaml'],
    ]);
    const text = cli(['helm/values.yaml'], { cwd: dir }).stdout;
    expect(text).toContain('apps/billing.yaml');
    expect(text).toContain('(reported because helm/values.yaml, named on the command line, causes it)');
  });

  it('a staged mesh entry that drops AllowEnablingPermissiveMutualTLS reports the services it breaks', () => {
    dir = repo({ 'consul/mesh.yaml': MESH(false), 'apps/billing.yaml': BILLING });
    const { code, found } = findings(dir, ['consul/mesh.yaml']);
    expect(code).toBe(1);
    const caused = found.filter((f) => f.ruleId === 'permissive-not-allowed');
    expect(caused.map((f) => [`${f.file}:${f.line}:${f.column}`, f.causedBy, f.related.map((r) => `${r.file}:${r.line}`)])).toEqual([
      ['apps/billing.yaml:6:3', 'consul/mesh.yaml', ['consul/mesh.yaml:6']],
    ]);
  });

  it('a file that causes nothing elsewhere reports only its own findings', () => {
    dir = repo({ 'consul/mesh.yaml': MESH(true), 'apps/billing.yaml': BILLING, 'apps/other.yaml': MESH(true).replace('kind: Mesh', 'kind: ConfigMap') });
    const { code, found } = findings(dir, ['apps/other.yaml']);
    expect(found).toEqual([]);
    expect(code).toBe(0);
  });
});
