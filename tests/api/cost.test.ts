import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';
import { errorCodes, execute } from '../support/graphql.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const ESTIMATE = /* GraphQL */ `
  perRequest { usd } monthly { usd formatted microUsd } yearly { usd }
  breakdown { item quantityPerRequest unitPrice { usd per } monthly { usd } }
  pricingKind offering { provider { slug } providerModelId }
  assumptions { requestsPerMonth inputTokensPerRequest outputTokensPerRequest }
  warnings { code }
`;

describe('costEstimate', () => {
  it('prices GPT-5 at the default usage exactly (hand-computed)', async () => {
    const response = await execute(harness.app, `query { costEstimate(model: "openai/gpt-5") { ${ESTIMATE} } }`);
    expect(response.errors).toBeUndefined();
    // 100 requests/day × 365/12 = 3,041.666… requests/month; 1,000 tokens = 600 in + 400 out.
    // input:  3,041.666… × 600 × $1.25 / 1M = $2.28125        → $2.281250
    // output: 3,041.666… × 400 × $10  / 1M = $12.1666666…     → $12.166667
    // monthly = 2.281250 + 12.166667 = $14.447917; yearly = 12 × 14.447917 = $173.375004
    // per request: 600 × 1.25 / 1M + 400 × 10 / 1M = 0.00075 + 0.004 = $0.00475
    expect(response.data!.costEstimate).toMatchObject({
      perRequest: { usd: '0.00475' },
      monthly: { usd: '14.447917', formatted: '$14.447917', microUsd: '14447917' },
      yearly: { usd: '173.375004' },
      pricingKind: 'PAY_PER_USE',
      offering: { provider: { slug: 'openai' } },
      assumptions: { inputTokensPerRequest: 600, outputTokensPerRequest: 400 },
      warnings: [],
    });
    expect(response.data!.costEstimate.breakdown.map((line: any) => [line.item, line.unitPrice.usd, line.monthly.usd])).toEqual([
      ['INPUT', '1.25', '2.28125'],
      ['OUTPUT', '10', '12.166667'],
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

  it('an unknown model is BAD_USER_INPUT naming model; a provider that does not serve it is NOT_FOUND', async () => {
    const unknown = await execute(harness.app, `query { costEstimate(model: "nobody/nothing") { monthly { usd } } }`);
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.extensions!.argument).toBe('model');
    const notServed = await execute(harness.app, `query { costEstimate(model: "openai/gpt-5", offering: "no-such-provider") { monthly { usd } } }`);
    expect(errorCodes(notServed)).toEqual(['NOT_FOUND']);
  });

  it.each([
    [{ requestsPerDay: -1 }, 'usage.requestsPerDay'],
    [{ inputShare: 1.5 }, 'usage.inputShare'],
    [{ requestsPerDay: 10, requestsPerMonth: 300 }, 'usage.requestsPerDay'],
    [{ tokensPerRequest: 1000, inputTokensPerRequest: 10, outputTokensPerRequest: 5 }, 'usage.tokensPerRequest'],
  ])('refuses usage %j with BAD_USER_INPUT naming %s', async (usage, argument) => {
    const response = await execute(harness.app, `query($usage: UsageInput) { costEstimate(model: "openai/gpt-5", usage: $usage) { monthly { usd } } }`, { usage });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.argument).toBe(argument);
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
