import { describe, expect, it } from 'vitest';
import type { OfferingPrice, PricingKind } from '../../src/domain/catalog.ts';
import { listPriceOf } from '../../src/domain/list-price.ts';

function priced(kind: PricingKind, inputNanoUsdPerMTok: number | null, outputNanoUsdPerMTok: number | null): { price: OfferingPrice } {
  return {
    price: {
      kind,
      currency: 'USD',
      tokens: {
        inputNanoUsdPerMTok,
        outputNanoUsdPerMTok,
        cacheReadNanoUsdPerMTok: null,
        cacheWriteNanoUsdPerMTok: null,
        reasoningNanoUsdPerMTok: null,
        inputAudioNanoUsdPerMTok: null,
        outputAudioNanoUsdPerMTok: null,
      },
      tiers: [],
      imageOutputNanoUsdPerImage: null,
      imageInputNanoUsdPerImage: null,
      requestNanoUsdPerRequest: null,
      webSearchNanoUsdPerSearch: null,
      provenance: null,
    },
  };
}

describe('listPriceOf', () => {
  it('blends 60% input and 40% output: GPT-5 at $1.25 / $10 per 1M is $4.75', () => {
    // 0.6 × 1.25 + 0.4 × 10 = 0.75 + 4 = 4.75 USD per 1M tokens
    expect(listPriceOf(priced('PAY_PER_USE', 1_250_000_000, 10_000_000_000)).blendedNanoUsdPerMTok).toBe(4_750_000_000);
  });

  it('rounds to the nearest whole nano-dollar', () => {
    // (6 × 1 + 4 × 2) / 10 = 1.4 → 1
    expect(listPriceOf(priced('PAY_PER_USE', 1, 2)).blendedNanoUsdPerMTok).toBe(1);
    // (6 × 1 + 4 × 0) / 10 = 0.6 → 1
    expect(listPriceOf(priced('PAY_PER_USE', 1, 0)).blendedNanoUsdPerMTok).toBe(1);
    // (6 × 0 + 4 × 1) / 10 = 0.4 → 0
    expect(listPriceOf(priced('PAY_PER_USE', 0, 1)).blendedNanoUsdPerMTok).toBe(0);
    // (6 × 2 + 4 × 3) / 10 = 2.4 → 2
    expect(listPriceOf(priced('PAY_PER_USE', 2, 3)).blendedNanoUsdPerMTok).toBe(2);
  });

  it('is unknown for a subscription plan even when it lists 0', () => {
    expect(listPriceOf(priced('SUBSCRIPTION_PLAN', 0, 0))).toEqual({
      inputNanoUsdPerMTok: null,
      outputNanoUsdPerMTok: null,
      blendedNanoUsdPerMTok: null,
    });
  });

  it('keeps the known half when one side is unknown, but has no blend', () => {
    expect(listPriceOf(priced('PAY_PER_USE', 1_000, null))).toEqual({
      inputNanoUsdPerMTok: 1_000,
      outputNanoUsdPerMTok: null,
      blendedNanoUsdPerMTok: null,
    });
  });

  it('is unknown without a canonical offering', () => {
    expect(listPriceOf(null).blendedNanoUsdPerMTok).toBeNull();
  });

  it('a free pay-per-use model blends to 0', () => {
    expect(listPriceOf(priced('PAY_PER_USE', 0, 0)).blendedNanoUsdPerMTok).toBe(0);
  });
});
