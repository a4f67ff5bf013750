/**
 * The inputs beyond config entries that add facts to the model: Kubernetes workloads,
 * Namespaces and Services, and the consul chart's Helm values (src/model/kubernetes.ts,
 * src/model/helm.ts). Terraform `consul_config_entry` resources are config entries and join
 * the model through normalization (src/model/terraform.ts), not here.
 */
import type { ModelInput } from './lint.js';
import { collectWorkloads, type KubernetesInputOptions } from './model/kubernetes.js';
import { ecsWorkloads } from './model/ecs.js';
import { nomadWorkloads } from './model/nomad.js';
import { registrationWorkloads } from './model/registrations.js';

export type InputOptions = KubernetesInputOptions;

/** The Kubernetes + Helm input. */
export function kubernetesInput(opts: KubernetesInputOptions = {}): ModelInput {
  return {
    collect: (parsed, normalized, ctx) => collectWorkloads(parsed, normalized, ctx, opts),
  };
}

/**
 * Nomad job files, Consul agent service registrations and consul-ecs mesh-task modules in
 * Terraform: each service with a Consul sidecar, and whether its proxy is transparent.
 */
export function nomadInput(): ModelInput {
  return {
    collect: (parsed, _normalized, ctx) =>
      parsed.flatMap((f) => {
        const hint = ctx.scopeOf?.(f.path) ?? {};
        return [...nomadWorkloads(f, hint), ...registrationWorkloads(f, hint), ...ecsWorkloads(f, hint)];
      }),
  };
}

/**
 * The inputs for a run. The configuration hooks in here: pass `helmValues` to treat the
 * files it names as consul Helm values (e.g. a values file without `connectInject` or
 * `global`), and hand the result to `lint({ inputs })` / `lintSources(…, { inputs })`.
 */
export function createInputs(opts: InputOptions = {}): readonly ModelInput[] {
  return [kubernetesInput(opts), nomadInput()];
}

export const DEFAULT_INPUTS: readonly ModelInput[] = createInputs();
