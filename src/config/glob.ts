/**
 * Globs of `.mtls-lint.yaml` (include, exclude, scopes, exception paths), matched against
 * paths relative to the folder of the config file, `/` separators.
 *
 * `*` matches within one path segment, `**` any number of segments, `?` one character,
 * `{a,b}` either alternative, `[abc]` / `[!abc]` / `[a-z]` a character class. A pattern also
 * matches everything below a folder it matches: `partitions/team-a` and
 * `partitions/team-a/**` both cover `partitions/team-a/mesh.hcl`. A leading `./` or `/`
 * is ignored (patterns are always anchored at the config file's folder). Paths that leave
 * that folder (`../x`) match nothing.
 *
 * The config is written by whoever opens a pull request, so a glob is never handed to the
 * regular-expression engine (whose backtracking makes `*a*a*a*a*a*a*b` take minutes): it is
 * compiled to a small automaton and run over the path once, keeping the set of live states
 * (time: path length × pattern length).
 */
export type PathMatcher = (relPath: string) => boolean;

/** A glob that is longer than this is refused (a config problem), as is a larger automaton. */
export const MAX_GLOB_LENGTH = 1024;
const MAX_STATES = 4096;

type CharTest = (c: string) => boolean;

/** A state: edges taken on a character, and edges taken without one. */
interface State {
  on: { test: CharTest; to: number }[];
  eps: number[];
}

const notSlash: CharTest = (c) => c !== '/';
const anyChar: CharTest = () => true;

class GlobSyntaxError extends Error {}

/**
 * A character class `[...]` starting at `g[start]` (`[`): its test and the index of `]`. A class
 * with no closing `]` is refused rather than read as a literal `[` (Git's wildmatch matches
 * nothing with it; a shell would match the bracket): the author meant a class, so it is a
 * config problem at the glob, not a silent guess.
 */
function parseClass(g: string, start: number): { test: CharTest; end: number } {
  let i = start + 1;
  let negate = false;
  if (g[i] === '!' || g[i] === '^') {
    negate = true;
    i++;
  }
  const singles = new Set<string>();
  const ranges: [string, string][] = [];
  let first = true;
  for (;;) {
    if (i >= g.length) throw new GlobSyntaxError('a character class has no closing ] (write \\[ for a literal [)');
    let c = g[i]!;
    // `]` right after `[` or `[!` is a member, as in POSIX and Git.
    if (c === ']' && !first) break;
    first = false;
    if (c === '\\' && i + 1 < g.length) c = g[++i]!;
    if (g[i + 1] === '-' && i + 2 < g.length && g[i + 2] !== ']') {
      let hi = g[i + 2]!;
      i += 2;
      if (hi === '\\' && i + 1 < g.length) hi = g[++i]!;
      if (hi < c) throw new GlobSyntaxError(`the range ${c}-${hi} in a character class is reversed`);
      ranges.push([c, hi]);
    } else {
      singles.add(c);
    }
    i++;
  }
  const member = (c: string): boolean => singles.has(c) || ranges.some(([lo, hi]) => c >= lo && c <= hi);
  // A class matches within one path segment, never a `/`.
  return { test: (c) => c !== '/' && member(c) !== negate, end: i };
}

export interface GlobOptions {
  /** `{a,b}` alternatives (default true; `.gitignore` has none). */
  braces?: boolean;
  /** A match of a folder covers everything below it (default true). */
  coverBelow?: boolean;
}

/** The automaton of a glob: states, start state, accepting state. */
function compile(glob: string, braces: boolean): { states: State[]; start: number; accept: number } {
  let g = glob.trim().replace(/^\.\/+/, '').replace(/^\/+/, '');
  if (g.endsWith('/')) g += '**';
  if (g.length > MAX_GLOB_LENGTH) throw new GlobSyntaxError(`longer than ${MAX_GLOB_LENGTH} characters`);
  const states: State[] = [];
  const add = (): number => {
    if (states.length >= MAX_STATES) throw new GlobSyntaxError('too complex');
    states.push({ on: [], eps: [] });
    return states.length - 1;
  };
  let i = 0;
  // A sequence up to `,` or `}` of the enclosing braces (depth > 0) or the end; returns its last state.
  const sequence = (from: number, depth: number): number => {
    let cur = from;
    const step = (test: CharTest): void => {
      const next = add();
      states[cur]!.on.push({ test, to: next });
      cur = next;
    };
    while (i < g.length) {
      const c = g[i]!;
      if (depth > 0 && (c === ',' || c === '}')) return cur;
      if (c === '*') {
        if (g[i + 1] === '*') {
          const atStart = i === 0 || g[i - 1] === '/';
          const atEnd = i + 2 === g.length || g[i + 2] === '/';
          if (atStart && atEnd) {
            const s = add();
            states[cur]!.eps.push(s);
            if (g[i + 2] === '/') {
              // `**/`: any number of whole segments.
              const inSeg = add();
              states[s]!.on.push({ test: notSlash, to: inSeg });
              states[inSeg]!.on.push({ test: notSlash, to: inSeg }, { test: (x) => x === '/', to: s });
              i += 3;
            } else {
              states[s]!.on.push({ test: anyChar, to: s });
              i += 2;
            }
            cur = s;
            continue;
          }
          i += 1;
        }
        const s = add();
        states[cur]!.eps.push(s);
        states[s]!.on.push({ test: notSlash, to: s });
        cur = s;
        i += 1;
      } else if (c === '?') {
        step(notSlash);
        i += 1;
      } else if (c === '[') {
        const cls = parseClass(g, i);
        step(cls.test);
        i = cls.end + 1;
      } else if (c === '{' && braces) {
        i += 1;
        const end = add();
        for (;;) {
          const alt = add();
          states[cur]!.eps.push(alt);
          states[sequence(alt, depth + 1)]!.eps.push(end);
          if (i >= g.length) break; // an unclosed brace closes at the end
          if (g[i] === '}') {
            i += 1;
            break;
          }
          i += 1; // `,`
        }
        cur = end;
      } else {
        let lit = c;
        if (c === '\\' && i + 1 < g.length) lit = g[++i]!;
        step((x) => x === lit);
        i += 1;
      }
    }
    return cur;
  };
  const start = add();
  const accept = sequence(start, 0);
  return { states, start, accept };
}

export function compileGlob(glob: string): PathMatcher {
  return compileGlobWith(glob, {});
}

export function compileGlobWith(glob: string, options: GlobOptions): PathMatcher {
  const { states, start, accept } = compile(glob, options.braces !== false);
  const coverBelow = options.coverBelow !== false;
  // Live-state sets as generation marks: no allocation per character.
  const mark = new Uint32Array(states.length);
  let gen = 0;
  const close = (set: number[], s: number): void => {
    if (mark[s] === gen) return;
    mark[s] = gen;
    set.push(s);
    for (const t of states[s]!.eps) close(set, t);
  };
  return (relPath: string) => {
    if (relPath === '' || relPath === '..' || relPath.startsWith('../')) return false;
    gen = gen >= 0xfffffffe ? (mark.fill(0), 1) : gen + 1;
    let live: number[] = [];
    close(live, start);
    for (const c of relPath) {
      // A pattern that names a folder covers everything below it.
      if (coverBelow && c === '/' && live.includes(accept)) return true;
      gen = gen >= 0xfffffffe ? (mark.fill(0), 1) : gen + 1;
      const next: number[] = [];
      for (const s of live) for (const e of states[s]!.on) if (e.test(c)) close(next, e.to);
      if (next.length === 0) return false;
      live = next;
    }
    return live.includes(accept);
  };
}

/** Whether a glob is well formed enough to compile (for config validation). */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'is empty';
  try {
    compileGlob(glob);
    return undefined;
  } catch (err) {
    return `is not a valid glob (${(err as Error).message})`;
  }
}
