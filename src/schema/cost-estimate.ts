import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { Model } from '../domain/catalog.ts';
import { estimateCost } from '../domain/cost/estimate.ts';
import { type ModelQuote, quoteModel } from '../domain/cost/quote.ts';
import type {
  CostAssumptions,
  CostEstimate,
  CostItem,
  CostLine,
  CostWarning,
  CostWarningCode,
  Money,
  PriceUnit,
  QuantityUnit,
  UnitPrice,
  UsageInput,
} from '../domain/cost/types.ts';
import { resolveUsage } from '../domain/cost/usage.ts';
import { nanoUsdToDecimal } from '../domain/nano-usd.ts';
import { apiError, badUserInput } from '../errors.ts';
import { describedValues, PricingKindEnum } from './enums.ts';
import { catalogKey } from './lookup-id.ts';
import { ModelRef } from './model.ts';
import { OfferingRef } from './offering.ts';
import { ProvenanceRef } from './provenance.ts';
import { usageArgOptions } from './usage-input.ts';

export const MoneyRef = builder.objectRef<Money>('Money').implement({
  description: 'An amount of US dollars, exact to the micro-dollar, rounded once (half-up).',
  fields: (t) => ({
    usd: t.field({ type: 'Decimal', description: 'Exact decimal, e.g. "14.447917".', resolve: (money) => money.usd }),
    microUsd: t.string({ description: 'Whole micro-dollars, as a string (it can exceed 2^53).', resolve: (money) => money.microUsd.toString() }),
    formatted: t.exposeString('formatted', { description: 'e.g. "$1,234.56"; no further rounding than usd.' }),
  }),
});

// Each enum lists every value of its domain type (`satisfies` fails the build when one is missing
// or extra), with what it means to a client.
const CostItemEnum = builder.enumType('CostItem', {
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
const QuantityUnitEnum = builder.enumType('QuantityUnit', {
  description: 'The unit a breakdown line counts in; quantities of different units are never added.',
  values: describedValues({
    TOKEN: 'Tokens.',
    IMAGE: 'Images.',
    REQUEST: 'Requests.',
    WEB_SEARCH: 'Web searches.',
  } satisfies Record<QuantityUnit, string>),
});
const CostPriceUnitEnum = builder.enumType('CostPriceUnit', {
  description: 'The unit a line’s price is per.',
  values: describedValues({
    MILLION_TOKENS: 'USD per million tokens.',
    IMAGE: 'USD per image.',
    REQUEST: 'USD per request.',
    WEB_SEARCH: 'USD per web search.',
  } satisfies Record<PriceUnit, string>),
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
  } satisfies Record<CostWarningCode, string>),
});

const CostUnitPriceRef = builder.objectRef<UnitPrice>('CostUnitPrice').implement({
  fields: (t) => ({
    usd: t.field({ type: 'Decimal', resolve: (price) => nanoUsdToDecimal(price.nanoUsd) }),
    per: t.field({ type: CostPriceUnitEnum, resolve: (price) => price.per }),
    priceField: t.exposeString('priceField', { description: 'Which of the offering’s prices this is.' }),
    tierAboveInputTokens: t.exposeInt('tierAboveInputTokens', { nullable: true, description: 'Set when a long-context tier’s price applies.' }),
  }),
});

const CostLineRef = builder.objectRef<CostLine>('CostLine').implement({
  description: 'One priced quantity. The lines’ amounts add up exactly to the totals.',
  fields: (t) => ({
    item: t.field({ type: CostItemEnum, resolve: (line) => line.item }),
    unit: t.field({ type: QuantityUnitEnum, resolve: (line) => line.unit }),
    quantityPerRequest: t.exposeFloat('quantityPerRequest'),
    quantityPerMonth: t.exposeFloat('quantityPerMonth'),
    unitPrice: t.field({
      type: CostUnitPriceRef,
      nullable: true,
      description: 'Null when the offering has no price for this quantity.',
      resolve: (line) => line.unitPrice,
    }),
    perRequest: t.field({ type: MoneyRef, nullable: true, resolve: (line) => line.perRequest }),
    monthly: t.field({ type: MoneyRef, nullable: true, resolve: (line) => line.monthly }),
  }),
});

const CostWarningRef = builder.objectRef<CostWarning>('CostWarning').implement({
  fields: (t) => ({
    code: t.field({ type: CostWarningCodeEnum, resolve: (warning) => warning.code }),
    message: t.exposeString('message'),
    item: t.field({ type: CostItemEnum, nullable: true, resolve: (warning) => warning.item }),
  }),
});

const CostAssumptionsRef = builder.objectRef<CostAssumptions>('CostAssumptions').implement({
  description: 'The usage as resolved (defaults applied) and the rules every figure follows.',
  fields: (t) => ({
    requestsBasis: t.exposeString('requestsBasis'),
    tokensBasis: t.exposeString('tokensBasis'),
    requestsPerMonth: t.exposeFloat('requestsPerMonth'),
    daysPerMonth: t.exposeFloat('daysPerMonth'),
    daysPerMonthRule: t.exposeString('daysPerMonthRule'),
    inputTokensPerRequest: t.exposeFloat('inputTokensPerRequest'),
    outputTokensPerRequest: t.exposeFloat('outputTokensPerRequest'),
    cachedInputShare: t.exposeFloat('cachedInputShare'),
    cacheWriteShare: t.exposeFloat('cacheWriteShare', { description: 'Share of the input tokens written to the prompt cache.' }),
    reasoningTokensPerRequest: t.exposeFloat('reasoningTokensPerRequest'),
    inputAudioTokensPerRequest: t.exposeFloat('inputAudioTokensPerRequest'),
    outputAudioTokensPerRequest: t.exposeFloat('outputAudioTokensPerRequest'),
    imagesPerMonth: t.exposeFloat('imagesPerMonth'),
    webSearchesPerRequest: t.exposeFloat('webSearchesPerRequest'),
    tierAboveInputTokens: t.exposeInt('tierAboveInputTokens', { nullable: true }),
    roundingRule: t.exposeString('roundingRule'),
  }),
});

/** A cost estimate and, when it was priced at a past date, the day that price took effect. */
export interface DatedCostEstimate extends CostEstimate {
  asOf: string | null;
  priceSince: string | null;
}

export const CostEstimateRef = builder.objectRef<DatedCostEstimate>('CostEstimate').implement({
  description:
    'What a workload costs at one offering: per request, monthly, yearly (exactly 12 × monthly), with the breakdown, assumptions and warnings. Null totals mean unknown, never 0.',
  fields: (t) => ({
    currency: t.exposeString('currency'),
    pricingUnits: t.field({
      type: [QuantityUnitEnum],
      description: 'The units this usage is billed in; distinct units are never added into one price.',
      resolve: (estimate) => estimate.pricingUnits,
    }),
    perRequest: t.field({ type: MoneyRef, nullable: true, resolve: (estimate) => estimate.perRequest }),
    monthly: t.field({ type: MoneyRef, nullable: true, resolve: (estimate) => estimate.monthly }),
    yearly: t.field({ type: MoneyRef, nullable: true, resolve: (estimate) => estimate.yearly }),
    breakdown: t.field({ type: [CostLineRef], resolve: (estimate) => estimate.breakdown }),
    offering: t.field({
      type: OfferingRef,
      resolve: async (estimate, _args, context) => (await context.loaders.offeringById.load(estimate.offering.offeringId))!,
    }),
    pricingKind: t.field({ type: PricingKindEnum, resolve: (estimate) => estimate.offering.pricingKind }),
    priceProvenance: t.field({ type: ProvenanceRef, nullable: true, resolve: (estimate) => estimate.offering.provenance }),
    asOf: t.field({ type: 'LocalDate', nullable: true, description: 'The day priced, when a past date was asked for.', resolve: (estimate) => estimate.asOf }),
    priceSince: t.field({
      type: 'LocalDate',
      nullable: true,
      description: 'With asOf: the day the price in force took effect.',
      resolve: (estimate) => estimate.priceSince,
    }),
    assumptions: t.field({ type: CostAssumptionsRef, resolve: (estimate) => estimate.assumptions }),
    warnings: t.field({ type: [CostWarningRef], resolve: (estimate) => estimate.warnings }),
  }),
});

export const OFFERING_ARG_DESCRIPTION =
  'CANONICAL (the lab’s own offering, default), CHEAPEST (lowest monthly total at this usage among pay-per-use offerings with known prices), or a provider slug.';

/** Prices a model at a usage with the chosen offering, today or at a past date. */
export async function quoteForModel(
  context: Context,
  model: Model,
  selector: string,
  usageInput: UsageInput | null | undefined,
  asOfDate: string | null | undefined,
): Promise<ModelQuote> {
  const usage = resolveUsage(usageInput ?? {});
  const offerings = await context.loaders.offeringsByModelId.load(model.id);
  const events = asOfDate ? (await Promise.all(offerings.map((offering) => context.loaders.priceEventsByOfferingId.load(offering.id)))).flat() : [];
  return quoteModel({ offerings, canonicalOfferingId: model.canonicalOfferingId, selector, usage, asOf: asOfDate ? { date: asOfDate, events } : null });
}

/** As `quoteForModel`, raising NOT_FOUND with the reason when no offering qualifies. */
async function quote(context: Context, model: Model, selector: string, usageInput: UsageInput | null | undefined, asOfDate: string | null | undefined) {
  const result = await quoteForModel(context, model, selector, usageInput, asOfDate);
  if (!result.ok) throw apiError('NOT_FOUND', result.message, { reason: result.reason });
  return { ...result.estimate, asOf: result.asOf, priceSince: result.priceSince };
}

builder.queryField('costEstimate', (t) =>
  t.field({
    type: CostEstimateRef,
    nullable: true,
    description: 'What a workload costs on a model: at its canonical offering, the cheapest one, or a given provider; today or at a past date.',
    args: {
      model: t.arg.id({ required: true, description: 'Canonical id, alias or global id.', validate: { type: 'string', minLength: 1, maxLength: 300 } }),
      usage: t.arg(usageArgOptions),
      offering: t.arg.string({ defaultValue: 'CANONICAL', description: OFFERING_ARG_DESCRIPTION, validate: { minLength: 1, maxLength: 200 } }),
      asOf: t.arg({ type: 'LocalDate', description: 'Price the workload at the prices in force that day.' }),
    },
    resolve: async (_root, args, context) => {
      const model = await context.loaders.modelById.load(catalogKey(String(args.model), 'Model'));
      if (!model) throw badUserInput('model', `no model has the id ${JSON.stringify(args.model)}`);
      return quote(context, model, args.offering ?? 'CANONICAL', args.usage, args.asOf);
    },
  }),
);

builder.objectField(ModelRef, 'cost', (t) =>
  t.field({
    type: CostEstimateRef,
    nullable: true,
    description: 'This model’s cost at a usage (see Query.costEstimate).',
    args: {
      usage: t.arg(usageArgOptions),
      offering: t.arg.string({ defaultValue: 'CANONICAL', description: OFFERING_ARG_DESCRIPTION, validate: { minLength: 1, maxLength: 200 } }),
    },
    resolve: (model, args, context) => quote(context, model, args.offering ?? 'CANONICAL', args.usage, null),
  }),
);

builder.objectField(OfferingRef, 'cost', (t) =>
  t.field({
    type: CostEstimateRef,
    description: 'This offering’s cost at a usage.',
    args: { usage: t.arg(usageArgOptions) },
    resolve: (offering, args) => ({
      ...estimateCost({ offering, limits: offering.limits, usage: resolveUsage(args.usage ?? {}) }),
      asOf: null,
      priceSince: null,
    }),
  }),
);
