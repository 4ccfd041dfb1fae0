import { describe, expect, it } from 'vitest';
import type { OfferingPrice, PriceEvent, PriceEventChange } from '../../../src/domain/catalog.ts';
import { estimateCost } from '../../../src/domain/cost/estimate.ts';
import { priceAt } from '../../../src/domain/cost/price-at.ts';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { GPT_5_LIMITS, offeringPrice, provenance, usdPerMTok } from './fixtures.ts';

const OFFERING = 'openai/gpt-5';
const launch = offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(1.25), outputNanoUsdPerMTok: usdPerMTok(10) });
const cut = offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(0.625), outputNanoUsdPerMTok: usdPerMTok(5) });

const event = (id: string, date: string, change: PriceEventChange, price: OfferingPrice | null, offeringId = OFFERING): PriceEvent => ({
  id,
  offeringId,
  providerId: 'openai',
  modelId: 'openai/gpt-5',
  date,
  change,
  price,
  limits: price && GPT_5_LIMITS,
  previousPrice: null,
  previousLimits: null,
  provenance,
});

// Deliberately out of date order, with another offering's event in between.
const events = [
  event('e2', '2026-03-15', 'UPDATED', cut),
  event('other', '2026-01-01', 'ADDED', cut, 'azure/gpt-5'),
  event('e1', '2025-08-07', 'ADDED', launch),
  event('e3', '2026-06-30', 'REMOVED', null),
];

describe('priceAt', () => {
  it('is null before the offering existed', () => {
    expect(priceAt(OFFERING, events, '2025-08-06')).toBeNull();
  });

  it('takes effect on the day of the event', () => {
    expect(priceAt(OFFERING, events, '2025-08-07')).toMatchObject({ price: launch, since: '2025-08-07', eventId: 'e1' });
  });

  it('gives the old price the day before a change and the new one from that day', () => {
    expect(priceAt(OFFERING, events, '2026-03-14')?.eventId).toBe('e1');
    expect(priceAt(OFFERING, events, '2026-03-15')).toMatchObject({ price: cut, since: '2026-03-15', eventId: 'e2' });
  });

  it('prices a past month with the price then in force', () => {
    const usage = resolveUsage({ requestsPerMonth: 1_000, inputTokensPerRequest: 1_000, outputTokensPerRequest: 1_000 });
    const costOn = (date: string) => {
      const inForce = priceAt(OFFERING, events, date);
      return inForce && estimateCost({ offering: { id: OFFERING, providerId: 'openai', price: inForce.price }, limits: GPT_5_LIMITS, usage }).monthly?.usd;
    };
    // Before the cut: 1M input × $1.25/M + 1M output × $10/M = $11.25
    expect(costOn('2026-03-01')).toBe('11.25');
    // After: 1M × $0.625/M + 1M × $5/M = $5.625
    expect(costOn('2026-03-31')).toBe('5.625');
  });

  it('is null after the offering was removed', () => {
    expect(priceAt(OFFERING, events, '2026-06-29')?.eventId).toBe('e2');
    expect(priceAt(OFFERING, events, '2026-06-30')).toBeNull();
  });

  it('applies same-day events in the order given', () => {
    const sameDay = [event('a', '2026-01-01', 'ADDED', launch), event('b', '2026-01-01', 'UPDATED', cut)];
    expect(priceAt(OFFERING, sameDay, '2026-01-01')?.eventId).toBe('b');
  });

  it('is null for an offering without events, and rejects a malformed day', () => {
    expect(priceAt('nobody/x', events, '2026-05-01')).toBeNull();
    expect(() => priceAt(OFFERING, events, '2026-3-1')).toThrow(RangeError);
  });
});
