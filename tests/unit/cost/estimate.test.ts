import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PricingKind, TokenPrices } from '../../../src/domain/catalog.ts';
import { estimateCost, exceedsLimits, limitWarnings } from '../../../src/domain/cost/estimate.ts';
import type { CostEstimate, CostItem } from '../../../src/domain/cost/types.ts';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { GPT_5, GPT_5_LIMITS, limits, offeringPrice, usdEach, usdPerMTok, zeroPriced } from './fixtures.ts';

const microOf = (estimate: CostEstimate) =>
  Object.fromEntries(estimate.breakdown.map((line) => [line.item, [line.perRequest?.microUsd ?? null, line.monthly?.microUsd ?? null]]));
const codes = (estimate: CostEstimate) => estimate.warnings.map((warning) => [warning.code, warning.item]);

describe('estimateCost: a text model at the default usage', () => {
  const estimate = estimateCost({ offering: GPT_5, limits: GPT_5_LIMITS, usage: resolveUsage() });

  it('prices 600 input + 400 output tokens × 3,041.67 requests/month', () => {
    // Per request: 600 × $1.25/M = $0.00075 = 750 µ$; 400 × $10/M = $0.004 = 4,000 µ$.
    // Per month (100 × 365/12 = 3,041.666… requests):
    //   input  600 × 3,041.666… = 1,825,000 tokens × $1.25/M = $2.28125 = 2,281,250 µ$
    //   output 400 × 3,041.666… = 1,216,666.67 tokens × $10/M = $12.1666… → 12,166,667 µ$ (half-up)
    expect(microOf(estimate)).toEqual({ INPUT: [750n, 2_281_250n], OUTPUT: [4_000n, 12_166_667n] });
    // 750 + 4,000 = 4,750 µ$
    expect(estimate.perRequest).toEqual({ microUsd: 4_750n, usd: '0.00475', formatted: '$0.00475' });
    // 2,281,250 + 12,166,667 = 14,447,917 µ$
    expect(estimate.monthly).toEqual({ microUsd: 14_447_917n, usd: '14.447917', formatted: '$14.45' });
    // 12 × 14,447,917 = 173,375,004 µ$ (12 × the rounded monthly, not round(12 × exact) = 173.375)
    expect(estimate.yearly?.usd).toBe('173.375004');
  });

  it('describes the line, the offering and the assumptions', () => {
    expect(estimate.breakdown[0]).toMatchObject({
      item: 'INPUT',
      unit: 'TOKEN',
      quantityPerRequest: 600,
      quantityPerMonth: 1_825_000,
      unitPrice: { nanoUsd: 1_250_000_000, unit: 'USD_PER_MILLION_TOKENS', priceField: 'inputNanoUsdPerMTok', tierAboveInputTokens: null },
    });
    expect(estimate.currency).toBe('USD');
    expect(estimate.pricingUnits).toEqual(['TOKEN']);
    expect(estimate.offering).toMatchObject({ offeringId: 'openai/gpt-5', providerId: 'openai', pricingKind: 'PAY_PER_USE' });
    expect(estimate.offering.provenance?.source).toBe('models.dev');
    expect(estimate.assumptions).toMatchObject({
      requestsBasis: 'DEFAULT',
      requestsPerMonth: 36_500 / 12,
      daysPerMonth: 365 / 12,
      inputTokensPerRequest: 600,
      outputTokensPerRequest: 400,
      cachedInputShare: 0,
      tierAboveInputTokens: null,
    });
    expect(estimate.warnings).toEqual([]);
  });
});

describe('estimateCost: cached input', () => {
  // Claude Sonnet-like: $3 in, $0.30 cache read, $15 out; 1,000 requests × (10,000 in, 80% cached; 500 out)
  const usage = resolveUsage({ requestsPerMonth: 1_000, inputTokensPerRequest: 10_000, outputTokensPerRequest: 500, cachedInputShare: 0.8 });
  const prices = { inputNanoUsdPerMTok: usdPerMTok(3), outputNanoUsdPerMTok: usdPerMTok(15) };

  it('bills the cached share at the cache-read price', () => {
    const offering = { id: 'anthropic/sonnet', providerId: 'anthropic', price: offeringPrice({ ...prices, cacheReadNanoUsdPerMTok: usdPerMTok(0.3) }) };
    const estimate = estimateCost({ offering, limits: limits(200_000), usage });
    // 2,000 uncached × $3/M = 6,000 µ$; 8,000 cached × $0.30/M = 2,400 µ$; 500 × $15/M = 7,500 µ$
    expect(microOf(estimate)).toEqual({
      INPUT: [6_000n, 6_000_000n],
      CACHED_INPUT: [2_400n, 2_400_000n],
      OUTPUT: [7_500n, 7_500_000n],
    });
    // 6,000 + 2,400 + 7,500 = 15,900 µ$; × 1,000 = $15.90; × 12 = $190.80
    expect(estimate.perRequest?.microUsd).toBe(15_900n);
    expect(estimate.monthly?.formatted).toBe('$15.90');
    expect(estimate.yearly?.formatted).toBe('$190.80');
    expect(estimate.warnings).toEqual([]);
  });

  it('without a cache price, bills cached tokens at the input price and says so', () => {
    const offering = { id: 'x/sonnet', providerId: 'x', price: offeringPrice(prices) };
    const estimate = estimateCost({ offering, limits: limits(200_000), usage });
    // 8,000 cached × $3/M = $0.024 = 24,000 µ$
    expect(microOf(estimate).CACHED_INPUT).toEqual([24_000n, 24_000_000n]);
    expect(estimate.breakdown[1]?.unitPrice?.priceField).toBe('inputNanoUsdPerMTok');
    expect(codes(estimate)).toEqual([['CACHE_PRICE_NOT_LISTED', 'CACHED_INPUT']]);
  });
});

describe('estimateCost: cache writes', () => {
  // Claude Sonnet 4.6 at Anthropic: $3 in, $0.30 cache read, $3.75 cache write, $15 out per million tokens.
  // 1,000 requests × (10,000 in: 60% read from the cache, 30% written to it; 500 out)
  const usage = resolveUsage({
    requestsPerMonth: 1_000,
    inputTokensPerRequest: 10_000,
    outputTokensPerRequest: 500,
    cachedInputShare: 0.6,
    cacheWriteShare: 0.3,
  });
  const prices = { inputNanoUsdPerMTok: usdPerMTok(3), cacheReadNanoUsdPerMTok: usdPerMTok(0.3), outputNanoUsdPerMTok: usdPerMTok(15) };
  const withWritePrice = { cacheWriteNanoUsdPerMTok: usdPerMTok(3.75) };
  const sonnetAt = (providerId: string, tokens: Partial<TokenPrices>) => ({
    id: `${providerId}/claude-sonnet-4-6`,
    providerId,
    price: offeringPrice({ ...prices, ...tokens }),
  });

  it('bills the written share at the cache-write price and only the rest at the input price', () => {
    const estimate = estimateCost({ offering: sonnetAt('anthropic', withWritePrice), limits: limits(200_000), usage });
    // uncached 10,000 × (1 − 0.6 − 0.3) = 1,000 × $3/M    = $0.003    = 3,000 µ$
    // cached   6,000 × $0.30/M                           = $0.0018   = 1,800 µ$
    // written  3,000 × $3.75/M                           = $0.01125  = 11,250 µ$
    // output     500 × $15/M                             = $0.0075   = 7,500 µ$
    expect(microOf(estimate)).toEqual({
      INPUT: [3_000n, 3_000_000n],
      CACHED_INPUT: [1_800n, 1_800_000n],
      CACHE_WRITE: [11_250n, 11_250_000n],
      OUTPUT: [7_500n, 7_500_000n],
    });
    expect(estimate.breakdown.find((line) => line.item === 'CACHE_WRITE')).toMatchObject({
      unit: 'TOKEN',
      quantityPerRequest: 3_000,
      quantityPerMonth: 3_000_000,
      unitPrice: { nanoUsd: 3_750_000_000, unit: 'USD_PER_MILLION_TOKENS', priceField: 'cacheWriteNanoUsdPerMTok' },
    });
    // 3,000 + 1,800 + 11,250 + 7,500 = 23,550 µ$ per request; × 1,000 = $23.55; × 12 = $282.60
    expect([estimate.perRequest?.usd, estimate.monthly?.usd, estimate.yearly?.usd]).toEqual(['0.02355', '23.55', '282.60']);
    expect(estimate.assumptions).toMatchObject({ cachedInputShare: 0.6, cacheWriteShare: 0.3 });
    expect(estimate.pricingUnits).toEqual(['TOKEN']);
    expect(estimate.warnings).toEqual([]);
  });

  it('without a cache-write price, bills written tokens at the input price and says the real bill may be higher', () => {
    const estimate = estimateCost({ offering: sonnetAt('x', {}), limits: limits(200_000), usage });
    // 3,000 written × $3/M = $0.009 = 9,000 µ$
    expect(microOf(estimate).CACHE_WRITE).toEqual([9_000n, 9_000_000n]);
    expect(estimate.breakdown.find((line) => line.item === 'CACHE_WRITE')?.unitPrice?.priceField).toBe('inputNanoUsdPerMTok');
    expect(codes(estimate)).toEqual([['CACHE_WRITE_PRICE_NOT_LISTED', 'CACHE_WRITE']]);
    expect(estimate.warnings[0]?.message).toBe(
      'x/claude-sonnet-4-6 lists no cacheWriteNanoUsdPerMTok: its input tokens written to the prompt cache are billed at inputNanoUsdPerMTok instead. A provider that charges more for cache writes than for input bills more than this line.',
    );
  });

  it('reads and writes covering all the input leave no line at the input price', () => {
    const readsAndWritesOnly = resolveUsage({ cachedInputShare: 0.7, cacheWriteShare: 0.3 });
    const estimate = estimateCost({ offering: sonnetAt('anthropic', withWritePrice), limits: limits(), usage: readsAndWritesOnly });
    expect(estimate.breakdown.map((line) => line.item)).toEqual(['CACHED_INPUT', 'CACHE_WRITE', 'OUTPUT']);
  });
});

describe('estimateCost: long-context tier', () => {
  // Claude Opus 4.7 at 302ai: $5 in / $0.50 cache / $25 out; above 200K input: $10 / $1 / $37.50
  const offering = {
    id: '302ai/claude-opus-4-7',
    providerId: '302ai',
    price: offeringPrice(
      { inputNanoUsdPerMTok: usdPerMTok(5), cacheReadNanoUsdPerMTok: usdPerMTok(0.5), outputNanoUsdPerMTok: usdPerMTok(25) },
      {
        tiers: [
          {
            aboveInputTokens: 200_000,
            prices: offeringPrice({
              inputNanoUsdPerMTok: usdPerMTok(10),
              cacheReadNanoUsdPerMTok: usdPerMTok(1),
              outputNanoUsdPerMTok: usdPerMTok(37.5),
            }).tokens,
          },
        ],
      },
    ),
  };
  const usageWith = (input: number) => resolveUsage({ requestsPerMonth: 100, inputTokensPerRequest: input, outputTokensPerRequest: 2_000 });

  it('applies the tier prices to the whole request once input exceeds the threshold', () => {
    const estimate = estimateCost({ offering, limits: limits(1_000_000), usage: usageWith(250_000) });
    // 250,000 × $10/M = $2.50; 2,000 × $37.50/M = $0.075 → $2.575 per request; × 100 = $257.50
    expect(microOf(estimate)).toEqual({ INPUT: [2_500_000n, 250_000_000n], OUTPUT: [75_000n, 7_500_000n] });
    expect(estimate.monthly?.usd).toBe('257.50');
    expect(estimate.breakdown[0]?.unitPrice?.tierAboveInputTokens).toBe(200_000);
    expect(estimate.assumptions.tierAboveInputTokens).toBe(200_000);
    expect(codes(estimate)).toEqual([['LONG_CONTEXT_TIER_APPLIED', null]]);
  });

  it('keeps the base prices at exactly the threshold', () => {
    const estimate = estimateCost({ offering, limits: limits(1_000_000), usage: usageWith(200_000) });
    // 200,000 × $5/M = $1.00; 2,000 × $25/M = $0.05 → $1.05 per request; × 100 = $105
    expect(estimate.perRequest?.usd).toBe('1.05');
    expect(estimate.monthly?.usd).toBe('105.00');
    expect(estimate.warnings).toEqual([]);
  });

  it('bills cache reads and writes at the tier prices too', () => {
    // 302ai's Opus 4.7 tier also lists $12.50 per million cache-write tokens (base: $6.25).
    const tiered = {
      ...offering,
      price: {
        ...offering.price,
        tokens: { ...offering.price.tokens, cacheWriteNanoUsdPerMTok: usdPerMTok(6.25) },
        tiers: offering.price.tiers.map((tier) => ({ ...tier, prices: { ...tier.prices, cacheWriteNanoUsdPerMTok: usdPerMTok(12.5) } })),
      },
    };
    // 1 request/day = 365/12 requests/month; 250,000 in (50% read, 20% written), 2,000 out: above 200K.
    const usage = resolveUsage({
      requestsPerDay: 1,
      inputTokensPerRequest: 250_000,
      outputTokensPerRequest: 2_000,
      cachedInputShare: 0.5,
      cacheWriteShare: 0.2,
    });
    const estimate = estimateCost({ offering: tiered, limits: limits(1_000_000), usage });
    // per request: uncached 75,000 × $10/M = 750,000 µ$; read 125,000 × $1/M = 125,000 µ$;
    //              written 50,000 × $12.50/M = 625,000 µ$; output 2,000 × $37.50/M = 75,000 µ$
    // monthly (× 365/12): 22,812,500; 3,802,083.33… → 3,802,083; 19,010,416.66… → 19,010,417; 2,281,250
    expect(microOf(estimate)).toEqual({
      INPUT: [750_000n, 22_812_500n],
      CACHED_INPUT: [125_000n, 3_802_083n],
      CACHE_WRITE: [625_000n, 19_010_417n],
      OUTPUT: [75_000n, 2_281_250n],
    });
    // 22,812,500 + 3,802,083 + 19,010,417 + 2,281,250 = 47,906,250 µ$; × 12 = $574.875
    expect(estimate.monthly?.usd).toBe('47.90625');
    expect(estimate.yearly?.usd).toBe('574.875');
    expect(estimate.breakdown.every((line) => line.unitPrice?.tierAboveInputTokens === 200_000)).toBe(true);
    expect(codes(estimate)).toEqual([['LONG_CONTEXT_TIER_APPLIED', null]]);
  });

  it('a tier without a cache-write price bills writes at the tier input price, never the base write price', () => {
    // The fixture tier lists input, cache read and output only (as 302ai's GPT-5.4 tier lists input and output only).
    const tiered = { ...offering, price: { ...offering.price, tokens: { ...offering.price.tokens, cacheWriteNanoUsdPerMTok: usdPerMTok(6.25) } } };
    const usage = resolveUsage({ requestsPerMonth: 100, inputTokensPerRequest: 250_000, outputTokensPerRequest: 2_000, cacheWriteShare: 0.2 });
    const estimate = estimateCost({ offering: tiered, limits: limits(1_000_000), usage });
    // 50,000 written × $10/M (the tier's input price) = $0.50 = 500,000 µ$; × 100 = $50
    expect(microOf(estimate).CACHE_WRITE).toEqual([500_000n, 50_000_000n]);
    expect(estimate.breakdown.find((line) => line.item === 'CACHE_WRITE')?.unitPrice).toMatchObject({
      priceField: 'inputNanoUsdPerMTok',
      tierAboveInputTokens: 200_000,
    });
    expect(codes(estimate)).toEqual([
      ['LONG_CONTEXT_TIER_APPLIED', null],
      ['CACHE_WRITE_PRICE_NOT_LISTED', 'CACHE_WRITE'],
    ]);
  });

  it('warns when the request does not fit the context window', () => {
    const estimate = estimateCost({ offering, limits: limits(200_000, 1_000), usage: usageWith(250_000) });
    // 250,000 + 2,000 > 200,000 context; 2,000 output > 1,000 max output
    expect(codes(estimate)).toEqual([
      ['REQUEST_EXCEEDS_CONTEXT_WINDOW', null],
      ['REQUEST_EXCEEDS_MAX_OUTPUT', null],
      ['LONG_CONTEXT_TIER_APPLIED', null],
    ]);
    expect(estimate.warnings[0]?.message).toBe('252,000 tokens per request exceed the context window of 200,000 tokens.');
  });
});

describe('estimateCost: reasoning, per-request fees and audio', () => {
  // Sonar Deep Research-like: $2 in, $8 out, $3 reasoning per M, $5 per 1,000 requests
  const price = offeringPrice(
    { inputNanoUsdPerMTok: usdPerMTok(2), outputNanoUsdPerMTok: usdPerMTok(8), reasoningNanoUsdPerMTok: usdPerMTok(3) },
    { requestNanoUsdPerRequest: usdEach(0.005) },
  );
  const usage = resolveUsage({ requestsPerMonth: 1_000, inputTokensPerRequest: 1_000, outputTokensPerRequest: 500, reasoningTokensPerRequest: 2_000 });

  it('bills reasoning at its own price and the request fee per request', () => {
    const estimate = estimateCost({ offering: { id: 'perplexity/sonar', providerId: 'perplexity', price }, limits: limits(), usage });
    // 1,000 × $2/M = 2,000 µ$; 500 × $8/M = 4,000 µ$; 2,000 × $3/M = 6,000 µ$; fee $0.005 = 5,000 µ$
    expect(microOf(estimate)).toEqual({
      INPUT: [2_000n, 2_000_000n],
      OUTPUT: [4_000n, 4_000_000n],
      REASONING: [6_000n, 6_000_000n],
      REQUEST: [5_000n, 5_000_000n],
    });
    // 17,000 µ$ per request × 1,000 = $17.00
    expect(estimate.monthly?.usd).toBe('17.00');
    expect(estimate.pricingUnits).toEqual(['TOKEN', 'REQUEST']);
  });

  it('bills reasoning at the output price when there is no reasoning price', () => {
    const noReasoning = { ...price, tokens: { ...price.tokens, reasoningNanoUsdPerMTok: null } };
    const estimate = estimateCost({ offering: { id: 'p/s', providerId: 'p', price: noReasoning }, limits: limits(), usage });
    // 2,000 × $8/M = $0.016 = 16,000 µ$
    expect(microOf(estimate).REASONING).toEqual([16_000n, 16_000_000n]);
    expect(estimate.breakdown.find((line) => line.item === 'REASONING')?.unitPrice?.priceField).toBe('outputNanoUsdPerMTok');
    expect(estimate.warnings).toEqual([]);
  });

  it('bills audio only at audio prices', () => {
    const audioUsage = resolveUsage({ requestsPerMonth: 10, inputTokensPerRequest: 100, outputTokensPerRequest: 0, inputAudioTokensPerRequest: 1_000 });
    const audio = offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(2.5), inputAudioNanoUsdPerMTok: usdPerMTok(40) });
    // 100 × $2.50/M = 250 µ$; 1,000 audio × $40/M = $0.04 = 40,000 µ$
    const priced = estimateCost({ offering: { id: 'openai/audio', providerId: 'openai', price: audio }, limits: limits(), usage: audioUsage });
    expect(microOf(priced)).toEqual({ INPUT: [250n, 2_500n], INPUT_AUDIO: [40_000n, 400_000n] });
    // A text price is never used for audio tokens: unknown, not converted.
    const textOnly = offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(2.5) });
    const unpriced = estimateCost({ offering: { id: 'x/text', providerId: 'x', price: textOnly }, limits: limits(), usage: audioUsage });
    expect(microOf(unpriced).INPUT_AUDIO).toEqual([null, null]);
    expect(unpriced.monthly).toBeNull();
    expect(codes(unpriced)).toEqual([['PRICE_UNKNOWN', 'INPUT_AUDIO']]);
  });
});

describe('estimateCost: web searches', () => {
  // GPT-5.4 at OpenRouter: $2.50 in, $15 out per million tokens, $0.01 per web search.
  const gpt54 = {
    id: 'openrouter/openai/gpt-5.4',
    providerId: 'openrouter',
    price: offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(2.5), outputNanoUsdPerMTok: usdPerMTok(15) }, { webSearchNanoUsdPerSearch: usdEach(0.01) }),
  };

  it('bills each search at the web-search price', () => {
    // Default 100 requests/day = 3,041.666… requests/month, 600 in + 400 out, 1.5 searches per request.
    const estimate = estimateCost({ offering: gpt54, limits: limits(), usage: resolveUsage({ webSearchesPerRequest: 1.5 }) });
    // per request: 600 × $2.50/M = 1,500 µ$; 400 × $15/M = 6,000 µ$; 1.5 × $0.01 = 15,000 µ$
    // monthly: 1,825,000 tokens × $2.50/M = 4,562,500 µ$; 1,216,666.6… × $15/M = 18,250,000 µ$;
    //          1.5 × 3,041.666… = 4,562.5 searches × $0.01 = 45,625,000 µ$
    expect(microOf(estimate)).toEqual({
      INPUT: [1_500n, 4_562_500n],
      OUTPUT: [6_000n, 18_250_000n],
      WEB_SEARCH: [15_000n, 45_625_000n],
    });
    expect(estimate.breakdown.find((line) => line.item === 'WEB_SEARCH')).toEqual({
      item: 'WEB_SEARCH',
      unit: 'WEB_SEARCH',
      quantityPerRequest: 1.5,
      quantityPerMonth: 4_562.5,
      unitPrice: { nanoUsd: 10_000_000, unit: 'USD_PER_WEB_SEARCH', priceField: 'webSearchNanoUsdPerSearch', tierAboveInputTokens: null },
      perRequest: { microUsd: 15_000n, usd: '0.015', formatted: '$0.02' },
      monthly: { microUsd: 45_625_000n, usd: '45.625', formatted: '$45.63' },
    });
    // 1,500 + 6,000 + 15,000 = 22,500 µ$; 4,562,500 + 18,250,000 + 45,625,000 = 68,437,500 µ$; × 12 = $821.25
    expect(estimate.perRequest?.usd).toBe('0.0225');
    expect(estimate.monthly?.usd).toBe('68.4375');
    expect(estimate.yearly?.usd).toBe('821.25');
    expect(estimate.pricingUnits).toEqual(['TOKEN', 'WEB_SEARCH']);
    expect(estimate.assumptions.webSearchesPerRequest).toBe(1.5);
    expect(estimate.warnings).toEqual([]);
  });

  it('without a web-search price the searches and the totals are unknown, never 0', () => {
    // models.dev lists no search prices: GPT-5 at OpenAI has none.
    const estimate = estimateCost({ offering: GPT_5, limits: GPT_5_LIMITS, usage: resolveUsage({ webSearchesPerRequest: 2 }) });
    expect(microOf(estimate)).toEqual({ INPUT: [750n, 2_281_250n], OUTPUT: [4_000n, 12_166_667n], WEB_SEARCH: [null, null] });
    expect([estimate.perRequest, estimate.monthly, estimate.yearly]).toEqual([null, null, null]);
    expect(codes(estimate)).toEqual([['PRICE_UNKNOWN', 'WEB_SEARCH']]);
    expect(estimate.warnings[0]?.message).toBe('openai/gpt-5 lists no price for web searches: that amount and the totals are unknown (not 0).');
  });

  it('a missing search price is PRICE_UNKNOWN even where the offering bills in another unit (a search is an add-on, not a unit to convert)', () => {
    const imageModel = { id: 'bfl/flux', providerId: 'bfl', price: offeringPrice({}, { imageOutputNanoUsdPerImage: usdEach(0.04) }) };
    const usage = resolveUsage({ requestsPerMonth: 10, imagesPerRequest: 1, webSearchesPerRequest: 1, inputTokensPerRequest: 0, outputTokensPerRequest: 0 });
    expect(codes(estimateCost({ offering: imageModel, limits: limits(0, 0), usage }))).toEqual([['PRICE_UNKNOWN', 'WEB_SEARCH']]);
  });

  it('a long-context tier does not change the search price', () => {
    const tiered = {
      ...gpt54,
      price: {
        ...gpt54.price,
        tiers: [{ aboveInputTokens: 272_000, prices: offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(5), outputNanoUsdPerMTok: usdPerMTok(22.5) }).tokens }],
      },
    };
    const usage = resolveUsage({ requestsPerMonth: 10, inputTokensPerRequest: 300_000, outputTokensPerRequest: 1_000, webSearchesPerRequest: 3 });
    const estimate = estimateCost({ offering: tiered, limits: limits(), usage });
    // 300,000 × $5/M = $1.50; 1,000 × $22.50/M = $0.0225; 3 × $0.01 = $0.03 (no tier price for searches)
    expect(microOf(estimate)).toEqual({ INPUT: [1_500_000n, 15_000_000n], OUTPUT: [22_500n, 225_000n], WEB_SEARCH: [30_000n, 300_000n] });
    expect(estimate.breakdown.find((line) => line.item === 'WEB_SEARCH')?.unitPrice?.tierAboveInputTokens).toBeNull();
    expect(codes(estimate)).toEqual([['LONG_CONTEXT_TIER_APPLIED', null]]);
  });
});

describe('estimateCost: image models', () => {
  // $0.04 per generated image; no token prices; context 0 = not applicable
  const imageModel = { id: 'bfl/flux', providerId: 'bfl', price: offeringPrice({}, { imageOutputNanoUsdPerImage: usdEach(0.04) }) };
  const imageLimits = limits(0, 0);

  it('prices generated images per image', () => {
    const usage = resolveUsage({ requestsPerMonth: 500, imagesPerRequest: 1, inputTokensPerRequest: 0, outputTokensPerRequest: 0 });
    const estimate = estimateCost({ offering: imageModel, limits: imageLimits, usage });
    // 500 images × $0.04 = $20.00; $0.04 per request
    expect(microOf(estimate)).toEqual({ IMAGE_OUTPUT: [40_000n, 20_000_000n] });
    expect(estimate.monthly?.formatted).toBe('$20.00');
    expect(estimate.pricingUnits).toEqual(['IMAGE']);
    expect(estimate.breakdown[0]).toMatchObject({ unit: 'IMAGE', quantityPerMonth: 500, unitPrice: { unit: 'USD_PER_IMAGE' } });
    expect(estimate.warnings).toEqual([]);
  });

  it('does not price tokens on an image-priced model (unknown, not $0)', () => {
    const estimate = estimateCost({ offering: imageModel, limits: imageLimits, usage: resolveUsage() });
    expect(codes(estimate)).toEqual([
      ['USAGE_UNIT_NOT_PRICED', 'INPUT'],
      ['USAGE_UNIT_NOT_PRICED', 'OUTPUT'],
    ]);
    expect([estimate.perRequest, estimate.monthly, estimate.yearly]).toEqual([null, null, null]);
    expect(estimate.pricingUnits).toEqual([]);
  });

  it('does not price images on a token-priced model', () => {
    const estimate = estimateCost({ offering: GPT_5, limits: GPT_5_LIMITS, usage: resolveUsage({ imagesPerMonth: 10 }) });
    expect(codes(estimate)).toEqual([['USAGE_UNIT_NOT_PRICED', 'IMAGE_OUTPUT']]);
    expect(estimate.monthly).toBeNull();
    // The token lines are still priced, so the page can show what is known.
    expect(microOf(estimate).INPUT).toEqual([750n, 2_281_250n]);
  });
});

describe('estimateCost: unknown prices and other pricing kinds', () => {
  it('an unknown output price gives null amounts and a warning, never 0', () => {
    const price = offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(1.25) });
    const estimate = estimateCost({ offering: { id: 'x/gpt-5', providerId: 'x', price }, limits: GPT_5_LIMITS, usage: resolveUsage() });
    expect(microOf(estimate)).toEqual({ INPUT: [750n, 2_281_250n], OUTPUT: [null, null] });
    expect([estimate.perRequest, estimate.monthly, estimate.yearly]).toEqual([null, null, null]);
    expect(codes(estimate)).toEqual([['PRICE_UNKNOWN', 'OUTPUT']]);
  });

  it('an offering with no price at all is unknown', () => {
    const estimate = estimateCost({ offering: { id: 'x/m', providerId: 'x', price: offeringPrice() }, limits: limits(), usage: resolveUsage() });
    expect(codes(estimate)).toEqual([
      ['PRICE_UNKNOWN', 'INPUT'],
      ['PRICE_UNKNOWN', 'OUTPUT'],
    ]);
    expect(estimate.monthly).toBeNull();
  });

  it.each<[PricingKind, string]>([
    ['SUBSCRIPTION_PLAN', 'SUBSCRIPTION_PLAN'],
    ['SELF_HOSTED', 'SELF_HOSTED'],
    ['FREE_TIER', 'FREE_TIER'],
    ['UNKNOWN', 'PRICE_UNKNOWN'],
  ])('a %s offering listing $0 has null amounts (%s)', (kind, code) => {
    const estimate = estimateCost({ offering: { id: 'plan/gpt-5', providerId: 'plan', price: zeroPriced(kind) }, limits: GPT_5_LIMITS, usage: resolveUsage() });
    expect(codes(estimate)).toEqual([[code, null]]);
    expect([estimate.perRequest, estimate.monthly, estimate.yearly]).toEqual([null, null, null]);
    expect(estimate.breakdown.map((line) => [line.item, line.unitPrice, line.monthly])).toEqual<[CostItem, null, null][]>([
      ['INPUT', null, null],
      ['OUTPUT', null, null],
    ]);
    expect(estimate.offering.pricingKind).toBe(kind);
    expect(estimate.pricingUnits).toEqual([]);
  });

  it('a pay-per-use $0 price is free', () => {
    const estimate = estimateCost({ offering: { id: 'x/free', providerId: 'x', price: zeroPriced('PAY_PER_USE') }, limits: limits(), usage: resolveUsage() });
    expect(estimate.monthly?.usd).toBe('0.00');
    expect(estimate.warnings).toEqual([]);
  });
});

describe('exceedsLimits', () => {
  it('says whether limitWarnings has a warning, for any limits and request sizes, the same usage asked again and again', () => {
    const limitOf = fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: null });
    fc.assert(
      fc.property(
        limitOf,
        limitOf,
        limitOf,
        fc.integer({ min: 1, max: 300_000 }),
        fc.integer({ min: 1, max: 300_000 }),
        (context, maxOutput, input, inTokens, outTokens) => {
          const usage = resolveUsage({ tokensPerRequest: inTokens + outTokens, inputShare: inTokens / (inTokens + outTokens) });
          const bounds = limits(context, maxOutput, input);
          const warned = limitWarnings(bounds, usage).length > 0;
          expect(exceedsLimits(bounds, usage)).toBe(warned);
          expect(exceedsLimits(bounds, usage)).toBe(warned);
        },
      ),
    );
  });

  it('checks the context window against input and output, and the maximum output against output with reasoning', () => {
    const usage = resolveUsage({ tokensPerRequest: 10_000, inputShare: 0.75, reasoningTokensPerRequest: 1_000 });
    // 7,500 in, 2,500 out, 1,000 reasoning: 11,000 in all, 3,500 of output.
    expect(exceedsLimits(limits(11_000, 3_500, 7_500), usage)).toBe(false);
    expect(exceedsLimits(limits(10_999), usage)).toBe(true);
    expect(exceedsLimits(limits(null, 3_499), usage)).toBe(true);
    expect(exceedsLimits(limits(null, null, 7_499), usage)).toBe(true);
    // 0 is an image model's "not applicable".
    expect(exceedsLimits(limits(0, 0, 0), usage)).toBe(false);
  });
});
