/** The inputs beyond config entries that add facts to the model (workloads, Helm, Terraform). */
import type { ModelInput } from './lint.js';

export const DEFAULT_INPUTS: readonly ModelInput[] = [];
