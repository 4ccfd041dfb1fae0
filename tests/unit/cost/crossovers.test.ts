import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OfferingPrice } from '../../../src/domain/catalog.ts';
import { type CrossoverCandidate, costCrossovers } from '../../../src/domain/cost/crossovers.ts';
import { estimateCost } from '../../../src/domain/cost/estimate.ts';
import type { UsageInput } from '../../../src/domain/cost/types.ts';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { limits, offeringPrice, usdEach, usdPerMTok } from './fixtures.ts';

const candidate = (modelId: string, price: OfferingPrice, context: number | null = 1_000_000): CrossoverCandidate => ({
  modelId,
  name: modelId.toUpperCase(),
  offering: { id: `${modelId}/offering`, providerId: modelId, price },
  limits: limits(context),
  reasoning: null,
});

const tokens = (input: number, output: number, rest: Partial<OfferingPrice['tokens']> = {}) =>
  offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(input), outputNanoUsdPerMTok: usdPerMTok(output), ...rest });

describe('cost crossovers, hand-computed', () => {
  it('input share: a cheap-input model against a cheap-output one meet where their blends are equal', () => {
    // Per 1M tokens at input share s: A = s·1 + (1 − s)·10 = 10 − 9s, B = s·3 + (1 − s)·4 = 4 − s;
    // equal at 10 − 9s = 4 − s, s = 0.75. Below it B is cheaper (at s = 0: 4 < 10), above it A.
    const crossovers = costCrossovers([candidate('a', tokens(1, 10)), candidate('b', tokens(3, 4))], resolveUsage({}));
    expect(
      crossovers.map(({ variable, at, cheaperBelow, cheaperAbove, tierThreshold }) => ({ variable, at, cheaperBelow, cheaperAbove, tierThreshold })),
    ).toEqual([{ variable: 'INPUT_SHARE', at: 0.75, cheaperBelow: 'b', cheaperAbove: 'a', tierThreshold: false }]);
    expect(crossovers[0]!.explanation).toBe(
      'Below 75% input share B is cheaper, above it A (the rest of the usage held): input prices weigh more than output prices as the input share grows.',
    );
  });

  it('tokens per request: a long-context tier repricing the whole request flips the cheaper at its threshold', () => {
    // A: $1/M in and out, $10/M once a request's input exceeds 200,000 tokens; B: $2/M flat. At half
    // input, the input passes 200,000 at 400,000 tokens per request: below A is cheaper ($1 < $2), above B.
    const tiered = tokens(1, 1);
    tiered.tiers = [{ aboveInputTokens: 200_000, prices: { ...tiered.tokens, inputNanoUsdPerMTok: usdPerMTok(10), outputNanoUsdPerMTok: usdPerMTok(10) } }];
    const crossovers = costCrossovers([candidate('a', tiered), candidate('b', tokens(2, 2))], resolveUsage({ inputShare: 0.5 }));
    expect(crossovers).toMatchObject([{ variable: 'TOKENS_PER_REQUEST', at: 400_000, cheaperBelow: 'a', cheaperAbove: 'b', tierThreshold: true }]);
    expect(crossovers[0]!.explanation).toContain("there A's long-context prices start to apply to the whole request");
  });

  it('requests per month: a fixed monthly part against a per-request fee', () => {
    // 1,000 images a month, no tokens. A: $0.04 per image = $40 a month whatever the requests;
    // B: $0.02 per image + $0.001 per request = 20 + 0.001·R. Equal at R = 20,000; below B is cheaper.
    const usage = resolveUsage({ imagesPerMonth: 1_000, tokensPerRequest: 0 });
    const a = offeringPrice({}, { imageOutputNanoUsdPerImage: usdEach(0.04) });
    const b = offeringPrice({}, { imageOutputNanoUsdPerImage: usdEach(0.02), requestNanoUsdPerRequest: usdEach(0.001) });
    expect(costCrossovers([candidate('a', a, null), candidate('b', b, null)], usage)).toMatchObject([
      { variable: 'REQUESTS_PER_MONTH', at: 20_000, cheaperBelow: 'b', cheaperAbove: 'a', tierThreshold: false },
    ]);
  });

  it('cached share: a cheaper cache read overtakes a cheaper input price', () => {
    // All input (inputShare 1). A: $1/M input, cache read $1/M; B: $2/M input, cache read $0.20/M.
    // At cached share c: A = 1, B = 2(1 − c) + 0.2c = 2 − 1.8c; equal at c = 5/9.
    const usage = resolveUsage({ tokensPerRequest: 1_000, inputShare: 1 });
    const a = tokens(1, 1, { cacheReadNanoUsdPerMTok: usdPerMTok(1) });
    const b = tokens(2, 2, { cacheReadNanoUsdPerMTok: usdPerMTok(0.2) });
    const cached = costCrossovers([candidate('a', a), candidate('b', b)], usage).filter((c) => c.variable === 'CACHED_INPUT_SHARE');
    expect(cached).toMatchObject([{ cheaperBelow: 'a', cheaperAbove: 'b' }]);
    expect(cached[0]!.atExact).toEqual({ num: 5n, den: 9n });
  });

  it('a reasoning model given no reasoning tokens is priced as it runs: its hidden reasoning moves the crossover', () => {
    // A reasons, one hidden token per output token, billed as output: $1/M in, $2/M out is $4/M per
    // visible output token. B: $2/M in, $3/M out. Per token at input share s: A 4 - 3s, B 3 - s,
    // equal at s = 1/2. Without the reasoning A (2 - s) would be cheaper at every share.
    const reasoning = { ...candidate('a', tokens(1, 2)), reasoning: true };
    const crossovers = costCrossovers([reasoning, candidate('b', tokens(2, 3))], resolveUsage({}));
    expect(crossovers.filter((c) => c.variable === 'INPUT_SHARE')).toMatchObject([{ cheaperBelow: 'b', cheaperAbove: 'a', atExact: { num: 1n, den: 2n } }]);
    expect(costCrossovers([candidate('a', tokens(1, 2)), candidate('b', tokens(2, 3))], resolveUsage({}))).toEqual([]);
    expect(costCrossovers([reasoning, candidate('b', tokens(2, 3))], resolveUsage({ reasoningTokensPerRequest: 0 }))).toEqual([]);
  });

  it('none when one model is cheaper everywhere, when a price is unknown, or for one model', () => {
    expect(costCrossovers([candidate('a', tokens(1, 2)), candidate('b', tokens(2, 4))], resolveUsage({}))).toEqual([]);
    expect(costCrossovers([candidate('a', tokens(1, 10)), candidate('b', offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(3) }))], resolveUsage({}))).toEqual(
      [],
    );
    expect(costCrossovers([candidate('a', tokens(1, 10))], resolveUsage({}))).toEqual([]);
  });

  it('three models: only changes of the cheapest count', () => {
    // A = 10 − 9s, B = 4 − s, C = 9 (flat, never the cheapest): the one crossover is A against B.
    const crossovers = costCrossovers([candidate('a', tokens(1, 10)), candidate('b', tokens(3, 4)), candidate('c', tokens(9, 9))], resolveUsage({}));
    expect(crossovers.map(({ at, cheaperBelow, cheaperAbove }) => ({ at, cheaperBelow, cheaperAbove }))).toEqual([
      { at: 0.75, cheaperBelow: 'b', cheaperAbove: 'a' },
    ]);
  });
});

/** The usage with one variable moved to `value`, as a caller would write it. */
function usageWith(base: UsageInput, variable: string, value: number): UsageInput {
  switch (variable) {
    case 'REQUESTS_PER_MONTH':
      return { ...base, requestsPerMonth: value };
    case 'TOKENS_PER_REQUEST':
      return { ...base, tokensPerRequest: value };
    case 'INPUT_SHARE':
      return { ...base, inputShare: value };
    default:
      return { ...base, cachedInputShare: value };
  }
}

const usd = fc.integer({ min: 1, max: 40_000 }).map((cents) => cents / 1000);

describe('cost crossovers, properties', () => {
  it('each crossover flips the cheaper model when the cost engine prices just below and just above it', () => {
    const price = fc
      .record({ input: usd, output: usd, cacheRead: fc.option(usd, { nil: null }), fee: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }) })
      .map(({ input, output, cacheRead, fee }) =>
        offeringPrice(
          {
            inputNanoUsdPerMTok: usdPerMTok(input),
            outputNanoUsdPerMTok: usdPerMTok(output),
            cacheReadNanoUsdPerMTok: cacheRead === null ? null : usdPerMTok(cacheRead),
          },
          { requestNanoUsdPerRequest: fee === null ? null : fee * 1_000 },
        ),
      );
    const usage = fc.record({
      requestsPerMonth: fc.integer({ min: 1_000, max: 1_000_000 }),
      tokensPerRequest: fc.integer({ min: 200, max: 20_000 }),
      inputShare: fc.integer({ min: 1, max: 99 }).map((percent) => percent / 100),
      cachedInputShare: fc.integer({ min: 0, max: 90 }).map((percent) => percent / 100),
    });
    fc.assert(
      fc.property(fc.array(price, { minLength: 2, maxLength: 4 }), usage, (prices, base) => {
        const candidates = prices.map((p, i) => candidate(`m${i}`, p, null));
        for (const crossover of costCrossovers(candidates, resolveUsage(base))) {
          // Far enough from `at` that micro-dollar rounding cannot hide the difference, close enough
          // to stay on the same lines (a relative step of 2%, never past the variable's range).
          const step = Math.max(crossover.at * 0.02, crossover.variable.endsWith('SHARE') ? 0.001 : 1);
          const [below, above] = [crossover.at - step, crossover.at + step];
          if (below < 0 || (crossover.variable.endsWith('SHARE') && above > 1)) continue;
          const cheapest = (value: number) => {
            const costs = candidates.map(
              (c) =>
                estimateCost({ offering: c.offering, limits: c.limits, usage: resolveUsage(usageWith(base, crossover.variable, value)) }).monthly!.microUsd,
            );
            return candidates[costs.indexOf(costs.reduce((a, b) => (b < a ? b : a)))]!.modelId;
          };
          expect(cheapest(below)).toBe(crossover.cheaperBelow);
          expect(cheapest(above)).toBe(crossover.cheaperAbove);
        }
      }),
      { numRuns: 300, seed: 2026 },
    );
  });
});
