/**
 * Exact fractions of bigints. Costs are quantities × nano-USD prices ÷ 1e6
 * (prices are per million tokens) × 365/12 (days per month): keeping every step a fraction means
 * the only inexact step in the engine is the one rounding in `roundMoney`.
 */
export interface Rational {
  /** Numerator; the sign of the fraction lives here. */
  readonly num: bigint;
  /** Denominator, always > 0; the fraction is always in lowest terms. */
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 1n) return { num, den };
  if (den === 0n) throw new RangeError('Rational with a zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

export const ZERO = rational(0n);
export const ONE = rational(1n);

/**
 * The exact value of the decimal a JavaScript number prints as (`0.6` → 6/10, `1e-7` → 1/10⁷),
 * not of its binary approximation (0.59999999999999997779…): users write decimals, and a 60% input
 * share must make 1,000 tokens exactly 600.
 */
export function fromNumber(value: number): Rational {
  // Prices and counts are integers: no need to print and parse them.
  if (Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`Unexpected number format: ${value}`);
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return exponent >= 0 ? rational(digits * 10n ** BigInt(exponent)) : rational(digits, 10n ** BigInt(-exponent));
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function div(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}

export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const difference = a.num * b.den - b.num * a.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function isZero(value: Rational): boolean {
  return value.num === 0n;
}

/** For figures shown as plain numbers (quantities in the assumptions), never for money. */
export function toNumber(value: Rational): number {
  return Number(value.num) / Number(value.den);
}
