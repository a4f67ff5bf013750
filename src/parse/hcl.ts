/**
 * HCL v1 parser with source ranges and comments.
 *
 * Consul reads `.hcl` config entries with hashicorp/hcl v1 (`hcl.Decode` into a map), so
 * this accepts exactly what HCL v1 accepts and rejects what it rejects. It is a hand port of
 * HCL v1's scanner (`hcl/scanner`), parser (`hcl/parser`, including its error recovery and
 * the oddities that make some broken files "valid"), string unquoting (`hcl/strconv`),
 * heredoc handling (`hcl/token`), and, for a file whose first non-space character is `{`,
 * HCL v1's JSON mode (`json/scanner`, `json/parser`). After parsing, the tree is decoded the
 * way `hcl.Decode` decodes into `interface{}` (see `hcl-plain.ts`) because some files parse
 * but cannot be decoded (`a = 1` followed by `a = "x"`), and Consul rejects those too.
 *
 * Differences from HCL v1, on purpose:
 * - nesting deeper than `MAX_HCL_NESTING` levels (blocks, lists and block labels) is a
 *   problem instead of a very deep recursion;
 * - positions are UTF-16 columns on LF / CRLF / lone-CR lines (see `LineIndex`), while HCL
 *   v1 only knows LF (a lone CR is whitespace to it, so `# x\ry = 1` is all comment).
 *
 * Linear time: one pass of a hand-written scanner with a one-token look-ahead.
 */
import type {
  Comment,
  LArray,
  LNode,
  LObject,
  LProperty,
  LScalar,
  ParseProblem,
  ParseResult,
  ScalarType,
  SourceRange,
} from './located.js';
import type { LineIndex } from './line-index.js';
import { decodeHclTree, HclDecodeError, markHclJsonRoot } from './hcl-plain.js';
import { ArrayNode, BlockPropertyNode, ObjectNode, PropertyNode, ScalarNode } from './nodes.js';

/** Deeper nesting than this is reported as a problem (HCL v1 itself has no limit). */
export const MAX_HCL_NESTING = 500;

export interface HclParseOptions {
  /**
   * Width of Go's `int` when checking integer literals: 64 (Consul's real builds, default)
   * or 32 (the gopherjs build of HCL v1 used as a test oracle).
   */
  intSize?: 32 | 64;
}

// Token types (hcl/token and json/token share the names).
const EOF = 1;
const IDENT = 3;
const NUMBER = 4;
const FLOAT = 5;
const BOOL = 6;
const STRING = 7;
const HEREDOC = 8;
const LBRACK = 9;
const LBRACE = 10;
const COMMA = 11;
const PERIOD = 12;
const RBRACK = 13;
const RBRACE = 14;
const ASSIGN = 15;
const ADD = 16;
const SUB = 17;
const COLON = 18;
const NULL = 19;

interface Tok {
  type: number;
  /** Offsets into the scanned text (CRLF already turned into LF in HCL mode). */
  start: number;
  end: number;
}

/** A scanner error or a limit: the file is rejected, no recovery possible. */
class Abort {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

/** A parser error, returned (not thrown) because HCL v1 recovers from some of them. */
class PErr {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

/** HCL v1's errEofToken. */
const EOF_SENT: unique symbol = Symbol('EOF token found');
type EofSent = typeof EOF_SENT;

// ---------------------------------------------------------------------------------------
// Characters

const letterCache = new Map<number, boolean>();
const digitCache = new Map<number, boolean>();
const RE_LETTER = /^\p{L}$/u;
const RE_DIGIT = /^\p{Nd}$/u;

/** Go scanner's isLetter: ASCII letters, `_`, any Unicode letter. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  let v = letterCache.get(c);
  if (v === undefined) {
    v = RE_LETTER.test(String.fromCodePoint(c));
    letterCache.set(c, v);
  }
  return v;
}

/** Go scanner's isDigit: ASCII digits and any Unicode decimal digit. */
function isDigit(c: number): boolean {
  if (c < 0x80) return c >= 48 && c <= 57;
  let v = digitCache.get(c);
  if (v === undefined) {
    v = RE_DIGIT.test(String.fromCodePoint(c));
    digitCache.set(c, v);
  }
  return v;
}

function isDecimal(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function digitVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return 16;
}

/** Go's unicode.IsSpace (HCL v1 uses it only to pick HCL or JSON mode). */
function isGoSpace(c: number): boolean {
  switch (c) {
    case 9:
    case 10:
    case 11:
    case 12:
    case 13:
    case 32:
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200a;
  }
}

const CHAR_NAMES: Record<number, string> = {
  0x09: 'tab',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0xa0: 'no-break space',
  0x200b: 'zero-width space',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x3000: 'ideographic space',
  0xfeff: 'byte-order mark',
};

function showChar(c: number): string {
  const hex = 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
  const name = CHAR_NAMES[c];
  if (name) return `${hex} (${name})`;
  if (c < 0x20 || (c >= 0x7f && c < 0xa0) || isGoSpace(c) || (c >= 0x200b && c <= 0x200f)) return hex;
  return `"${String.fromCodePoint(c)}"`;
}

const TYPOGRAPHIC_QUOTES = new Set([
  0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x00ab, 0x00bb, 0x301d, 0x301e, 0xff02, 0x2018, 0x2019,
  0x201a, 0x201b, 0x2032, 0x2035, 0x2039, 0x203a,
]);

function illegalCharMessage(c: number): string {
  if (TYPOGRAPHIC_QUOTES.has(c))
    return `HCL needs straight double quotes ("); found a typographic quote ${String.fromCodePoint(c)}`;
  if (c === 39) return `HCL strings need straight double quotes ("); single quotes (') are not allowed`;
  if (c === 0xfeff) return 'unexpected byte-order mark (U+FEFF); HCL v1 does not accept one';
  if (c === 58) return 'unexpected ":"; HCL v1 assigns values with "=" (key = value)';
  if (c === 0xfffd) return 'unexpected U+FFFD replacement character (the file is probably not valid UTF-8)';
  return `unexpected character ${showChar(c)}`;
}

function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function pushUtf8(out: number[], cp: number): void {
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/** Bytes → string as Go's encoding/json writes it: each invalid UTF-8 byte becomes U+FFFD. */
function decodeGoUtf8(b: number[]): string {
  let out = '';
  let i = 0;
  const n = b.length;
  while (i < n) {
    const b0 = b[i]!;
    if (b0 < 0x80) {
      out += String.fromCharCode(b0);
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    let cp = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      need = 1;
      cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      cp = b0 & 0x0f;
      if (b0 === 0xe0) lo = 0xa0;
      else if (b0 === 0xed) hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      cp = b0 & 0x07;
      if (b0 === 0xf0) lo = 0x90;
      else if (b0 === 0xf4) hi = 0x8f;
    }
    let ok = need > 0;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const bk = b[i + k];
        const l = k === 1 ? lo : 0x80;
        const h = k === 1 ? hi : 0xbf;
        if (bk === undefined || bk < l || bk > h) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (bk & 0x3f);
      }
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i += need + 1;
    } else {
      out += '\ufffd';
      i++;
    }
  }
  return out;
}

/**
 * HCL v1's unquote (hcl/strconv, or Go's strconv.Unquote in JSON mode) of a scanned string
 * token including its quotes. Returns the value or an error message.
 */
function unquote(text: string, json: boolean): { ok: true; v: string } | { ok: false; msg: string } {
  const s = text.slice(1, -1);
  const hasDollar = s.includes('$');
  if (json) {
    if (s.includes('\n')) return { ok: false, msg: 'a string cannot span lines' };
    if (!s.includes('\\') && !s.includes('"')) return { ok: true, v: s };
  } else {
    if (!hasDollar && !s.includes('{') && s.includes('\n')) return { ok: false, msg: 'a string cannot span lines' };
    if (!s.includes('\\') && !s.includes('"') && !hasDollar) return { ok: true, v: s };
  }
  const buf: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (!json && c === 36 && s.charCodeAt(i + 1) === 123) {
      buf.push(36, 123);
      i += 2;
      let braces = 1;
      while (i < n && braces > 0) {
        const cp = s.codePointAt(i)!;
        if (cp === 0xfffd || (cp >= 0xd800 && cp <= 0xdfff))
          return { ok: false, msg: 'invalid character U+FFFD inside "${...}"' };
        pushUtf8(buf, cp);
        i += cp > 0xffff ? 2 : 1;
        if (cp === 123) braces++;
        else if (cp === 125) braces--;
      }
      if (braces !== 0) return { ok: false, msg: 'unclosed "${" in string' };
      continue;
    }
    if (c === 10) return { ok: false, msg: 'a string cannot span lines' };
    if (c === 34) return { ok: false, msg: 'unescaped " inside a string' };
    if (c >= 0x80) {
      const cp = s.codePointAt(i)!;
      pushUtf8(buf, cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (c !== 92) {
      buf.push(c);
      i++;
      continue;
    }
    if (i + 1 >= n) return { ok: false, msg: 'string ends with a lone backslash' };
    c = s.charCodeAt(i + 1);
    i += 2;
    switch (c) {
      case 97:
        buf.push(7);
        break;
      case 98:
        buf.push(8);
        break;
      case 102:
        buf.push(12);
        break;
      case 110:
        buf.push(10);
        break;
      case 114:
        buf.push(13);
        break;
      case 116:
        buf.push(9);
        break;
      case 118:
        buf.push(11);
        break;
      case 120:
      case 117:
      case 85: {
        const len = c === 120 ? 2 : c === 117 ? 4 : 8;
        if (n - i < len) return { ok: false, msg: 'incomplete escape sequence' };
        let v = 0;
        for (let j = 0; j < len; j++) {
          const d = digitVal(s.charCodeAt(i + j));
          if (d >= 16) return { ok: false, msg: 'invalid hexadecimal escape sequence' };
          v = v * 16 + d;
        }
        i += len;
        if (c === 120) buf.push(v);
        else if (v > 0x10ffff) return { ok: false, msg: `escape \\U${s.slice(i - 8, i)} is beyond U+10FFFF` };
        else pushUtf8(buf, v);
        break;
      }
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55: {
        let v = c - 48;
        if (n - i < 2) return { ok: false, msg: 'incomplete octal escape sequence' };
        for (let j = 0; j < 2; j++) {
          const x = s.charCodeAt(i + j) - 48;
          if (x < 0 || x > 7) return { ok: false, msg: 'invalid octal escape sequence' };
          v = (v << 3) | x;
        }
        i += 2;
        if (v > 255) return { ok: false, msg: `octal escape \\${s.slice(i - 3, i)} is above \\377` };
        buf.push(v);
        break;
      }
      case 92:
        buf.push(92);
        break;
      case 34:
        buf.push(34);
        break;
      default:
        return { ok: false, msg: `invalid escape sequence \\${String.fromCharCode(c)}` };
    }
  }
  return { ok: true, v: decodeGoUtf8(buf) };
}

/** hcl/token unindentHeredoc: the value of a heredoc token `<<EOF\n...\nEOF\n`. */
function heredocValue(text: string): string {
  const idx = text.indexOf('\n');
  const anchorAscii = !/[^\x00-\x7f]/.test(text.slice(0, idx));
  if (!anchorAscii) {
    // Go slices these by bytes; work on bytes so a cut inside a character matches it.
    const b: number[] = [];
    for (const ch of text) pushUtf8(b, ch.codePointAt(0)!);
    const bidx = b.indexOf(10);
    const unindent = b[2] === 45;
    if (!unindent) return decodeGoUtf8(b.slice(bidx + 1, b.length - bidx + 1));
    return unindentLines(decodeGoUtf8(b.slice(bidx + 1, b.length - bidx + 2)), () =>
      decodeGoUtf8(b.slice(bidx + 1, b.length - bidx + 1)),
    );
  }
  const unindent = text.charCodeAt(2) === 45;
  if (!unindent) return text.slice(idx + 1, text.length - idx + 1);
  return unindentLines(text.slice(idx + 1, text.length - idx + 2), () => text.slice(idx + 1, text.length - idx + 1));
}

function unindentLines(body: string, asIs: () => string): string {
  const lines = body.split('\n');
  const prefix = lines[lines.length - 1]!;
  for (const l of lines) {
    if (!l.startsWith(prefix)) return asIs().replace(/[ \t]+$/, '');
  }
  const out = lines.map((l, k) => (k === lines.length - 1 ? '' : l.slice(prefix.length)));
  return out.join('\n');
}

function heredocTerminates(line: string, anchor: string, identBytes: number): boolean {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13) i++;
    else break;
  }
  if (!line.startsWith(anchor, i)) return false;
  for (let j = i + anchor.length; j < line.length; j++) if (line.charCodeAt(j) !== 13) return false;
  return utf8Len(line) >= identBytes;
}

// ---------------------------------------------------------------------------------------
// Reading code points with HCL v1's next / unread / peek.

abstract class Reader {
  pos = 0;
  lastLen = 0;
  /** Reads at the end of input (Go moves the column on each; JSON mode compares positions). */
  eofReads = 0;
  constructor(readonly s: string) {}

  /** A backslash escape in a string: the same in HCL v1's HCL and JSON scanners, but for the wording of errors. */
  protected scanEscape(): void {
    const at = this.pos - 1;
    const ch = this.next();
    switch (ch) {
      case 97:
      case 98:
      case 102:
      case 110:
      case 114:
      case 116:
      case 118:
      case 92:
      case 34:
        return;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
        this.scanDigits(ch, 8, 3, at);
        return;
      case 120:
        this.scanDigits(this.next(), 16, 2, at);
        return;
      case 117:
        this.scanDigits(this.next(), 16, 4, at);
        return;
      case 85:
        this.scanDigits(this.next(), 16, 8, at);
        return;
      default:
        throw this.invalidEscape(ch, at);
    }
  }

  /** The two scanners differ at the end of input, as HCL v1's do. */
  protected abstract scanDigits(ch: number, base: number, n: number, at: number): void;

  protected abstract invalidEscape(ch: number, at: number): Abort;

  protected read(): number {
    const s = this.s;
    const p = this.pos;
    if (p >= s.length) {
      this.lastLen = 0;
      this.eofReads++;
      return 0;
    }
    let c = s.charCodeAt(p);
    let size = 1;
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < s.length) {
      const d = s.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    this.pos = p + size;
    this.lastLen = size;
    return c;
  }

  unread(): void {
    this.pos -= this.lastLen;
  }

  peek(): number {
    const s = this.s;
    const p = this.pos;
    if (p >= s.length) return 0;
    const c = s.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < s.length) {
      const d = s.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    }
    return c;
  }

  scanMantissa(ch: number): number {
    let scanned = false;
    while (isDecimal(ch)) {
      ch = this.next();
      scanned = true;
    }
    if (scanned && ch !== 0) this.unread();
    return ch;
  }

  scanFraction(ch: number): number {
    if (ch === 46) {
      ch = this.peek();
      ch = this.scanMantissa(ch);
    }
    return ch;
  }

  scanExponent(ch: number): number {
    if (ch === 101 || ch === 69) {
      ch = this.next();
      if (ch === 45 || ch === 43) ch = this.next();
      ch = this.scanMantissa(ch);
    }
    return ch;
  }

  next(): number {
    return this.read();
  }
}

// ---------------------------------------------------------------------------------------
// hcl/scanner

class HclScanner extends Reader {
  readonly comments: Array<[number, number]> = [];

  override next(): number {
    const c = this.read();
    if (c === 0 && this.lastLen === 1) throw new Abort('unexpected NUL character (0x00)', this.pos - 1, this.pos);
    if (c === 0xe123)
      throw new Abort('character U+E123 is reserved by HCL v1 and not allowed', this.pos - 1, this.pos);
    return c;
  }

  scan(): Tok {
    for (;;) {
      let ch = this.next();
      while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = this.next();
      const start = this.pos - this.lastLen;
      let type: number;
      if (isLetter(ch)) {
        this.scanIdentifier();
        const len = this.pos - start;
        type =
          (len === 4 && this.s.startsWith('true', start)) || (len === 5 && this.s.startsWith('false', start))
            ? BOOL
            : IDENT;
      } else if (isDecimal(ch)) {
        type = this.scanNumber(ch);
      } else {
        switch (ch) {
          case 0:
            type = EOF;
            break;
          case 34:
            type = STRING;
            this.scanString(start);
            break;
          case 35:
          case 47:
            this.scanComment(ch, start);
            this.comments.push([start, this.pos]);
            continue;
          case 46:
            type = PERIOD;
            ch = this.peek();
            if (isDecimal(ch)) {
              type = FLOAT;
              ch = this.scanMantissa(ch);
              this.scanExponent(ch);
            }
            break;
          case 60:
            type = HEREDOC;
            this.scanHeredoc(start);
            break;
          case 91:
            type = LBRACK;
            break;
          case 93:
            type = RBRACK;
            break;
          case 123:
            type = LBRACE;
            break;
          case 125:
            type = RBRACE;
            break;
          case 44:
            type = COMMA;
            break;
          case 61:
            type = ASSIGN;
            break;
          case 43:
            type = ADD;
            break;
          case 45:
            if (isDecimal(this.peek())) {
              type = this.scanNumber(this.next());
            } else {
              type = SUB;
            }
            break;
          default:
            throw new Abort(illegalCharMessage(ch), start, this.pos);
        }
      }
      return { type, start, end: this.pos };
    }
  }

  private scanIdentifier(): void {
    let ch = this.next();
    while (isLetter(ch) || isDigit(ch) || ch === 45 || ch === 46) ch = this.next();
    if (ch !== 0) this.unread();
  }

  private scanNumber(ch: number): number {
    const start = this.pos - this.lastLen;
    if (ch === 48) {
      ch = this.next();
      if (ch === 120 || ch === 88) {
        ch = this.next();
        let found = false;
        while (isHex(ch)) {
          ch = this.next();
          found = true;
        }
        if (!found) throw new Abort('"0x" must be followed by hexadecimal digits', start, this.pos);
        if (ch !== 0) this.unread();
        return NUMBER;
      }
      let illegalOctal = false;
      while (isDecimal(ch)) {
        ch = this.next();
        if (ch === 56 || ch === 57) illegalOctal = true;
      }
      if (ch === 101 || ch === 69) {
        this.scanExponent(ch);
        return FLOAT;
      }
      if (ch === 46) {
        ch = this.scanFraction(ch);
        if (ch === 101 || ch === 69) {
          ch = this.next();
          this.scanExponent(ch);
        }
        return FLOAT;
      }
      if (illegalOctal) {
        if (ch !== 0) this.unread();
        throw new Abort(
          'a number starting with 0 is octal in HCL v1, so it cannot contain the digits 8 or 9',
          start,
          this.pos,
        );
      }
      if (ch !== 0) this.unread();
      return NUMBER;
    }
    this.scanMantissa(ch);
    ch = this.next();
    if (ch === 101 || ch === 69) {
      this.scanExponent(ch);
      return FLOAT;
    }
    if (ch === 46) {
      ch = this.scanFraction(ch);
      if (ch === 101 || ch === 69) {
        ch = this.next();
        this.scanExponent(ch);
      }
      return FLOAT;
    }
    if (ch !== 0) this.unread();
    return NUMBER;
  }

  private scanString(start: number): void {
    let braces = 0;
    for (;;) {
      const ch = this.next();
      if ((ch === 10 && braces === 0) || ch === 0) {
        const end = ch === 10 ? this.pos - 1 : this.pos;
        throw new Abort(
          braces > 0
            ? 'unterminated string: "${" is never closed by "}" and the closing " is missing'
            : 'unterminated string: the closing " is missing before the end of the line',
          start,
          end,
        );
      }
      if (ch === 34 && braces === 0) break;
      if (braces === 0 && ch === 36 && this.peek() === 123) {
        braces++;
        this.next();
      } else if (braces > 0 && ch === 123) {
        braces++;
      }
      if (braces > 0 && ch === 125) braces--;
      if (ch === 92) this.scanEscape();
    }
  }

  protected override invalidEscape(ch: number, at: number): Abort {
    const shown = ch === 0 ? '' : String.fromCodePoint(ch);
    return new Abort(
      `invalid escape sequence "\\${shown}" in string (HCL v1 knows \\n \\t \\r \\" \\\\ \\a \\b \\f \\v, \\x, \\u, \\U and octal)`,
      at,
      this.pos,
    );
  }

  protected override scanDigits(ch: number, base: number, n: number, at: number): void {
    const start = n;
    while (n > 0 && digitVal(ch) < base) {
      ch = this.next();
      if (ch === 0) break;
      n--;
    }
    if (n > 0) {
      throw new Abort('incomplete escape sequence in string', at, Math.max(at + 2, this.pos - this.lastLen));
    }
    if (n !== start && ch !== 0) this.unread();
  }

  private scanComment(ch: number, start: number): void {
    if (ch === 35 || (ch === 47 && this.peek() !== 42)) {
      if (ch === 47 && this.peek() !== 47) {
        throw new Abort('a single "/" is not valid HCL; comments start with "#", "//" or "/*"', start, start + 1);
      }
      ch = this.next();
      while (ch !== 10 && ch !== 0) ch = this.next();
      if (ch !== 0) this.unread();
      return;
    }
    if (ch === 47) {
      this.next();
      ch = this.next();
    }
    for (;;) {
      if (ch === 0) throw new Abort('this "/*" comment is never closed by "*/"', start, start + 2);
      const ch0 = ch;
      ch = this.next();
      if (ch0 === 42 && ch === 47) break;
    }
  }

  private scanHeredoc(start: number): void {
    if (this.next() !== 60) {
      throw new Abort('"<" must start a heredoc such as <<EOF', start, start + 1);
    }
    const offs = this.pos;
    let ch = this.next();
    if (ch === 45) ch = this.next();
    while (isLetter(ch) || isDigit(ch)) ch = this.next();
    if (ch === 0) {
      throw new Abort('heredoc is never closed: the file ends on its first line', start, this.pos);
    }
    if (ch === 13 && this.peek() === 10) ch = this.next();
    if (ch !== 10) {
      throw new Abort(
        'a heredoc marker (such as <<EOF) must be followed directly by the end of the line',
        start,
        this.pos - this.lastLen,
      );
    }
    const ident = this.s.slice(offs, this.pos - 1);
    if (ident === '' || ident === '-') {
      throw new Abort('a heredoc needs a marker name after "<<", such as <<EOF', start, this.pos - 1);
    }
    const indented = ident.charCodeAt(0) === 45;
    const anchor = indented ? ident.slice(1) : ident;
    const identBytes = utf8Len(ident);
    let lineStart = this.pos;
    for (;;) {
      ch = this.next();
      if (ch === 10) {
        const lineEnd = this.pos - 1;
        if (lineEnd - lineStart >= anchor.length && heredocTerminates(this.s.slice(lineStart, lineEnd), anchor, identBytes))
          break;
        lineStart = this.pos;
      }
      if (ch === 0) {
        const shown = anchor.replace(/\r+$/, '');
        throw new Abort(
          `heredoc <<${ident.replace(/\r+$/, '')} is never closed: it needs a line containing only ${shown}` +
            (indented ? ' (indented by at least one space or tab, as HCL v1 requires for <<-)' : '') +
            ', followed by a line break',
          start,
          offs + ident.length,
        );
      }
    }
  }
}

// ---------------------------------------------------------------------------------------
// json/scanner (HCL v1's JSON mode)

class JsonScanner extends Reader {
  scan(): Tok {
    let ch = this.next();
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = this.next();
    const start = this.pos - this.lastLen;
    let type: number;
    if (isLetter(ch)) {
      let c = this.next();
      while (isLetter(c) || isDigit(c) || c === 45) c = this.next();
      if (c !== 0) this.unread();
      const lit = this.s.slice(start, this.pos);
      if (lit === 'true' || lit === 'false') type = BOOL;
      else if (lit === 'null') type = NULL;
      else
        throw new Abort(
          `unexpected ${JSON.stringify(lit)}: this file starts with "{", so HCL v1 reads it as JSON, where keys and strings need double quotes`,
          start,
          this.pos,
        );
    } else if (isDecimal(ch)) {
      type = this.scanNumber(ch, start);
    } else {
      switch (ch) {
        case 0:
          type = EOF;
          break;
        case 34:
          type = STRING;
          this.scanString(start);
          break;
        case 46:
          type = PERIOD;
          ch = this.peek();
          if (isDecimal(ch)) {
            type = FLOAT;
            ch = this.scanMantissa(ch);
            this.scanExponent(ch);
          }
          break;
        case 91:
          type = LBRACK;
          break;
        case 93:
          type = RBRACK;
          break;
        case 123:
          type = LBRACE;
          break;
        case 125:
          type = RBRACE;
          break;
        case 44:
          type = COMMA;
          break;
        case 58:
          type = COLON;
          break;
        case 45:
          if (isDecimal(this.peek())) {
            type = this.scanNumber(this.next(), start);
          } else {
            throw new Abort('"-" must be followed by a number', start, this.pos);
          }
          break;
        default:
          throw new Abort(
            `${illegalCharMessage(ch)} (this file starts with "{", so HCL v1 reads it as JSON)`,
            start,
            this.pos,
          );
      }
    }
    return { type, start, end: this.pos };
  }

  private scanNumber(ch: number, start: number): number {
    const zero = ch === 48;
    const p0 = this.pos;
    const e0 = this.eofReads;
    this.scanMantissa(ch);
    ch = this.next();
    if (ch === 101 || ch === 69) {
      this.scanExponent(ch);
      return FLOAT;
    }
    if (ch === 46) {
      ch = this.scanFraction(ch);
      if (ch === 101 || ch === 69) {
        ch = this.next();
        this.scanExponent(ch);
      }
      return FLOAT;
    }
    if (ch !== 0) this.unread();
    if (zero && (p0 !== this.pos || e0 !== this.eofReads)) {
      throw new Abort('numbers cannot start with 0 in JSON', start, this.pos);
    }
    return NUMBER;
  }

  private scanString(start: number): void {
    for (;;) {
      const ch = this.next();
      if (ch === 10 || ch === 0) {
        throw new Abort(
          'unterminated string: the closing " is missing before the end of the line',
          start,
          ch === 10 ? this.pos - 1 : this.pos,
        );
      }
      if (ch === 34) break;
      if (ch === 92) this.scanEscape();
    }
  }

  protected override invalidEscape(ch: number, at: number): Abort {
    return new Abort(`invalid escape sequence "\\${ch === 0 ? '' : String.fromCodePoint(ch)}" in string`, at, this.pos);
  }

  protected override scanDigits(ch: number, base: number, n: number, at: number): void {
    const eof0 = this.eofReads;
    while (n > 0 && digitVal(ch) < base) {
      ch = this.next();
      n--;
    }
    // HCL v1 un-reads unconditionally here; after reading past the end that panics.
    if (n > 0 || this.eofReads !== eof0 || this.lastLen === 0) {
      throw new Abort('incomplete escape sequence in string', at, Math.max(at + 2, this.pos));
    }
    this.unread();
  }
}

// ---------------------------------------------------------------------------------------
// Building the located tree

const DESCR: Record<number, string> = {
  [EOF]: 'the end of the file',
  [LBRACK]: '"["',
  [LBRACE]: '"{"',
  [COMMA]: '","',
  [PERIOD]: '"."',
  [RBRACK]: '"]"',
  [RBRACE]: '"}"',
  [ASSIGN]: '"="',
  [ADD]: '"+"',
  [SUB]: '"-"',
  [COLON]: '":"',
  [NULL]: 'null',
};

class Builder {
  readonly invalid = new Map<object, string>();
  readonly warnings: PErr[] = [];
  depth = 0;

  constructor(
    /** The text as scanned (HCL mode: CRLF → LF). */
    readonly s: string,
    /** The original text. */
    readonly orig: string,
    readonly lines: LineIndex,
    /** origOff[i] = original offset of scanned char i, when CRLF was normalised. */
    readonly origOff: Int32Array | undefined,
    readonly json: boolean,
  ) {}

  os(i: number): number {
    const m = this.origOff;
    if (!m) return i;
    return i >= m.length ? this.orig.length : m[i]!;
  }

  oe(i: number): number {
    const m = this.origOff;
    if (!m) return i;
    if (i <= 0) return 0;
    return m[i - 1]! + 1;
  }

  range(start: number, end: number): SourceRange {
    return this.lines.range(this.os(start), this.oe(end));
  }

  text(t: Tok): string {
    return this.s.slice(t.start, t.end);
  }

  describe(t: Tok): string {
    const d = DESCR[t.type];
    if (d) return d;
    let x = this.text(t);
    if (t.type === HEREDOC) return 'a heredoc';
    if (x.length > 40) x = x.slice(0, 37) + '...';
    switch (t.type) {
      case STRING:
        return `the string ${x}`;
      case NUMBER:
      case FLOAT:
        return `the number ${x.trim()}`;
      case BOOL:
        return x;
      default:
        return `"${x}"`;
    }
  }

  enter(start: number, end: number): void {
    if (++this.depth > MAX_HCL_NESTING) {
      throw new Abort(`nesting deeper than ${MAX_HCL_NESTING} levels`, start, end);
    }
  }

  leave(): void {
    this.depth--;
  }

  literal(t: Tok): LScalar {
    const text = this.text(t);
    let end = t.end;
    let type: LScalar['type'];
    let value: LScalar['value'];
    switch (t.type) {
      case BOOL:
        type = 'boolean';
        value = text === 'true';
        break;
      case NULL:
        type = 'null';
        value = null;
        break;
      case NUMBER:
        type = 'number';
        value = intValue(text);
        break;
      case FLOAT:
        type = 'number';
        value = Number(text);
        break;
      case HEREDOC:
        type = 'string';
        value = heredocValue(text);
        end = t.end - 1; // the token includes the line break after the closing marker
        break;
      default: {
        type = 'string';
        const u = unquote(text, this.json);
        value = u.ok ? u.v : text.slice(1, -1);
        const node: LScalar = this.scalar(type, value, t.start, end);
        if (!u.ok) this.invalid.set(node, `${u.msg}: ${text}`);
        return node;
      }
    }
    return this.scalar(type, value, t.start, end);
  }

  private scalar(type: ScalarType, value: string | number | boolean | null, start: number, end: number): LScalar {
    return new ScalarNode(type, value, this.rawOf(start, end), this.lines, this.os(start), this.oe(end));
  }

  object(props: LProperty[], start: number, end: number): LObject {
    return new ObjectNode(props, this.lines, this.os(start), this.oe(end));
  }

  array(items: LNode[], start: number, end: number): LArray {
    return new ArrayNode(items, this.lines, this.os(start), this.oe(end));
  }

  rawOf(start: number, end: number): string {
    return this.origOff ? this.orig.slice(this.os(start), this.oe(end)) : this.s.slice(start, end);
  }

  /** A property for one or more keys (block labels become nested objects). */
  property(keys: Tok[], value: LNode, valueEnd: number, block: boolean): LProperty {
    let v = value;
    for (let i = keys.length - 1; i >= 1; i--) {
      const p = this.prop(keys[i]!, v, valueEnd, true);
      v = this.object([p], keys[i]!.start, valueEnd);
    }
    return this.prop(keys[0]!, v, valueEnd, block || keys.length > 1);
  }

  private prop(k: Tok, value: LNode, valueEnd: number, block: boolean): LProperty {
    const text = this.text(k);
    let key = text;
    let bad: string | undefined;
    if (k.type === STRING) {
      const u = unquote(text, this.json);
      if (u.ok) key = u.v;
      else {
        key = text.slice(1, -1);
        bad = `${u.msg}: ${text}`;
      }
    }
    const p = new (block ? BlockPropertyNode : PropertyNode)(key, value, this.lines, this.os(k.start), this.oe(k.end), this.oe(valueEnd));
    if (bad !== undefined) this.invalid.set(p, bad);
    return p;
  }
}

function intValue(text: string): number {
  let s = text;
  let neg = false;
  if (s.charCodeAt(0) === 45) {
    neg = true;
    s = s.slice(1);
  }
  let v: number;
  if (s.length > 1 && s.charCodeAt(0) === 48) {
    if ((s.charCodeAt(1) | 32) === 120) v = parseInt(s.slice(2), 16);
    else v = parseInt(s, 8);
  } else v = Number(s);
  if (neg) v = -v;
  return v === 0 ? 0 : v;
}

// ---------------------------------------------------------------------------------------
// hcl/parser

class HclParser {
  private tok: Tok = { type: EOF, start: 0, end: 0 };
  private n = 0;

  constructor(
    private readonly sc: HclScanner,
    private readonly b: Builder,
  ) {}

  private scan(): Tok {
    if (this.n !== 0) {
      this.n = 0;
      return this.tok;
    }
    this.tok = this.sc.scan();
    return this.tok;
  }

  private unscan(): void {
    this.n = 1;
  }

  parse(): { props: LProperty[]; err: PErr | null } {
    const props: LProperty[] = [];
    const err = this.objectList(false, props);
    return { props, err };
  }

  private objectList(obj: boolean, out: LProperty[]): PErr | null {
    for (;;) {
      if (obj) {
        const t = this.scan();
        this.unscan();
        if (t.type === RBRACE) break;
      }
      const r = this.objectItem();
      if (r === EOF_SENT) break;
      if (r instanceof PErr) return r;
      out.push(r);
      const t = this.scan();
      if (t.type !== COMMA) this.unscan();
    }
    return null;
  }

  private objectItem(): LProperty | PErr | EofSent {
    const keys: Tok[] = [];
    let err = this.objectKey(keys);
    if (keys.length > 0 && err === EOF_SENT) err = null;
    let closedByBrace = false;
    if (keys.length > 0 && err !== null && this.tok.type === RBRACE) {
      // HCL v1 turns the "}" into EOF here so the block does not look complete.
      err = null;
      closedByBrace = true;
      this.tok = { ...this.tok, type: EOF };
    }
    if (err !== null) return err;

    const t = this.tok;
    const labels = keys.length - 1;
    this.b.depth += labels;
    if (this.b.depth > MAX_HCL_NESTING) {
      throw new Abort(`nesting deeper than ${MAX_HCL_NESTING} levels`, keys[0]!.start, keys[keys.length - 1]!.end);
    }
    try {
      switch (t.type) {
        case ASSIGN: {
          const v = this.object(t);
          if (v === EOF_SENT) {
            this.b.warnings.push(
              new PErr(
                `"${this.b.text(keys[0]!)} =" has no value before the end of the file; HCL v1 ignores it`,
                keys[0]!.start,
                t.end,
              ),
            );
            return EOF_SENT;
          }
          if (v instanceof PErr) return v;
          return this.b.property(keys, v.node, v.end, false);
        }
        case LBRACE: {
          const v = this.objectType();
          if (v instanceof PErr) return v;
          return this.b.property(keys, v.node, v.end, true);
        }
        default: {
          const k = this.b.text(keys[0]!);
          const where = closedByBrace ? '"}"' : this.b.describe(t);
          if (keys.length === 1) {
            return new PErr(`missing "=" after key ${k}: expected "=" or "{", found ${where}`, t.start, t.end);
          }
          return new PErr(
            `expected "{" after the block header ${keys.map((x) => this.b.text(x)).join(' ')}, found ${where}`,
            t.start,
            t.end,
          );
        }
      }
    } finally {
      this.b.depth -= labels;
    }
  }

  private objectKey(keys: Tok[]): PErr | EofSent | null {
    for (;;) {
      const t = this.scan();
      switch (t.type) {
        case EOF:
          return EOF_SENT;
        case ASSIGN:
          if (keys.length > 1) {
            const k0 = this.b.text(keys[0]!);
            const k1 = keys[1]!;
            return new PErr(
              `missing "=" after key ${k0}: HCL v1 reads ${keys.map((x) => this.b.text(x)).join(' ')} as a ` +
                `block header, which must be followed by "{", but "=" follows`,
              k1.start,
              k1.end,
            );
          }
          if (keys.length === 0) return new PErr('found "=" without a key before it', t.start, t.end);
          return null;
        case LBRACE:
          if (keys.length === 0) {
            return new PErr('found "{" without a key before it (a block needs a name: name { ... })', t.start, t.end);
          }
          return null;
        case IDENT:
        case STRING:
          keys.push(t);
          break;
        default:
          if (keys.length > 0) {
            return new PErr(
              `missing "=" after key ${this.b.text(keys[0]!)}: expected "=" or "{", found ${this.b.describe(t)}`,
              t.start,
              t.end,
            );
          }
          if (t.type === RBRACE) return new PErr('unexpected "}": there is no open block to close', t.start, t.end);
          return new PErr(`expected a key, found ${this.b.describe(t)}`, t.start, t.end);
      }
    }
  }

  private object(assign: Tok): { node: LNode; end: number } | PErr | EofSent {
    const t = this.scan();
    switch (t.type) {
      case NUMBER:
      case FLOAT:
      case BOOL:
      case STRING:
      case HEREDOC: {
        const node = this.b.literal(t);
        return { node, end: t.type === HEREDOC ? t.end - 1 : t.end };
      }
      case LBRACE:
        return this.objectType();
      case LBRACK:
        return this.listType();
      case EOF:
        return EOF_SENT;
      default:
        break;
    }
    if (t.type === IDENT) {
      return new PErr(
        `expected a value after "=", found ${this.b.describe(t)}; HCL v1 strings need double quotes ("${this.b.text(t)}")`,
        t.start,
        t.end,
      );
    }
    if (t.type === RBRACE) return new PErr(`missing value after "="`, assign.start, assign.end);
    return new PErr(`expected a value after "=", found ${this.b.describe(t)}`, t.start, t.end);
  }

  private objectType(): { node: LObject; end: number } | PErr {
    const lbrace = this.tok;
    this.b.enter(lbrace.start, lbrace.end);
    const props: LProperty[] = [];
    const err = this.objectList(true, props);
    if (err !== null && this.tok.type !== RBRACE) {
      this.b.leave();
      return err;
    }
    const t = this.scan();
    if (t.type !== RBRACE) {
      this.b.leave();
      if (err !== null) return err;
      if (t.type === EOF) {
        return new PErr('this "{" is never closed: expected "}" before the end of the file', lbrace.start, lbrace.end);
      }
      const line = this.b.range(lbrace.start, lbrace.end).start.line;
      return new PErr(`expected "}" to close the "{" on line ${line}, found ${this.b.describe(t)}`, t.start, t.end);
    }
    if (err !== null) {
      this.b.warnings.push(
        new PErr(
          `HCL v1 accepts this only by dropping part of the block: ${err.message}`,
          err.start,
          err.end,
        ),
      );
    }
    this.b.leave();
    return { node: this.b.object(props, lbrace.start, t.end), end: t.end };
  }

  private listType(): { node: LArray; end: number } | PErr {
    const lbrack = this.tok;
    this.b.enter(lbrack.start, lbrack.end);
    try {
      const items: LNode[] = [];
      let needComma = false;
      for (;;) {
        const t = this.scan();
        if (needComma && t.type !== COMMA && t.type !== RBRACK) {
          if (t.type === EOF) return this.unclosedList(lbrack);
          return new PErr(`expected "," or "]" after a list item, found ${this.b.describe(t)}`, t.start, t.end);
        }
        switch (t.type) {
          case BOOL:
          case NUMBER:
          case FLOAT:
          case STRING:
          case HEREDOC:
            items.push(this.b.literal(t));
            needComma = true;
            break;
          case COMMA:
            needComma = false;
            continue;
          case LBRACE: {
            const o = this.objectType();
            if (o instanceof PErr) return o;
            items.push(o.node);
            needComma = true;
            break;
          }
          case LBRACK: {
            const l = this.listType();
            if (l instanceof PErr) return l;
            items.push(l.node);
            break;
          }
          case RBRACK:
            return { node: this.b.array(items, lbrack.start, t.end), end: t.end };
          default:
            if (t.type === EOF) return this.unclosedList(lbrack);
            if (t.type === IDENT) {
              return new PErr(
                `unexpected ${this.b.describe(t)} in list; HCL v1 strings need double quotes ("${this.b.text(t)}")`,
                t.start,
                t.end,
              );
            }
            return new PErr(`unexpected ${this.b.describe(t)} in list`, t.start, t.end);
        }
      }
    } finally {
      this.b.leave();
    }
  }

  private unclosedList(lbrack: Tok): PErr {
    return new PErr('this "[" is never closed: expected "]" before the end of the file', lbrack.start, lbrack.end);
  }
}

// ---------------------------------------------------------------------------------------
// json/parser (HCL v1's JSON mode)

class JsonParser {
  private tok: Tok = { type: EOF, start: 0, end: 0 };

  constructor(
    private readonly sc: JsonScanner,
    private readonly b: Builder,
  ) {}

  private scan(): Tok {
    this.tok = this.sc.scan();
    return this.tok;
  }

  parse(): LObject | PErr {
    const t = this.scan();
    if (t.type !== LBRACE) {
      return new PErr(`expected "{", found ${this.b.describe(t)}`, t.start, t.end);
    }
    const o = this.objectType();
    if (o instanceof PErr) return o;
    if (this.tok.type === RBRACE && /\S/.test(this.b.s.slice(o.end))) {
      const rest = this.b.s.slice(o.end);
      const skip = rest.length - rest.trimStart().length;
      this.b.warnings.push(
        new PErr(
          'HCL v1 (JSON mode, as the file starts with "{") ignores everything after the "}" that closes the file',
          o.end + skip,
          this.b.s.length,
        ),
      );
    }
    return o.node;
  }

  /** End of the last value read, for objects that HCL v1 ends without a "}". */
  private lastEnd = 0;

  private objectList(out: LProperty[]): PErr | null {
    for (;;) {
      const r = this.objectItem();
      if (r === EOF_SENT) break;
      if (r instanceof PErr) return r;
      out.push(r.prop);
      this.lastEnd = r.end;
      const t = this.scan();
      if (t.type !== COMMA) break;
    }
    return null;
  }

  private objectItem(): { prop: LProperty; end: number } | PErr | EofSent {
    const keys: Tok[] = [];
    const err = this.objectKey(keys);
    if (err !== null) return err;
    this.b.depth += keys.length - 1;
    try {
      if (this.b.depth > MAX_HCL_NESTING) {
        throw new Abort(`nesting deeper than ${MAX_HCL_NESTING} levels`, keys[0]!.start, keys[keys.length - 1]!.end);
      }
      const v = this.objectValue();
      if (v === EOF_SENT || v instanceof PErr) return v;
      return { prop: this.b.property(keys, v.node, v.end, false), end: v.end };
    } finally {
      this.b.depth -= keys.length - 1;
    }
  }

  private objectKey(keys: Tok[]): PErr | EofSent | null {
    for (;;) {
      const t = this.scan();
      switch (t.type) {
        case EOF:
          return EOF_SENT;
        case STRING:
          keys.push(t);
          break;
        case COLON:
          if (keys.length === 0) return new PErr('found ":" without a key before it', t.start, t.end);
          return null;
        default:
          if (keys.length > 0) {
            return new PErr(`expected ":" after the key, found ${this.b.describe(t)}`, t.start, t.end);
          }
          return new PErr(`expected a quoted key, found ${this.b.describe(t)}`, t.start, t.end);
      }
    }
  }

  private objectValue(): { node: LNode; end: number } | PErr | EofSent {
    const t = this.scan();
    switch (t.type) {
      case NUMBER:
      case FLOAT:
      case BOOL:
      case NULL:
      case STRING:
        return { node: this.b.literal(t), end: t.end };
      case LBRACE:
        return this.objectType();
      case LBRACK:
        return this.listType();
      case EOF:
        return EOF_SENT;
      default:
        return new PErr(`expected a value, found ${this.b.describe(t)}`, t.start, t.end);
    }
  }

  private objectType(): { node: LObject; end: number } | PErr {
    const lbrace = this.tok;
    this.b.enter(lbrace.start, lbrace.end);
    const props: LProperty[] = [];
    this.lastEnd = lbrace.end;
    const err = this.objectList(props);
    this.b.leave();
    if (err !== null && this.tok.type !== RBRACE) return err;
    const t = this.tok;
    let end: number;
    if (t.type === RBRACE) {
      end = t.end;
    } else {
      end = this.lastEnd;
      if (t.type !== EOF) {
        this.b.warnings.push(
          new PErr(
            `HCL v1 (JSON mode, as the file starts with "{") stops reading this object at ${this.b.describe(t)} and ignores what follows`,
            t.start,
            t.end,
          ),
        );
      }
    }
    if (err !== null) {
      this.b.warnings.push(new PErr(`HCL v1 (JSON mode) drops part of this object: ${err.message}`, err.start, err.end));
    }
    return { node: this.b.object(props, lbrace.start, end), end };
  }

  private listType(): { node: LArray; end: number } | PErr {
    const lbrack = this.tok;
    this.b.enter(lbrack.start, lbrack.end);
    try {
      const items: LNode[] = [];
      for (;;) {
        const t = this.scan();
        switch (t.type) {
          case NUMBER:
          case FLOAT:
          case STRING:
            items.push(this.b.literal(t));
            break;
          case COMMA:
            continue;
          case LBRACE: {
            const o = this.objectType();
            if (o instanceof PErr) return o;
            items.push(o.node);
            break;
          }
          case BOOL:
          case LBRACK:
            this.b.warnings.push(
              new PErr(
                `HCL v1 (JSON mode) silently drops ${t.type === BOOL ? 'booleans' : 'the "[" of nested lists'} inside lists`,
                t.start,
                t.end,
              ),
            );
            break;
          case RBRACK:
            return { node: this.b.array(items, lbrack.start, t.end), end: t.end };
          default:
            if (t.type === EOF) {
              return new PErr('this "[" is never closed: expected "]" before the end of the file', lbrack.start, lbrack.end);
            }
            return new PErr(`unexpected ${this.b.describe(t)} in list`, t.start, t.end);
        }
      }
    } finally {
      this.b.leave();
    }
  }
}

// ---------------------------------------------------------------------------------------
// Entry point

/** HCL v1's lexMode: JSON when the first non-space character (Go's unicode.IsSpace) is `{`. */
export function isJsonMode(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isGoSpace(c)) continue;
    return c === 123;
  }
  return false;
}

function commentText(raw: string): string {
  if (raw.startsWith('#')) return raw.slice(1).trim();
  if (raw.startsWith('/*')) return raw.slice(2, raw.endsWith('*/') && raw.length >= 4 ? -2 : undefined).trim();
  return raw.slice(2).trim();
}

/**
 * Parse an HCL v1 file. Never throws: anything HCL v1 (as Consul uses it) rejects is a
 * fatal problem with a range, and `documents` is then empty. Non-fatal problems point at
 * input HCL v1 accepts only by silently dropping part of it.
 */
export function parseHcl(text: string, lines: LineIndex, options: HclParseOptions = {}): ParseResult {
  const comments: Comment[] = [];
  const json = isJsonMode(text);
  let b: Builder | undefined;
  let sc: HclScanner | undefined;
  const fail = (message: string, start: number, end: number, mapped = true): ParseResult => {
    const range = mapped && b ? b.range(start, end) : lines.range(start, end);
    return { documents: [], comments, problems: [{ message, range, fatal: true }] };
  };
  try {
    let root: LObject;
    if (json) {
      b = new Builder(text, text, lines, undefined, true);
      const r = new JsonParser(new JsonScanner(text), b).parse();
      if (r instanceof PErr) return fail(r.message, r.start, r.end);
      root = r;
    } else {
      // HCL v1 replaces every CRLF by LF before scanning (hcl/parser.Parse).
      let s = text;
      let origOff: Int32Array | undefined;
      if (text.includes('\r\n')) {
        s = text.replace(/\r\n/g, '\n');
        origOff = new Int32Array(s.length);
        let j = 0;
        for (let i = 0; i < text.length; i++) {
          if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) continue;
          origOff[j++] = i;
        }
      }
      b = new Builder(s, text, lines, origOff, false);
      sc = new HclScanner(s);
      const r = new HclParser(sc, b).parse();
      const bb = b;
      for (const [cs, ce] of sc.comments) {
        comments.push({ text: commentText(bb.rawOf(cs, ce)), range: bb.range(cs, ce) });
      }
      if (r.err) return fail(r.err.message, r.err.start, r.err.end);
      root = new ObjectNode(r.props, lines, 0, text.length);
    }

    try {
      decodeHclTree(root, { json, intSize: options.intSize ?? 64, invalid: b.invalid });
    } catch (e) {
      if (e instanceof HclDecodeError) {
        const range = e.range ?? lines.range(0, 0);
        return { documents: [], comments, problems: [{ message: e.message, range, fatal: true }] };
      }
      throw e;
    }
    if (json) markHclJsonRoot(root);
    const bb = b;
    const problems: ParseProblem[] = b.warnings.map((w) => ({
      message: w.message,
      range: bb.range(w.start, w.end),
      fatal: false,
    }));
    return {
      documents: [{ index: 0, root, range: lines.range(0, text.length) }],
      comments,
      problems,
    };
  } catch (e) {
    if (e instanceof Abort) {
      if (sc && b && comments.length === 0) {
        const bb = b;
        for (const [cs, ce] of sc.comments) comments.push({ text: commentText(bb.rawOf(cs, ce)), range: bb.range(cs, ce) });
      }
      return fail(e.message, e.start, e.end);
    }
    const message = e instanceof Error ? e.message : String(e);
    return fail(`internal error while parsing HCL: ${message}`, 0, 0, false);
  }
}
