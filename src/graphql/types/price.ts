import { type OfferingPrice, PRICE_UNITS, type PriceTier, type PriceUnit, type TokenPrices, type UnitPrice } from '../../domain/catalog.ts';
import { nanoUsdToDecimal } from '../../domain/money/nano-usd.ts';
import { builder } from '../builder.ts';
import { PricingKindEnum } from './enums.ts';
import { ProvenanceRef } from './provenance.ts';

export const PriceUnitEnum = builder.enumType('PriceUnit', {
  description: 'The unit a price is quoted in. Prices of different units are never added or compared.',
  values: PRICE_UNITS,
});

const UNIT_SUFFIX: Record<PriceUnit, string> = {
  USD_PER_MILLION_TOKENS: 'per 1M tokens',
  USD_PER_IMAGE: 'per image',
  USD_PER_REQUEST: 'per request',
  USD_PER_WEB_SEARCH: 'per web search',
};

export const UnitPriceRef = builder.objectRef<UnitPrice>('UnitPrice').implement({
  description: 'A price in one unit. A null UnitPrice means the price is unknown: never free, never 0.',
  fields: (t) => ({
    usd: t.field({ type: 'Decimal', description: 'Exact amount in US dollars.', resolve: (price) => nanoUsdToDecimal(price.nanoUsd) }),
    unit: t.field({ type: PriceUnitEnum, resolve: (price) => price.unit }),
    display: t.string({
      description: 'Human-readable, e.g. "$1.25 per 1M tokens".',
      resolve: (price) => `$${nanoUsdToDecimal(price.nanoUsd)} ${UNIT_SUFFIX[price.unit]}`,
    }),
  }),
});

const unitPrice = (nanoUsd: number | null, unit: PriceUnit): UnitPrice | null => (nanoUsd === null ? null : { nanoUsd, unit });
const perMTok = (nanoUsd: number | null) => unitPrice(nanoUsd, 'USD_PER_MILLION_TOKENS');

const TOKEN_PRICE_FIELDS = {
  input: 'inputNanoUsdPerMTok',
  output: 'outputNanoUsdPerMTok',
  cacheRead: 'cacheReadNanoUsdPerMTok',
  cacheWrite: 'cacheWriteNanoUsdPerMTok',
  reasoning: 'reasoningNanoUsdPerMTok',
  inputAudio: 'inputAudioNanoUsdPerMTok',
  outputAudio: 'outputAudioNanoUsdPerMTok',
} as const satisfies Record<string, keyof TokenPrices>;

export const TokenPricesRef = builder.objectRef<TokenPrices>('TokenPrices').implement({
  description: 'Per-token prices in USD per million tokens; null where the source gives no such price.',
  fields: (t) =>
    Object.fromEntries(
      Object.entries(TOKEN_PRICE_FIELDS).map(([fieldName, key]) => [
        fieldName,
        t.field({ type: UnitPriceRef, nullable: true, resolve: (prices) => perMTok(prices[key]) }),
      ]),
    ) as Record<keyof typeof TOKEN_PRICE_FIELDS, ReturnType<typeof t.field>>,
});

export const PriceTierRef = builder.objectRef<PriceTier>('PriceTier').implement({
  description: 'Long-context prices: they replace the base prices for a request whose input exceeds the threshold.',
  fields: (t) => ({
    aboveInputTokens: t.exposeInt('aboveInputTokens'),
    prices: t.field({ type: TokenPricesRef, resolve: (tier) => tier.prices }),
  }),
});

export const OfferingPriceRef = builder.objectRef<OfferingPrice>('OfferingPrice').implement({
  description: 'An offering’s prices, each in its own unit, with how the offering is paid for.',
  fields: (t) => ({
    kind: t.field({ type: PricingKindEnum, resolve: (price) => price.kind }),
    currency: t.string({ resolve: (price) => price.currency }),
    tokens: t.field({ type: TokenPricesRef, resolve: (price) => price.tokens }),
    longContextTiers: t.field({ type: [PriceTierRef], resolve: (price) => price.tiers }),
    perImageOutput: t.field({ type: UnitPriceRef, nullable: true, resolve: (price) => unitPrice(price.imageOutputNanoUsdPerImage, 'USD_PER_IMAGE') }),
    perImageInput: t.field({ type: UnitPriceRef, nullable: true, resolve: (price) => unitPrice(price.imageInputNanoUsdPerImage, 'USD_PER_IMAGE') }),
    perRequest: t.field({ type: UnitPriceRef, nullable: true, resolve: (price) => unitPrice(price.requestNanoUsdPerRequest, 'USD_PER_REQUEST') }),
    perWebSearch: t.field({ type: UnitPriceRef, nullable: true, resolve: (price) => unitPrice(price.webSearchNanoUsdPerSearch, 'USD_PER_WEB_SEARCH') }),
    provenance: t.field({ type: ProvenanceRef, nullable: true, resolve: (price) => price.provenance }),
  }),
});
