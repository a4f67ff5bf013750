/**
 * Terraform (HCL2) files, read only as far as `resource "consul_config_entry" "<name>"`
 * blocks need: every other block is skipped by bracket matching, silently. Each such
 * resource becomes one located document whose root object holds the resource's arguments
 * (`kind`, `name`, `partition`, `namespace`, `config_json`, …) with exact ranges; the
 * `config_json` value is the config object itself, from
 * - `jsonencode({ … })`: the HCL2 object expression (identifier or string keys, `=` or `:`,
 *   commas or newlines, tuples, numbers, bools, null), or
 * - a JSON string or heredoc (`<<EOT` / `<<-EOT`), parsed with Go's JSON rules. A heredoc
 *   with `${…}`/`%{…}` sequences is read with them blanked: its literal fields are known, the
 *   templated values unknown, templated keys left out; when that does not parse (a directive
 *   that writes JSON), the whole `config_json` is unknown.
 * An expression whose value Terraform only knows at plan time (a variable, a function call
 * other than `jsonencode`, a template with `${…}`, an operator) becomes a `null` scalar whose
 * `raw` is the expression's source (`isUnknown`). References to another
 * `consul_config_entry` of the same file (`consul_config_entry.web.name`) are resolved.
 *
 * Comments (`#`, `//`, `/* *\/`) are collected for suppression directives. Syntax errors are
 * problems only inside a `consul_config_entry` resource; the rest of the file is not judged.
 */
import type { Comment, LArray, LNode, LObject, LProperty, LScalar, LocatedDocument, ParseProblem, ParseResult, SourceRange } from './located.js';
import { LineIndex } from './line-index.js';
import { JSON_READER } from './readers.js';
import { lastProp } from './nodes.js';
import { blankTemplate, readAsTemplate } from './go-template.js';
import { parseYaml } from './yaml-read.js';

/** Deeper nesting of expressions than this is a problem (the parser recurses per level). */
export const MAX_TERRAFORM_NESTING = 500;

/** Whether a node stands for a value Terraform computes at plan time. */
export function isUnknown(n: LNode): boolean {
  return n.type === 'null' && n.raw !== 'null';
}

type TokType = 'ident' | 'number' | 'string' | 'heredoc' | 'punct' | 'nl' | 'error' | 'eof';

interface Tok {
  t: TokType;
  /** Source text (punctuation, identifier, number, whole string or heredoc). */
  v: string;
  start: number;
  end: number;
  /** Strings and heredocs: the value without quotes / markers, escapes decoded (templates left as written). */
  value?: string;
  /** Strings and heredocs holding `${…}` or `%{…}`. */
  template?: boolean;
  /** Heredocs: the body's offsets and the template sequences inside it. */
  bodyStart?: number;
  bodyEnd?: number;
  templates?: [number, number][];
}

const PUNCT2 = ['==', '!=', '<=', '>=', '&&', '||', '=>', '...'];

class Lexer {
  readonly toks: Tok[] = [];
  readonly comments: Comment[] = [];
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  run(): void {
    const s = this.text;
    while (this.i < s.length) {
      const c = s[this.i]!;
      const start = this.i;
      if (c === ' ' || c === '\t' || c === '\uFEFF') {
        this.i++;
      } else if (c === '\n' || c === '\r') {
        this.i += c === '\r' && s[this.i + 1] === '\n' ? 2 : 1;
        this.push('nl', start);
      } else if (c === '#' || (c === '/' && s[this.i + 1] === '/')) {
        while (this.i < s.length && s[this.i] !== '\n' && s[this.i] !== '\r') this.i++;
        const body = s.slice(start + (c === '#' ? 1 : 2), this.i);
        this.comments.push({ text: body.trim(), range: this.lines.range(start, this.i) });
      } else if (c === '/' && s[this.i + 1] === '*') {
        const end = s.indexOf('*/', this.i + 2);
        if (end < 0) {
          this.i = s.length;
          this.push('error', start, 'unterminated comment: /* has no closing */');
        } else {
          this.i = end + 2;
          this.comments.push({ text: s.slice(start + 2, end).trim(), range: this.lines.range(start, this.i) });
        }
      } else if (/[A-Za-z_]/.test(c)) {
        while (this.i < s.length && /[A-Za-z0-9_-]/.test(s[this.i]!)) this.i++;
        this.push('ident', start);
      } else if (/[0-9]/.test(c)) {
        const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(s.slice(this.i, this.i + 400))!;
        this.i += m[0].length;
        this.push('number', start);
      } else if (c === '"') {
        this.string(start);
      } else if (c === '<' && s[this.i + 1] === '<' && /^<<-?[A-Za-z_][A-Za-z0-9_-]*[ \t]*(\r\n|\n|\r)/.test(s.slice(this.i, this.i + 300))) {
        this.heredoc(start);
      } else {
        const two = PUNCT2.find((p) => s.startsWith(p, this.i));
        this.i += two ? two.length : 1;
        this.push('punct', start);
      }
    }
    this.toks.push({ t: 'eof', v: '', start: s.length, end: s.length });
  }

  private push(t: TokType, start: number, message?: string, extra: Partial<Tok> = {}): void {
    this.toks.push({ t, v: message ?? this.text.slice(start, this.i), start, end: this.i, ...extra });
  }

  /** Skips a `${ … }` / `%{ … }` sequence starting at `this.i` (on the `$`/`%`); nested strings and braces count. */
  private templateSequence(): boolean {
    const s = this.text;
    this.i += 2;
    let depth = 1;
    while (this.i < s.length && depth > 0) {
      const c = s[this.i]!;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '"') {
        this.i++;
        while (this.i < s.length && s[this.i] !== '"' && s[this.i] !== '\n') {
          if (s[this.i] === '\\') this.i++;
          this.i++;
        }
      }
      this.i++;
    }
    return depth === 0;
  }

  private string(start: number): void {
    const s = this.text;
    this.i++;
    let value = '';
    let template = false;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === '"') {
        this.i++;
        this.push('string', start, undefined, { value, template });
        return;
      }
      if (c === '\n' || c === '\r') break;
      if (c === '\\') {
        const n = s[this.i + 1] ?? '';
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
        if (n in simple) {
          value += simple[n];
          this.i += 2;
        } else if (n === 'u' || n === 'U') {
          const len = n === 'u' ? 4 : 8;
          const hex = s.slice(this.i + 2, this.i + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) {
            this.push('error', start, `invalid escape sequence \\${n}${hex} in a string`);
            this.skipLine();
            return;
          }
          value += String.fromCodePoint(parseInt(hex, 16));
          this.i += 2 + len;
        } else {
          this.i++;
          this.push('error', start, `invalid escape sequence \\${n} in a string`);
          this.skipLine();
          return;
        }
        continue;
      }
      if ((c === '$' || c === '%') && s[this.i + 1] === '{') {
        if (s[this.i - 1] === c && value.endsWith(c)) {
          // `$${` / `%%{` is a literal `${` / `%{`.
          value = value.slice(0, -1) + c + '{';
          this.i += 2;
          continue;
        }
        const from = this.i;
        if (!this.templateSequence()) break;
        value += s.slice(from, this.i);
        template = true;
        continue;
      }
      value += c;
      this.i++;
    }
    this.push('error', start, 'unterminated string: a quoted string must end with " on the same line');
    this.skipLine();
  }

  private skipLine(): void {
    while (this.i < this.text.length && this.text[this.i] !== '\n' && this.text[this.i] !== '\r') this.i++;
  }

  private heredoc(start: number): void {
    const s = this.text;
    const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*(\r\n|\n|\r)/.exec(s.slice(this.i, this.i + 300))!;
    const strip = m[1] === '-';
    const marker = m[2]!;
    this.i += m[0].length;
    const bodyStart = this.i;
    while (this.i <= s.length) {
      let eol = this.i;
      while (eol < s.length && s[eol] !== '\n' && s[eol] !== '\r') eol++;
      if (s.slice(this.i, eol).trim() === marker) {
        const bodyEnd = this.i;
        const body = s.slice(bodyStart, bodyEnd);
        const templates: [number, number][] = [];
        const re = /(^|[^$%])([$%])\{/g;
        let t: RegExpExecArray | null;
        while ((t = re.exec(body))) {
          const at = bodyStart + t.index + t[1]!.length;
          const save = this.i;
          this.i = at;
          this.templateSequence();
          templates.push([at, this.i]);
          re.lastIndex = this.i - bodyStart;
          this.i = save;
        }
        this.i = eol;
        this.push('heredoc', start, undefined, {
          value: strip ? stripIndent(body) : body,
          template: templates.length > 0,
          bodyStart,
          bodyEnd,
          templates,
        });
        return;
      }
      if (eol >= s.length) break;
      this.i = eol + (s[eol] === '\r' && s[eol + 1] === '\n' ? 2 : 1);
    }
    this.i = s.length;
    this.push('error', start, `unterminated heredoc: no line "${marker}" closes it`);
  }
}

function stripIndent(body: string): string {
  const lines = body.split(/(?<=\n)/);
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const n = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(n, /^[ \t]*/.exec(l)![0].length))).join('');
}

class SyntaxError_ extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

type Mode = 'body' | 'object' | 'list';

interface Resource {
  label: string;
  attrs: LObject;
}

class Parser {
  private p = 0;
  /** Unknown nodes that are references `consul_config_entry.<label>.<attr>`. */
  readonly refs: { node: LScalar; label: string; attr: string }[] = [];
  /** Results of `jsonencode(…)`. */
  readonly encoded = new WeakSet<LNode>();

  constructor(
    private readonly toks: Tok[],
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  private get tok(): Tok {
    return this.toks[this.p]!;
  }

  private peek(n = 1): Tok {
    return this.toks[Math.min(this.p + n, this.toks.length - 1)]!;
  }

  private range(start: number, end: number): SourceRange {
    return this.lines.range(start, end);
  }

  private fail(message: string, t: Tok = this.tok): never {
    if (t.t === 'error') throw new SyntaxError_(t.v, t.start, t.end);
    throw new SyntaxError_(message, t.start, Math.max(t.end, t.start + 1));
  }

  private skipNl(): void {
    while (this.tok.t === 'nl') this.p++;
  }

  private isPunct(v: string, t: Tok = this.tok): boolean {
    return t.t === 'punct' && t.v === v;
  }

  private expect(v: string): Tok {
    if (!this.isPunct(v)) this.fail(`expected "${v}" but found ${describe(this.tok)}`);
    return this.toks[this.p++]!;
  }

  /** Why the last `matching` call returned -1. */
  private unbalanced?: SyntaxError_;

  /** Index of the token closing the bracket at `open`, or -1 (then `unbalanced` says why). */
  matching(open: number): number {
    const pairs: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
    const stack: number[] = [];
    for (let i = open; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (t.t === 'eof' || t.t === 'error') {
        const o = this.toks[stack[stack.length - 1] ?? open]!;
        const where = this.lines.position(o.start);
        this.unbalanced =
          t.t === 'error'
            ? new SyntaxError_(t.v, t.start, t.end)
            : new SyntaxError_(`the "${o.v}" at line ${where.line}, column ${where.column} is never closed`, o.start, o.end);
        return -1;
      }
      if (t.t !== 'punct') continue;
      if (t.v in pairs) stack.push(i);
      else if (t.v === '}' || t.v === ']' || t.v === ')') {
        const o = this.toks[stack.pop()!]!;
        if (pairs[o.v] !== t.v) {
          const where = this.lines.position(o.start);
          this.unbalanced = new SyntaxError_(`expected "${pairs[o.v]}" to close the "${o.v}" at line ${where.line}, column ${where.column}, found "${t.v}"`, t.start, t.end);
          return -1;
        }
        if (stack.length === 0) return i;
      }
    }
    return -1;
  }

  /** `matching`, failing with the reason when the brackets do not balance. */
  private mustMatch(open: number): number {
    const m = this.matching(open);
    if (m < 0) throw this.unbalanced ?? new SyntaxError_('unbalanced brackets', this.toks[open]!.start, this.toks[open]!.end);
    return m;
  }

  /** Top level: resources of type consul_config_entry, everything else skipped. */
  resources(problems: ParseProblem[]): { res: Resource; start: number; end: number }[] {
    const out: { res: Resource; start: number; end: number }[] = [];
    while (this.tok.t !== 'eof') {
      if (this.tok.t !== 'ident') {
        this.p++;
        continue;
      }
      const head = this.p;
      const labels: string[] = [];
      let q = this.p + 1;
      while (this.toks[q]!.t === 'string' || this.toks[q]!.t === 'ident') {
        labels.push(this.toks[q]!.value ?? this.toks[q]!.v);
        q++;
      }
      if (!this.isPunct('{', this.toks[q]!)) {
        // An attribute or something else: skip the line.
        this.p = q;
        while (!['nl', 'eof'].includes(this.toks[this.p]!.t)) {
          if (this.isPunct('{') || this.isPunct('[') || this.isPunct('(')) {
            const m = this.matching(this.p);
            this.p = m < 0 ? this.toks.length - 1 : m + 1;
          } else this.p++;
        }
        continue;
      }
      const close = this.matching(q);
      const isConsul = this.toks[head]!.v === 'resource' && labels[0] === 'consul_config_entry';
      if (!isConsul) {
        this.p = close < 0 ? this.toks.length - 1 : close + 1;
        continue;
      }
      const start = this.toks[head]!.start;
      try {
        if (close < 0) throw this.unbalanced ?? new SyntaxError_('the resource block has no closing "}"', this.toks[q]!.start, this.toks[q]!.end);
        this.p = q + 1;
        const attrs = this.body(close);
        const end = this.toks[close]!.end;
        attrs.range = this.range(start, end);
        out.push({ res: { label: labels[1] ?? '', attrs }, start, end });
        this.p = close + 1;
      } catch (e) {
        if (!(e instanceof SyntaxError_)) throw e;
        problems.push({ message: e.message, range: this.range(e.start, e.end), fatal: true, documentIndex: out.length });
        this.p = close < 0 ? this.nextTopLevelBlock(head + 1) : close + 1;
      }
    }
    return out;
  }

  /** After an unbalanced block: the next identifier at the start of a line (a new top-level block), else the end. */
  private nextTopLevelBlock(from: number): number {
    for (let i = from; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (t.t === 'ident' && this.lines.position(t.start).column === 1 && this.toks[i - 1]?.t === 'nl') return i;
    }
    return this.toks.length - 1;
  }

  /**
   * The arguments and blocks of a body up to the token index `close`: each argument parsed into
   * `props`, each block (its name, labels and the index of its `{` and `}`) given to `block`.
   */
  private bodyItems(close: number, props: LProperty[], block: (name: Tok, labels: Tok[], open: number, end: number) => void, newlineAfterArgument: boolean): void {
    while (this.p < close) {
      this.skipNl();
      if (this.p >= close) break;
      const t = this.tok;
      if (t.t === 'error') this.fail(t.v);
      if (t.t !== 'ident') this.fail(`expected an argument name or a block, found ${describe(t)}`);
      if (this.isPunct('=', this.peek())) {
        this.p += 2;
        const value = this.expr('body');
        props.push({ key: t.v, keyRange: this.range(t.start, t.end), value, range: this.range(t.start, value.range.end.offset) });
        if (newlineAfterArgument && this.p < close && this.tok.t !== 'nl') this.fail(`expected a newline after the argument "${t.v}", found ${describe(this.tok)}`);
        continue;
      }
      const labels: Tok[] = [];
      let q = this.p + 1;
      while (this.toks[q]!.t === 'string' || this.toks[q]!.t === 'ident') labels.push(this.toks[q++]!);
      if (!this.isPunct('{', this.toks[q]!)) this.fail(`expected "=" after "${t.v}"`, this.toks[q]!);
      const m = this.mustMatch(q);
      if (m > close) this.fail(`the block "${t.v}" has no closing "}"`, this.toks[q]!);
      block(t, labels, q, m);
      this.p = m + 1;
    }
  }

  /** A block body up to the token index `close` (its `}`): arguments; nested blocks (lifecycle, provisioners) skipped. */
  private body(close: number): LObject {
    const props: LProperty[] = [];
    this.bodyItems(close, props, () => undefined, true);
    return { type: 'object', range: this.range(0, 0), props };
  }

  /**
   * A whole HCL2 body up to the token index `close` (exclusive), nested blocks included, in the
   * shape HCL v1 gives them: `job "web" { … }` is the key `job` holding `{ web: { … } }`, and
   * a repeated block is a repeated key. Used for files that are HCL2 but not Terraform
   * resources (Nomad job specifications).
   */
  structure(close: number, depth = 0): LObject {
    if (depth > MAX_TERRAFORM_NESTING) this.fail(`nesting deeper than ${MAX_TERRAFORM_NESTING} levels: mtls-lint does not read further`);
    const props: LProperty[] = [];
    const start = this.tok.start;
    this.bodyItems(
      close,
      props,
      (t, labels, open, m) => {
        this.p = open + 1;
        let value: LObject = this.structure(m, depth + 1);
        const end = this.toks[m]!.end;
        value.range = this.range(this.toks[open]!.start, end);
        for (let i = labels.length - 1; i >= 0; i--) {
          const l = labels[i]!;
          value = { type: 'object', range: this.range(l.start, end), props: [{ key: l.value ?? l.v, keyRange: this.range(l.start, l.end), value, range: this.range(l.start, end) }] };
        }
        props.push({ key: t.v, keyRange: this.range(t.start, t.end), value, range: this.range(t.start, end), block: true });
      },
      false,
    );
    return { type: 'object', range: this.range(start, this.toks[Math.min(close, this.toks.length - 1)]!.start), props };
  }

  /** The token index of the end of input. */
  get eof(): number {
    return this.toks.length - 1;
  }

  private isTerminator(mode: Mode): boolean {
    const t = this.tok;
    if (t.t === 'eof') return true;
    if (t.t === 'nl') return mode !== 'list';
    if (t.t !== 'punct') return false;
    if (t.v === ',') return mode !== 'body';
    return t.v === '}' || t.v === ']' || t.v === ')';
  }

  private unknown(start: number, end: number): LScalar {
    return { type: 'null', value: null, raw: this.text.slice(start, end), range: this.range(start, end) };
  }

  /** Nesting of expressions being parsed (brackets, parentheses, unary operators). */
  private depth = 0;

  /** Runs `f` one level deeper; deeper than MAX_TERRAFORM_NESTING is a problem, not a stack overflow. */
  private nested<T>(f: () => T): T {
    if (this.depth >= MAX_TERRAFORM_NESTING) this.fail(`nesting deeper than ${MAX_TERRAFORM_NESTING} levels: mtls-lint does not read further`);
    this.depth++;
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private expr(mode: Mode): LNode {
    return this.nested(() => this.exprAt(mode));
  }

  private exprAt(mode: Mode): LNode {
    if (mode === 'list') this.skipNl();
    const start = this.tok.start;
    const first = this.operand(mode);
    if (mode === 'list') this.skipNl();
    if (this.isTerminator(mode)) return first;
    // Operators, conditionals, postfix traversals: the value is Terraform's to compute.
    let end = first.range.end.offset;
    while (!this.isTerminator(mode)) {
      if (this.tok.t === 'error') this.fail(this.tok.v);
      if (this.isPunct('{') || this.isPunct('[') || this.isPunct('(')) {
        const m = this.mustMatch(this.p);
        end = this.toks[m]!.end;
        this.p = m + 1;
      } else {
        end = this.tok.end;
        this.p++;
      }
      if (mode === 'list') this.skipNl();
    }
    return this.unknown(start, end);
  }

  private operand(mode: Mode): LNode {
    const t = this.tok;
    switch (t.t) {
      case 'error':
        return this.fail(t.v);
      case 'string':
      case 'heredoc':
        this.p++;
        if (t.template) return this.unknown(t.start, t.end);
        return { type: 'string', value: t.value!, raw: t.v, range: this.range(t.start, t.end) };
      case 'number':
        this.p++;
        return { type: 'number', value: Number(t.v), raw: t.v, range: this.range(t.start, t.end) };
      case 'ident':
        return this.identExpr();
      case 'punct':
        if (t.v === '-' && this.peek().t === 'number') {
          const n = this.peek();
          this.p += 2;
          return { type: 'number', value: -Number(n.v), raw: this.text.slice(t.start, n.end), range: this.range(t.start, n.end) };
        }
        if (t.v === '[') return this.tuple();
        if (t.v === '{') return this.object();
        if (t.v === '(') {
          this.p++;
          const inner = this.expr('list');
          this.skipNl();
          this.expect(')');
          return inner;
        }
        if (t.v === '-' || t.v === '!') {
          this.p++;
          const inner = this.nested(() => this.operand(mode));
          return this.unknown(t.start, inner.range.end.offset);
        }
        return this.fail(`expected a value, found ${describe(t)}`);
      default:
        return this.fail(`expected a value, found ${describe(t)}`);
    }
  }

  private identExpr(): LNode {
    const t = this.tok;
    this.p++;
    if (t.v === 'true' || t.v === 'false') return { type: 'boolean', value: t.v === 'true', raw: t.v, range: this.range(t.start, t.end) };
    if (t.v === 'null') return { type: 'null', value: null, raw: 'null', range: this.range(t.start, t.end) };
    if (this.isPunct('(')) return this.call(t);
    // A traversal: a.b.c, a[0], a.*.b, a[*].b
    const parts = [t.v];
    let end = t.end;
    for (;;) {
      if (this.isPunct('.') && (this.peek().t === 'ident' || this.peek().t === 'number' || this.isPunct('*', this.peek()))) {
        parts.push(this.peek().v);
        end = this.peek().end;
        this.p += 2;
      } else if (this.isPunct('[')) {
        const m = this.mustMatch(this.p);
        parts.push('[]');
        end = this.toks[m]!.end;
        this.p = m + 1;
      } else break;
    }
    const node = this.unknown(t.start, end);
    if (parts.length === 3 && parts[0] === 'consul_config_entry') this.refs.push({ node, label: parts[1]!, attr: parts[2]! });
    return node;
  }

  private call(name: Tok): LNode {
    this.expect('(');
    const args: LNode[] = [];
    this.skipNl();
    while (!this.isPunct(')')) {
      args.push(this.expr('list'));
      this.skipNl();
      if (this.isPunct('...')) {
        this.p++;
        this.skipNl();
      }
      if (this.isPunct(',')) {
        this.p++;
        this.skipNl();
      } else if (!this.isPunct(')')) this.fail(`expected "," or ")" in the arguments of ${name.v}(), found ${describe(this.tok)}`);
    }
    const close = this.tok;
    this.p++;
    if (name.v === 'jsonencode' && args.length === 1 && !isUnknown(args[0]!)) {
      this.encoded.add(args[0]!);
      return args[0]!;
    }
    return this.unknown(name.start, close.end);
  }

  private forExpr(open: number): LNode {
    const m = this.mustMatch(open);
    this.p = m + 1;
    return this.unknown(this.toks[open]!.start, this.toks[m]!.end);
  }

  private tuple(): LNode {
    const open = this.p;
    const start = this.tok.start;
    this.p++;
    this.skipNl();
    if (this.tok.t === 'ident' && this.tok.v === 'for') return this.forExpr(open);
    const items: LNode[] = [];
    while (!this.isPunct(']')) {
      items.push(this.expr('list'));
      this.skipNl();
      if (this.isPunct(',')) {
        this.p++;
        this.skipNl();
      } else if (!this.isPunct(']')) this.fail(`expected "," or "]" in a list, found ${describe(this.tok)}`);
    }
    const end = this.tok.end;
    this.p++;
    const arr: LArray = { type: 'array', range: this.range(start, end), items };
    return arr;
  }

  private object(): LNode {
    const open = this.p;
    const start = this.tok.start;
    this.p++;
    this.skipNl();
    if (this.tok.t === 'ident' && this.tok.v === 'for') return this.forExpr(open);
    const props: LProperty[] = [];
    while (!this.isPunct('}')) {
      const k = this.tok;
      let key: string;
      let keyEnd = k.end;
      if (k.t === 'ident') {
        key = k.v;
        this.p++;
      } else if (k.t === 'string' && !k.template) {
        key = k.value!;
        this.p++;
      } else if (k.t === 'number') {
        key = k.v;
        this.p++;
      } else if (this.isPunct('(')) {
        const m = this.mustMatch(this.p);
        keyEnd = this.toks[m]!.end;
        key = this.text.slice(k.start, keyEnd);
        this.p = m + 1;
      } else if (k.t === 'string') {
        key = k.v;
        this.p++;
      } else return this.fail(`expected an object key, found ${describe(k)}`);
      if (!this.isPunct('=') && !this.isPunct(':')) this.fail(`expected "=" or ":" after the key "${key}", found ${describe(this.tok)}`);
      this.p++;
      const value = this.expr('object');
      props.push({ key, keyRange: this.range(k.start, keyEnd), value, range: this.range(k.start, value.range.end.offset) });
      if (this.isPunct(',')) this.p++;
      else if (this.tok.t !== 'nl' && !this.isPunct('}')) this.fail(`expected a newline, "," or "}" after the value of "${key}", found ${describe(this.tok)}`);
      this.skipNl();
    }
    const end = this.tok.end;
    this.p++;
    const obj: LObject = { type: 'object', range: this.range(start, end), props };
    return obj;
  }
}

function describe(t: Tok): string {
  switch (t.t) {
    case 'eof':
      return 'the end of the file';
    case 'nl':
      return 'a newline';
    case 'string':
    case 'heredoc':
      return 'a string';
    case 'number':
      return `the number ${t.v}`;
    default:
      return `"${t.v}"`;
  }
}

/** Every node of a tree. */
function walk(n: LNode, f: (n: LNode) => void): void {
  f(n);
  if (n.type === 'object') for (const p of n.props) walk(p.value, f);
  else if (n.type === 'array') for (const i of n.items) walk(i, f);
}

/** `parseJson` of a slice of the file that starts at `base`: its ranges are the file's. */
function parseJsonAt(body: string, base: number, lines: LineIndex): ParseResult {
  return JSON_READER.get().parseJson(body, { range: (s, e) => lines.range(base + s, base + e) });
}

/**
 * The config object of a `config_json` written as JSON text: a heredoc is parsed in place
 * (exact positions), a quoted string from its decoded value (positions: the string).
 */
function jsonConfig(tok: Tok, node: LNode, text: string, lines: LineIndex, problems: ParseProblem[], docIndex: number): LNode {
  if (tok.t === 'heredoc' && tok.bodyStart !== undefined && tok.bodyEnd !== undefined) {
    // Keep only the body; template sequences become `0` padded with spaces (valid in a JSON
    // string and as a JSON value), and the values holding them are unknown. The body alone is
    // parsed, its ranges shifted to its place in the file (linear in the body, not the file).
    const base = tok.bodyStart;
    const chars = text.slice(base, tok.bodyEnd).split('');
    for (const [a, b] of tok.templates ?? []) {
      for (let i = a; i < Math.min(b, tok.bodyEnd); i++) if (chars[i - base] !== '\n' && chars[i - base] !== '\r') chars[i - base] = i === a ? '0' : ' ';
    }
    const res = parseJsonAt(chars.join(''), base, lines);
    const templates = tok.templates ?? [];
    // With templates, the JSON is what Terraform renders at plan time: a body that does not
    // parse once they are blanked (a `%{ for }` that writes elements, a templated key…) stays
    // unknown, without a word; one that does gives its literal fields.
    if (templates.length > 0 && res.problems.length > 0) return node;
    for (const p of res.problems) problems.push({ ...p, message: `config_json: ${p.message}`, documentIndex: docIndex });
    const root = res.documents[0]?.root;
    if (!root) return node;
    if (templates.length > 0) {
      const templated = (start: number, end: number) => templates.some(([a, b]) => a < end && b > start);
      walk(root, (n) => {
        if (n.type === 'array') return;
        if (n.type === 'object') {
          // A key written as a template is unknown: its member is left out rather than misnamed.
          n.props = n.props.filter((p) => !templated(p.keyRange.start.offset, p.keyRange.end.offset));
          return;
        }
        const start = n.range.start.offset;
        let end = n.range.end.offset;
        if (templated(start, end)) {
          // A bare `${…}` value was blanked to `0`: the unknown value spans the whole sequence.
          for (const [a, b] of templates) if (a < end && b > start && b > end) end = b;
          const s = n as LScalar & { endOffset?: number };
          if (s.endOffset !== undefined) s.endOffset = end - base;
          s.type = 'null';
          s.value = null;
          s.raw = text.slice(start, end);
        }
      });
    }
    return root;
  }
  if (node.type !== 'string') return node;
  // Every range inside a decoded string is the string's.
  const res = JSON_READER.get().parseJson(node.value as string, { range: () => node.range });
  for (const p of res.problems) problems.push({ message: `config_json: ${p.message}`, range: node.range, fatal: p.fatal, documentIndex: docIndex });
  return res.documents[0]?.root ?? node;
}

export function parseTerraform(text: string, lines: LineIndex): ParseResult {
  const problems: ParseProblem[] = [];
  const lexer = new Lexer(text, lines);
  try {
    lexer.run();
  } catch (e) {
    return {
      documents: [],
      comments: lexer.comments,
      problems: [{ message: `internal error while reading Terraform: ${e instanceof Error ? e.message : String(e)}`, range: lines.range(0, 0), fatal: true }],
    };
  }
  const parser = new Parser(lexer.toks, text, lines);
  const found = parser.resources(problems);

  // Resolve `consul_config_entry.<label>.<attr>` against the literal arguments of this file.
  const byLabel = new Map(found.map((f) => [f.res.label, f.res.attrs]));
  for (const r of parser.refs) {
    const attrs = byLabel.get(r.label);
    const p = lastProp(attrs, r.attr);
    if (p && p.value.type === 'string') {
      r.node.type = 'string';
      r.node.value = p.value.value;
    }
  }

  const stringAt = new Map<number, Tok>();
  for (const t of lexer.toks) if (t.t === 'heredoc' || t.t === 'string') stringAt.set(t.start, t);
  const documents: LocatedDocument[] = found.map((f, index) => {
    const cj = lastProp(f.res.attrs, 'config_json');
    if (cj && !parser.encoded.has(cj.value)) {
      const tok = stringAt.get(cj.value.range.start.offset);
      // A literal string, or a heredoc with templates (unknown as a whole, read in part).
      const templatedHeredoc = tok?.t === 'heredoc' && tok.template === true && isUnknown(cj.value) && tok.end === cj.value.range.end.offset;
      if (tok && (cj.value.type === 'string' || templatedHeredoc)) cj.value = jsonConfig(tok, cj.value, text, lines, problems, index);
    }
    return { index, root: f.res.attrs, range: f.res.attrs.range };
  });
  const embeddedValues = heredocValues(lexer.toks, text, lines);
  return { documents, comments: lexer.comments, problems, ...(embeddedValues.length > 0 ? { embeddedValues } : {}) };
}

/**
 * A whole file read as an HCL2 body (blocks and arguments; expressions Terraform or Nomad
 * would evaluate are unknown), for HCL2 files that are not Terraform: Nomad job
 * specifications, which HCL v1 cannot read (`type = list(string)`, `var.x`).
 */
export function parseHcl2Structure(text: string, lines: LineIndex): ParseResult {
  const lexer = new Lexer(text, lines);
  try {
    lexer.run();
    const parser = new Parser(lexer.toks, text, lines);
    const root = parser.structure(parser.eof);
    return { documents: [{ index: 0, root, range: lines.range(0, text.length) }], comments: lexer.comments, problems: [] };
  } catch (e) {
    const at = e instanceof SyntaxError_ ? lines.range(e.start, e.end) : lines.range(0, 0);
    return { documents: [], comments: lexer.comments, problems: [{ message: e instanceof Error ? e.message : String(e), range: at, fatal: true }] };
  }
}

/** At most this many heredocs of a file are read as values (each costs a pass over the file). */
const MAX_VALUES_HEREDOCS = 16;
const VALUES_KEY = /^[ \t]*(global|connectInject):/m;

/**
 * Heredocs that hold consul chart values (`helm_release` `values = [<<EOT … EOT]`, a
 * `local_file` whose `content` is the values file): YAML with a top-level `global:` or
 * `connectInject:` key. Each is parsed as a Terraform template of YAML (`${…}` unknown, never a
 * problem) in a copy of the file where all but its body is blanked, so positions are the file's.
 */
function heredocValues(toks: readonly Tok[], text: string, lines: LineIndex): LocatedDocument[] {
  const out: LocatedDocument[] = [];
  let read = 0;
  for (const t of toks) {
    if (t.t !== 'heredoc' || t.bodyStart === undefined || t.bodyEnd === undefined) continue;
    const body = text.slice(t.bodyStart, t.bodyEnd);
    if (!VALUES_KEY.test(body)) continue;
    if (++read > MAX_VALUES_HEREDOCS) break;
    const only = text.slice(0, t.bodyStart).replace(/[^\r\n]/g, ' ') + body + text.slice(t.bodyEnd).replace(/[^\r\n]/g, ' ');
    const sequences = (t.templates ?? []).filter(([a]) => a >= t.bodyStart! && a < t.bodyEnd!);
    const res = readAsTemplate(only, blankTemplate(only, sequences), sequences, parseYaml(blankTemplate(only, sequences), lines));
    for (const d of res.documents) out.push({ ...d, index: out.length });
  }
  return out;
}
