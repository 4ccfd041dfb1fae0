import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offering, OfferingStatus, PricingKind } from '../../../src/domain/catalog.ts';
import { PLAUSIBILITY, priceSuspicions } from '../../../src/domain/cost/plausibility.ts';
import { quoteModel } from '../../../src/domain/cost/quote.ts';
import { selectOffering } from '../../../src/domain/cost/select-offering.ts';
import { resolveUsage } from '../../../src/domain/cost/usage.ts';
import { offering, offeringPrice, provenance, usdPerMTok } from './fixtures.ts';

const priced = (providerId: string, inputUsd: number, outputUsd: number, overrides: Partial<Offering> = {}): Offering =>
  offering(providerId, offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(inputUsd), outputNanoUsdPerMTok: usdPerMTok(outputUsd) }), {
    provenance: { ...provenance, selfReported: false },
    ...overrides,
  });

/** Llama 4 Maverick as the seed lists it (models.dev and OpenRouter, USD per million tokens in/out). */
const MAVERICK = [
  priced('amazon-bedrock', 0.24, 0.97),
  priced('cortecs', 0.124, 0.603),
  priced('kilo', 0.15, 0.6),
  priced('llmgateway', 0.27, 0.85),
  priced('nano-gpt', 0.18, 0.8),
  priced('openrouter', 0.15, 0.6),
  priced('vercel', 0, 0),
];
const usage = resolveUsage();

describe('price plausibility (hand-checked on Llama 4 Maverick)', () => {
  const suspicions = priceSuspicions(MAVERICK);

  it('flags the $0 gateway listing against the median of the six other providers', () => {
    // Inputs of the others, sorted: 0.124, 0.15, 0.15, 0.18, 0.24, 0.27 → median (0.15 + 0.18) / 2 = 0.165.
    // Outputs: 0.6, 0.6, 0.603, 0.8, 0.85, 0.97 → median (0.603 + 0.8) / 2 = 0.7015. $0 < 5% of either.
    expect([...suspicions.keys()]).toEqual(['vercel/gpt-5']);
    expect(suspicions.get('vercel/gpt-5')!.prices).toEqual([
      { price: 'input', nanoUsd: 0, medianNanoUsd: 165_000_000, otherProviders: 6 },
      { price: 'output', nanoUsd: 0, medianNanoUsd: 701_500_000, otherProviders: 6 },
    ]);
    expect(suspicions.get('vercel/gpt-5')!.message).toContain('$0 per 1M input tokens against a median of $0.165 at 6 other pay-per-use providers');
  });

  it('CHEAPEST is the cheapest plausible price: cortecs, not the $0 listing', () => {
    // cortecs at the defaults: 1,825,000 × $0.124 + 1,216,666.67 × $0.603 per 1M = $0.2263 + $0.733650 = $0.959950.
    const cheapest = selectOffering(MAVERICK, 'CHEAPEST', usage, null);
    expect(cheapest.ok && [cheapest.offering.id, cheapest.estimate.monthly?.usd, cheapest.estimate.warnings]).toEqual(['cortecs/gpt-5', '0.95995', []]);
  });

  it('asked for by provider, the suspect listing is priced with its PRICE_SUSPECT warning', () => {
    const vercel = selectOffering(MAVERICK, 'vercel', usage, null);
    expect(vercel.ok && vercel.estimate.monthly?.usd).toBe('0.00');
    expect(vercel.ok && vercel.estimate.warnings.map((warning) => warning.code)).toEqual(['PRICE_SUSPECT']);
  });

  it('the CANONICAL fallback (no lab listing) never lands on the suspect price', () => {
    const quote = quoteModel({ offerings: MAVERICK, canonicalOfferingId: null, selector: 'CANONICAL', usage });
    expect(quote.ok && [quote.offering.id, quote.estimate.warnings.map((warning) => warning.code)]).toEqual(['cortecs/gpt-5', ['FALLBACK_OFFERING']]);
  });

  it('a deprecated listing is no other provider: against it alone, a $0 is not suspect', () => {
    const cheapest = selectOffering([MAVERICK[6]!, priced('amazon-bedrock', 0.24, 0.97, { status: 'DEPRECATED' })], 'CHEAPEST', usage, null);
    expect(cheapest.ok && [cheapest.offering.id, cheapest.estimate.warnings]).toEqual(['vercel/gpt-5', []]);
  });
});

describe('price plausibility: the rule', () => {
  const floor = PLAUSIBILITY.floorShareOfMedian;

  it('exactly 5% of the median is plausible; just below is suspect', () => {
    // Others at $1 and $3 → median $2; 5% is $0.10.
    const at = [priced('a', 1, 1), priced('b', 3, 3), priced('c', 2 * floor, 2 * floor)];
    expect(priceSuspicions(at).size).toBe(0);
    const below = [priced('a', 1, 1), priced('b', 3, 3), priced('c', 0.099_999_999, 2 * floor)];
    expect([...priceSuspicions(below).values()].map((s) => s.prices.map((p) => p.price))).toEqual([['input']]);
  });

  it('a $0 with a single other provider charging is suspect; $0 everywhere is plausible (free for real)', () => {
    expect([...priceSuspicions([priced('a', 0, 0), priced('b', 0.5, 1)]).keys()]).toEqual(['a/gpt-5']);
    expect(priceSuspicions([priced('a', 0, 0), priced('b', 0, 0)]).size).toBe(0);
  });

  it('the lab’s own price is never suspect, nor a host matching it (Z.ai lists GLM-4.7-Flash at $0)', () => {
    const lab = priced('zai', 0, 0, { provenance: { ...provenance, selfReported: true } });
    const hostAtZero = priced('huggingface', 0, 0);
    const others = [priced('a', 0.06, 0.4), priced('b', 0.07, 0.4), priced('c', 0.05, 0.3)];
    expect(priceSuspicions([lab, hostAtZero, ...others]).size).toBe(0);
  });

  it('a provider’s several listings are one voice, and other pricing kinds and deprecated listings are not judged or counted', () => {
    const twins = [priced('bedrock', 1, 1), { ...priced('bedrock', 1, 1), id: 'bedrock/us.gpt-5' }, priced('cheap', 0.01, 0.01)];
    // One other provider (bedrock, $1) → $0.01 < 5% of $1: suspect, with 1 other provider, not 2.
    expect(priceSuspicions(twins).get('cheap/gpt-5')!.prices[0]!.otherProviders).toBe(1);
    const plan = offering('plan', offeringPrice({ inputNanoUsdPerMTok: 0, outputNanoUsdPerMTok: 0 }, { kind: 'SUBSCRIPTION_PLAN' }));
    const old = priced('old', 0, 0, { status: 'DEPRECATED' });
    expect(priceSuspicions([plan, old, priced('a', 1, 1)]).size).toBe(0);
  });
});

describe('price plausibility: properties', () => {
  const kinds: PricingKind[] = ['PAY_PER_USE', 'PAY_PER_USE', 'PAY_PER_USE', 'FREE_TIER', 'UNKNOWN'];
  const statuses: OfferingStatus[] = ['ACTIVE', 'ACTIVE', 'BETA', 'DEPRECATED'];
  // Prices from $0 to $20 per million tokens, zeros and near-zeros often.
  const usd = fc.oneof(
    fc.constant(0),
    fc.constant(0.001),
    fc.integer({ min: 1, max: 20_000 }).map((milli) => milli / 1000),
  );
  const offerings = fc
    .array(
      fc.record({
        provider: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        variant: fc.integer({ min: 0, max: 1 }),
        input: usd,
        output: usd,
        kind: fc.constantFrom(...kinds),
        status: fc.constantFrom(...statuses),
        lab: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((rows) => {
      const seen = new Set<string>();
      return rows.flatMap((row) => {
        const id = `${row.provider}/m${row.variant}`;
        if (seen.has(id)) return [];
        seen.add(id);
        const price = offeringPrice({ inputNanoUsdPerMTok: usdPerMTok(row.input), outputNanoUsdPerMTok: usdPerMTok(row.output) }, { kind: row.kind });
        return [offering(row.provider, price, { id, status: row.status, provenance: { ...provenance, selfReported: row.lab && row.provider === 'a' } })];
      });
    });
  const selector = fc.constantFrom('CANONICAL', 'CHEAPEST', 'a', 'b', 'c', 'd', 'e', 'f');

  it('no estimate ever uses a suspect price without its warning, and CHEAPEST (or a fallback) never uses one', () => {
    fc.assert(
      fc.property(offerings, selector, fc.option(fc.constantFrom('a/m0', 'b/m0', 'c/m1'), { nil: null }), (list, chosen, canonical) => {
        const suspicions = priceSuspicions(list);
        const quote = quoteModel({ offerings: list, canonicalOfferingId: canonical, selector: chosen, usage });
        if (!quote.ok) return;
        const suspect = suspicions.has(quote.offering.id);
        expect(quote.estimate.warnings.some((warning) => warning.code === 'PRICE_SUSPECT')).toBe(suspect);
        if (chosen === 'CHEAPEST' || quote.estimate.fallback !== null) expect(suspect).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('the verdict on each offering does not depend on the order of the offerings', () => {
    fc.assert(
      fc.property(offerings, (list) => {
        expect([...priceSuspicions([...list].reverse()).keys()].sort()).toEqual([...priceSuspicions(list).keys()].sort());
      }),
    );
  });
});

describe('price plausibility: each list judged once', () => {
  it('answers a list it has judged with the same verdict, and judges another list, even an equal one, on its own', () => {
    const list = [priced('a', 0, 0), priced('b', 0.5, 1)];
    const first = priceSuspicions(list);
    expect(priceSuspicions(list)).toBe(first);
    const changed = [priced('a', 0.5, 1), priced('b', 0.5, 1)];
    expect([...first.keys()]).toEqual(['a/gpt-5']);
    expect(priceSuspicions(changed).size).toBe(0);
    const copy = [...list];
    expect(priceSuspicions(copy)).not.toBe(first);
    expect(priceSuspicions(copy)).toEqual(first);
  });
});
