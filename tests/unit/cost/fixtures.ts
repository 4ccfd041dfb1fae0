import {
  type Limits,
  NO_TOKEN_PRICES,
  type Offering,
  type OfferingPrice,
  type PricingKind,
  type Provenance,
  type TokenLimit,
  type TokenPrices,
} from '../../../src/domain/catalog.ts';

/** USD per million tokens (as written on price pages) → integer nano-USD per million tokens. */
export const usdPerMTok = (usd: number): number => Math.round(usd * 1e9);
/** USD per image or per request → integer nano-USD. */
export const usdEach = usdPerMTok;

export const provenance: Provenance = {
  source: 'models.dev',
  sourceId: 'test/model',
  observedAt: '2026-07-02',
  selfReported: true,
  url: null,
};

export function tokenPrices(prices: Partial<TokenPrices> = {}): TokenPrices {
  return { ...NO_TOKEN_PRICES, ...prices };
}

export function offeringPrice(tokens: Partial<TokenPrices> = {}, rest: Partial<Omit<OfferingPrice, 'tokens'>> = {}): OfferingPrice {
  return {
    kind: 'PAY_PER_USE',
    currency: 'USD',
    tokens: tokenPrices(tokens),
    tiers: [],
    imageOutputNanoUsdPerImage: null,
    imageInputNanoUsdPerImage: null,
    requestNanoUsdPerRequest: null,
    webSearchNanoUsdPerSearch: null,
    provenance,
    ...rest,
  };
}

const limit = (tokens: number | null): TokenLimit =>
  tokens === null ? { tokens: null, reason: 'UNKNOWN', provenance: null } : { tokens, reason: null, provenance };

export function limits(context: number | null = null, maxOutput: number | null = null, input: number | null = null): Limits {
  return { contextTokens: limit(context), inputTokens: limit(input), maxOutputTokens: limit(maxOutput) };
}

/** GPT-5 at the lab: $1.25 in, $0.125 cache read, $10 out per million tokens; 400K context, 128K output. */
export const GPT_5 = {
  id: 'openai/gpt-5',
  providerId: 'openai',
  price: offeringPrice({
    inputNanoUsdPerMTok: usdPerMTok(1.25),
    cacheReadNanoUsdPerMTok: usdPerMTok(0.125),
    outputNanoUsdPerMTok: usdPerMTok(10),
  }),
};
export const GPT_5_LIMITS = limits(400_000, 128_000);

export function offering(providerId: string, price: OfferingPrice, overrides: Partial<Offering> = {}): Offering {
  return {
    id: `${providerId}/gpt-5`,
    providerId,
    providerModelId: 'gpt-5',
    name: 'GPT-5',
    modelId: 'openai/gpt-5',
    unmappedReason: null,
    price,
    limits: GPT_5_LIMITS,
    status: 'ACTIVE',
    provenance,
    ...overrides,
  };
}

export const zeroPriced = (kind: PricingKind): OfferingPrice => offeringPrice({ inputNanoUsdPerMTok: 0, outputNanoUsdPerMTok: 0 }, { kind });
