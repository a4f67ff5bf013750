/**
 * The JSON Schema of `.mtls-lint.yaml`, shipped as schema/mtls-lint.schema.json so that
 * editors complete and check the file (YAML language server:
 * `# yaml-language-server: $schema=./node_modules/mtls-lint/schema/mtls-lint.schema.json`).
 * Built from the same lists the validator uses and the rule registry, so nothing is
 * listed twice; test/config/schema.test.ts keeps the shipped file equal to this.
 */
import { EXCEPTION_KEYS, FACT_KEYS, PHASES, SCOPE_KEYS, SERVICE_KEYS, SEVERITY_SETTINGS } from './validate.js';

export const SCHEMA_ID = 'https://github.com/mtls-lint/mtls-lint/schema/mtls-lint.schema.json';

export function configJsonSchema(ruleIds: readonly string[]): Record<string, unknown> {
  const ids = [...ruleIds].sort();
  const nonEmpty = { type: 'string', minLength: 1 };
  const ruleId = { type: 'string', enum: ids };
  const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' };
  const scopeHint: Record<string, unknown> = {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: Object.fromEntries(SCOPE_KEYS.map((k) => [k, { ...nonEmpty, description: `The ${k} of the files under this glob (unless an entry sets its own)` }])),
  };
  const facts: Record<string, unknown> = {
    type: 'object',
    additionalProperties: false,
    properties: {
      [FACT_KEYS[0]]: { type: 'boolean', description: 'The live mesh entry of this scope has AllowEnablingPermissiveMutualTLS = true' },
      [FACT_KEYS[1]]: { enum: ['allow', 'deny'], description: 'The default intention policy (ACL default policy) of the cluster' },
      [FACT_KEYS[2]]: { type: 'boolean', description: "Helm's connectInject.transparentProxy.defaultEnabled" },
    },
  };
  const service = {
    oneOf: [
      { ...nonEmpty, description: 'The service name (any partition and namespace)' },
      {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: Object.fromEntries(SERVICE_KEYS.map((k) => [k, nonEmpty])),
      },
    ],
  };
  const exception = {
    type: 'object',
    additionalProperties: false,
    required: ['rule', 'reason'],
    anyOf: [{ required: ['path'] }, { required: ['service'] }],
    properties: {
      [EXCEPTION_KEYS[0]]: { oneOf: [ruleId, { type: 'array', items: ruleId, minItems: 1 }], description: 'The rule (or rules) the exception covers' },
      [EXCEPTION_KEYS[1]]: { ...nonEmpty, description: 'Glob of the files it covers, relative to this file' },
      [EXCEPTION_KEYS[2]]: { ...service, description: 'The service it covers' },
      [EXCEPTION_KEYS[3]]: { ...nonEmpty, description: 'Why this is acceptable (shown as the SARIF justification)' },
      [EXCEPTION_KEYS[4]]: { ...date, description: 'From this date on the exception no longer applies (YYYY-MM-DD)' },
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'mtls-lint configuration (.mtls-lint.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      phase: { enum: [...PHASES], description: 'onboarding (default) or enforce (the "re-secure the mesh" step)' },
      rules: {
        type: 'object',
        description: 'Rule severities',
        propertyNames: ruleId,
        additionalProperties: { enum: [...SEVERITY_SETTINGS] },
      },
      include: { type: 'array', items: nonEmpty, minItems: 1, description: 'Globs of the files to lint (default: every .hcl, .json, .yaml, .yml, .tf file)' },
      exclude: { type: 'array', items: nonEmpty, description: 'Globs of files not to lint' },
      scopes: {
        type: 'object',
        description: 'Glob → the partition, namespace or datacenter of the files under it',
        additionalProperties: scopeHint,
      },
      targets: {
        type: 'object',
        description: 'Deployment targets: name → what is applied together to one Consul cluster (default: inferred)',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { type: 'array', items: nonEmpty, minItems: 1, description: 'Globs of the files applied to this cluster' },
            datacenter: { ...nonEmpty, description: 'The datacenter of the cluster' },
            partition: { ...nonEmpty, description: 'The admin partition of entries that do not name one' },
            kubeContext: { ...nonEmpty, description: 'The kubectl context the files are applied with' },
            clusterFacts: {
              type: 'object',
              description: 'Cluster facts of this target, per scope',
              propertyNames: { pattern: '^(\\*|[^/\\s]+(/[^/\\s]+)?)$' },
              additionalProperties: facts,
            },
          },
        },
      },
      clusterFacts: {
        type: 'object',
        description: 'What the repository cannot show, per scope ("*", "<partition>" or "<datacenter>/<partition>")',
        propertyNames: { pattern: '^(\\*|[^/\\s]+(/[^/\\s]+)?)$' },
        additionalProperties: facts,
      },
      helmValues: { type: 'array', items: nonEmpty, description: "Globs of files that are the consul chart's Helm values, whatever their keys" },
      exceptions: { type: 'array', items: exception, description: 'Findings accepted for a reason, optionally until a date' },
    },
  };
}
