/**
 * Globs of `.mtls-lint.yaml` (include, exclude, scopes, exception paths), matched against
 * paths relative to the folder of the config file, `/` separators.
 *
 * `*` matches within one path segment, `**` any number of segments, `?` one character,
 * `{a,b}` either alternative, `[abc]` / `[!abc]` a character class. A pattern also
 * matches everything below a folder it matches: `partitions/team-a` and
 * `partitions/team-a/**` both cover `partitions/team-a/mesh.hcl`. A leading `./` or `/`
 * is ignored (patterns are always anchored at the config file's folder). Paths that leave
 * that folder (`../x`) match nothing.
 */
export type PathMatcher = (relPath: string) => boolean;

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/** The regular expression source of a glob (whole-path match). */
export function globToRegExpSource(glob: string): string {
  let g = glob.trim().replace(/^\.\/+/, '').replace(/^\/+/, '');
  if (g.endsWith('/')) g += '**';
  let out = '';
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*') {
      if (g[i + 1] === '*') {
        const atStart = i === 0 || g[i - 1] === '/';
        const atEnd = i + 2 === g.length || g[i + 2] === '/';
        if (atStart && atEnd) {
          if (g[i + 2] === '/') {
            out += '(?:[^/]+/)*';
            i += 2;
          } else {
            out += '.*';
            i += 1;
          }
          continue;
        }
        out += '[^/]*';
        i += 1;
        continue;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = g.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = g.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else if (c === '\\' && i + 1 < g.length) {
      out += escapeRe(g[++i]!);
    } else {
      out += escapeRe(c);
    }
  }
  while (braces-- > 0) out += ')';
  return out;
}

export function compileGlob(glob: string): PathMatcher {
  const re = new RegExp(`^${globToRegExpSource(glob)}$`);
  return (relPath: string) => {
    if (relPath === '' || relPath === '..' || relPath.startsWith('../')) return false;
    if (re.test(relPath)) return true;
    // A pattern that names a folder covers everything below it.
    for (let i = relPath.lastIndexOf('/'); i > 0; i = relPath.lastIndexOf('/', i - 1)) {
      if (re.test(relPath.slice(0, i))) return true;
    }
    return false;
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
