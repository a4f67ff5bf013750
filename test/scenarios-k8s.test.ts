/**
 * The Kubernetes onboarding fixture (fixtures/k8s-onboarding) and variants of it: each
 * variant changes one manifest the way an engineer would during the onboarding, and the
 * rules that read the workload facts follow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { createInputs, DEFAULT_INPUTS } from '../src/inputs.js';
import { lintSources, type ModelInput } from '../src/lint.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/k8s-onboarding');

function fixture(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const d of readdirSync(path.join(DIR, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(p);
      else if (p.endsWith('.yaml') || p.endsWith('.tf')) out[p] = readFileSync(path.join(DIR, p), 'utf8');
    }
  };
  walk('');
  return out;
}

function lint(files: Record<string, string>, inputs: readonly ModelInput[] = DEFAULT_INPUTS) {
  const run = lintSources(
    Object.entries(files).map(([p, text]) => ({ path: p, text })),
    { today: '2026-01-15', rules: RULES, inputs },
  );
  return {
    run,
    ids: run.result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.range.start.line}`),
  };
}

function edit(files: Record<string, string>, file: string, from: string, to: string): Record<string, string> {
  const text = files[file]!;
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  return { ...files, [file]: text.replace(from, to) };
}

describe('k8s-onboarding fixture', () => {
  const base = fixture();

  it('reads every workload with its facts', () => {
    const { run } = lint(base);
    const view = run.model.workloads.map(
      (w) => `${w.label} ns=${w.k8sNamespace} svc=${w.services.join(',')}(${w.serviceSource}) injected=${w.injected}(${w.injectedSource}) tproxy=${w.transparentProxy}(${w.transparentProxySource}) up=${w.upstreams.map((u) => u.service).join(',')}`,
    );
    expect(view).toEqual([
      'Deployment/frontend ns=shop svc=frontend(kubernetes-service) injected=true(annotation) tproxy=true(helm) up=products-api',
      'Deployment/orders ns=shop svc=orders(kubernetes-service) injected=true(annotation) tproxy=true(helm) up=',
      'Deployment/payments ns=legacy svc=payments(kubernetes-service) injected=true(annotation) tproxy=false(namespace-label) up=',
      'Deployment/products-api ns=shop svc=products-api(kubernetes-service) injected=true(annotation) tproxy=true(helm) up=',
      'CronJob/reports ns=shop svc=reports(workload-name) injected=false(annotation) tproxy=true(helm) up=',
    ]);
    expect(run.model.entries.filter((e) => e.origin === 'terraform').map((e) => `${e.kind}/${e.name}`)).toEqual(['service-defaults/frontend']);
    expect(run.result.files.filter((f) => f.status !== 'linted')).toEqual([]);
  });

  it('the explicit upstream from frontend stands in for an intention to products-api', () => {
    expect(lint(base).ids.filter((i) => i.startsWith('permissive-without-intentions'))).toEqual([]);
    const without = edit(base, 'k8s/frontend.yaml', '        consul.hashicorp.com/connect-service-upstreams: "products-api:9090"\n', '');
    expect(lint(without).ids.filter((i) => i.startsWith('permissive-without-intentions'))).toEqual([
      'permissive-without-intentions consul/service-defaults.yaml:10',
    ]);
  });

  it('annotating the payments pods with transparent-proxy: "true" clears the namespace label finding', () => {
    const before = lint(base).ids.filter((i) => i.startsWith('permissive-requires-transparent-proxy'));
    // At the payments service's MutualTLSMode; the namespace label is its related location.
    expect(before).toEqual(['permissive-requires-transparent-proxy consul/service-defaults.yaml:18']);
    const fixed = edit(
      base,
      'k8s/payments.yaml',
      '        consul.hashicorp.com/connect-inject: "true"\n',
      '        consul.hashicorp.com/connect-inject: "true"\n        consul.hashicorp.com/transparent-proxy: "true"\n',
    );
    expect(lint(fixed).ids.filter((i) => i.startsWith('permissive-requires-transparent-proxy'))).toEqual([]);
  });

  it('injecting the reports CronJob puts the service in the mesh', () => {
    const fixed = edit(base, 'k8s/reports-cronjob.yaml', 'connect-inject: "false"', 'connect-inject: "true"');
    const ids = lint(fixed).ids;
    expect(ids.filter((i) => i.startsWith('permissive-service-not-in-mesh'))).toEqual([]);
  });

  it('Helm connectInject.transparentProxy.defaultEnabled: false turns every pod without its own annotation off', () => {
    const off = edit(base, 'helm/consul-values.yaml', 'defaultEnabled: true', 'defaultEnabled: false');
    expect(lint(off).ids.filter((i) => i.startsWith('permissive-requires-transparent-proxy'))).toEqual([
      // products-api now runs without transparent proxy (the Helm value related); payments keeps its namespace label.
      'permissive-requires-transparent-proxy consul/service-defaults.yaml:10',
      'permissive-requires-transparent-proxy consul/service-defaults.yaml:18',
    ]);
  });

  it('the values file can be named in configuration instead (createInputs hook)', () => {
    const renamed: Record<string, string> = { ...base, 'helm/consul.yaml': 'server:\n  replicas: 3\n' };
    // Without the hook, a file with neither connectInject nor global is not Helm values.
    expect(lint(renamed).run.model.workloads[0]!.helmValues).toEqual(['helm/consul-values.yaml']);
    const hooked = lint(renamed, createInputs({ helmValues: (p) => p === 'helm/consul.yaml' }));
    expect(hooked.run.model.workloads[0]!.helmValues).toEqual(['helm/consul-values.yaml', 'helm/consul.yaml']);
  });
});
