import type { CostAssumptions, CostFallback, CostFallbackReason, ReasoningBasis } from '../../domain/cost/types.ts';
import { DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN } from '../../domain/cost/usage.ts';
import { costEstimate, costEstimateById, type DatedCostEstimate, offeringCost } from '../../services/quote.ts';
import { allowExceedingLimitsArg, modelIdArg, offeringArg, usageArg } from '../args.ts';
import { builder } from '../builder.ts';
import { orThrow } from '../errors.ts';
import { catalogKey } from '../ids.ts';
import { CostLineRef, CostWarningRef, QuantityUnitEnum } from './cost-line.ts';
import { describedValues, PricingKindEnum } from './enums.ts';
import { ModelRef } from './model.ts';
import { MoneyRef } from './money.ts';
import { OfferingRef } from './offering.ts';
import { ProvenanceRef } from './provenance.ts';

const ReasoningBasisEnum = builder.enumType('ReasoningTokensBasis', {
  values: describedValues<ReasoningBasis>({
    GIVEN: 'The usage gives reasoningTokensPerRequest (0 included).',
    NOT_GIVEN: 'The usage gives none and the model is not known to reason: no reasoning tokens.',
    REASONING_MODEL_DEFAULT: `A reasoning model and the usage gives none: ${DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN} hidden reasoning token per output token is assumed (a REASONING_TOKENS_ASSUMED warning says so).`,
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
    reasoningTokensBasis: t.field({
      type: ReasoningBasisEnum,
      description: 'Where reasoningTokensPerRequest comes from (a reasoning model given none reasons by the documented default).',
      resolve: (assumptions) => assumptions.reasoningBasis,
    }),
    inputAudioTokensPerRequest: t.exposeFloat('inputAudioTokensPerRequest'),
    outputAudioTokensPerRequest: t.exposeFloat('outputAudioTokensPerRequest'),
    imagesPerMonth: t.exposeFloat('imagesPerMonth'),
    webSearchesPerRequest: t.exposeFloat('webSearchesPerRequest'),
    tierAboveInputTokens: t.exposeInt('tierAboveInputTokens', { nullable: true }),
    roundingRule: t.exposeString('roundingRule'),
  }),
});

const CostFallbackReasonEnum = builder.enumType('CostFallbackReason', {
  values: describedValues<CostFallbackReason>({
    NO_CANONICAL_OFFERING: 'The model has no canonical offering: its lab does not list it.',
    LAB_LISTING_UNPRICED: 'Its lab lists it, but with no known price (canonicalOffering is that listing).',
    CANONICAL_NOT_PAY_PER_USE: 'The canonical offering is a subscription plan, a free tier or a local runtime: no price per use.',
    CANONICAL_PRICE_UNKNOWN: 'The canonical offering does not price something this usage needs.',
  }),
});

const CostFallbackRef = builder.objectRef<CostFallback>('CostFallback').implement({
  description: 'Why a CANONICAL estimate was priced at another offering: the cheapest pay-per-use one at this usage (`CostEstimate.offering`).',
  fields: (t) => ({
    reason: t.field({ type: CostFallbackReasonEnum, resolve: (fallback) => fallback.reason }),
    canonicalOffering: t.field({
      type: OfferingRef,
      nullable: true,
      description: 'The canonical offering (or the lab’s unpriced listing) that could not be used; null when the lab does not list the model.',
      resolve: (fallback, _args, context) => (fallback.canonicalOfferingId ? context.loaders.offeringById.load(fallback.canonicalOfferingId) : null),
    }),
    providerId: t.exposeString('providerId', { description: 'The provider of the offering priced instead.' }),
    pricedOfferings: t.exposeInt('pricedOfferings', {
      description: 'How many pay-per-use offerings with a known, plausible price at this usage it is the cheapest of.',
    }),
    message: t.exposeString('message'),
  }),
});

export const CostEstimateRef = builder.objectRef<DatedCostEstimate>('CostEstimate').implement({
  description:
    'What a workload costs at one offering: per request, monthly, yearly (exactly 12 × monthly), with ' +
    'the breakdown, assumptions and warnings. Null totals mean unknown, never 0.',
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
    fallback: t.field({
      type: CostFallbackRef,
      nullable: true,
      description: 'Set when the canonical offering was asked for and could not price this usage: why, and which offering priced it instead.',
      resolve: (estimate) => estimate.fallback,
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

builder.queryField('costEstimate', (t) =>
  t.field({
    type: CostEstimateRef,
    nullable: true,
    description: 'What a workload costs on a model: at its canonical offering, the cheapest one, or a given provider; today or at a past date.',
    // The operation-cost rule's figure (npm run bench:cost): about 1.5 ms of CPU.
    extensions: { cost: 500 },
    args: {
      model: t.arg.id({ ...modelIdArg, description: 'Canonical id, alias or global id.' }),
      usage: t.arg(usageArg),
      offering: t.arg.string(offeringArg),
      asOf: t.arg({ type: 'LocalDate', description: 'Price the workload at the prices in force that day.' }),
      allowExceedingLimits: t.arg.boolean(allowExceedingLimitsArg),
    },
    resolve: async (_root, { model, offering, usage, asOf, allowExceedingLimits }, context) =>
      orThrow(await costEstimateById(context, catalogKey(String(model), 'Model'), { offering: offering ?? 'CANONICAL', usage, asOf, allowExceedingLimits })),
  }),
);

builder.objectField(ModelRef, 'cost', (t) =>
  t.field({
    type: CostEstimateRef,
    nullable: true,
    description: 'This model’s cost at a usage (see Query.costEstimate).',
    args: { usage: t.arg(usageArg), offering: t.arg.string(offeringArg), allowExceedingLimits: t.arg.boolean(allowExceedingLimitsArg) },
    resolve: async (model, { offering, usage, allowExceedingLimits }, context) =>
      orThrow(await costEstimate(context, model, { offering: offering ?? 'CANONICAL', usage, allowExceedingLimits })),
  }),
);

builder.objectField(OfferingRef, 'cost', (t) =>
  t.field({
    type: CostEstimateRef,
    description: 'This offering’s cost at a usage.',
    args: { usage: t.arg(usageArg), allowExceedingLimits: t.arg.boolean(allowExceedingLimitsArg) },
    resolve: async (offering, { usage, allowExceedingLimits }, context) => orThrow(await offeringCost(context, offering, usage, allowExceedingLimits ?? false)),
  }),
);
