/**
 * Exceptions are looked up, not tried one by one: a pull request's `.mtls-lint.yaml` can hold
 * tens of thousands (20,000 exceptions on 300 files took 34 s when every finding tried every
 * exception). The bound is on work done (glob matches counted), not on time.
 */
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/config/glob.js';
import type { ExceptionRule } from '../../src/config/types.js';
import { applyExceptions } from '../../src/engine/exceptions.js';
import type { Finding } from '../../src/engine/finding.js';

const at = (file: string) => ({ file, range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } });

function finding(file: string, name: string, ruleId = 'permissive-mtls'): Finding {
  return { ruleId, severity: 'warning', message: 'm', location: at(file), related: [], subject: `service-defaults/default/default/${name}#MutualTLSMode` };
}

/** An exception whose path matcher counts its calls. */
function exception(rules: string[], opts: { path?: string; service?: string; expires?: string }, counter: { calls: number }, reason = 'r'): ExceptionRule {
  const inner = opts.path === undefined ? undefined : compileGlob(opts.path);
  return {
    rules,
    ...(opts.path === undefined ? {} : { path: opts.path, matchesPath: (p: string) => (counter.calls++, inner!(p)) }),
    ...(opts.service === undefined ? {} : { service: { name: opts.service } }),
    ...(opts.expires === undefined ? {} : { expires: opts.expires }),
    reason,
    location: at('.mtls-lint.yaml'),
  };
}

const options = { today: '2026-01-15', relToConfig: (f: string) => f, severityOf: () => 'error' as const };
const reasons = (fs: Finding[]) => fs.map((f) => `${f.location.file} ${f.subject.split('#')[0]!.split('/')[3]} ${(f.suppressions ?? []).map((s) => s.justification).join('|')}`);

describe('exception lookup', () => {
  it('20,000 path and service exceptions on 300 findings: a few path matches per finding', () => {
    const counter = { calls: 0 };
    const exceptions: ExceptionRule[] = [];
    for (let i = 0; i < 10_000; i++) exceptions.push(exception(['permissive-mtls'], { path: `consul/team-${i}/svc.hcl` }, counter, `p${i}`));
    for (let i = 0; i < 10_000; i++) exceptions.push(exception(['permissive-mtls'], { service: `svc-${i}` }, counter, `s${i}`));
    const findings = Array.from({ length: 300 }, (_, i) => finding(`consul/team-${i * 7}/svc.hcl`, `svc-${i * 3}`));
    const out = applyExceptions(findings, exceptions, options);
    expect(out.every((f) => f.suppressions?.length === 2)).toBe(true);
    expect(out[5]!.suppressions!.map((s) => s.justification)).toEqual(['p35', 's15']);
    // Every finding against every path exception: 3,000,000 matches.
    expect(counter.calls).toBeLessThanOrEqual(300);
  });

  it('suppresses exactly what trying every exception suppresses, in config order', () => {
    const counter = { calls: 0 };
    const exceptions = [
      exception(['permissive-mtls'], { path: 'consul/**' }, counter, 'wild'),
      exception(['permissive-mtls'], { path: './consul/a' }, counter, 'folder'),
      exception(['permissive-mtls', 'permissive-mtls'], { path: 'consul/a/x.hcl' }, counter, 'file'),
      exception(['permissive-mtls'], { path: 'consul/a/x.hcl', service: 'other' }, counter, 'path-and-other-service'),
      exception(['permissive-mtls'], { path: 'consul/a/', service: 'x' }, counter, 'path-and-service'),
      exception(['other-rule'], { path: 'consul/a/x.hcl' }, counter, 'other-rule'),
      exception(['permissive-mtls'], { path: 'Consul/a/x.hcl' }, counter, 'case'),
      exception(['permissive-mtls'], { path: 'consul/a/x' }, counter, 'prefix-not-folder'),
      exception(['permissive-mtls'], { service: 'x', expires: '2026-01-01' }, counter, 'expired'),
    ];
    const out = applyExceptions([finding('consul/a/x.hcl', 'x'), finding('consul/ab/x.hcl', 'y'), finding('../consul/a/x.hcl', 'z')], exceptions, options);
    expect(reasons(out)).toEqual([
      'consul/a/x.hcl x wild|folder|file|path-and-service',
      'consul/ab/x.hcl y wild',
      '../consul/a/x.hcl z ',
      '.mtls-lint.yaml undefined ',
    ]);
    expect(out[3]!.message).toMatch(/on service "x" \("expired"\) expired on 2026-01-01: the finding it covered counts again/);
  });
});
