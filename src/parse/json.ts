/**
 * JSON parser that keeps source ranges, judging the text by Go's encoding/json rules
 * (Consul decodes `.json` config entries with `json.Unmarshal`, see
 * hashicorp/consul command/helpers/decode_shim.go).
 *
 * Lexing is done with jsonc-parser's scanner (offsets, string decoding, comments); the
 * grammar is driven by an explicit stack instead of recursion, so any nesting depth is
 * safe (jsonc-parser's own `visit`/`parseTree` recurse and overflow the call stack at a
 * few thousand levels). Everything Go rejects becomes a fatal `ParseProblem` with an exact
 * range: comments, trailing commas, a BOM, single quotes, unquoted keys, NaN/Infinity,
 * leading zeros, `+` numbers, raw control characters in strings, invalid escapes,
 * trailing content, an empty file. Recoverable mistakes (a comment, a trailing comma, a
 * bad number…) are reported and parsing goes on so that one run shows all of them; the
 * first mistake that leaves the structure unknowable stops the parse.
 */
import { createScanner } from 'jsonc-parser';
import type {
  Comment,
  LNode,
  LScalar,
  ParseProblem,
  ParseResult,
  SourceRange,
} from './located.js';
import { ArrayNode, ObjectNode, PropertyNode, ScalarNode, endOf, type RangeSource } from './nodes.js';

export interface JsonParseOptions {
  /** The file started with a UTF-8 byte order mark (already removed from `text`). */
  hadBom?: boolean;
}

/** Deeper nesting than this is refused with a problem (Go's own limit is 10,000). */
export const JSON_MAX_DEPTH = 500;
/** At most this many problems are reported for one file. */
export const JSON_MAX_PROBLEMS = 100;
const MAX_PROBLEMS = JSON_MAX_PROBLEMS;

const GO_NOTE = "Consul reads .json entries with Go's encoding/json";

// jsonc-parser's SyntaxKind / ScanError values (declared there as const enums).
const K = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Trivia: 15,
  Unknown: 16,
  EOF: 17,
} as const;
const SCAN_UNEXPECTED_END_OF_COMMENT = 1;
const SCAN_UNEXPECTED_END_OF_STRING = 2;

interface Token {
  kind: number;
  start: number;
  end: number;
  /** Decoded value for strings. */
  value: string;
  scanError: number;
}

interface ObjectFrame {
  kind: 'object';
  node: ObjectNode;
  key?: { key: string; start: number; end: number };
  /** Offset of the last ',' seen in this object (for the trailing-comma problem). */
  comma?: number;
}
interface ArrayFrame {
  kind: 'array';
  node: ArrayNode;
}
type Frame = ObjectFrame | ArrayFrame;

type State =
  | 'value' // a value is required (top level, after ':' or after ',' in an array)
  | 'firstKey' // just after '{': a key or '}'
  | 'key' // after ',' in an object: a key is required
  | 'colon' // after a key
  | 'firstItem' // just after '[': a value or ']'
  | 'after'; // after a complete value

/** Thrown internally to stop at an unrecoverable problem. */
class Stop extends Error {}

const NUMBER_RE = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const LOOSE_NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d*)?$/;
const IDENT_RE = /^[A-Za-z_$][\w$.-]*$/;
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isDelimiter(c: number): boolean {
  // whitespace Go accepts, line breaks, and JSON's structural characters
  return (
    c === 32 || c === 9 || c === 10 || c === 13 ||
    c === 123 || c === 125 || c === 91 || c === 93 || c === 44 || c === 58 || c === 34 || c === 47
  );
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** `'x'` for a printable character, `U+00A0` for invisible or control ones. */
export function describeChar(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  if (cp === undefined) return 'end of file';
  const invisible =
    cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0xad || (cp >= 0x2000 && cp <= 0x200f) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
  if (invisible) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(cp)}'`;
}

const CONTROL_NAMES: Record<number, string> = {
  0x08: 'a backspace, write \\b',
  0x09: 'a tab, write \\t',
  0x0a: 'a line feed, write \\n',
  0x0c: 'a form feed, write \\f',
  0x0d: 'a carriage return, write \\r',
};

class JsonParser {
  private readonly scanner;
  private readonly problems: ParseProblem[] = [];
  private readonly comments: Comment[] = [];
  private readonly stack: Frame[] = [];
  /** End offset of the last significant token, for end-of-file positions. */
  private lastEnd = 0;
  /** The text contains `\u` somewhere (else strings need no surrogate check). */
  private readonly hasUnicodeEscape: boolean;

  constructor(
    private readonly text: string,
    private readonly lines: RangeSource,
    private readonly opts: JsonParseOptions,
  ) {
    this.scanner = createScanner(text, false);
    this.hasUnicodeEscape = text.includes('\\u');
  }

  run(): ParseResult {
    let root: LNode | undefined;
    if (this.opts.hadBom) {
      this.report(
        this.range(0, 0),
        `the file starts with a UTF-8 byte order mark (BOM), which JSON does not allow; ${GO_NOTE}, which rejects it. Save the file as UTF-8 without BOM`,
      );
    }
    try {
      root = this.parse();
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      root = undefined;
    }
    if (this.left.range) {
      const n = this.left.count;
      this.problems.push({
        message: `${n} more problem${n === 1 ? ' is' : 's are'} not listed for this file (the first of them is here): mtls-lint lists at most ${MAX_PROBLEMS} per JSON file`,
        range: this.left.range,
        fatal: true,
      });
    }
    const fatal = this.problems.some((p) => p.fatal);
    return {
      documents: root && !fatal ? [{ index: 0, root, range: root.range }] : [],
      comments: this.comments,
      problems: this.problems,
    };
  }

  // ---------------------------------------------------------------- problems

  private range(start: number, end: number): SourceRange {
    return this.lines.range(start, end);
  }

  private report(range: SourceRange, message: string): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      // Counted, and said once at the end (run), at the first one left out.
      this.left.count++;
      this.left.range ??= range;
      return;
    }
    this.problems.push({ message, range, fatal: true });
  }

  /** Problems beyond MAX_PROBLEMS: how many, and where the first one is. */
  private readonly left: { count: number; range?: SourceRange } = { count: 0 };

  private fail(start: number, end: number, message: string): never {
    this.report(this.range(start, end), message);
    throw new Stop();
  }

  // ------------------------------------------------------------------ tokens

  /** Next significant token; comments are recorded (and reported) on the way. */
  private next(): Token {
    const s = this.scanner;
    for (;;) {
      const kind = s.scan() as number;
      const start = s.getTokenOffset();
      const end = start + s.getTokenLength();
      if (kind === K.Trivia || kind === K.LineBreak) continue;
      if (kind === K.LineComment) {
        this.addComment(start, end, this.text.slice(start + 2, end));
        continue;
      }
      if (kind === K.BlockComment) {
        const closed = s.getTokenError() !== SCAN_UNEXPECTED_END_OF_COMMENT;
        this.addComment(start, end, this.text.slice(start + 2, closed ? end - 2 : end));
        if (!closed) {
          this.fail(start, start + 2, 'unexpected end of file: the /* comment is never closed with */');
        }
        continue;
      }
      if (kind === K.Unknown && this.text.charCodeAt(start) === 35 /* # */) {
        let eol = start;
        while (eol < this.text.length && !isLineBreak(this.text.charCodeAt(eol))) eol++;
        this.addComment(start, eol, this.text.slice(start + 1, eol));
        s.setPosition(eol);
        continue;
      }
      if (kind !== K.EOF) this.lastEnd = end;
      return { kind, start, end, value: s.getTokenValue(), scanError: s.getTokenError() as number };
    }
  }

  private addComment(start: number, end: number, body: string): void {
    const range = this.range(start, end);
    this.comments.push({ text: body.trim(), range });
    this.report(range, `JSON does not allow comments; ${GO_NOTE}`);
  }

  /** End of the "word" that starts at `start` (what a bare literal would span). */
  private wordEnd(start: number): number {
    let i = start;
    const t = this.text;
    while (i < t.length && !isDelimiter(t.charCodeAt(i))) i++;
    if (i === start) i = start + (t.codePointAt(start)! > 0xffff ? 2 : 1);
    return i;
  }

  private lineEnd(offset: number): number {
    let i = offset;
    while (i < this.text.length && !isLineBreak(this.text.charCodeAt(i))) i++;
    return i;
  }

  private describeToken(tok: Token): string {
    if (tok.kind === K.EOF) return 'end of file';
    return describeChar(this.text, tok.start);
  }

  // ------------------------------------------------------------------ values

  private scalar(type: LScalar['type'], value: LScalar['value'], start: number, end: number): LScalar {
    return new ScalarNode(type, value, this.text.slice(start, end), this.lines, start, end);
  }

  /** A double-quoted string token: checks Go's string rules and returns its value. */
  private stringToken(tok: Token): string {
    if (tok.scanError === SCAN_UNEXPECTED_END_OF_STRING) {
      if (tok.end >= this.text.length) {
        this.fail(tok.start, tok.end, 'unexpected end of file inside a string: the closing " is missing');
      }
      this.fail(tok.start, tok.end, 'string is not closed: the closing " is missing before the end of the line');
    }
    if (tok.scanError !== 0) this.checkString(tok.start + 1, tok.end - 1);
    let value = tok.value;
    if (this.hasUnicodeEscape && this.text.slice(tok.start, tok.end).includes('\\u')) {
      // Go's decoder replaces unpaired surrogates from \u escapes with U+FFFD.
      value = value.replace(LONE_SURROGATE_RE, '\uFFFD');
    }
    return value;
  }

  /** Reports raw control characters and invalid escapes between `start` and `end`. */
  private checkString(start: number, end: number): void {
    const t = this.text;
    for (let i = start; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c < 0x20) {
        const what = CONTROL_NAMES[c] ?? `write it as \\u${c.toString(16).padStart(4, '0')}`;
        this.report(
          this.range(i, i + 1),
          `JSON does not allow a raw control character (${describeChar(t, i)}) inside a string: ${what}`,
        );
      } else if (c === 92 /* \ */) {
        const e = t.charCodeAt(i + 1);
        if (e === 117 /* u */) {
          const hex = t.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            let j = i + 2;
            while (j < Math.min(i + 6, end) && /[0-9a-fA-F]/.test(t[j]!)) j++;
            this.report(this.range(i, j), 'invalid \\u escape in a string: \\u needs exactly 4 hex digits');
            i = j - 1;
          } else {
            i += 5;
          }
        } else if (t[i + 1] === '\n' || t[i + 1] === '\r') {
          this.report(
            this.range(i, i + 1),
            'a backslash before a line break is not allowed: a JSON string cannot continue on the next line',
          );
          i += t[i + 1] === '\r' && t[i + 2] === '\n' ? 2 : 1;
        } else if ('"\\/bfnrt'.includes(t[i + 1] ?? '')) {
          i++;
        } else {
          const n = t.codePointAt(i + 1)! > 0xffff ? 3 : 2;
          this.report(
            this.range(i, i + n),
            `invalid escape '${t.slice(i, i + n)}' in a string: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (write a backslash as \\\\)`,
          );
          i += n - 1;
        }
      }
    }
  }

  /**
   * A value that is not a double-quoted string, object or array: a literal, a number or
   * something Go rejects. Returns the scalar, or stops at an unrecoverable problem.
   */
  private bareValue(tok: Token): LScalar {
    const t = this.text;
    const start = tok.start;
    const first = t[start]!;

    // single-quoted or typographically quoted strings
    const closeFor: Record<string, string> = { "'": "'", '\u201c': '\u201d', '\u201d': '\u201d', '\u2018': '\u2019', '\u2019': '\u2019', '\u201e': '\u201c' };
    if (first in closeFor) {
      const close = first === "'" ? "'" : null;
      const eol = this.lineEnd(start);
      let j = start + 1;
      while (j < eol) {
        const ch = t[j]!;
        if (ch === '\\') { j += 2; continue; }
        if (close ? ch === close : ch === '\u201c' || ch === '\u201d' || ch === '\u2018' || ch === '\u2019' || ch === '"') break;
        j++;
      }
      const smart = first !== "'";
      const msg = smart
        ? `unexpected character ${describeChar(t, start)}: JSON strings need straight double quotes ("), not typographic quotes`
        : 'JSON does not allow single-quoted strings; use double quotes (")';
      if (j >= eol) this.fail(start, start + 1, msg);
      this.report(this.range(start, j + 1), msg);
      this.scanner.setPosition(j + 1);
      return this.scalar('string', t.slice(start + 1, j), start, j + 1);
    }

    const end = this.wordEnd(start);
    const word = t.slice(start, end);
    this.scanner.setPosition(end);

    if (tok.kind === K.True || tok.kind === K.False || tok.kind === K.Null) {
      return this.scalar(tok.kind === K.Null ? 'null' : 'boolean', tok.kind === K.Null ? null : tok.kind === K.True, start, end);
    }
    if (NUMBER_RE.test(word)) {
      const n = Number(word);
      if (!Number.isFinite(n)) {
        this.report(
          this.range(start, end),
          `number ${word} is out of range: Go's encoding/json cannot hold it in a 64-bit float`,
        );
      }
      return this.scalar('number', n, start, end);
    }
    const recover = (message: string, value: number): LScalar => {
      this.report(this.range(start, end), message);
      return this.scalar('number', value, start, end);
    };
    if (/^[+-]?(?:NaN|Infinity|inf)$/i.test(word)) {
      return recover(`JSON does not allow ${word.replace(/^[+-]/, '')}: numbers must be finite`, Number.NaN);
    }
    if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(word)) {
      return recover('JSON does not allow hexadecimal numbers', Number(word.replace(/^[+-]/, '')));
    }
    if (LOOSE_NUMBER_RE.test(word)) {
      const unsigned = word.replace(/^[+-]/, '');
      if (word.startsWith('+') && NUMBER_RE.test(unsigned)) {
        return recover(`JSON does not allow a '+' sign before a number: write ${unsigned}`, Number(unsigned));
      }
      if (/^0\d/.test(unsigned)) {
        return recover(`JSON does not allow leading zeros in numbers (${word}); quote it if it is text`, Number(word));
      }
      return recover(
        `invalid number ${word}: JSON needs digits before and after a decimal point and after an exponent`,
        Number(word),
      );
    }
    if (/^(?:true|false|null)$/i.test(word)) {
      const lower = word.toLowerCase();
      this.report(this.range(start, end), `JSON literals are lower case: write ${lower}`);
      return this.scalar(lower === 'null' ? 'null' : 'boolean', lower === 'null' ? null : lower === 'true', start, end);
    }
    if (word === '...' || word === '\u2026') {
      this.fail(start, end, `unexpected '${word}': the example leaves something out here; JSON has no ellipsis`);
    }
    if (IDENT_RE.test(word)) {
      this.fail(start, end, `unexpected word '${word}': a JSON string needs double quotes ("${word}")`);
    }
    const n = t.codePointAt(start)! > 0xffff ? 2 : 1;
    this.fail(start, start + n, `unexpected character ${describeChar(t, start)}`);
  }

  /** A key: a double-quoted string (or a recoverable mistake). Returns undefined if it is no key. */
  private keyToken(tok: Token): { key: string; start: number; end: number } | undefined {
    if (tok.kind === K.String) return { key: this.stringToken(tok), start: tok.start, end: tok.end };
    if (tok.kind === K.Unknown || tok.kind === K.Number || tok.kind === K.True || tok.kind === K.False || tok.kind === K.Null) {
      const t = this.text;
      const first = t[tok.start]!;
      if (first === "'" || first === '\u201c' || first === '\u201d' || first === '\u2018' || first === '\u2019') {
        const s = this.bareValue(tok);
        return { key: String(s.value), start: tok.start, end: this.scanner.getPosition() };
      }
      const end = this.wordEnd(tok.start);
      const word = t.slice(tok.start, end);
      if (IDENT_RE.test(word) || /^\d+$/.test(word)) {
        // an unquoted key is recoverable only when a ':' follows
        let j = end;
        while (j < t.length && (t[j] === ' ' || t[j] === '\t')) j++;
        if (t[j] === ':') {
          this.report(this.range(tok.start, end), `JSON does not allow unquoted keys: write "${word}"`);
          this.scanner.setPosition(end);
          return { key: word, start: tok.start, end };
        }
      }
    }
    return undefined;
  }

  // ------------------------------------------------------------------- grammar

  private parse(): LNode | undefined {
    let tok = this.next();
    if (tok.kind === K.EOF) {
      const what = this.comments.length > 0 ? 'holds only comments' : 'is empty';
      this.fail(0, 0, `the file ${what}: JSON needs exactly one value, such as an object { … }`);
    }
    let root: LNode | undefined;
    let state = 'value' as State;

    const complete = (node: LNode): void => {
      const top = this.stack[this.stack.length - 1];
      if (!top) root = node;
      else if (top.kind === 'array') top.node.items.push(node);
      else {
        const k = top.key!;
        top.node.props.push(new PropertyNode(k.key, node, this.lines, k.start, k.end, endOf(node)));
        top.key = undefined;
      }
      state = 'after';
    };

    const close = (endTok: Token): void => {
      const frame = this.stack.pop()!;
      frame.node.endOffset = endTok.end;
      complete(frame.node);
    };

    const open = (tok: Token): void => {
      if (this.stack.length >= JSON_MAX_DEPTH) {
        this.fail(tok.start, tok.end, `nesting deeper than ${JSON_MAX_DEPTH} levels: mtls-lint does not read further`);
      }
      if (tok.kind === K.OpenBrace) {
        this.stack.push({ kind: 'object', node: new ObjectNode([], this.lines, tok.start, tok.end) });
        state = 'firstKey';
      } else {
        this.stack.push({ kind: 'array', node: new ArrayNode([], this.lines, tok.start, tok.end) });
        state = 'firstItem';
      }
    };

    const eof = (): never => {
      const top = this.stack[this.stack.length - 1]!;
      const ch = top.kind === 'object' ? '{' : '[';
      const line = top.node.range.start.line;
      this.fail(this.lastEnd, this.lastEnd, `unexpected end of file: ${ch} opened at line ${line} is never closed`);
    };

    const value = (tok: Token): void => {
      if (tok.kind === K.OpenBrace || tok.kind === K.OpenBracket) open(tok);
      else if (tok.kind === K.String) complete(this.scalar('string', this.stringToken(tok), tok.start, tok.end));
      else if (tok.kind === K.EOF) {
        if (this.stack.length === 0) this.fail(this.lastEnd, this.lastEnd, 'unexpected end of file: a value is missing');
        eof();
      } else if (tok.kind === K.CloseBrace || tok.kind === K.CloseBracket || tok.kind === K.Comma || tok.kind === K.Colon) {
        const top = this.stack[this.stack.length - 1];
        const where = top?.kind === 'object' ? ` for the key "${top.key?.key ?? ''}"` : '';
        this.fail(tok.start, tok.end, `a value is missing${where}: found ${this.describeToken(tok)}`);
      } else complete(this.bareValue(tok));
    };

    while (true) {
      switch (state) {
        case 'value':
          value(tok);
          break;
        case 'firstItem':
          if (tok.kind === K.CloseBracket) close(tok);
          else value(tok);
          break;
        case 'firstKey':
        case 'key': {
          const frame = this.stack[this.stack.length - 1] as ObjectFrame;
          if (tok.kind === K.CloseBrace) {
            if (state === 'key') {
              // the comma before was a trailing comma; it was remembered on the frame
              const comma = frame.comma ?? tok.start;
              this.report(this.range(comma, comma + 1), 'JSON does not allow a trailing comma before }');
            }
            close(tok);
            break;
          }
          if (tok.kind === K.EOF) eof();
          const k = this.keyToken(tok);
          if (!k) {
            this.fail(
              tok.start,
              tok.kind === K.Unknown ? tok.start + (this.text.codePointAt(tok.start)! > 0xffff ? 2 : 1) : tok.end,
              tok.kind === K.Unknown
                ? `unexpected character ${this.describeToken(tok)}: expected a key in double quotes${state === 'firstKey' ? ' or }' : ''}`
                : `expected a key in double quotes${state === 'firstKey' ? ' or }' : ''}, found ${this.describeToken(tok)}`,
            );
          }
          frame.key = { key: k.key, start: k.start, end: k.end };
          state = 'colon';
          break;
        }
        case 'colon': {
          if (tok.kind === K.Colon) {
            state = 'value';
            break;
          }
          if (tok.kind === K.EOF) eof();
          const frame = this.stack[this.stack.length - 1] as ObjectFrame;
          this.fail(
            tok.start,
            tok.start + 1,
            `expected ':' after the key "${frame.key?.key ?? ''}", found ${this.describeToken(tok)}`,
          );
        }
        case 'after': {
          const top = this.stack[this.stack.length - 1];
          if (!top) {
            if (tok.kind === K.EOF) return root;
            const found = this.describeToken(tok);
            if (tok.kind === K.Colon && root?.type === 'string') {
              this.fail(
                tok.start,
                tok.end,
                "unexpected ':' after the top-level string: are the enclosing { } of the object missing?",
              );
            }
            this.fail(
              tok.start,
              tok.kind === K.Unknown ? this.wordEnd(tok.start) : tok.end,
              `unexpected ${found} after the end of the JSON value: a JSON file holds exactly one value`,
            );
          }
          if (tok.kind === K.EOF) eof();
          const closer = top.kind === 'object' ? K.CloseBrace : K.CloseBracket;
          const closeCh = top.kind === 'object' ? '}' : ']';
          if (tok.kind === K.Comma) {
            if (top.kind === 'object') {
              top.comma = tok.start;
              state = 'key';
            } else {
              const comma = tok.start;
              tok = this.next();
              if (tok.kind === K.CloseBracket) {
                this.report(this.range(comma, comma + 1), 'JSON does not allow a trailing comma before ]');
                close(tok);
              } else value(tok);
              break;
            }
            break;
          }
          if (tok.kind === closer) {
            close(tok);
            break;
          }
          const line = top.node.range.start.line;
          if (tok.kind === K.CloseBrace || tok.kind === K.CloseBracket) {
            this.fail(
              tok.start,
              tok.end,
              `unexpected ${this.describeToken(tok)}: expected ',' or '${closeCh}' to close the ${top.kind === 'object' ? '{' : '['} opened at line ${line}`,
            );
          }
          const what = top.kind === 'object' ? 'properties' : 'array items';
          this.fail(
            tok.start,
            tok.start + 1,
            `missing comma between ${what}: expected ',' or '${closeCh}', found ${this.describeToken(tok)}`,
          );
        }
      }
      tok = this.next();
    }
  }
}

/**
 * Parses `text` (BOM already removed) as JSON by Go's encoding/json rules. Never throws:
 * every mistake is a located fatal problem, and `documents` is empty when any exists.
 */
/**
 * `lines` turns the parser's offsets into ranges: the file's `LineIndex`, or a mapping onto
 * the file of a JSON text embedded in it (Terraform's `config_json`).
 */
export function parseJson(text: string, lines: RangeSource, opts: JsonParseOptions = {}): ParseResult {
  try {
    return new JsonParser(text, lines, opts).run();
  } catch (e) {
    return {
      documents: [],
      comments: [],
      problems: [
        {
          message: `internal error while reading JSON: ${e instanceof Error ? e.message : String(e)}`,
          range: lines.range(0, 0),
          fatal: true,
        },
      ],
    };
  }
}
