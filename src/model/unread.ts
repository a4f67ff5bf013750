/**
 * Config entries the repository holds in files that do not parse. A cross-file rule whose
 * premise is that an entry is missing (no mesh entry, no allow intention, no proxy-defaults)
 * asks here first, so its finding can say "the mesh entry in a/mesh.hcl could not be read"
 * rather than "the repository has no mesh entry".
 */
import type { SourceRange } from '../parse/located.js';
import type { Located } from './located-ref.js';
import type { PartitionScope } from './scope.js';
import { joinList } from '../suggest.js';

/** The kinds other entries' findings depend on. */
export type UnreadKind = 'mesh' | 'proxy-defaults' | 'service-defaults' | 'service-intentions';

/** One kind named in a file that failed to parse, and the first parse error. */
export interface UnreadEntry {
  kind: UnreadKind;
  /** The partition scope the file's path gives it (config scopes): its own Partition key is not readable. */
  scopeKey: string;
  range: SourceRange;
}

export interface UnreadFileEntry extends UnreadEntry {
  file: string;
}

/**
 * A pattern's source for a kind key given one of `names` (alternatives of a RegExp):
 * `Kind = "mesh"`, `"Kind": "mesh"`, `kind: Mesh` (HCL, JSON, Terraform, CRD YAML).
 */
export function kindAssignment(names: string): string {
  return `(^|[\\s{,"'])"?(kind|Kind|KIND)"?\\s*[:=]\\s*["']?(${names})["']?`;
}

const KIND_PATTERNS: ReadonlyArray<[UnreadKind, RegExp]> = (
  [
    ['mesh', 'mesh|Mesh'],
    ['proxy-defaults', 'proxy-defaults|ProxyDefaults'],
    ['service-defaults', 'service-defaults|ServiceDefaults'],
    ['service-intentions', 'service-intentions|ServiceIntentions'],
  ] as const
).map(([kind, names]) => [kind, new RegExp(`${kindAssignment(names)}\\s*(,|$)`, 'm')]);

/**
 * The kinds a file that failed to parse names but that were not read from it (a YAML stream's
 * other documents may have been). Called only for a file with a fatal parse problem.
 */
export function unreadKindsOf(text: string, readKinds: ReadonlySet<string>): UnreadKind[] {
  return KIND_PATTERNS.filter(([kind, re]) => !readKinds.has(kind) && re.test(text)).map(([kind]) => kind);
}

const ENTRY_NAME: Record<UnreadKind, string> = {
  mesh: 'mesh entry',
  'proxy-defaults': 'proxy-defaults entry',
  'service-defaults': 'service-defaults entry',
  'service-intentions': 'service-intentions entry',
};

/** At most this many unreadable files are named in one message (all are related locations). */
const MAX_NAMED = 3;

/** The unreadable entries of a run, indexed by partition scope once per rule. */
export class UnreadEntries {
  private readonly byScope = new Map<string, UnreadFileEntry[]>();

  constructor(files: ReadonlyArray<{ path: string; unread?: readonly UnreadEntry[] }>) {
    for (const f of files) {
      for (const u of f.unread ?? []) {
        const list = this.byScope.get(u.scopeKey);
        const e = { ...u, file: f.path };
        if (list) list.push(e);
        else this.byScope.set(u.scopeKey, [e]);
      }
    }
  }

  /** Unreadable entries of these kinds in the scope, in file order. */
  of(scope: PartitionScope, ...kinds: UnreadKind[]): UnreadFileEntry[] {
    return (this.byScope.get(scope.key) ?? []).filter((u) => kinds.includes(u.kind));
  }

  /** `the mesh entry in a/mesh.hcl could not be read (it does not parse)`. */
  static clause(list: readonly UnreadFileEntry[]): string {
    const named = list.slice(0, MAX_NAMED).map((u) => `the ${ENTRY_NAME[u.kind]} in ${u.file}`);
    if (list.length > MAX_NAMED) named.push(`${list.length - MAX_NAMED} more`);
    return `${joinList(named)} could not be read (${list.length === 1 ? 'it does' : 'they do'} not parse)`;
  }

  /** The parse errors, as related locations. */
  static related(list: readonly UnreadFileEntry[]): { at: Located; message: string }[] {
    return list.map((u) => ({
      at: { file: u.file, range: u.range, subject: `${u.file}#parse` },
      message: `the parse error that keeps this ${ENTRY_NAME[u.kind]} from being read`,
    }));
  }

  /** The files, for a fix: `a/mesh.hcl`, `a.hcl and b.hcl`. */
  static files(list: readonly UnreadFileEntry[]): string {
    return joinList([...new Set(list.map((u) => u.file))]);
  }
}
