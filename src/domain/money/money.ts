/**
 * The one money rounding: exact nano-USD fractions become whole micro-USD, half-up (half away
 * from zero), exactly once per figure. Micro-USD because per-request costs are often fractions
 * of a cent ($0.000125); cents would round them to nothing.
 */

import type { Rational } from './rational.ts';

/** Money after the one rounding. */
export interface Money {
  /** Whole micro-USD (1 USD = 1,000,000). bigint because large usage overflows 2^53. */
  microUsd: bigint;
  /** Exact decimal USD, 2 to 6 decimals, e.g. `"14.447917"`, `"3.50"`. */
  usd: string;
  /** `usd` with a `$` and thousands separators, e.g. `"$1,234.56"`; no further rounding. */
  formatted: string;
}

const NANO_PER_MICRO = 1_000n;
const MICRO_PER_USD = 1_000_000n;
const MIN_DECIMALS = 2;

export const ROUNDING_RULE =
  'Each amount is rounded once to whole micro-USD (0.000001 USD), half-up; totals are exact sums of rounded lines; yearly = 12 × rounded monthly.';

export function roundMoney(nanoUsd: Rational): Money {
  const denominator = nanoUsd.den * NANO_PER_MICRO;
  const magnitude = nanoUsd.num < 0n ? -nanoUsd.num : nanoUsd.num;
  // floor(x + 1/2) on the magnitude, as integers: (2·num + den) ÷ (2·den).
  const roundedMagnitude = (2n * magnitude + denominator) / (2n * denominator);
  return money(nanoUsd.num < 0n ? -roundedMagnitude : roundedMagnitude);
}

/** Money from an already-rounded micro-USD amount (sums and multiples of rounded figures). */
export function money(microUsd: bigint): Money {
  const sign = microUsd < 0n ? '-' : '';
  const magnitude = microUsd < 0n ? -microUsd : microUsd;
  const whole = (magnitude / MICRO_PER_USD).toString();
  const fraction = (magnitude % MICRO_PER_USD).toString().padStart(6, '0');
  const decimals = fraction.replace(/0+$/, '').padEnd(MIN_DECIMALS, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return { microUsd, usd: `${sign}${whole}.${decimals}`, formatted: `${sign}$${grouped}.${decimals}` };
}
