import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OfferingPrice, TokenPrices } from '../../../src/domain/catalog.ts';
import { estimateCost } from '../../../src/domain/cost/estimate.ts';
import type { CostEstimate, UsageInput } from '../../../src/domain/cost/types.ts';
import { resolveUsage, usageInputSchema } from '../../../src/domain/cost/usage.ts';
import { limits, offeringPrice } from './fixtures.ts';

// Up to $1,000 per million tokens / per image, in nano-USD.
const nanoPrice = fc.integer({ min: 0, max: 1_000_000_000_000 });
const maybePrice = fc.option(nanoPrice, { nil: null });

const basePrices = fc.record({
  inputNanoUsdPerMTok: nanoPrice,
  outputNanoUsdPerMTok: nanoPrice,
  cacheReadNanoUsdPerMTok: maybePrice,
  cacheWriteNanoUsdPerMTok: maybePrice,
  reasoningNanoUsdPerMTok: maybePrice,
  inputAudioNanoUsdPerMTok: nanoPrice,
  outputAudioNanoUsdPerMTok: nanoPrice,
});

/** Pay-per-use prices with every usage unit priced; a tier never cheaper than the base (as in the data). */
const fullyPriced: fc.Arbitrary<OfferingPrice> = fc
  .record({
    base: basePrices,
    imageNanoUsd: nanoPrice,
    webSearchNanoUsd: nanoPrice,
    requestNanoUsd: fc.option(nanoPrice, { nil: null }),
    tier: fc.option(fc.record({ aboveInputTokens: fc.integer({ min: 1, max: 1_000_000 }), surcharge: nanoPrice }), { nil: null }),
  })
  .map(({ base, imageNanoUsd, webSearchNanoUsd, requestNanoUsd, tier }) => {
    const tierPrices = (surcharge: number): Partial<TokenPrices> =>
      Object.fromEntries(Object.entries(base).map(([field, value]) => [field, value === null ? null : value + surcharge]));
    return offeringPrice(base, {
      imageOutputNanoUsdPerImage: imageNanoUsd,
      webSearchNanoUsdPerSearch: webSearchNanoUsd,
      requestNanoUsdPerRequest: requestNanoUsd,
      tiers: tier ? [{ aboveInputTokens: tier.aboveInputTokens, prices: offeringPrice(tierPrices(tier.surcharge)).tokens }] : [],
    });
  });

const tokens = fc.integer({ min: 0, max: 2_000_000 });
/** Cache reads and writes in whole percent, together at most all of the input (as validation requires). */
const cacheShares = fc.integer({ min: 0, max: 100 }).chain((cachedPercent) =>
  fc.record({
    cachedInputShare: fc.constant(cachedPercent / 100),
    cacheWriteShare: fc.integer({ min: 0, max: 100 - cachedPercent }).map((percent) => percent / 100),
  }),
);
const usageInput: fc.Arbitrary<UsageInput> = fc
  .tuple(
    fc.record({
      requestsPerMonth: fc.integer({ min: 0, max: 10_000_000 }),
      inputTokensPerRequest: tokens,
      outputTokensPerRequest: tokens,
      reasoningTokensPerRequest: tokens,
      inputAudioTokensPerRequest: fc.integer({ min: 0, max: 10_000 }),
      outputAudioTokensPerRequest: fc.integer({ min: 0, max: 10_000 }),
      imagesPerRequest: fc.integer({ min: 0, max: 4 }),
      webSearchesPerRequest: fc.integer({ min: 0, max: 20 }),
    }),
    cacheShares,
  )
  .map(([amounts, shares]) => ({ ...amounts, ...shares }));

const estimate = (price: OfferingPrice, usage: UsageInput): CostEstimate =>
  estimateCost({ offering: { id: 'p/m', providerId: 'p', price }, limits: limits(), usage: resolveUsage(usage) });

const micro = (figure: { microUsd: bigint } | null): bigint => {
  expect(figure).not.toBeNull();
  return figure?.microUsd ?? 0n;
};
const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

describe('cost properties', () => {
  it('the breakdown adds up exactly to the totals, and yearly = 12 × monthly', () => {
    fc.assert(
      fc.property(fullyPriced, usageInput, (price, usage) => {
        const result = estimate(price, usage);
        expect(sum(result.breakdown.map((line) => micro(line.monthly)))).toBe(micro(result.monthly));
        expect(sum(result.breakdown.map((line) => micro(line.perRequest)))).toBe(micro(result.perRequest));
        expect(micro(result.yearly)).toBe(12n * micro(result.monthly));
      }),
    );
  });

  it('a null total always comes with a line of unknown amount and a warning, never a 0', () => {
    const partlyPriced = fc.record({ inputNanoUsdPerMTok: maybePrice, outputNanoUsdPerMTok: maybePrice }).map((tokens) => offeringPrice(tokens));
    fc.assert(
      fc.property(partlyPriced, usageInput, (price, usage) => {
        const result = estimate(price, { ...usage, imagesPerRequest: 0, inputAudioTokensPerRequest: 0, outputAudioTokensPerRequest: 0 });
        const unknownLines = result.breakdown.filter((line) => line.monthly === null);
        expect(result.monthly === null).toBe(unknownLines.length > 0);
        for (const line of unknownLines) {
          expect(result.warnings.some((warning) => warning.code === 'PRICE_UNKNOWN' && warning.item === line.item)).toBe(true);
        }
      }),
    );
  });

  it('cost never falls when usage grows', () => {
    const growth = fc.record({
      requests: fc.integer({ min: 0, max: 1_000_000 }),
      input: fc.integer({ min: 0, max: 1_000_000 }),
      output: fc.integer({ min: 0, max: 1_000_000 }),
      images: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fullyPriced, usageInput, growth, (price, usage, more) => {
        const bigger: UsageInput = {
          ...usage,
          requestsPerMonth: (usage.requestsPerMonth ?? 0) + more.requests,
          inputTokensPerRequest: (usage.inputTokensPerRequest ?? 0) + more.input,
          outputTokensPerRequest: (usage.outputTokensPerRequest ?? 0) + more.output,
          imagesPerRequest: (usage.imagesPerRequest ?? 0) + more.images,
        };
        expect(micro(estimate(price, bigger).monthly)).toBeGreaterThanOrEqual(micro(estimate(price, usage).monthly));
      }),
    );
  });

  it('k × the requests is k × each monthly line, within the rounding rule', () => {
    fc.assert(
      fc.property(fullyPriced, usageInput, fc.integer({ min: 2, max: 1_000 }), (price, usage, k) => {
        const once = estimate(price, usage).breakdown;
        const kTimes = estimate(price, { ...usage, requestsPerMonth: (usage.requestsPerMonth ?? 0) * k }).breakdown;
        // Each figure is within ½ µ$ of its exact value, so k × a rounded line is within k/2 of k × exact:
        // |round(k·x) − k·round(x)| ≤ ½ + k/2.
        expect(kTimes.map((line) => line.item)).toEqual(once.map((line) => line.item));
        once.forEach((line, index) => {
          const difference = micro(kTimes[index]?.monthly ?? null) - BigInt(k) * micro(line.monthly);
          expect(2n * (difference < 0n ? -difference : difference)).toBeLessThanOrEqual(BigInt(k) + 1n);
        });
      }),
    );
  });

  it('with whole-micro per-request amounts, monthly is exactly requests × per request', () => {
    // Prices in whole dollars per million tokens make every integer token count cost whole µ$.
    const wholeDollarPrices = fc
      .record({ input: fc.integer({ min: 0, max: 1_000 }), output: fc.integer({ min: 0, max: 1_000 }) })
      .map(({ input, output }) => offeringPrice({ inputNanoUsdPerMTok: input * 1e9, outputNanoUsdPerMTok: output * 1e9 }));
    fc.assert(
      fc.property(wholeDollarPrices, fc.integer({ min: 0, max: 10_000_000 }), tokens, tokens, (price, requests, input, output) => {
        const result = estimate(price, { requestsPerMonth: requests, inputTokensPerRequest: input, outputTokensPerRequest: output });
        expect(micro(result.monthly)).toBe(BigInt(requests) * micro(result.perRequest));
      }),
    );
  });

  it('without cache writes or searches the estimate is the one with both at 0, and has no line for them', () => {
    fc.assert(
      fc.property(fullyPriced, usageInput, (price, usage) => {
        const { cacheWriteShare: _write, webSearchesPerRequest: _searches, ...withoutNewFields } = usage;
        const result = estimate(price, withoutNewFields);
        expect(estimate(price, { ...withoutNewFields, cacheWriteShare: 0, webSearchesPerRequest: 0 })).toEqual(result);
        expect(result.breakdown.filter((line) => line.item === 'CACHE_WRITE' || line.item === 'WEB_SEARCH')).toEqual([]);
      }),
    );
  });

  it('uncached, cached and written input tokens add up to the input tokens', () => {
    fc.assert(
      fc.property(fullyPriced, usageInput, (price, usage) => {
        const inputLines = estimate(price, usage).breakdown.filter((line) => ['INPUT', 'CACHED_INPUT', 'CACHE_WRITE'].includes(line.item));
        for (const line of inputLines) expect(line.quantityPerRequest).toBeGreaterThan(0);
        const inputTokens = inputLines.reduce((total, line) => total + line.quantityPerRequest, 0);
        expect(inputTokens).toBeCloseTo(usage.inputTokensPerRequest ?? 0, 3);
      }),
    );
  });

  it('the search line is searches × requests × the search price, rounded once, and cost never falls when searches grow', () => {
    fc.assert(
      fc.property(fullyPriced, usageInput, fc.integer({ min: 1, max: 20 }), (price, usage, moreSearches) => {
        const bigger = { ...usage, webSearchesPerRequest: (usage.webSearchesPerRequest ?? 0) + moreSearches };
        const line = estimate(price, bigger).breakdown.find((candidate) => candidate.item === 'WEB_SEARCH');
        // nano-USD → micro-USD is ÷ 1,000, half-up: floor((2x + 1,000) / 2,000).
        const exactNanoUsd = BigInt(bigger.webSearchesPerRequest) * BigInt(usage.requestsPerMonth ?? 0) * BigInt(price.webSearchNanoUsdPerSearch!);
        expect(line?.monthly?.microUsd).toBe((2n * exactNanoUsd + 1_000n) / 2_000n);
        expect(micro(estimate(price, bigger).monthly)).toBeGreaterThanOrEqual(micro(estimate(price, usage).monthly));
      }),
    );
  });

  it('searches on an offering without a search price make the totals null with a warning, never 0', () => {
    fc.assert(
      fc.property(fullyPriced, usageInput, fc.integer({ min: 1, max: 20 }), (price, usage, searches) => {
        const result = estimate({ ...price, webSearchNanoUsdPerSearch: null }, { ...usage, webSearchesPerRequest: searches });
        expect([result.perRequest, result.monthly, result.yearly]).toEqual([null, null, null]);
        expect(result.breakdown.find((line) => line.item === 'WEB_SEARCH')).toMatchObject({ unitPrice: null, perRequest: null, monthly: null });
        expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'PRICE_UNKNOWN', item: 'WEB_SEARCH' }));
      }),
    );
  });

  it('requests per day d cost what 365·d/12 requests per month cost', () => {
    fc.assert(
      fc.property(fullyPriced, fc.integer({ min: 0, max: 1_000_000 }), (price, perDay) => {
        const daily = estimate(price, { requestsPerDay: perDay * 12 });
        const monthly = estimate(price, { requestsPerMonth: perDay * 365 });
        expect(daily.monthly).toEqual(monthly.monthly);
      }),
    );
  });
});

describe('usage validation properties', () => {
  const fields = Object.keys(usageInputSchema.shape) as (keyof UsageInput)[];

  it('any negative number is rejected on its own field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.double({ max: -Number.MIN_VALUE, noNaN: true }), (field, bad) => {
        const result = usageInputSchema.safeParse({ [field]: bad });
        expect(result.success).toBe(false);
        expect(result.error?.issues.some((issue) => issue.path[0] === field)).toBe(true);
      }),
    );
  });
});
