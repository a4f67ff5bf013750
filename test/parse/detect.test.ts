import { describe, expect, it } from 'vitest';
import { parseText, startsLikeJson } from '../../src/parse/index.js';

// Consul's decode_shim.go `isHCL` (HCL v1's lexMode): JSON when the first rune that is not
// a space by Go's unicode.IsSpace is `{`. JavaScript's \s differs on U+0085 and U+FEFF.
describe('startsLikeJson: the first non-space character, by Go', () => {
  it.each([
    ['{}', true],
    [' \t\r\n\v\f{}', true],
    ['\u0085{}', true],
    ['\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000{}', true],
    ['\ufeff{}', false],
    ['\u200b{}', false],
    ['', false],
    ['   ', false],
    ['# c\n{}', false],
    ['Kind = "mesh"', false],
  ])('%j → %s', (text, json) => {
    expect(startsLikeJson(text)).toBe(json);
  });
});

describe('parseText: a .hcl file that starts with "{" is JSON, judged by Go', () => {
  it('reads it as JSON and says why', () => {
    const f = parseText('a.hcl', '{"Kind": "mesh"}', false);
    expect(f.format).toBe('json');
    expect(f.formatNote).toMatch(/Consul reads it as JSON/);
    expect(f.result.problems).toEqual([]);
  });

  it('a NEL before "{" picks JSON mode, where encoding/json rejects the NEL', () => {
    const f = parseText('a.hcl', '\u0085{"Kind": "mesh"}', false);
    expect(f.format).toBe('json');
    expect(f.result.documents).toEqual([]);
    const p = f.result.problems[0]!;
    expect(p.fatal).toBe(true);
    expect([p.range.start.line, p.range.start.column]).toEqual([1, 1]);
  });

  it('a zero-width space before "{" keeps HCL mode', () => {
    expect(parseText('a.hcl', '\u200b{"Kind": "mesh"}', false).format).toBe('hcl');
  });
});
