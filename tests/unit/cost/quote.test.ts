import { describe, expect, it } from 'vitest';
import type { OfferingPrice, PriceEvent } from '../../../src/domain/catalog.ts';
import { quoteModel } from '../../../src/domain/cost/quote.ts';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { GPT_5_LIMITS, limits, offering, offeringPrice, provenance, usdPerMTok, zeroPriced } from './fixtures.ts';

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

describe('CANONICAL falls back to the cheapest pay-per-use offering, and says so', () => {
  const fellBack = (quote: ReturnType<typeof quoteModel>) =>
    quote.ok && {
      offering: quote.offering.id,
      monthly: quote.estimate.monthly?.usd,
      fallback: quote.estimate.fallback,
      firstWarning: quote.estimate.warnings[0],
    };

  it('when the model has no canonical offering (Llama 4 Scout: no pay-per-use listing by Meta)', () => {
    const quote = quoteModel({ ...base, canonicalOfferingId: null, selector: 'CANONICAL' });
    const message = 'Priced at azure/gpt-5, the cheapest of its 2 pay-per-use offerings with a known price at this usage: its lab does not list it.';
    // azure: 1M × $0.50/M + 1M × $4/M = $4.50
    expect(fellBack(quote)).toEqual({
      offering: 'azure/gpt-5',
      monthly: '4.50',
      fallback: { reason: 'NO_CANONICAL_OFFERING', canonicalOfferingId: null, providerId: 'azure', pricedOfferings: 2, message },
      firstWarning: { code: 'FALLBACK_OFFERING', item: null, message },
    });
  });

  it('when the canonical offering has no price per use (a free tier listing 0)', () => {
    const lab = offering('openai', zeroPriced('FREE_TIER'));
    const quote = quoteModel({ ...base, offerings: [lab, azure], selector: 'CANONICAL' });
    expect(fellBack(quote)).toMatchObject({
      offering: 'azure/gpt-5',
      monthly: '4.50',
      fallback: { reason: 'CANONICAL_NOT_PAY_PER_USE', canonicalOfferingId: 'openai/gpt-5', providerId: 'azure' },
    });
  });

  it('when the canonical offering does not price this usage (no output price)', () => {
    const lab = offering('openai', offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(1.25) }));
    const quote = quoteModel({ ...base, offerings: [lab, azure], selector: 'CANONICAL' });
    expect(fellBack(quote)).toMatchObject({ offering: 'azure/gpt-5', fallback: { reason: 'CANONICAL_PRICE_UNKNOWN', canonicalOfferingId: 'openai/gpt-5' } });
  });

  it('never when the canonical offering prices the usage, nor for CHEAPEST or a provider', () => {
    for (const selector of ['CANONICAL', 'CHEAPEST', 'azure']) {
      const quote = quoteModel({ ...base, selector });
      expect(quote.ok && quote.estimate.fallback).toBeNull();
    }
    expect(quoteModel({ ...base, selector: 'CANONICAL' })).toMatchObject({ ok: true, offering: { id: 'openai/gpt-5' } });
  });

  it('keeps the canonical estimate (unknown, with its warning) when no other offering has a known price', () => {
    const lab = offering('openai', zeroPriced('FREE_TIER'));
    const plan = offering('plan', zeroPriced('SUBSCRIPTION_PLAN'));
    const quote = quoteModel({ ...base, offerings: [lab, plan], selector: 'CANONICAL' });
    expect(quote.ok && [quote.offering.id, quote.estimate.monthly, quote.estimate.fallback, quote.estimate.warnings[0]?.code]).toEqual([
      'openai/gpt-5',
      null,
      null,
      'FREE_TIER',
    ]);
  });

  it('without a canonical offering or a priced one: both reasons', () => {
    const plan = offering('plan', zeroPriced('SUBSCRIPTION_PLAN'), { provenance: { ...provenance, selfReported: false } });
    expect(quoteModel({ ...base, offerings: [plan], canonicalOfferingId: null, selector: 'CANONICAL' })).toMatchObject({
      ok: false,
      reason: 'NO_PAY_PER_USE_OFFERING_WITH_KNOWN_PRICE',
      message: 'Its lab does not list it, and none of the 1 offerings is pay-per-use with a known price at this usage (1 subscription plan).',
    });
  });

  it('when the lab lists the model without a price (OpenAI’s gpt-image-1): says so and names the listing, not "no lab listing"', () => {
    const lab = offering('openai', offeringPrice({}, { kind: 'UNKNOWN' }));
    const host = offering('azure', priced(0.5, 4), { provenance: { ...provenance, selfReported: false } });
    const quote = quoteModel({ ...base, offerings: [lab, host], canonicalOfferingId: null, selector: 'CANONICAL' });
    expect(fellBack(quote)).toMatchObject({
      offering: 'azure/gpt-5',
      fallback: {
        reason: 'LAB_LISTING_UNPRICED',
        canonicalOfferingId: 'openai/gpt-5',
        pricedOfferings: 1,
        message:
          'Priced at azure/gpt-5, its only pay-per-use offering with a known price at this usage: its lab’s own listing has no known price (openai/gpt-5).',
      },
    });
  });
});

describe('a reasoning model priced without reasoning tokens (REASONING_DEFAULT)', () => {
  // GPT-5 at the lab, $1.25 in / $10 out, at the defaults: 3,041.666… requests × (600 in + 400 out).
  const gpt5 = offering('openai', priced(1.25, 10));
  const at = (reasoning: boolean | null, usageInput = {}) =>
    quoteModel({ offerings: [gpt5], canonicalOfferingId: gpt5.id, selector: 'CANONICAL', usage: resolveUsage(usageInput), reasoning });

  it('reasons one hidden token per output token, billed at the output price, and says so', () => {
    const quote = at(true);
    if (!quote.ok) throw new Error(quote.message);
    // input 1,825,000 × $1.25/M = $2.28125; output 1,216,666.67 × $10/M = $12.166667; reasoning the same 400 per request = $12.166667.
    expect(quote.estimate.breakdown.map((line) => [line.item, line.quantityPerRequest, line.monthly?.usd])).toEqual([
      ['INPUT', 600, '2.28125'],
      ['OUTPUT', 400, '12.166667'],
      ['REASONING', 400, '12.166667'],
    ]);
    expect(quote.estimate.monthly?.usd).toBe('26.614584');
    expect(quote.estimate.assumptions).toMatchObject({ reasoningTokensPerRequest: 400, reasoningBasis: 'REASONING_MODEL_DEFAULT' });
    expect(quote.estimate.warnings).toEqual([expect.objectContaining({ code: 'REASONING_TOKENS_ASSUMED', item: 'REASONING' })]);
    expect(quote.estimate.warnings[0]!.message).toContain('400 hidden reasoning tokens per request are assumed');
  });

  it('reasoningTokensPerRequest, 0 included, replaces the assumption', () => {
    const none = at(true, { reasoningTokensPerRequest: 0 });
    expect(none.ok && [none.estimate.monthly?.usd, none.estimate.assumptions.reasoningBasis, none.estimate.warnings]).toEqual(['14.447917', 'GIVEN', []]);
    const some = at(true, { reasoningTokensPerRequest: 1_000 });
    // 3,041.666… × 1,000 × $10/M = $30.416667 of reasoning.
    expect(some.ok && some.estimate.breakdown.find((line) => line.item === 'REASONING')?.monthly?.usd).toBe('30.416667');
  });

  it('a model not known to reason (false or unknown) gets none, without a warning', () => {
    for (const reasoning of [false, null]) {
      const quote = at(reasoning);
      expect(quote.ok && [quote.estimate.monthly?.usd, quote.estimate.assumptions.reasoningBasis, quote.estimate.warnings]).toEqual([
        '14.447917',
        'NOT_GIVEN',
        [],
      ]);
    }
  });
});
