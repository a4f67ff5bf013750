/** Repository-relative paths (`/` separators, `''` for the root), as the run reports them. */

/** The folder of a path: `a/b/c.yaml` → `a/b`, `c.yaml` → `''`. */
export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** `dir` joined with a relative reference, normalized; undefined when `..` leaves the repository. */
export function joinInRepo(dir: string, rel: string): string | undefined {
  const out = dir === '' ? [] : dir.split('/');
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined; // outside the repository: not ours to read
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}
