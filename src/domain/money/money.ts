/**
 * The one money rounding: exact nano-USD fractions become whole micro-USD, half-up (half away
 * from zero), exactly once per figure. Micro-USD because per-request costs are often fractions
 * of a cent ($0.000125); cents would round them to nothing.
 *
 * The one money display, for every Money field alike: `formatted` is for people, in dollars and
 * cents ("$14.45", half-up from the micro-USD figure), with more digits only for an amount under
 * one cent, which cents would show as nothing ("$0.00475"); `usd` and `microUsd` are the exact
 * figure for machines. So a monthly cost and a saving read alike, and neither shows micro-dollars.
 */

import type { Rational } from './rational.ts';

/** Money after the one rounding. */
export interface Money {
  /** Whole micro-USD (1 USD = 1,000,000). bigint because large usage overflows 2^53. */
  microUsd: bigint;
  /** Exact decimal USD, 2 to 6 decimals, e.g. `"14.447917"`, `"3.50"`. */
  usd: string;
  /**
   * For people: `$` and thousands separators, to the cent (half-up from `microUsd`), e.g.
   * `"$1,234.56"`, `"$0.00"`; an amount under one cent keeps its digits (`"$0.00475"`).
   */
  formatted: string;
}

const NANO_PER_MICRO = 1_000n;
const MICRO_PER_USD = 1_000_000n;
const MIN_DECIMALS = 2;
const MICRO_PER_CENT = 10_000n;

export const ROUNDING_RULE =
  'Each amount is rounded once to whole micro-USD (0.000001 USD), half-up; totals are exact sums of rounded lines; yearly = 12 × rounded monthly. ' +
  'Every money field shows that figure exactly in usd and microUsd, and for people in formatted: to the cent, half-up ("$14.45"), with more digits only under one cent ("$0.00475").';

export function roundMoney(nanoUsd: Rational): Money {
  const denominator = nanoUsd.den * NANO_PER_MICRO;
  const magnitude = nanoUsd.num < 0n ? -nanoUsd.num : nanoUsd.num;
  // floor(x + 1/2) on the magnitude, as integers: (2·num + den) ÷ (2·den).
  const roundedMagnitude = (2n * magnitude + denominator) / (2n * denominator);
  return money(nanoUsd.num < 0n ? -roundedMagnitude : roundedMagnitude);
}

/** `whole.decimals` of a micro-USD magnitude: 2 to 6 decimals, trailing zeros beyond the cents dropped. */
function decimalText(magnitude: bigint): { whole: string; decimals: string } {
  const fraction = (magnitude % MICRO_PER_USD).toString().padStart(6, '0');
  return { whole: (magnitude / MICRO_PER_USD).toString(), decimals: fraction.replace(/0+$/, '').padEnd(MIN_DECIMALS, '0') };
}

/** The display rule (see the module comment): cents, half-up, unless the amount is under one cent. */
function formattedText(sign: string, magnitude: bigint): string {
  const shown = magnitude < MICRO_PER_CENT ? magnitude : ((magnitude + MICRO_PER_CENT / 2n) / MICRO_PER_CENT) * MICRO_PER_CENT;
  const { whole, decimals } = decimalText(shown);
  return `${sign}$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${decimals}`;
}

/** Money from an already-rounded micro-USD amount (sums and multiples of rounded figures). */
export function money(microUsd: bigint): Money {
  const sign = microUsd < 0n ? '-' : '';
  const magnitude = microUsd < 0n ? -microUsd : microUsd;
  const { whole, decimals } = decimalText(magnitude);
  return { microUsd, usd: `${sign}${whole}.${decimals}`, formatted: formattedText(sign, magnitude) };
}
