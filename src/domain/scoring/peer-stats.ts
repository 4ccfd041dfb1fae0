/**
 * The per-peer-group figures the cohort-relative signals normalise against, computed once per
 * cohort so that scoring stays linear in the number of models.
 */
import type { PeerGroup, TokenLimit } from '../catalog.ts';
import { groupBy } from '../util/grouping.ts';
import { calibrated, type Dispersion, dispersionOf, leaveOneOutResiduals } from './ability/dispersion.ts';
import { type AbilityFit, type AbilityStart, fitAbilities } from './ability/fit.ts';
import { type Range, rangeOf } from './signals/scale.ts';
import type { Cohort, CohortModel, PricingUnit } from './types.ts';

export interface PriceRange {
  /** Lowest price above 0 in the group and unit, null when every price is 0. */
  cheapestNonZeroUsd: number | null;
  highestUsd: number;
}

export interface PeerStats {
  group: PeerGroup;
  contextTokens: Range | null;
  maxOutputTokens: Range | null;
  prices: Map<PricingUnit, PriceRange>;
  /** The group's benchmark set: only benchmarks with at least two different scores (for coverage). */
  benchmarks: Map<string, Range>;
  /** The joint ability fit over every benchmark result of the group's members, its intervals calibrated by `dispersion`. */
  abilities: AbilityFit;
  /** Pooled over every group of the cohort (see ability/dispersion.ts). */
  dispersion: Dispersion;
}

/** A usable (log-scalable) limit; 0 is how the sources say "not applicable" and is excluded. */
export function positiveTokens(limit: TokenLimit): number | null {
  return limit.tokens !== null && limit.tokens > 0 ? limit.tokens : null;
}

function limitRange(models: readonly CohortModel[], limit: (m: CohortModel) => TokenLimit): Range | null {
  return rangeOf(models.map((m) => positiveTokens(limit(m))).filter((t): t is number => t !== null));
}

function priceRanges(models: readonly CohortModel[]): Map<PricingUnit, PriceRange> {
  const ranges = new Map<PricingUnit, PriceRange>();
  for (const { price } of models) {
    if (!price) continue;
    const current = ranges.get(price.unit) ?? { cheapestNonZeroUsd: null, highestUsd: 0 };
    const nonZero = price.amountUsd > 0 ? price.amountUsd : null;
    ranges.set(price.unit, {
      cheapestNonZeroUsd:
        nonZero === null || (current.cheapestNonZeroUsd !== null && current.cheapestNonZeroUsd <= nonZero) ? current.cheapestNonZeroUsd : nonZero,
      highestUsd: Math.max(current.highestUsd, price.amountUsd),
    });
  }
  return ranges;
}

function benchmarkRanges(models: readonly CohortModel[]): Map<string, Range> {
  const results = groupBy(
    models.flatMap((m) => m.benchmarks),
    (b) => b.benchmarkId,
  );
  const ranges = new Map<string, Range>();
  for (const [benchmarkId, list] of results) {
    const range = rangeOf(list.map((b) => b.score));
    if (range && range.max > range.min) ranges.set(benchmarkId, range);
  }
  return ranges;
}

/**
 * `starts`: where each group's ability fit may start (the previous month-end's, in a replay). The
 * dispersion is pooled over the groups: most have too few models with several results to estimate
 * it alone, and what a result says about a model does not depend on the kind of model.
 */
export function peerStatsByGroup(cohort: Cohort, starts?: ReadonlyMap<PeerGroup, AbilityStart>): Map<PeerGroup, PeerStats> {
  const byGroup = groupBy(cohort.models, (m) => m.peerGroup);
  const fits = new Map(
    [...byGroup].map(([group, members]) => [
      group,
      fitAbilities(
        members.map((m) => ({ modelId: m.modelId, results: m.benchmarks })),
        starts?.get(group),
      ),
    ]),
  );
  const dispersion = dispersionOf([...fits.values()].flatMap((fit) => leaveOneOutResiduals(fit.abilities.values())));
  const stats = new Map<PeerGroup, PeerStats>();
  for (const [group, members] of byGroup) {
    const fit = fits.get(group)!;
    stats.set(group, {
      group,
      contextTokens: limitRange(members, (m) => m.contextTokens),
      maxOutputTokens: limitRange(members, (m) => m.maxOutputTokens),
      prices: priceRanges(members),
      benchmarks: benchmarkRanges(members),
      abilities: {
        ...fit,
        abilities: new Map([...fit.abilities].map(([id, ability]) => [id, calibrated(ability, dispersion, fit.singleRatingErrors?.get(id))])),
      },
      dispersion,
    });
  }
  return stats;
}
