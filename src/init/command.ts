/**
 * `mtls-lint init [paths]`: writes a commented `.mtls-lint.yaml` for this repository, with the
 * deployment targets mtls-lint infers (src/targets/) written out as declared targets a user can
 * check and correct, and the cluster facts a first run may need left commented — so the first
 * run on a real repository is quiet where it should be. An existing config is never replaced
 * without `--force`; `--stdout` prints instead of writing.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { runSubcommand } from '../args.js';
import { OptionError } from '../config/cli-options.js';
import { lint, todayUtc } from '../index.js';
import type { Target } from '../targets/index.js';
import { writeFileCreatingFolder, WriteRefused } from '../write.js';

const HELP = `Usage: mtls-lint init [options] [paths...]

Write a commented .mtls-lint.yaml in the current folder: the phase, the deployment targets
mtls-lint infers for this repository (what is applied together to one Consul cluster) written
out so you can check and correct them, and the cluster facts a first run may need, commented.

Options:
      --stdout     print the configuration instead of writing it
      --force      replace an existing .mtls-lint.yaml
  -h, --help       print this help and exit
`;

const OPTIONS = {
  stdout: { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const CONFIG_NAME = '.mtls-lint.yaml';

/** A path as a glob that matches only it: glob characters in a class of their own. */
function literalGlob(p: string): string {
  return p.replace(/[*?[\]{}]/g, (c) => `[${c}]`);
}

/** A YAML double-quoted scalar (JSON's string syntax is YAML's). */
const q = (s: string): string => JSON.stringify(s);

/** The folder a target was inferred from, when its name is one (variant folder, root module, overlay). */
function folderOf(t: Target): string | undefined {
  return t.origin === 'variant-folder' || t.origin === 'terraform-root' || t.origin === 'kustomize' ? (t.name === '.' ? '' : t.name) : undefined;
}

/** A target's files as globs: its folder as `<folder>/**`, every file outside it by name. */
export function targetGlobs(t: Target): string[] {
  const folder = folderOf(t);
  const under = (f: string) => folder !== undefined && (folder === '' || f.startsWith(`${folder}/`));
  const globs = folder !== undefined && t.files.some(under) ? [folder === '' ? '**' : `${literalGlob(folder)}/**`] : [];
  for (const f of t.files) if (!under(f)) globs.push(literalGlob(f));
  return globs;
}

/** A key for the target: its folder's last names, as YAML keys are read back. */
function keyOf(t: Target, taken: Set<string>): string {
  const base = t.name.replace(/ \(provider consul\.([^)]+)\)$/, '-$1').replace(/[^A-Za-z0-9._/-]+/g, '-').replace(/\//g, '-').replace(/^-+|-+$/g, '') || 'cluster';
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  taken.add(key);
  return key;
}

const FACTS_COMMENT = [
  '    # clusterFacts:            # what the repository cannot show about this live cluster',
  '    #   "*":                   # every partition; or a partition name',
  '    #     meshAllowsPermissive: true       # its mesh entry has AllowEnablingPermissiveMutualTLS = true',
  '    #     transparentProxyDefault: true    # Helm connectInject.transparentProxy.defaultEnabled',
  '    #     defaultIntentionPolicy: deny     # the ACL default policy',
];

export function renderConfig(targets: readonly Target[], today: string): string {
  const lines = [
    `# mtls-lint configuration, written by \`mtls-lint init\` on ${today}.`,
    '# Every key: docs/configuration.md (https://github.com/mtls-lint/mtls-lint/blob/main/docs/configuration.md).',
    '',
    '# onboarding while services are moved into the mesh in permissive mode; enforce for the',
    '# "re-secure the mesh" step, where permissive leftovers become errors.',
    'phase: onboarding',
    '',
  ];
  const several = targets.length > 1 || (targets.length === 1 && targets[0]!.origin !== 'repository');
  const expressible = targets.every((t) => t.provider === undefined || !t.files.some((f) => targets.some((o) => o !== t && o.files.includes(f))));
  if (!several) {
    lines.push(
      '# Deployment targets: what is applied together to one Consul cluster. mtls-lint found',
      '# nothing that suggests several clusters here, so the whole repository is one. If it holds',
      '# several (a folder per datacenter, environment or cloud), declare them:',
      '# targets:',
      '#   dc1:',
      '#     files: ["clusters/dc1/**", "shared/**"]',
      '#     datacenter: dc1',
      '#   dc2:',
      '#     files: ["clusters/dc2/**", "shared/**"]',
      '#     datacenter: dc2',
      '',
      '# What the repository cannot show about the live cluster (per partition, "*" for all):',
      '# clusterFacts:',
      '#   "*":',
      '#     meshAllowsPermissive: true       # its mesh entry has AllowEnablingPermissiveMutualTLS = true',
      '#     transparentProxyDefault: true    # Helm connectInject.transparentProxy.defaultEnabled',
      '#     defaultIntentionPolicy: deny     # the ACL default policy',
      '',
    );
    return `${lines.join('\n')}\n`;
  }
  const body: string[] = [];
  const taken = new Set<string>();
  targets.forEach((t, i) => {
    body.push(`  ${q(keyOf(t, taken))}:`);
    for (const why of t.reasons) body.push(`    # ${why.replace(/[\r\n\u2028\u2029]+/g, ' ')}`);
    body.push('    files:');
    for (const g of targetGlobs(t)) body.push(`      - ${q(g)}`);
    // The optional keys, said once.
    if (i === 0) body.push('    # datacenter: dc1          # the datacenter of its entries', '    # kubeContext: my-cluster  # the kubectl context it is applied with', ...FACTS_COMMENT);
  });
  lines.push(
    '# Deployment targets: what is applied together to one Consul cluster. Cross-file rules',
    '# (duplicates, the mesh entry that allows permissive, intentions, proxy-defaults inheritance)',
    '# reason within one target. These are the targets mtls-lint inferred (`mtls-lint targets`',
    '# says how); check them, rename, merge or split them as your clusters are.',
  );
  if (expressible) lines.push('targets:', ...body, '');
  else {
    lines.push(
      '# Some targets are provider aliases that share a file, which file globs cannot say: they are',
      '# left inferred. Uncomment to declare targets by files instead.',
      '# targets:',
      ...body.map((l) => `# ${l}`),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function runInit(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): Promise<number> {
  return runSubcommand('mtls-lint init', argv, io, OPTIONS, HELP, [OptionError, WriteRefused], async (args) => {
    const o = args.values;
    const file = path.join(io.cwd, CONFIG_NAME);
    if (!o.stdout && !o.force && existsSync(file)) throw new OptionError(`${CONFIG_NAME} already exists; --force replaces it, --stdout prints the new one`);
    // Inferred, as if there were no configuration yet.
    const run = await lint({ cwd: io.cwd, paths: args.positionals, today: todayUtc(), useConfigFiles: false, rules: [] });
    if (run.missing.length > 0) throw new OptionError(`no such file or directory: ${run.missing.join(', ')}`);
    const text = renderConfig(
      run.targets.map((t) => t.target),
      todayUtc(),
    );
    if (o.stdout) {
      io.stdout(text);
      return 0;
    }
    writeFileCreatingFolder(file, text, io.cwd);
    const n = run.targets.length;
    io.stdout(`wrote ${CONFIG_NAME}${n > 1 ? ` with ${n} deployment targets` : ''}; check it, then run mtls-lint\n`);
    return 0;
  });
}
