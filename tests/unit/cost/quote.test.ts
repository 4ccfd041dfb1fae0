import { describe, expect, it } from 'vitest';
import type { OfferingPrice, PriceEvent } from '../../../src/domain/catalog.ts';
import { quoteModel } from '../../../src/domain/cost/quote.ts';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { GPT_5_LIMITS, limits, offering, offeringPrice, provenance, usdPerMTok } from './fixtures.ts';

const priced = (inputUsd: number, outputUsd: number) =>
  offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(inputUsd), outputNanoUsdPerMTok: usdPerMTok(outputUsd) });

const openai = offering('openai', priced(0.625, 5));
const azure = offering('azure', priced(0.5, 4));

const added = (offeringId: string, date: string, price: OfferingPrice, eventLimits = GPT_5_LIMITS): PriceEvent => ({
  id: `${offeringId}@${date}`,
  offeringId,
  providerId: offeringId.split('/')[0] ?? '',
  modelId: 'openai/gpt-5',
  date,
  change: 'ADDED',
  price,
  limits: eventLimits,
  previousPrice: null,
  previousLimits: null,
  provenance,
});

// OpenAI launched at $1.25/$10 on 2025-08-07 with a 100K context; Azure listed it from 2026-01-01.
const events = [added(openai.id, '2025-08-07', priced(1.25, 10), limits(100_000)), added(azure.id, '2026-01-01', priced(0.5, 4))];
const usage = resolveUsage({ requestsPerMonth: 1_000, inputTokensPerRequest: 1_000, outputTokensPerRequest: 1_000 });
const base = { offerings: [openai, azure], canonicalOfferingId: openai.id, usage };

describe('quoteModel', () => {
  it('without a date: today’s prices', () => {
    const quote = quoteModel({ ...base, selector: 'CHEAPEST' });
    // azure: 1M × $0.50/M + 1M × $4/M = $4.50
    expect(quote.ok && [quote.offering.id, quote.estimate.monthly?.usd, quote.asOf, quote.priceSince]).toEqual(['azure/gpt-5', '4.50', null, null]);
  });

  it('at a past date: the offerings as they stood, with the day their price took effect', () => {
    const quote = quoteModel({ ...base, selector: 'CHEAPEST', asOf: { date: '2025-12-31', events } });
    // Only openai was listed: 1M × $1.25/M + 1M × $10/M = $11.25
    expect(quote.ok && [quote.offering.id, quote.estimate.monthly?.usd, quote.asOf, quote.priceSince]).toEqual([
      'openai/gpt-5',
      '11.25',
      '2025-12-31',
      '2025-08-07',
    ]);
    // The limits of that day apply too: 1,000 + 1,000 tokens fit in 100K.
    expect(quote.ok && quote.offering.limits.contextTokens.tokens).toBe(100_000);
  });

  it('before any offering existed: says so', () => {
    expect(quoteModel({ ...base, selector: 'CANONICAL', asOf: { date: '2025-01-01', events } })).toEqual({
      ok: false,
      reason: 'NO_OFFERINGS',
      message: "None of this model's 2 offerings was listed on 2025-01-01.",
      asOf: '2025-01-01',
      priceSince: null,
    });
  });

  it('a provider not yet listing the model at that date', () => {
    const quote = quoteModel({ ...base, selector: 'azure', asOf: { date: '2025-12-31', events } });
    expect(quote).toMatchObject({ ok: false, reason: 'PROVIDER_DOES_NOT_OFFER_MODEL', asOf: '2025-12-31' });
  });
});
