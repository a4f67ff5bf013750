/**
 * Time proportional to size: for each shape of input that has a "many" in it (entries,
 * documents, keys, intention sources, resources, aliases, problems, findings, suppressions,
 * nesting, workloads…), the whole pipeline and every formatter run at size n and 8n, and the
 * larger must take about 8 times as long, not 64 (a quadratic path). Each found one.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { applyControls } from '../../src/engine/controls.js';
import { FORMAT_NAMES, render } from '../../src/format/index.js';
import { DEFAULT_INPUTS } from '../../src/inputs.js';
import { lintSources, type SourceFile } from '../../src/lint.js';

const TODAY = '2026-01-15';

function time(sources: SourceFile[]): number {
  const t0 = performance.now();
  const run = applyControls(lintSources(sources, { today: TODAY, rules: RULES, inputs: DEFAULT_INPUTS }), { today: TODAY });
  for (const f of FORMAT_NAMES) render(f, run.result);
  return performance.now() - t0;
}

function best(sources: SourceFile[], times: number): number {
  let t = Infinity;
  for (let i = 0; i < times; i++) t = Math.min(t, time(sources));
  return t;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

interface Shape {
  name: string;
  /** One file of about n units, or n files. */
  make: (n: number) => SourceFile | SourceFile[];
  /** Units for the small run (the large one is 8 times as many). */
  n: number;
}

const crd = (kind: string, name: string, spec: string) =>
  `---\napiVersion: consul.hashicorp.com/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

const SHAPES: Shape[] = [
  {
    name: 'JSON list of entries of every kind, in many partitions',
    n: 1500,
    make: (n) => ({
      path: 'list.json',
      text: `[${range(n)
        .map((i) => {
          const p = `p${i % 50}`;
          switch (i % 6) {
            case 0:
              return `{"Kind":"service-defaults","Name":"s${i}","Partition":"${p}","MutualTLSMode":"permissive","Protocol":"http"}`;
            case 1:
              return `{"Kind":"service-intentions","Name":"s${i - 1}","Partition":"${p}","Sources":[{"Name":"s${i + 5}","Action":"allow"},{"Name":"*","Action":"deny"}]}`;
            case 2:
              return `{"Kind":"mesh","Partition":"${p}","AllowEnablingPermissiveMutualTLS":${i % 4 === 0}}`;
            case 3:
              return `{"Kind":"proxy-defaults","Name":"global","Partition":"${p}","MutualTLSMode":"permissive","Mode":"direct"}`;
            case 4:
              return `{"Kind":"service-router","Name":"s${i}","Partition":"${p}"}`;
            default:
              return `{"Kind":"service-intentions","Name":"*","Partition":"${p}","Sources":[{"Name":"s${i}","Action":"deny"}]}`;
          }
        })
        .join(',\n')}]\n`,
    }),
  },
  {
    name: 'YAML stream of CRDs',
    n: 400,
    make: (n) => ({
      path: 'crds.yaml',
      text: range(n)
        .map((i) =>
          i % 2
            ? crd('ServiceDefaults', `s${i}`, `  protocol: http\n  mutualTLSMode: permissive\n`)
            : crd('ServiceIntentions', `s${i - 1}`, `  destination:\n    name: s${i - 1}\n  sources:\n    - name: s${i}\n      action: allow\n`),
        )
        .join(''),
    }),
  },
  {
    name: 'Kubernetes Deployments with Consul annotations',
    n: 200,
    make: (n) => ({
      path: 'deploy.yaml',
      text: range(n)
        .map(
          (i) =>
            `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${i}\nspec:\n  template:\n    metadata:\n      annotations:\n        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy: "${i % 2 ? 'true' : 'false'}"\n        consul.hashicorp.com/connect-service-upstreams: "d${i + 1}:${1000 + i}"\n    spec:\n      containers:\n        - name: c\n          image: x\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: d${i}\nspec:\n  selector:\n    app: d${i}\n`,
        )
        .join(''),
    }),
  },
  {
    name: 'HCL entry with many Meta keys',
    n: 3000,
    make: (n) => ({ path: 'meta.hcl', text: `Kind = "service-defaults"\nName = "meta"\nMeta {\n${range(n).map((i) => `  k${i} = "v${i}"`).join('\n')}\n}\n` }),
  },
  {
    name: 'HCL intentions with many sources to one service',
    n: 1500,
    make: (n) => ({
      path: 'sources.hcl',
      text: `Kind = "service-intentions"\nName = "api"\nSources = [\n${range(n).map((i) => `  { Name = "s${i}" Action = "${i % 3 ? 'allow' : 'deny'}" ${i % 5 ? '' : 'Namespace = "*"'} },`).join('\n')}\n]\n`,
    }),
  },
  {
    name: 'JSON intentions with many sources to a permissive service',
    n: 2000,
    make: (n) => ({
      path: 'sources.json',
      text: `[{"Kind":"service-defaults","Name":"api","MutualTLSMode":"permissive"},{"Kind":"mesh","AllowEnablingPermissiveMutualTLS":true},{"Kind":"service-intentions","Name":"api","Sources":[${range(n)
        .map((i) => `{"Name":"s${i % 97}","Action":"${i % 2 ? 'allow' : 'deny'}"}`)
        .join(',\n')}]}]`,
    }),
  },
  {
    name: 'Terraform resources (jsonencode and heredocs)',
    n: 300,
    make: (n) => ({
      path: 'main.tf',
      text: range(n)
        .map((i) =>
          i % 2
            ? `resource "consul_config_entry" "r${i}" {\n  kind = "service-defaults"\n  name = "s${i}"\n  config_json = jsonencode({ Protocol = "http", MutualTLSMode = "permissive" })\n}\n`
            : `resource "consul_config_entry" "r${i}" {\n  kind = "service-defaults"\n  name = "s${i}"\n  config_json = <<EOT\n{"Protocol": "http", "X${i}": 1}\nEOT\n}\nvariable "v${i}" { default = [${'{'.repeat(5)}${'}'.repeat(5)}] }\n`,
        )
        .join(''),
    }),
  },
  {
    name: 'YAML aliases of one anchor (under the expansion bound)',
    n: 1500,
    make: (n) => ({
      path: 'aliases.yaml',
      text: `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: api\nspec:\n  destination:\n    name: api\n  base: &src {name: web, action: allow, extra: {a: [1, 2, 3]}}\n  sources:\n${range(n).map(() => '    - *src').join('\n')}\n`,
    }),
  },
  {
    name: 'YAML duplicate keys (problems past the cap)',
    n: 1500,
    make: (n) => ({ path: 'dups.yaml', text: `kind: ServiceDefaults\n${range(n).map(() => 'a: 1').join('\n')}\n` }),
  },
  {
    name: 'JSON recoverable mistakes (problems past the cap)',
    n: 1500,
    make: (n) => ({ path: 'mistakes.json', text: `{"Kind": "mesh", ${range(n).map((i) => `"k${i}": 01, // c\n`).join('')}"z": 1}` }),
  },
  {
    name: 'unknown fields (findings past the cap)',
    n: 1500,
    make: (n) => ({ path: 'unknown.json', text: `{"Kind": "service-defaults", "Name": "u", ${range(n).map((i) => `"Unknown${i}": ${i}`).join(', ')}}` }),
  },
  {
    name: 'suppression comments',
    n: 1000,
    make: (n) => ({
      path: 'suppressed.hcl',
      text: `Kind = "service-defaults"\nName = "sup"\n${range(n).map((i) => `# mtls-lint-disable-next-line unknown-field -- generated\nUnknown${i} = ${i}\n# mtls-lint-disable-next-line no-such-rule\n`).join('')}`,
    }),
  },
  {
    name: 'duplicate entries',
    n: 1500,
    make: (n) => ({ path: 'dup.json', text: `[${range(n).map(() => '{"Kind":"service-defaults","Name":"same","Protocol":"http"}').join(',\n')}]` }),
  },
  {
    // Each definition is compared with the earlier ones (guessed apart or not): a bounded number of them.
    name: 'one entry defined in many sibling folders (guessed alternatives)',
    n: 300,
    make: (n) => range(n).map((i) => ({ path: `cases/c${i}/api.hcl`, text: 'Kind = "service-defaults"\nName = "api"\n' })),
  },
  {
    name: 'one entry defined in many files of one folder named alike',
    n: 300,
    make: (n) => range(n).map((i) => ({ path: `apps/api-v${i}.hcl`, text: 'Kind = "service-defaults"\nName = "api"\n' })),
  },
  {
    name: 'nesting just under the bound, many times (JSON)',
    n: 60,
    make: (n) => ({ path: 'nest.json', text: `{"Kind":"service-defaults","Name":"n","Meta":[${range(n).map(() => '['.repeat(450) + ']'.repeat(450)).join(',')}]}` }),
  },
  {
    name: 'nesting just under the bound, many times (YAML)',
    n: 60,
    make: (n) => ({ path: 'nest.yaml', text: `kind: ServiceDefaults\nx: [${range(n).map(() => '['.repeat(450) + ']'.repeat(450)).join(', ')}]\n` }),
  },
  {
    name: 'nesting just under the bound, many times (HCL)',
    n: 60,
    make: (n) => ({ path: 'nest.hcl', text: `Kind = "service-defaults"\nName = "n"\nx = [${range(n).map(() => '['.repeat(450) + ']'.repeat(450)).join(', ')}]\n` }),
  },
  {
    name: 'one long line of keys (HCL-JSON)',
    n: 3000,
    make: (n) => ({ path: 'line.hcl', text: `{"Kind": "service-defaults", "Name": "line", "Meta": {${range(n).map((i) => `"k${i}": "v"`).join(', ')}}}` }),
  },
  {
    name: 'HCL repeated blocks and keys (HCL v1 merges them)',
    n: 1500,
    make: (n) => ({
      path: 'repeated.hcl',
      text: `Kind = "service-intentions"\nName = "api"\n${range(n).map((i) => `Sources {\n  Name = "s${i}"\n  Action = "allow"\n}\nMeta {\n  k${i % 10} = "v"\n}\nx = ${i}\n`).join('')}`,
    }),
  },
  {
    name: 'HCL heredocs, comments and strings with escapes',
    n: 1000,
    make: (n) => ({
      path: 'mixed.hcl',
      text: `Kind = "service-defaults"\nName = "mixed"\nMeta {\n${range(n).map((i) => `  # comment ${i}\n  /* block ${i} */ h${i} = <<EOT\n  line ${i}\n  EOT\n  e${i} = "\\u0041\\t\\"${i}"\n`).join('')}}\n`,
    }),
  },
  {
    name: 'YAML merge keys in many maps',
    n: 800,
    make: (n) => ({
      path: 'merge.yaml',
      text: `apiVersion: consul.hashicorp.com/v1alpha1\nkind: ServiceIntentions\nmetadata:\n  name: api\nspec:\n  destination:\n    name: api\n  defaults: &d {action: allow, description: x}\n  sources:\n${range(n).map((i) => `    - <<: *d\n      name: s${i}\n`).join('')}`,
    }),
  },
  {
    name: 'lone-CR line breaks',
    n: 3000,
    make: (n) => ({ path: 'cr.hcl', text: `Kind = "service-defaults"\rName = "cr"\rMeta {\r${range(n).map((i) => `  k${i} = "v${i}"`).join('\r')}\r}\r` }),
  },
];

// Timing runs take half a minute: `npm run test:slow` (CI) runs them, `npm test` says it skips them.
if (process.env.MTLS_LINT_SLOW !== '1') console.warn('skipping the scaling runs (time proportional to size): npm run test:slow runs them');

describe.skipIf(process.env.MTLS_LINT_SLOW !== '1')('time proportional to size', () => {
  for (const s of SHAPES) {
    it(s.name, () => {
      const small = [s.make(s.n)].flat();
      const large = [s.make(8 * s.n)].flat();
      best(small, 1); // warm up
      const t1 = best(small, 3);
      const t8 = best(large, 2);
      const size = (files: SourceFile[]) => files.reduce((n, f) => n + f.text!.length, 0);
      console.log(`[scaling] ${s.name}: ${size(small)} B ${t1.toFixed(0)} ms → ${size(large)} B ${t8.toFixed(0)} ms (×${(t8 / Math.max(t1, 1)).toFixed(1)})`);
      // Linear is ×8; allow noise and GC up to ×24 (quadratic is ×64), plus a floor for tiny times.
      expect(t8).toBeLessThan(24 * Math.max(t1, 25));
    });
  }
});
