import type { CostItem, CostLine, CostWarning, CostWarningCode, QuantityUnit } from '../../domain/cost/types.ts';
import { builder } from '../builder.ts';
import { describedValues } from './enums.ts';
import { MoneyRef } from './money.ts';
import { UnitPriceRef } from './price.ts';

// Each enum lists every value of its domain type (`satisfies` fails the build when one is missing
// or extra), with what it means to a client.
export const CostItemEnum = builder.enumType('CostItem', {
  description: 'What a breakdown line counts.',
  values: describedValues({
    INPUT: 'Input text tokens neither read from nor written to the prompt cache.',
    CACHED_INPUT: 'Input tokens read from the prompt cache.',
    CACHE_WRITE: 'Input tokens written to the prompt cache.',
    OUTPUT: 'Output text tokens.',
    REASONING: 'Hidden reasoning tokens, in addition to the output tokens.',
    INPUT_AUDIO: 'Input audio tokens.',
    OUTPUT_AUDIO: 'Output audio tokens.',
    IMAGE_OUTPUT: 'Generated images.',
    REQUEST: 'A fee per request, where the offering lists one.',
    WEB_SEARCH: 'Web searches run by the model, billed per search.',
  } satisfies Record<CostItem, string>),
});
export const QuantityUnitEnum = builder.enumType('QuantityUnit', {
  description: 'The unit a breakdown line counts in; quantities of different units are never added.',
  values: describedValues({
    TOKEN: 'Tokens.',
    IMAGE: 'Images.',
    REQUEST: 'Requests.',
    WEB_SEARCH: 'Web searches.',
  } satisfies Record<QuantityUnit, string>),
});
const CostWarningCodeEnum = builder.enumType('CostWarningCode', {
  description: 'Why an estimate needs a caveat; the warning’s message says it in words.',
  values: describedValues({
    REQUEST_EXCEEDS_CONTEXT_WINDOW: 'A request’s tokens exceed the context window or the input limit.',
    REQUEST_EXCEEDS_MAX_OUTPUT: 'A request’s output and reasoning tokens exceed the maximum output.',
    LONG_CONTEXT_TIER_APPLIED: 'The input exceeds a long-context threshold: that tier’s prices apply to the whole request.',
    PRICE_UNKNOWN: 'The offering lists no price for a line: its amount and the totals are null, never 0.',
    CACHE_PRICE_NOT_LISTED: 'No cache-read price: cached input tokens are billed at the input price.',
    CACHE_WRITE_PRICE_NOT_LISTED:
      'No cache-write price: tokens written to the prompt cache are billed at the input price; a provider that charges a write premium bills more.',
    USAGE_UNIT_NOT_PRICED: 'The usage has a quantity in a unit the offering does not price (e.g. tokens on a per-image offering): unknown, never converted.',
    SUBSCRIPTION_PLAN: 'A subscription plan: no price per use.',
    SELF_HOSTED: 'Runs on your own hardware: no price per use.',
    FREE_TIER: 'A free or trial tier with limits the data does not hold: no lasting price per use.',
    FALLBACK_OFFERING:
      'The canonical (lab) offering could not price this usage: the cheapest pay-per-use offering priced it instead (see CostEstimate.fallback).',
    PRICE_SUSPECT:
      'The offering’s price is implausible (a $0, or below 5% of the median of the other pay-per-use providers of the model; see Offering.priceSuspicion): shown, but never taken as the cheapest or as a ranking price.',
    REASONING_TOKENS_ASSUMED:
      'A reasoning model priced with a usage that gives no reasoningTokensPerRequest: the documented default (one hidden reasoning token per output token) is assumed; give reasoningTokensPerRequest to set them (0 for none).',
  } satisfies Record<CostWarningCode, string>),
});

export const CostLineRef = builder.objectRef<CostLine>('CostLine').implement({
  description: 'One priced quantity. The lines’ amounts add up exactly to the totals.',
  fields: (t) => ({
    item: t.field({ type: CostItemEnum, resolve: (line) => line.item }),
    unit: t.field({ type: QuantityUnitEnum, resolve: (line) => line.unit }),
    quantityPerRequest: t.exposeFloat('quantityPerRequest'),
    quantityPerMonth: t.exposeFloat('quantityPerMonth'),
    unitPrice: t.field({
      type: UnitPriceRef,
      nullable: true,
      description: 'The price this quantity is billed at; null when the offering has no price for it (unknown, never 0).',
      resolve: (line) => line.unitPrice,
    }),
    tierAboveInputTokens: t.int({
      nullable: true,
      description: 'Set when a long-context tier’s price applies: the tier’s input-token threshold.',
      resolve: (line) => line.unitPrice?.tierAboveInputTokens ?? null,
    }),
    perRequest: t.field({ type: MoneyRef, nullable: true, resolve: (line) => line.perRequest }),
    monthly: t.field({ type: MoneyRef, nullable: true, resolve: (line) => line.monthly }),
  }),
});

export const CostWarningRef = builder.objectRef<CostWarning>('CostWarning').implement({
  fields: (t) => ({
    code: t.field({ type: CostWarningCodeEnum, resolve: (warning) => warning.code }),
    message: t.exposeString('message'),
    item: t.field({ type: CostItemEnum, nullable: true, resolve: (warning) => warning.item }),
  }),
});
