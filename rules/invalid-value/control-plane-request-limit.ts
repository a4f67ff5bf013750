/**
 * control-plane-request-limit: its `Mode` is the rate-limit mode (permissive, enforcing,
 * disabled), not mTLS. Consul CE's `RateLimitIPConfigEntry.Validate` accepts anything
 * (agent/structs/config_entry_rate_limit_ip.go), so HCL/JSON are not checked; the consul-k8s
 * webhook (controlplanerequestlimit_types.go) requires one of the three modes (empty
 * included), readRate ≥ 0 and writeRate > 0 at the top level and in each category set.
 */
import type { NObject } from '../../src/model/decode.js';
import { fieldAt, fld, num, str, sub, type Checker } from './context.js';
import { fix, webhook } from './messages.js';

const MODES = ['permissive', 'enforcing', 'disabled'];
const CATEGORIES: [string, string][] = [
  ['ACL', 'acl'],
  ['Catalog', 'catalog'],
  ['ConfigEntry', 'configEntry'],
  ['ConnectCA', 'connectCA'],
  ['Coordinate', 'coordinate'],
  ['DiscoveryChain', 'discoveryChain'],
  ['Health', 'health'],
  ['Intention', 'intention'],
  ['KV', 'kv'],
  ['Tenancy', 'tenancy'],
  ['PreparedQuery', 'preparedQuery'],
  ['Session', 'session'],
  ['Txn', 'txn'],
];

export function checkControlPlaneRequestLimit(c: Checker): void {
  if (!c.crd) return;
  const root = c.entry.root;
  const specAt = c.entry.crd?.spec ? c.entry.at(c.entry.crd.spec.range, 'spec') : c.entry.location;
  const mode = str(root, 'Mode') ?? '';
  if (!MODES.includes(mode)) {
    const f = fld(root, 'Mode');
    c.webhook(f ? fieldAt(c.entry, f) : specAt, webhook.invalid('spec.mode', mode, 'mode must be one of: permissive, enforcing, disabled'), fix.oneOf(MODES));
  }
  checkRates(c, root, 'spec', specAt);
  for (const [name, crdName] of CATEGORIES) {
    const f = fld(root, name);
    const o = sub(root, name);
    if (f && o) checkRates(c, o, `spec.${crdName}`, fieldAt(c.entry, f));
  }
}

function checkRates(c: Checker, o: NObject, path: string, fallback: ReturnType<typeof fieldAt> | typeof c.entry.location): void {
  const read = num(o, 'ReadRate') ?? 0;
  const write = num(o, 'WriteRate') ?? 0;
  const at = (field: string) => {
    const f = fld(o, field);
    return f ? fieldAt(c.entry, f) : fallback;
  };
  if (read < 0) c.webhook(at('ReadRate'), webhook.invalid(`${path}.readRate`, read, 'readRate must be >= 0'), 'use 0 or a positive rate');
  if (write <= 0) c.webhook(at('WriteRate'), webhook.invalid(`${path}.writeRate`, write, 'writeRate must be > 0'), 'set a positive writeRate');
}
