import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offering } from '../../../src/domain/catalog.ts';
import { estimateCost, exactMonthlyNanoUsd } from '../../../src/domain/cost/estimate.ts';
import { priceSuspicions } from '../../../src/domain/cost/plausibility.ts';
import { monthlyCostScreen, SCREEN_SLACK, screenBound } from '../../../src/domain/cost/screen.ts';
import { exceededLimits, selectOffering } from '../../../src/domain/cost/select-offering.ts';
import type { UsageInput } from '../../../src/domain/cost/types.ts';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { toNumber } from '../../../src/domain/money/rational.ts';
import { buildSeedCatalog } from '../../../src/ingest/seed.ts';

const { offerings } = buildSeedCatalog();
const payPerUse = offerings.filter((offering) => offering.price.kind === 'PAY_PER_USE');

/** Usages that reach every line the engine has: long inputs past the tiers, caches, reasoning, audio, images, searches. */
const usage: fc.Arbitrary<UsageInput> = fc.record(
  {
    requestsPerMonth: fc.integer({ min: 0, max: 5_000_000 }),
    tokensPerRequest: fc.integer({ min: 0, max: 1_500_000 }),
    inputShare: fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100),
    cachedInputShare: fc.integer({ min: 0, max: 50 }).map((percent) => percent / 100),
    cacheWriteShare: fc.integer({ min: 0, max: 50 }).map((percent) => percent / 100),
    reasoningTokensPerRequest: fc.integer({ min: 0, max: 20_000 }),
    inputAudioTokensPerRequest: fc.integer({ min: 0, max: 2_000 }),
    imagesPerMonth: fc.integer({ min: 0, max: 10_000 }),
    webSearchesPerRequest: fc.integer({ min: 0, max: 3 }),
  },
  { requiredKeys: ['requestsPerMonth', 'tokensPerRequest', 'inputShare'] },
);

/**
 * The cheapest comparable offering as the engine defines it, by pricing every offering exactly:
 * pay-per-use, not deprecated, a plausible price, and a request that fits the offering's limits.
 */
function cheapestByFullPricing(candidates: readonly Offering[], input: UsageInput): string | null {
  const resolved = resolveUsage(input);
  const suspicions = priceSuspicions(candidates);
  const priced = candidates
    .filter((offering) => offering.price.kind === 'PAY_PER_USE' && offering.status !== 'DEPRECATED' && !suspicions.has(offering.id))
    .map((offering) => ({ offering, estimate: estimateCost({ offering, limits: offering.limits, usage: resolved }) }))
    .filter(({ estimate }) => exceededLimits(estimate).length === 0)
    .map(({ offering, estimate }) => ({ offering, monthly: estimate.monthly?.microUsd ?? null }))
    .filter((entry): entry is typeof entry & { monthly: bigint } => entry.monthly !== null);
  priced.sort(
    (a, b) =>
      (a.monthly < b.monthly ? -1 : a.monthly > b.monthly ? 1 : 0) ||
      (a.offering.providerId < b.offering.providerId ? -1 : a.offering.providerId > b.offering.providerId ? 1 : 0) ||
      (a.offering.id < b.offering.id ? -1 : 1),
  );
  return priced[0]?.offering.id ?? null;
}

describe('monthly cost screen', () => {
  it('has a figure exactly where the engine has a total, within its slack of the exact one, for every offering of the seed', () => {
    expect(payPerUse.length).toBeGreaterThan(1_000);
    fc.assert(
      fc.property(usage, (input) => {
        const resolved = resolveUsage(input);
        const screen = monthlyCostScreen(resolved);
        for (const offering of payPerUse) {
          const figure = screen(offering);
          const exact = exactMonthlyNanoUsd(offering, resolved);
          const rounded = estimateCost({ offering, limits: offering.limits, usage: resolved }).monthly;
          expect(figure === null).toBe(exact === null);
          expect(figure === null).toBe(rounded === null);
          if (figure === null || exact === null || rounded === null) continue;
          expect(Math.abs(figure - toNumber(exact))).toBeLessThanOrEqual(SCREEN_SLACK.relative * figure + 1e-6);
          expect(Math.abs(figure - Number(rounded.microUsd) * 1_000)).toBeLessThanOrEqual(SCREEN_SLACK.relative * figure + SCREEN_SLACK.roundingNanoUsd);
        }
      }),
      { numRuns: 12, seed: 7 },
    );
  });

  it('has no figure for offerings that are not priced per use', () => {
    const screen = monthlyCostScreen(resolveUsage());
    const others = offerings.filter((offering) => offering.price.kind !== 'PAY_PER_USE');
    expect(others.length).toBeGreaterThan(0);
    for (const offering of others) expect(screen(offering)).toBeNull();
  });

  it('bounds widen with the figure: twice the slack of each side, and never below the least figure', () => {
    // 0: 2 × 5,000 nano-USD of rounding (10 lines × 0.5 µUSD), + 1 for the comparison.
    expect(screenBound(0)).toBe(10_001);
    expect(screenBound(1e12)).toBeCloseTo(1e12 + 2_000 + 10_001, 0);
  });
});

describe('CHEAPEST through the screen', () => {
  const byModel = new Map<string, Offering[]>();
  for (const offering of offerings) if (offering.modelId) byModel.set(offering.modelId, [...(byModel.get(offering.modelId) ?? []), offering]);
  const crowded = [...byModel.values()].filter((list) => list.length >= 3);

  it('picks the offering that pricing every offering picks, for models of the seed with several offerings', () => {
    expect(crowded.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(usage, fc.integer({ min: 0, max: crowded.length - 1 }), (input, index) => {
        const list = crowded[index]!;
        const selection = selectOffering(list, 'CHEAPEST', resolveUsage(input), null);
        expect(selection.ok ? selection.offering.id : null).toBe(cheapestByFullPricing(list, input));
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('breaks an exact tie as the full pricing does, whatever the order', () => {
    const list = crowded.find((candidates) => candidates.length >= 4)!;
    const twin = (offering: Offering, providerId: string): Offering => ({ ...offering, id: `${providerId}/${offering.modelId}`, providerId });
    const base = list.find((offering) => offering.price.kind === 'PAY_PER_USE')!;
    const twins = [twin(base, 'zeta'), twin(base, 'alpha'), twin(base, 'mid')];
    const selection = selectOffering([...twins].reverse(), 'CHEAPEST', resolveUsage(), null);
    expect(selection.ok && selection.offering.id).toBe(`alpha/${base.modelId}`);
  });
});
