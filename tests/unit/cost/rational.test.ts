import { describe, expect, it } from 'vitest';
import { add, compare, fromNumber, mul, rational } from '../../../src/domain/money/rational.ts';

describe('rational', () => {
  it('reads the decimal a number prints as', () => {
    expect(fromNumber(0.6)).toEqual(rational(3n, 5n));
    expect(fromNumber(1e-7)).toEqual(rational(1n, 10_000_000n));
    expect(fromNumber(2.5e21)).toEqual(rational(2_500_000_000_000_000_000_000n));
    expect(fromNumber(-1.25)).toEqual(rational(-5n, 4n));
    expect(fromNumber(0.1 + 0.2)).toEqual(rational(30_000_000_000_000_004n, 100_000_000_000_000_000n));
  });

  it('is exact where floats are not', () => {
    // 0.1 + 0.2 = 3/10 exactly; 1/3 × 3 = 1
    expect(add(fromNumber(0.1), fromNumber(0.2))).toEqual(rational(3n, 10n));
    expect(mul(rational(1n, 3n), rational(3n))).toEqual(rational(1n));
    expect(compare(rational(1n, 3n), rational(333n, 1000n))).toBe(1);
  });

  it('keeps the denominator positive and the fraction in lowest terms', () => {
    expect(rational(4n, -6n)).toEqual({ num: -2n, den: 3n });
    expect(rational(0n, 7n)).toEqual({ num: 0n, den: 1n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });
});
