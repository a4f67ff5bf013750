import { describe, expect, it } from 'vitest';
import { parseGoFloat, parseGoInt, parseGoUint } from '../../src/parse/go-strconv.js';

// Cases from golang/go src/strconv/atoi_test.go (base 0) and atof_test.go.
describe('parseGoInt (strconv.ParseInt(s, 0, bits))', () => {
  it.each([
    ['', 'syntax'],
    ['0', 0],
    ['-0', 0],
    ['+1', 1],
    ['012345', 0o12345],
    ['-012345', -0o12345],
    ['017', 15],
    ['08', 'syntax'],
    ['0x12345', 0x12345],
    ['-0X12345', -0x12345],
    ['-0x10', -16],
    ['0b101', 5],
    ['0o17', 15],
    ['0b', 'syntax'],
    ['0x', 'syntax'],
    ['12345x', 'syntax'],
    ['9223372036854775807', 2 ** 63 - 1],
    ['9223372036854775808', 'range'],
    ['-9223372036854775808', -(2 ** 63)],
    ['-9223372036854775809', 'range'],
    // Go reports the first overflowing digit and never looks further.
    ['99999999999999999999x', 'range'],
    ['1_000', 1000],
    ['-0x_1_2_3_4_5', -0x12345],
    ['0_1_2_3_4_5', 0o12345],
    ['_12345', 'syntax'],
    ['-_0x12345', 'syntax'],
    ['0x__12345', 'syntax'],
    ['0x12345_', 'syntax'],
    ['1__2345', 'syntax'],
    ['0x+f', 'syntax'],
    ['+-1', 'syntax'],
  ] as const)('%j → %j', (s, want) => {
    expect(parseGoInt(s)).toBe(want);
  });

  it('checks the range of the bit size', () => {
    expect(parseGoInt('2147483647', 32)).toBe(2147483647);
    expect(parseGoInt('2147483648', 32)).toBe('range');
    expect(parseGoInt('-2147483648', 32)).toBe(-2147483648);
    expect(parseGoInt('-0x80000001', 32)).toBe('range');
  });

  it('knows only 0x, 0 and no underscores in Go 1.12 (legacy)', () => {
    expect(parseGoInt('0x1F', 64, { legacy: true })).toBe(31);
    expect(parseGoInt('017', 64, { legacy: true })).toBe(15);
    expect(parseGoInt('0b101', 64, { legacy: true })).toBe('syntax');
    expect(parseGoInt('0o17', 64, { legacy: true })).toBe('syntax');
    expect(parseGoInt('1_000', 64, { legacy: true })).toBe('syntax');
  });
});

describe('parseGoUint (strconv.ParseUint(s, 0, bits))', () => {
  it.each([
    ['-1', 64, 'syntax'],
    ['+1', 64, 'syntax'],
    ['18446744073709551615', 64, 2 ** 64 - 1],
    ['18446744073709551616', 64, 'range'],
    ['0x10000000000000000', 64, 'range'],
    ['01777777777777777777777', 64, 2 ** 64 - 1],
    ['01777777777777777777778', 64, 'syntax'],
    ['4294967295', 32, 4294967295],
    ['4294967296', 32, 'range'],
  ] as const)('%j (%d bits) → %j', (s, bits, want) => {
    expect(parseGoUint(s, bits)).toBe(want);
  });
});

describe('parseGoFloat (strconv.ParseFloat(s, bits))', () => {
  it.each([
    ['1', 64, 1],
    ['+.5e2', 64, 50],
    ['1.', 64, 1],
    ['1_23.50_0_0e+1_2', 64, 1.235e14],
    ['0x1p-2', 64, 0.25],
    ['0x1.8p5', 64, 48],
    ['0x_1p4', 64, 16],
    ['inf', 64, Infinity],
    ['-Infinity', 64, -Infinity],
    ['+INF', 64, Infinity],
    ['1e309', 64, 'range'],
    ['1e-400', 64, 0],
    ['3.4e38', 32, Math.fround(3.4e38)],
    ['1e39', 32, 'range'],
    ['0x1', 64, 'syntax'],
    ['0x', 64, 'syntax'],
    ['1e', 64, 'syntax'],
    ['.e5', 64, 'syntax'],
    ['.', 64, 'syntax'],
    ['1.5.2', 64, 'syntax'],
    ['-_123.5e+12', 64, 'syntax'],
    ['1_.5', 64, 'syntax'],
    ['+nan', 64, 'syntax'],
    ['infinit', 64, 'syntax'],
  ] as const)('%j (%d bits) → %j', (s, bits, want) => {
    expect(parseGoFloat(s, bits)).toBe(want);
  });

  it('reads NaN in any case, unsigned only', () => {
    expect(parseGoFloat('NaN')).toBeNaN();
    expect(parseGoFloat('nan')).toBeNaN();
  });
});
