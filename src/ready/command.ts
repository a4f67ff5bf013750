/**
 * `mtls-lint ready [paths]`: which permissive services of the repository can go strict,
 * judged from the plaintext connections their sidecars accepted over a window — from
 * Prometheus or from saved Envoy admin snapshots. Exit codes as `status`: 0 (with `--check`,
 * 0 only when every permissive service is ready), 1 with `--check` otherwise, 2 for usage,
 * configuration or metrics-source errors.
 */
import path from 'node:path';
import { runSubcommand } from '../args.js';
import { formatConfigProblems, OptionError } from '../config/cli-options.js';
import { relToConfig } from '../config/projects.js';
import { lint, todayUtc } from '../index.js';
import { buildStatus } from '../status/inventory.js';
import { writeFileCreatingFolder, WriteRefused } from '../write.js';
import { parseDuration, showDuration, type ConnectionData } from './connections.js';
import { EnvoyStatsError, fromSnapshots, readSnapshot } from './envoy-stats.js';
import { PrometheusError, queryPrometheus, readPem } from './prometheus.js';
import { renderReady, READY_FORMATS, type ReadyFormat } from './render.js';
import { applyEdits, plannedEdits, unifiedDiff, writeFixes } from './fix.js';
import { buildReady } from './verdict.js';
import { readAccessLog } from './access-log.js';

const HELP = `Usage: mtls-lint ready (--prometheus <url> | --envoy-stats <file>...) [options] [paths...]

For every permissive service of the repository (per target and partition): ready (no
plaintext connection over the window, and the metrics cover it), not ready (how many, last
seen), or no data — and whether the mesh can be re-secured.

Metrics:
      --prometheus <url>                  Prometheus base URL (one query per run)
      --prometheus-token-env <VAR>        send the bearer token held in this environment variable
                                          (default MTLS_LINT_PROMETHEUS_TOKEN, when set)
      --prometheus-ca-file <file>         CA bundle (PEM) for an https URL
      --prometheus-cert-file <file>       client certificate (PEM), with --prometheus-key-file
      --prometheus-key-file <file>
      --prometheus-insecure-skip-verify   do not verify the server certificate
      --timeout <duration>                per attempt (default 30s; 2 retries on network errors and 5xx)
      --envoy-stats <[svc=]file>          an Envoy admin /stats/prometheus or /stats snapshot;
                                          two per proxy, a window apart; repeatable
      --access-log <[ns/]svc=file>        the service's sidecar access log (Consul's default JSON
                                          format): names the clients of plaintext connections;
                                          repeatable
      --window <duration>                 default 7d (Prometheus durations: 36h, 2w)
      --at <time>                         the window's end (ISO 8601 or Unix seconds; default now)

Options:
  -f, --format <name>        text (default), markdown or json
  -o, --output-file <file>   write the report to a file instead of standard output
      --check                exit 1 unless every permissive service is ready
      --fix                  set MutualTLSMode = "strict" where the service-defaults of a ready
                             service says "permissive" (formatting and comments kept)
      --fix-dry-run          print those changes as a unified diff instead of writing them
      --config <file>        use this config file instead of the nearest .mtls-lint.yaml
  -h, --help                 print this help and exit
`;

export interface ReadyIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

function parseAt(s: string | undefined): number {
  if (s === undefined) return Math.floor(Date.now() / 1000);
  if (/^\d{9,11}(\.\d+)?$/.test(s)) return Math.floor(Number(s));
  const t = /^\d{4}-\d{2}-\d{2}T/.test(s) ? Date.parse(s) : NaN;
  if (Number.isNaN(t)) throw new OptionError(`--at must be an ISO 8601 time (2026-12-05T10:00:00Z) or Unix seconds, not "${s}"`);
  return Math.floor(t / 1000);
}

/** The options parseArgs reads; named again in the one-line message for a wrong one. */
const OPTIONS = {
  prometheus: { type: 'string' },
  'prometheus-token-env': { type: 'string' },
  'prometheus-ca-file': { type: 'string' },
  'prometheus-cert-file': { type: 'string' },
  'prometheus-key-file': { type: 'string' },
  'prometheus-insecure-skip-verify': { type: 'boolean' },
  timeout: { type: 'string' },
  'envoy-stats': { type: 'string', multiple: true },
  'access-log': { type: 'string', multiple: true },
  window: { type: 'string' },
  at: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  check: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runReady(argv: string[], io: ReadyIo): Promise<number> {
  return runSubcommand('mtls-lint ready', argv, io, OPTIONS, HELP, [OptionError, WriteRefused, PrometheusError, EnvoyStatsError], async (args) => {
    const o = args.values;
    const format = (o.format ?? 'text') as ReadyFormat;
    if (!READY_FORMATS.includes(format)) throw new OptionError(`unknown format "${o.format}" (${READY_FORMATS.join(', ')})`);
    const windowSeconds = parseDuration(o.window ?? '7d');
    if (windowSeconds === undefined) throw new OptionError(`--window must be a duration such as 7d, 36h or 1h30m (at most a year), not "${o.window}"`);
    const timeout = parseDuration(o.timeout ?? '30s');
    if (timeout === undefined) throw new OptionError(`--timeout must be a duration such as 30s or 2m, not "${o.timeout}"`);
    const stats = o['envoy-stats'] ?? [];
    if ((o.prometheus === undefined) === (stats.length === 0)) throw new OptionError('give either --prometheus <url> or --envoy-stats <file>...');
    let token: string | undefined;
    let tokenFrom: string | undefined;
    if (o.prometheus !== undefined) {
      let u: URL;
      try {
        u = new URL(o.prometheus);
      } catch {
        throw new OptionError(`--prometheus must be a URL (http://prometheus:9090), not "${o.prometheus}"`);
      }
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new OptionError(`--prometheus must be an http or https URL, not ${u.protocol}`);
      tokenFrom = o['prometheus-token-env'] ?? 'MTLS_LINT_PROMETHEUS_TOKEN';
      token = io.env[tokenFrom]?.trim() || undefined;
      if (o['prometheus-token-env'] !== undefined && token === undefined) throw new OptionError(`--prometheus-token-env ${tokenFrom}: that environment variable is not set or empty`);
      if ((o['prometheus-cert-file'] === undefined) !== (o['prometheus-key-file'] === undefined)) {
        throw new OptionError('--prometheus-cert-file and --prometheus-key-file go together');
      }
    }
    const end = parseAt(o.at);
    const window = showDuration(windowSeconds);

    const run = await lint({ cwd: io.cwd, paths: args.positionals, today: todayUtc(), configFile: o.config, rules: [] });
    if (run.configProblems.length > 0) {
      io.stderr(formatConfigProblems(run.configProblems));
      return 2;
    }
    if (run.missing.length > 0) throw new OptionError(`no such file or directory: ${run.missing.join(', ')}`);
    const status = buildStatus(
      run.projects.map((p) => ({
        model: p.run.model,
        targets: p.run.targets.map((t) => ({ name: t.target.name, model: t.model })),
        normalized: p.run.normalized,
        config: p.config.path ? p.config : undefined,
        relToConfig: relToConfig(p.config, io.cwd),
      })),
      todayUtc(),
    );

    let data: ConnectionData;
    if (o.prometheus !== undefined) {
      data = await queryPrometheus({
        url: o.prometheus,
        windowSeconds,
        end,
        token,
        tokenFrom,
        ca: readPem(o['prometheus-ca-file'] && path.resolve(io.cwd, o['prometheus-ca-file']), '--prometheus-ca-file'),
        cert: readPem(o['prometheus-cert-file'] && path.resolve(io.cwd, o['prometheus-cert-file']), '--prometheus-cert-file'),
        key: readPem(o['prometheus-key-file'] && path.resolve(io.cwd, o['prometheus-key-file']), '--prometheus-key-file'),
        insecureSkipVerify: o['prometheus-insecure-skip-verify'] === true,
        timeoutMs: timeout * 1000,
        retries: 2,
      });
    } else {
      data = fromSnapshots(stats.map((s) => readSnapshot(s, io.cwd)), windowSeconds);
    }
    const accessLogs = (o['access-log'] ?? []).map((a) => readAccessLog(a, io.cwd, data.end - data.windowSeconds, data.end));
    const report = buildReady(status, data, window, accessLogs);
    let diff: string | undefined;
    if (o.fix || o['fix-dry-run']) {
      const models = run.projects.flatMap((p) => (p.run.targets.length > 0 ? p.run.targets.map((t) => t.model) : [p.run.model]));
      const { edits, skipped } = plannedEdits(report, models);
      const applied = applyEdits(edits, run.projects.flatMap((p) => p.run.normalized), io.cwd);
      report.fixes = [...applied.outcomes, ...skipped].sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.column - b.column));
      if (o['fix-dry-run']) diff = unifiedDiff(applied.changed);
      else writeFixes(applied.changed, io.cwd);
    }
    const text = renderReady(format, report);
    if (o['output-file'] !== undefined) writeFileCreatingFolder(path.resolve(io.cwd, o['output-file']), text, io.cwd);
    // A dry run's standard output is the diff alone, for `git apply`.
    else if (diff === undefined) io.stdout(text);
    if (diff !== undefined) io.stdout(diff);
    if (o.check && !report.canResecure) {
      io.stderr(`mtls-lint ready: not every permissive service is ready (${report.counts['not-ready']} not ready, ${report.counts['no-data']} without data)\n`);
      return 1;
    }
    return 0;
  });
}
