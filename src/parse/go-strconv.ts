/**
 * Go's `strconv` number parsing, as Consul's decoders apply it: HCL v1 to number tokens,
 * mapstructure's weak typing (`WeaklyTypedInput`) to a string decoded into a number field
 * (`decodeInt`: `strconv.ParseInt(s, 0, bits)`, `decodeUint`: `ParseUint(s, 0, bits)`,
 * `decodeFloat`: `ParseFloat(s, bits)`), consul-k8s to annotation ports.
 *
 * A port of golang/go `src/strconv/atoi.go` (ParseUint, ParseInt, underscoreOK) for base 0
 * and `src/strconv/atof.go` (special, readFloat) for the syntax. Base 0 takes the base from
 * the prefix: `0x` 16, `0o` 8, `0b` 2, a lone leading `0` 8, else 10; underscores may
 * separate digits (and follow a prefix). Go before 1.13 knew only `0x` and `0`, and no
 * underscores: `legacy` selects that (the gopherjs build of HCL v1 used as a test oracle).
 *
 * The result is the value, or why Go fails: `'syntax'` (`invalid syntax`) or `'range'`
 * (`value out of range`). 64-bit values beyond 2^53 come back rounded to a JS number.
 */

export type GoNumber = number | 'syntax' | 'range';
export type GoIntBits = 8 | 16 | 32 | 64;

export interface GoIntOptions {
  /** Go 1.12's base 0: no `0b`/`0o` prefixes, no underscores. */
  legacy?: boolean;
}

/** `strconv.ParseUint(s, 0, bits)`. */
export function parseGoUint(s: string, bits: GoIntBits = 64, opts: GoIntOptions = {}): GoNumber {
  const r = parseUint(s, bits, opts.legacy === true);
  return typeof r === 'bigint' ? Number(r) : r;
}

/** Plain decimal integers that fit a JS number exactly: no BigInt needed. */
const SMALL_INT = /^[+-]?(?:0|[1-9]\d{0,14})$/;

/** `strconv.ParseInt(s, 0, bits)`. */
export function parseGoInt(s: string, bits: GoIntBits = 64, opts: GoIntOptions = {}): GoNumber {
  if (SMALL_INT.test(s)) {
    const n = Number(s);
    if (bits < 64 && (n >= 2 ** (bits - 1) || n < -(2 ** (bits - 1)))) return 'range';
    return n === 0 ? 0 : n;
  }
  if (s === '') return 'syntax';
  let neg = false;
  let body = s;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    body = s.slice(1);
  }
  const un = parseUint(body, bits, opts.legacy === true);
  // ParseUint's range error is ParseInt's too (it returned the maximum, which is past the cutoff).
  if (typeof un !== 'bigint') return un;
  const cutoff = 1n << BigInt(bits - 1);
  if (neg ? un > cutoff : un >= cutoff) return 'range';
  const n = Number(neg ? -un : un);
  return n === 0 ? 0 : n;
}

function parseUint(s: string, bits: GoIntBits, legacy: boolean): bigint | 'syntax' | 'range' {
  if (s === '') return 'syntax';
  let base = 10;
  let i = 0;
  if (s[0] === '0') {
    // `0x`, `0o`, `0b` need a third character; `0x` alone is octal `0` then a bad digit.
    const p = s.length >= 3 ? s[1]!.toLowerCase() : '';
    if (p === 'x' || (!legacy && (p === 'o' || p === 'b'))) {
      base = p === 'x' ? 16 : p === 'o' ? 8 : 2;
      i = 2;
    } else {
      base = 8;
      i = 1;
    }
  }
  const b = BigInt(base);
  const max = (1n << BigInt(bits)) - 1n;
  let n = 0n;
  let underscores = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 0x20;
    let d: number;
    if (c === 95 /* _ */ && !legacy) {
      underscores = true;
      continue;
    }
    if (c >= 48 && c <= 57) d = c - 48;
    else if (lower >= 97 && lower <= 122) d = lower - 87;
    else return 'syntax';
    if (d >= base) return 'syntax';
    n = n * b + BigInt(d);
    // Go stops at the first digit that overflows, before it looks at the rest.
    if (n > max) return 'range';
  }
  if (underscores && !underscoreOK(s)) return 'syntax';
  return n;
}

/** Underscores only between digits, or between a base prefix and a digit (atoi.go `underscoreOK`). */
function underscoreOK(s0: string): boolean {
  let s = s0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let saw = '^';
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(s[1]!.toLowerCase())) {
    i = 2;
    saw = '0';
    hex = s[1]!.toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && c.toLowerCase() >= 'a' && c.toLowerCase() <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const SPECIAL = /^(?:[+-]?inf(?:inity)?|nan)$/i;
const DECIMAL = /^[+-]?(?=[0-9_]*\.?[0-9_]*?[0-9])[0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9][0-9_]*)?$/;
const HEX = /^([+-]?)0[xX]((?=[0-9a-fA-F_]*\.?[0-9a-fA-F_]*?[0-9a-fA-F])[0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?)[pP]([+-]?[0-9][0-9_]*)$/;

/**
 * `strconv.ParseFloat(s, bits)`: decimal and hexadecimal (`0x1.8p3`, exponent required)
 * mantissas, underscores between digits, `Inf`/`Infinity` (signed) and `NaN` in any case.
 * A 32-bit parse returns the float32 value (rounded from the float64 one, which can differ
 * from Go's direct rounding by an ulp in rare halfway cases); beyond the type's range it is
 * `'range'`.
 */
export function parseGoFloat(s: string, bits: 32 | 64 = 64): GoNumber {
  let v: number;
  if (SPECIAL.test(s)) {
    const l = s.toLowerCase();
    return l === 'nan' ? NaN : l.startsWith('-') ? -Infinity : Infinity;
  }
  const hex = HEX.exec(s);
  if (hex) {
    if (s.includes('_') && !underscoreOK(s)) return 'syntax';
    const [int = '', frac = ''] = hex[2]!.replace(/_/g, '').split('.');
    const mantissa = Number(BigInt(`0x${int}${frac}`)); // rounded to nearest, as Go rounds
    const exp = Number(hex[3]!.replace(/_/g, '')) - 4 * frac.length;
    // In two steps, so that a long mantissa with a very negative exponent does not underflow early.
    const half = Math.trunc(exp / 2);
    v = mantissa === 0 ? 0 : mantissa * 2 ** half * 2 ** (exp - half);
    if (hex[1] === '-') v = -v;
  } else if (DECIMAL.test(s)) {
    if (s.includes('_') && !underscoreOK(s)) return 'syntax';
    v = Number(s.replace(/_/g, ''));
  } else return 'syntax';
  if (bits === 32) v = Math.fround(v);
  return Number.isFinite(v) ? v : 'range';
}
