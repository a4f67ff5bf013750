/**
 * A WAN-federated secondary's bootstrap entries are written by no server (hashicorp/consul
 * agent/consul/leader.go Server.bootstrapConfigEntries: "only bootstrap in the primary
 * datacenter"): the run says so where a reader of its JSON or SARIF output sees it, at the entry.
 */
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/lint.js';
import { RULES } from '../../rules/index.js';
import { formatJson } from '../../src/format/json.js';
import { formatSarif } from '../../src/format/sarif.js';
import { schemaErrors } from './sarif-check.js';

const agent = (datacenter: string, primary: string) =>
  `datacenter = "${datacenter}"\nprimary_datacenter = "${primary}"\nserver = true\nconfig_entries {\n  bootstrap {\n    kind = "proxy-defaults"\n    name = "global"\n  }\n}\n`;

const REASON =
  'bootstrapped by a server of datacenter "dc2", whose primary_datacenter is "dc1": Consul bootstraps config entries only in the primary datacenter, so this entry is never written';

describe('entries Consul never writes', () => {
  const { result } = lintSources(
    [
      { path: 'conf/dc1s1.hcl', text: agent('dc1', 'dc1') },
      { path: 'conf/dc2s1.hcl', text: agent('dc2', 'dc1') },
    ],
    { rules: RULES, today: '2026-01-15' },
  );

  it('JSON: files[].notApplied at the entry\'s kind, only for the secondary', () => {
    const json = JSON.parse(formatJson(result));
    const byPath = new Map(json.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath.get('conf/dc2s1.hcl')).toEqual({
      path: 'conf/dc2s1.hcl',
      status: 'linted',
      format: 'hcl',
      entries: 1,
      notApplied: [{ entry: 'proxy-defaults "global"', reason: REASON, line: 6, column: 5, endLine: 6, endColumn: 28 }],
    });
    expect(byPath.get('conf/dc1s1.hcl')).not.toHaveProperty('notApplied');
    expect(json.findings).toEqual([]);
  });

  it('SARIF: a not-applied notification, schema-valid', () => {
    const sarif = JSON.parse(formatSarif(result));
    expect(schemaErrors(sarif)).toEqual([]);
    const run = sarif.runs[0];
    const notes = run.invocations[0].toolExecutionNotifications.filter((n: { descriptor: { id: string } }) => n.descriptor.id === 'not-applied');
    expect(notes).toEqual([
      {
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'conf/dc2s1.hcl', uriBaseId: '%SRCROOT%' },
              region: { startLine: 6, startColumn: 5, endLine: 6, endColumn: 28 },
            },
          },
        ],
        message: { text: `proxy-defaults "global" is ${REASON}; it was compared with no other entry.` },
        level: 'note',
        descriptor: { id: 'not-applied', index: 4 },
      },
    ]);
    expect(run.tool.driver.notifications.map((n: { id: string }) => n.id)).toContain('not-applied');
  });
});
