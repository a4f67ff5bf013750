import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type FsLintRun } from '../../src/index.js';
import { FIXTURES, tempRepos } from '../e2e/helpers.js';
const TODAY = '2026-12-06';

const repo = tempRepos('mtls-release-');

/** The run over `cwd` with the parse trees let go (the default) and kept: their results. */
async function bothWays(cwd: string, paths = ['.']): Promise<{ released: FsLintRun; kept: FsLintRun }> {
  const released = await lint({ cwd, paths, today: TODAY });
  const kept = await lint({ cwd, paths, today: TODAY, keepParseTrees: true });
  return { released, kept };
}

/** The files whose documents were let go. */
function releasedFiles(run: FsLintRun): string[] {
  return run.parsed.filter((p) => p.result.documents.length === 0).map((p) => p.path);
}

const MESH = 'Kind = "mesh"\nAllowEnablingPermissiveMutualTLS = true\n\nTransparentProxy {\n  MeshDestinationsOnly = true\n}\n';
const SD_HCL =
  'Kind = "service-defaults"\nName = "api"\nMutualTLSMode = "permissive"\n\nUpstreamConfig {\n  Defaults {\n    ConnectTimeoutMs = 5000\n    Limits {\n      MaxConnections = -1\n    }\n  }\n}\n\nMeta {\n  owner = "team-a"\n}\n';
const SI_JSON = JSON.stringify({ Kind: 'service-intentions', Name: 'api', Sources: [{ Name: 'web', Action: 'allow' }, { Name: 'db', Action: 'deny' }] }, null, 2);
const crd = (kind: string, name: string, spec: string) => `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

describe('parse trees let go once a file is normalized', () => {
  // Each case: the files, which of them are released, and the same report either way.
  const cases: { description: string; files: Record<string, string>; released: string[] }[] = [
    {
      description: 'HCL, JSON and CRD entry files are released',
      files: {
        'mesh.hcl': MESH,
        'api.hcl': SD_HCL,
        'api-intentions.json': SI_JSON,
        'web.yaml': `${crd('ServiceDefaults', 'web', '  protocol: http\n  mutualTLSMode: permissive\n')}---\n${crd('ServiceIntentions', 'web', '  destination:\n    name: web\n  sources:\n    - name: api\n      action: allow\n')}`,
      },
      released: ['api-intentions.json', 'api.hcl', 'mesh.hcl', 'web.yaml'],
    },
    {
      description: 'a file with a decode problem or an unknown kind keeps its trees (rules read them as written)',
      files: {
        'mesh.hcl': MESH,
        'typo.hcl': 'Kind = "service-defaults"\nName = "api"\nMutualTLSMod = "permissive"\n',
        'kind.hcl': 'Kind = "service-default"\nName = "web"\n',
        'two-kinds.json': '{"Kind": "service-defaults", "kind": "proxy-defaults", "Name": "db"}',
      },
      released: ['mesh.hcl', 'two-kinds.json'],
    },
    {
      description: 'Kubernetes objects beside a CRD keep the file whole (workloads, annotations, suppressions)',
      files: {
        'mesh.yaml': crd('Mesh', 'mesh', '  allowEnablingPermissiveMutualTLS: true\n'),
        'app.yaml': `${crd('ServiceDefaults', 'app', '  mutualTLSMode: permissive\n')}---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    metadata:\n      annotations:\n        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy-exclude-inbound-ports: "8080"\n    spec:\n      containers:\n        - name: app\n          image: app\n`,
      },
      released: ['mesh.yaml'],
    },
    {
      description: 'YAML anchors shared by two entries of a file: released together, values as written',
      files: {
        'mesh.yaml': crd('Mesh', 'mesh', '  allowEnablingPermissiveMutualTLS: true\n'),
        'anchored.yaml': `${crd('ServiceDefaults', 'a', '  upstreamConfig: &up\n    defaults:\n      connectTimeoutMs: -5\n  mutualTLSMode: permissive\n')}---\n${crd('ServiceDefaults', 'b', '  upstreamConfig: *up\n  mutualTLSMode: permissive\n')}`,
      },
      released: ['anchored.yaml', 'mesh.yaml'],
    },
    {
      description: 'a project with a kustomization keeps every file (overlays are built from documents)',
      files: {
        'base/kustomization.yaml': 'resources:\n  - defaults.yaml\n',
        'base/defaults.yaml': crd('ServiceDefaults', 'api', '  mutualTLSMode: strict\n'),
        'mesh.hcl': MESH,
      },
      released: [],
    },
    {
      description: 'files named as Helm values keep their trees; the others are released',
      files: {
        '.mtls-lint.yaml': 'helmValues:\n  - "values/*.json"\n',
        'values/consul.json': '{"connectInject": {"enabled": true, "transparentProxy": {"defaultEnabled": true}}, "Kind": "service-defaults", "Name": "odd"}',
        'mesh.hcl': MESH,
        'api.hcl': SD_HCL,
      },
      released: ['api.hcl', 'mesh.hcl'],
    },
  ];

  for (const c of cases) {
    it(c.description, async () => {
      const dir = repo(c.files);
      const { released, kept } = await bothWays(dir);
      expect(releasedFiles(released).sort()).toEqual(c.released);
      expect(releasedFiles(kept)).toEqual([]);
      expect(released.result).toEqual(kept.result);
    });
  }

  it('an emptied node keeps its place and refuses children', async () => {
    const dir = repo({ 'mesh.hcl': MESH, 'api.hcl': SD_HCL });
    const { released } = await bothWays(dir);
    const api = released.normalized.find((n) => n.path === 'api.hcl')!.entries[0]!;
    const upstream = api.root.fields.get('UpstreamConfig')!;
    expect(upstream.value.type).toBe('object');
    const node = (upstream.value as { node: { props: unknown[]; range: { start: { line: number } } } }).node;
    expect(node.props).toEqual([]);
    expect(node.range.start.line).toBe(5);
    expect(() => node.props.push({})).toThrow(TypeError);
    // What the rules read stays: the scalar values, the maps kept as written, the Kind key.
    expect(api.str('MutualTLSMode')).toBe('permissive');
    expect(api.metaValue('owner')?.value).toBe('team-a');
    expect(api.raw.props.map((p) => p.key)).toEqual(['Kind']);
  });

  it('every fixture repository gives the same report with and without the trees', async () => {
    const dirs = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(dirs.length).toBeGreaterThan(20);
    let releasedSome = 0;
    for (const d of dirs) {
      const cwd = path.join(FIXTURES, d.name);
      const { released, kept } = await bothWays(cwd);
      expect(released.result, d.name).toEqual(kept.result);
      if (releasedFiles(released).length > 0) releasedSome++;
    }
    // Most fixture repositories hold entry files that are released.
    expect(releasedSome).toBeGreaterThan(dirs.length / 2);
  });
});
