import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { type AdHocData, errorCodes, execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const ESTIMATE = /* GraphQL */ `
  perRequest { usd } monthly { usd formatted microUsd } yearly { usd }
  breakdown { item quantityPerRequest unitPrice { usd unit } monthly { usd } }
  pricingKind offering { provider { slug } providerModelId }
  assumptions { requestsPerMonth inputTokensPerRequest outputTokensPerRequest }
  warnings { code }
`;

describe('costEstimate', () => {
  it('prices GPT-5 at the default usage exactly (hand-computed)', async () => {
    const response = await execute(harness.app, `query { costEstimate(model: "openai/gpt-5") { ${ESTIMATE} } }`);
    expect(response.errors).toBeUndefined();
    // 100 requests/day × 365/12 = 3,041.666… requests/month; 1,000 tokens = 600 in + 400 out, and GPT-5
    // reasons: the usage gives no reasoning tokens, so 1 per output token (400) is assumed, billed as output.
    // input:     3,041.666… × 600 × $1.25 / 1M = $2.28125        → $2.281250
    // output:    3,041.666… × 400 × $10  / 1M = $12.1666666…     → $12.166667
    // reasoning: 3,041.666… × 400 × $10  / 1M                    → $12.166667
    // monthly = 2.281250 + 12.166667 + 12.166667 = $26.614584 (shown to the cent: $26.61); yearly = 12 × 26.614584 = $319.375008
    // per request: 600 × 1.25 / 1M + 400 × 10 / 1M + 400 × 10 / 1M = 0.00075 + 0.004 + 0.004 = $0.00875
    expect(response.data!.costEstimate).toMatchObject({
      perRequest: { usd: '0.00875' },
      monthly: { usd: '26.614584', formatted: '$26.61', microUsd: '26614584' },
      yearly: { usd: '319.375008' },
      pricingKind: 'PAY_PER_USE',
      offering: { provider: { slug: 'openai' } },
      assumptions: { inputTokensPerRequest: 600, outputTokensPerRequest: 400 },
      warnings: [{ code: 'REASONING_TOKENS_ASSUMED' }],
    });
    expect(response.data!.costEstimate.breakdown.map((line: AdHocData) => [line.item, line.unitPrice.usd, line.monthly.usd])).toEqual([
      ['INPUT', '1.25', '2.28125'],
      ['OUTPUT', '10', '12.166667'],
      ['REASONING', '10', '12.166667'],
    ]);
  });

  it('CHEAPEST picks a pay-per-use offering no dearer than the canonical one', async () => {
    const response = await execute(
      harness.app,
      `query { canonical: costEstimate(model: "openai/gpt-5") { monthly { microUsd } } cheapest: costEstimate(model: "openai/gpt-5", offering: "CHEAPEST") { monthly { microUsd } pricingKind } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cheapest.pricingKind).toBe('PAY_PER_USE');
    expect(BigInt(response.data!.cheapest.monthly.microUsd) <= BigInt(response.data!.canonical.monthly.microUsd)).toBe(true);
  });

  it('an unknown model or provider is BAD_USER_INPUT naming it; a provider that does not serve the model is NOT_FOUND', async () => {
    const unknown = await execute(harness.app, `query { costEstimate(model: "nobody/nothing") { monthly { usd } } }`);
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.extensions!.argument).toBe('model');
    const noProvider = await execute(harness.app, `query { costEstimate(model: "openai/gpt-5", offering: "no-such-provider") { monthly { usd } } }`);
    expect(errorCodes(noProvider)).toEqual(['BAD_USER_INPUT']);
    expect(noProvider.errors![0]!.extensions!.argument).toBe('offering');
    // Cortecs is a provider of the catalog that lists no GPT-5.
    const notServed = await execute(harness.app, `query { costEstimate(model: "openai/gpt-5", offering: "cortecs") { monthly { usd } } }`);
    expect(errorCodes(notServed)).toEqual(['NOT_FOUND']);
  });

  it.each([
    [{ requestsPerDay: -1 }, 'usage.requestsPerDay'],
    [{ inputShare: 1.5 }, 'usage.inputShare'],
    [{ requestsPerDay: 10, requestsPerMonth: 300 }, 'usage.requestsPerDay'],
    [{ tokensPerRequest: 1000, inputTokensPerRequest: 10, outputTokensPerRequest: 5 }, 'usage.tokensPerRequest'],
  ])('refuses usage %j with BAD_USER_INPUT naming %s', async (usage, argument) => {
    const response = await execute(harness.app, `query($usage: UsageInput) { costEstimate(model: "openai/gpt-5", usage: $usage) { monthly { usd } } }`, {
      usage,
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.argument).toBe(argument);
  });

  describe('cache writes and web searches on Claude Sonnet 4.6', () => {
    // OpenRouter lists $3 in, $0.30 cache read, $3.75 cache write, $15 out per million tokens and
    // $0.01 per web search; Anthropic's own listing (models.dev, canonical) the same token prices and
    // no search price.
    const usage = {
      requestsPerMonth: 1_000,
      inputTokensPerRequest: 10_000,
      outputTokensPerRequest: 1_000,
      cachedInputShare: 0.5,
      cacheWriteShare: 0.2,
      webSearchesPerRequest: 2,
      // Claude Sonnet 4.6 reasons: with no reasoning tokens given, some would be assumed (see the reasoning tests).
      reasoningTokensPerRequest: 0,
    };
    const query = /* GraphQL */ `
      query($usage: UsageInput) {
        openrouter: costEstimate(model: "anthropic/claude-sonnet-4-6", usage: $usage, offering: "openrouter") {
          ${ESTIMATE} pricingUnits assumptions { cacheWriteShare webSearchesPerRequest }
        }
        anthropic: costEstimate(model: "anthropic/claude-sonnet-4-6", usage: $usage, offering: "anthropic") { ${ESTIMATE} }
        canonical: costEstimate(model: "anthropic/claude-sonnet-4-6", usage: $usage) { offering { provider { slug } } fallback { reason canonicalOffering { id } } }
      }
    `;

    it('bills the written share at the cache-write price and each search at the search price (hand-computed)', async () => {
      const response = await execute(harness.app, query, { usage });
      expect(response.errors).toBeUndefined();
      const { openrouter } = response.data!;
      // per request: uncached 10,000 × (1 − 0.5 − 0.2) = 3,000 × $3/M = $0.009
      //              cached 5,000 × $0.30/M = $0.0015; written 2,000 × $3.75/M = $0.0075
      //              output 1,000 × $15/M = $0.015; searches 2 × $0.01 = $0.02
      // = $0.053 per request; × 1,000 requests = $53.00 a month; × 12 = $636.00 a year
      expect(
        openrouter.breakdown.map((line: AdHocData) => [line.item, line.quantityPerRequest, line.unitPrice.usd, line.unitPrice.unit, line.monthly.usd]),
      ).toEqual([
        ['INPUT', 3_000, '3', 'USD_PER_MILLION_TOKENS', '9.00'],
        ['CACHED_INPUT', 5_000, '0.3', 'USD_PER_MILLION_TOKENS', '1.50'],
        ['CACHE_WRITE', 2_000, '3.75', 'USD_PER_MILLION_TOKENS', '7.50'],
        ['OUTPUT', 1_000, '15', 'USD_PER_MILLION_TOKENS', '15.00'],
        ['WEB_SEARCH', 2, '0.01', 'USD_PER_WEB_SEARCH', '20.00'],
      ]);
      expect(openrouter).toMatchObject({
        perRequest: { usd: '0.053' },
        monthly: { usd: '53.00', microUsd: '53000000' },
        yearly: { usd: '636.00' },
        offering: { provider: { slug: 'openrouter' }, providerModelId: 'anthropic/claude-sonnet-4.6' },
        pricingUnits: ['TOKEN', 'WEB_SEARCH'],
        assumptions: { cacheWriteShare: 0.2, webSearchesPerRequest: 2 },
        warnings: [],
      });
    });

    it('an offering without a search price has unknown searches and totals, never 0', async () => {
      const response = await execute(harness.app, query, { usage });
      expect(response.errors).toBeUndefined();
      const { anthropic, canonical } = response.data!;
      expect(anthropic.offering.provider.slug).toBe('anthropic');
      expect([anthropic.perRequest, anthropic.monthly, anthropic.yearly]).toEqual([null, null, null]);
      expect(anthropic.breakdown.find((line: AdHocData) => line.item === 'WEB_SEARCH')).toMatchObject({ unitPrice: null, monthly: null });
      // The cache writes are still priced from Anthropic's listing, so the page can show what is known.
      expect(anthropic.breakdown.find((line: AdHocData) => line.item === 'CACHE_WRITE')).toMatchObject({
        unitPrice: { usd: '3.75' },
        monthly: { usd: '7.50' },
      });
      expect(anthropic.warnings).toEqual([{ code: 'PRICE_UNKNOWN' }]);
      // So the canonical (Anthropic) offering cannot price this usage: CANONICAL falls back to the
      // cheapest pay-per-use offering that can, and says so.
      expect(canonical).toMatchObject({
        offering: { provider: { slug: 'openrouter' } },
        fallback: { reason: 'CANONICAL_PRICE_UNKNOWN', canonicalOffering: { id: expect.any(String) } },
      });
    });

    it('shares adding up to more than the input, or negative searches, are BAD_USER_INPUT naming the field', async () => {
      const monthlyOnly = `query($usage: UsageInput) { costEstimate(model: "anthropic/claude-sonnet-4-6", usage: $usage) { monthly { usd } } }`;
      const tooMuch = await execute(harness.app, monthlyOnly, { usage: { ...usage, cachedInputShare: 0.9 } });
      expect(errorCodes(tooMuch)).toEqual(['BAD_USER_INPUT']);
      expect(tooMuch.errors![0]!.extensions!.argument).toBe('usage.cachedInputShare');
      expect(tooMuch.errors![0]!.message).toContain('cachedInputShare + cacheWriteShare must be at most 1');
      const negative = await execute(harness.app, monthlyOnly, { usage: { ...usage, webSearchesPerRequest: -1 } });
      expect(errorCodes(negative)).toEqual(['BAD_USER_INPUT']);
      expect(negative.errors![0]!.extensions!.argument).toBe('usage.webSearchesPerRequest');
    });
  });

  it('Model.cost and Offering.cost give the same figures as costEstimate for the same offering', async () => {
    const response = await execute(
      harness.app,
      `query { model(id: "openai/gpt-5") { cost { monthly { usd } } canonicalOffering { cost { monthly { usd } } } } costEstimate(model: "openai/gpt-5") { monthly { usd } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { model, costEstimate } = response.data!;
    expect(model.cost.monthly.usd).toBe(costEstimate.monthly.usd);
    expect(model.canonicalOffering.cost.monthly.usd).toBe(costEstimate.monthly.usd);
  });

  it('prices a workload at a past date from the price events, saying since when that price held', async () => {
    const response = await execute(harness.app, `query { costEstimate(model: "openai/gpt-5", asOf: "2025-09-15") { monthly { usd } asOf priceSince } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.costEstimate.asOf).toBe('2025-09-15');
    expect(response.data!.costEstimate.priceSince <= '2025-09-15').toBe(true);
  });

  it('before a model was listed anywhere, there is no price: NOT_FOUND, never 0', async () => {
    const response = await execute(harness.app, `query { costEstimate(model: "openai/gpt-5", asOf: "2025-01-01") { monthly { usd } } }`);
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('the canonical price falls back, never silently', () => {
  // Llama 4 Scout: no pay-per-use listing by Meta. At the default usage the cheapest plausible
  // pay-per-use offering is Kilo's (models.dev: $0.08 in, $0.30 out, as OpenRouter; kilo < openrouter);
  // Vercel's $0/$0 listing is suspect (13 other providers charge) and never the cheapest.
  it('Model.cost names the offering it priced and why', async () => {
    const response = await execute(
      harness.app,
      `query { model(id: "meta/llama-4-scout") { cost { monthly { usd } offering { provider { slug } providerModelId } fallback { reason canonicalOffering { providerModelId } providerId message } warnings { code message } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const cost = response.data!.model.cost;
    expect(cost).toMatchObject({
      // 1,825,000 × $0.08/M + 1,216,666.67 × $0.30/M = $0.146 + $0.365.
      monthly: { usd: '0.511' },
      offering: { provider: { slug: 'kilo' }, providerModelId: 'meta-llama/llama-4-scout' },
      fallback: { reason: 'NO_CANONICAL_OFFERING', canonicalOffering: null, providerId: 'kilo' },
    });
    // 14 qualify of its 16 offerings: not GitHub Models' free tier, nor Vercel's suspect $0 (the two Bedrock listings count each).
    expect(cost.fallback.message).toBe(
      'Priced at kilo/meta-llama/llama-4-scout, the cheapest of its 14 pay-per-use offerings with a known price at this usage: its lab does not list it.',
    );
    expect(cost.warnings[0]).toEqual({ code: 'FALLBACK_OFFERING', message: cost.fallback.message });
  });

  it('compare() prices it too and its summary says where', async () => {
    const response = await execute(
      harness.app,
      `query { compare(models: ["openai/gpt-5.4", "meta/llama-4-scout"]) {
        costs { rows { modelId noEstimateReason estimate { monthly { formatted } fallback { providerId } } } }
        summary { text }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    const { costs, summary } = response.data!.compare;
    expect(costs.rows[1]).toMatchObject({
      modelId: 'meta/llama-4-scout-17b-instruct',
      noEstimateReason: null,
      estimate: { fallback: { providerId: 'kilo' } },
    });
    expect(summary.text).toContain('(at kilo, the cheapest of its 14 priced pay-per-use offerings: its lab does not list it)');
  });
});
