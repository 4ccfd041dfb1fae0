/**
 * What every interval, confidence and best possible rank must satisfy, over generated catalogs
 * (the unit scoring properties' generator: random models, offerings and benchmark results).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCohort } from '../../../src/domain/scoring/cohort.ts';
import { METHODOLOGY } from '../../../src/domain/scoring/methodology.ts';
import { scoreCatalog } from '../../../src/domain/scoring/snapshot.ts';
import type { IntervalBounds, ModelScore, Rank } from '../../../src/domain/scoring/types.ts';
import { catalogArbitrary, PROPERTY_AS_OF } from '../../unit/scoring/arbitraries.ts';

const snapshots = catalogArbitrary().map((catalog) => scoreCatalog(buildCohort(catalog, PROPERTY_AS_OF)).models);
const RUNS = { numRuns: 200 };

const contains = (interval: IntervalBounds | null, value: number | null): void => {
  if (value === null) {
    expect(interval).toBeNull();
    return;
  }
  expect(interval!.lower).toBeLessThanOrEqual(value);
  expect(interval!.upper).toBeGreaterThanOrEqual(value);
};

/**
 * 1 + the group members surely better: a higher value whose lead exceeds the half-width of the
 * difference's 95% interval, √((value − lower of the better)² + (upper − value of the other)²).
 */
function checkBestPossibleRanks(
  models: readonly ModelScore[],
  rankOf: (m: ModelScore) => Rank | null,
  scoreOf: (m: ModelScore) => { value: number | null; interval: IntervalBounds | null },
): void {
  for (const m of models) {
    const rank = rankOf(m);
    if (rank === null) continue;
    const group = models.filter((o) => o.peerGroup === m.peerGroup && rankOf(o) !== null);
    const own = scoreOf(m);
    const surelyBetter = group.filter((o) => {
      const other = scoreOf(o);
      const lead = other.value! - own.value!;
      return lead > 0 && lead > Math.sqrt((other.value! - other.interval!.lower) ** 2 + (own.interval!.upper - own.value!) ** 2);
    }).length;
    expect(rank.bestPossibleRank).toBe(1 + surelyBetter);
    expect(rank.bestPossibleRank).toBeLessThanOrEqual(rank.rank);
  }
}

describe('intervals, confidence and best possible ranks over generated catalogs', () => {
  it('every interval holds its value, on the 0-100 scale', () => {
    fc.assert(
      fc.property(snapshots, (models) => {
        for (const m of models) {
          contains(m.signals.BENCHMARKS.interval, m.signals.BENCHMARKS.value);
          contains(m.overall.interval, m.overall.value);
          for (const interval of [m.signals.BENCHMARKS.interval, m.overall.interval]) {
            if (interval === null) continue;
            expect(interval.lower).toBeGreaterThanOrEqual(0);
            expect(interval.upper).toBeLessThanOrEqual(100);
          }
        }
      }),
      RUNS,
    );
  });

  it('confidence follows the width of the quality interval on the ability scale', () => {
    const { HIGH, MEDIUM } = METHODOLOGY.parameters.confidenceMaxAbilityWidth;
    const logit = (q: number) => Math.log(q / (100 - q));
    fc.assert(
      fc.property(snapshots, (models) => {
        for (const m of models) {
          if (m.overall.value === null) continue;
          const { lower, upper } = m.signals.BENCHMARKS.interval!;
          const width = lower <= 0 || upper >= 100 ? Infinity : (logit(upper) - logit(lower)) / METHODOLOGY.parameters.ability.voteDiscrimination;
          expect(m.overall.confidence).toBe(width <= HIGH ? 'HIGH' : width <= MEDIUM ? 'MEDIUM' : 'LOW');
        }
      }),
      RUNS,
    );
  });

  it('the best possible rank counts the models surely better, and is never worse than the rank', () => {
    fc.assert(
      fc.property(snapshots, (models) => {
        checkBestPossibleRanks(
          models,
          (m) => m.ranks.overall.peerGroup,
          (m) => m.overall,
        );
        checkBestPossibleRanks(
          models,
          (m) => m.ranks.quality.peerGroup,
          (m) => m.signals.BENCHMARKS,
        );
        for (const m of models) {
          for (const rank of [m.ranks.adoption.peerGroup, m.ranks.adoption.all]) if (rank) expect(rank.bestPossibleRank).toBe(rank.rank);
        }
      }),
      RUNS,
    );
  });
});
