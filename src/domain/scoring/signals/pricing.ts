import type { PriceRange } from '../peer-stats.ts';
import type { CohortModel, ExplanationInput, SignalScore } from '../types.ts';
import { logMinMax } from './scale.ts';
import { knownSignal, missingSignal } from './score.ts';

/**
 * Cheaper is better on a log scale within the peer group and pricing unit. A free model is clamped
 * to the cheapest non-zero price, so it ties with the cheapest paid model instead of sitting at an
 * infinite distance (ln 0) from everyone.
 */
export function pricingSignal(model: CohortModel, groupRange: PriceRange | undefined): SignalScore {
  const { price } = model;
  if (price === null || groupRange === undefined) {
    return missingSignal('PRICING', 'UNKNOWN', 'no pay-per-use offering gives a usable price');
  }
  const unit = price.unit;
  const inputs: ExplanationInput[] = [
    ...price.components.map((c) => ({
      name: `${c.name} price (${c.weightPercent}%) from ${price.offeringId}`,
      value: c.usdPerUnit,
      unit: c.name === 'image' ? 'USD per image' : 'USD per million tokens',
      provenance: price.provenance,
    })),
    { name: 'ranking price', value: price.amountUsd, unit, provenance: null },
    { name: 'cheapest non-zero price in the peer group', value: groupRange.cheapestNonZeroUsd, unit, provenance: null },
    { name: 'highest price in the peer group', value: groupRange.highestUsd, unit, provenance: null },
  ];
  const cheapest = groupRange.cheapestNonZeroUsd;
  if (cheapest === null) return knownSignal('PRICING', 100, inputs);
  const clamped = Math.max(price.amountUsd, cheapest);
  return knownSignal('PRICING', logMinMax(clamped, { min: cheapest, max: groupRange.highestUsd }, false), inputs);
}
