/**
 * A quick screen of monthly costs in floating point, to choose among many offerings without
 * pricing each one exactly: the recommendation and the frontier price hundreds of models at one
 * usage, and the exact engine costs microseconds per offering where this costs nanoseconds.
 *
 * It follows `estimateCost` line by line (the same quantities, tiers and price fields, from the
 * same definitions in estimate.ts) but adds in doubles and rounds nothing. What a caller sees is
 * always `estimateCost`'s: the screen only decides which offerings are worth pricing exactly, with
 * a bound wide enough that it never leaves out the cheapest (see `SCREEN_SLACK`).
 */

import { toNumber } from '../money/rational.ts';
import { applicableTier, countedNonZero, requestInputTokens, usageQuantities } from './estimate.ts';
import type { PricedOffering, ResolvedUsage } from './types.ts';

const NANO_USD_PER_MICRO_USD = 1_000;
/** Lines a bill can have: 7 token items, images, web searches, the request fee. */
const MAX_LINES = 10;

/**
 * How far a screened figure may be from `estimateCost`'s monthly total, in nano-USD: each line is
 * rounded half up to the micro-USD (at most 0.5 µUSD each), and a few double additions and
 * products err by far less than one part in 10⁹.
 */
export const SCREEN_SLACK = {
  roundingNanoUsd: (MAX_LINES * NANO_USD_PER_MICRO_USD) / 2,
  relative: 1e-9,
} as const;

/** The largest screened figure that may still be the cheapest, given the least screened figure. */
export const screenBound = (leastNanoUsd: number): number => leastNanoUsd * (1 + 2 * SCREEN_SLACK.relative) + 2 * SCREEN_SLACK.roundingNanoUsd + 1;

/** The approximate monthly cost in nano-USD of each offering at `usage`, or null where `estimateCost` has no total. */
export function monthlyCostScreen(usage: ResolvedUsage): (offering: PricedOffering) => number | null {
  const quantities = usageQuantities(usage);
  const inputTokens = requestInputTokens(usage);
  const tokens = quantities.tokens.map(({ spec, perMonth }) => ({ fields: spec.priceFields, perMonth: toNumber(perMonth) }));
  const images = countedNonZero(quantities.images) ? toNumber(quantities.images.perMonth) : 0;
  const webSearches = countedNonZero(quantities.webSearches) ? toNumber(quantities.webSearches.perMonth) : 0;
  const requests = toNumber(quantities.requestsPerMonth);
  return ({ price }) => {
    if (price.kind !== 'PAY_PER_USE') return null;
    const prices = (price.tiers.length ? applicableTier(price.tiers, inputTokens)?.prices : null) ?? price.tokens;
    let total = 0;
    for (const { fields, perMonth } of tokens) {
      const field = fields.find((candidate) => prices[candidate] !== null);
      if (field === undefined) return null;
      total += (perMonth * prices[field]!) / 1_000_000;
    }
    if (images) {
      if (price.imageOutputNanoUsdPerImage === null) return null;
      total += images * price.imageOutputNanoUsdPerImage;
    }
    if (webSearches) {
      if (price.webSearchNanoUsdPerSearch === null) return null;
      total += webSearches * price.webSearchNanoUsdPerSearch;
    }
    if (price.requestNanoUsdPerRequest) total += requests * price.requestNanoUsdPerRequest;
    return total;
  };
}
