/**
 * `estimateCost`: what one offering charges for a usage profile, line by line.
 *
 * Rules (also served as `COST_RULES`, rules.ts):
 * - Quantities are those of an average request; a month is `requestsPerMonth` of them.
 * - Long-context tiers: when a request's input tokens (text incl. cached, plus input audio)
 *   exceed a tier's `aboveInputTokens`, that tier's prices apply to the WHOLE request (input,
 *   cache, output, reasoning), as Anthropic and Google bill; with several tiers, the highest one
 *   exceeded. A price the tier does not list is unknown, never borrowed from the base prices.
 * - Cached input: `cachedInputShare` of the input tokens at the cache-read price; without one,
 *   at the input price with a CACHE_PRICE_NOT_LISTED warning (the user pays at most that).
 * - Cache writes: `cacheWriteShare` of the input tokens at the cache-write price; without one, at
 *   the input price with a CACHE_WRITE_PRICE_NOT_LISTED warning. Unlike reads this is not an upper
 *   bound (a provider that charges a write premium bills more), so the warning says so. The input
 *   price covers the rest: input × (1 − cachedInputShare − cacheWriteShare).
 * - Reasoning tokens: at the reasoning price, else at the output price (providers bill them as
 *   output tokens unless they list a separate price).
 * - Audio and images are only ever priced at their own prices: no conversion between units.
 * - Web searches are billed per search at the web-search price. A search is an add-on to a request
 *   billed in another unit, so a missing search price is PRICE_UNKNOWN (the sources list it for
 *   few offerings), never USAGE_UNIT_NOT_PRICED, and never 0.
 * - Only PAY_PER_USE offerings have per-use amounts; other pricing kinds give null amounts and
 *   a warning saying why (a subscription's or a free tier's listed 0 is not a price per use).
 */
import type { Limits, OfferingPrice, PriceTier, PriceUnit, TokenLimit, TokenPrices } from '../catalog.ts';
import type { Money } from '../money/money.ts';
import { money, ROUNDING_RULE, roundMoney } from '../money/money.ts';
import { add, compare, div, fromNumber, isZero, mul, ONE, type Rational, rational, sub, toNumber, ZERO } from '../money/rational.ts';
import { memoizedPerObject } from '../util/memoize.ts';
import type {
  CostAssumptions,
  CostEstimate,
  CostEstimateInput,
  CostItem,
  CostLine,
  CostWarning,
  CostWarningCode,
  LinePrice,
  QuantityUnit,
  ResolvedUsage,
} from './types.ts';
import { DAYS_PER_MONTH, DAYS_PER_MONTH_RULE, DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN } from './usage.ts';

const TOKENS_PER_MTOK = rational(1_000_000n);
const MONTHS_PER_YEAR = 12n;

/** The quantities of one average request. */
interface RequestQuantities {
  uncachedInputTokens: Rational;
  cachedInputTokens: Rational;
  cacheWriteTokens: Rational;
  outputTokens: Rational;
  reasoningTokens: Rational;
  inputAudioTokens: Rational;
  outputAudioTokens: Rational;
  images: Rational;
  webSearches: Rational;
}

export interface TokenItem {
  item: CostItem;
  quantity: (request: RequestQuantities) => Rational;
  /** Price fields in order of preference. */
  priceFields: readonly (keyof TokenPrices)[];
  /** Warning when a field after the first is used. */
  fallbackWarning: CostWarningCode | null;
  /** What the fallback warning adds when the fallback price may be lower than the real one. */
  fallbackCaveat?: string;
}

const TOKEN_ITEMS: readonly TokenItem[] = [
  { item: 'INPUT', quantity: (r) => r.uncachedInputTokens, priceFields: ['inputNanoUsdPerMTok'], fallbackWarning: null },
  {
    item: 'CACHED_INPUT',
    quantity: (r) => r.cachedInputTokens,
    priceFields: ['cacheReadNanoUsdPerMTok', 'inputNanoUsdPerMTok'],
    fallbackWarning: 'CACHE_PRICE_NOT_LISTED',
  },
  {
    item: 'CACHE_WRITE',
    quantity: (r) => r.cacheWriteTokens,
    priceFields: ['cacheWriteNanoUsdPerMTok', 'inputNanoUsdPerMTok'],
    fallbackWarning: 'CACHE_WRITE_PRICE_NOT_LISTED',
    fallbackCaveat: 'A provider that charges more for cache writes than for input bills more than this line.',
  },
  { item: 'OUTPUT', quantity: (r) => r.outputTokens, priceFields: ['outputNanoUsdPerMTok'], fallbackWarning: null },
  {
    item: 'REASONING',
    quantity: (r) => r.reasoningTokens,
    priceFields: ['reasoningNanoUsdPerMTok', 'outputNanoUsdPerMTok'],
    fallbackWarning: null,
  },
  { item: 'INPUT_AUDIO', quantity: (r) => r.inputAudioTokens, priceFields: ['inputAudioNanoUsdPerMTok'], fallbackWarning: null },
  { item: 'OUTPUT_AUDIO', quantity: (r) => r.outputAudioTokens, priceFields: ['outputAudioNanoUsdPerMTok'], fallbackWarning: null },
];

const ITEM_LABEL: Record<CostItem, string> = {
  INPUT: 'input tokens',
  CACHED_INPUT: 'cached input tokens',
  CACHE_WRITE: 'input tokens written to the prompt cache',
  OUTPUT: 'output tokens',
  REASONING: 'reasoning tokens',
  INPUT_AUDIO: 'input audio tokens',
  OUTPUT_AUDIO: 'output audio tokens',
  IMAGE_OUTPUT: 'generated images',
  REQUEST: 'requests',
  WEB_SEARCH: 'web searches',
};

const PER_UNIT_DIVISOR: Record<PriceUnit, Rational> = {
  USD_PER_MILLION_TOKENS: TOKENS_PER_MTOK,
  USD_PER_IMAGE: ONE,
  USD_PER_REQUEST: ONE,
  USD_PER_WEB_SEARCH: ONE,
};

/** A line before its amounts: what is counted, and the price found for it (or why none). */
interface LineDraft {
  item: CostItem;
  unit: QuantityUnit;
  perRequest: Rational;
  perMonth: Rational;
  unitPrice: LinePrice | null;
  warning: CostWarning | null;
}

function requestQuantities(usage: ResolvedUsage): RequestQuantities {
  const cachedInputTokens = mul(usage.inputTokensPerRequest, usage.cachedInputShare);
  const cacheWriteTokens = mul(usage.inputTokensPerRequest, usage.cacheWriteShare);
  return {
    // The shares sum to at most 1 (usage validation), so this is never negative.
    uncachedInputTokens: sub(sub(usage.inputTokensPerRequest, cachedInputTokens), cacheWriteTokens),
    cachedInputTokens,
    cacheWriteTokens,
    outputTokens: usage.outputTokensPerRequest,
    reasoningTokens: usage.reasoningTokensPerRequest,
    inputAudioTokens: usage.inputAudioTokensPerRequest,
    outputAudioTokens: usage.outputAudioTokensPerRequest,
    // With no requests there is no "per request"; the monthly images are still billed.
    images: isZero(usage.requestsPerMonth) ? ZERO : div(usage.imagesPerMonth, usage.requestsPerMonth),
    webSearches: usage.webSearchesPerRequest,
  };
}

export interface Counted {
  perRequest: Rational;
  perMonth: Rational;
}

/** What a usage counts, per request and per month: the same for every offering priced at it. */
export interface UsageQuantities {
  /** The token items the usage has (a zero quantity is no line). */
  tokens: (Counted & { spec: TokenItem })[];
  images: Counted;
  webSearches: Counted;
  requestsPerMonth: Rational;
}

export const countedNonZero = ({ perRequest, perMonth }: Counted) => !isZero(perRequest) || !isZero(perMonth);

/** Worked out once per usage, however many offerings are priced at it (a page of costs, a recommendation). */
export const usageQuantities = memoizedPerObject((usage: ResolvedUsage): UsageQuantities => {
  const request = requestQuantities(usage);
  const perMonth = (perRequest: Rational): Counted => ({ perRequest, perMonth: mul(perRequest, usage.requestsPerMonth) });
  return {
    tokens: TOKEN_ITEMS.map((spec) => ({ spec, ...perMonth(spec.quantity(request)) })).filter(countedNonZero),
    images: { perRequest: request.images, perMonth: usage.imagesPerMonth },
    webSearches: perMonth(request.webSearches),
    requestsPerMonth: usage.requestsPerMonth,
  };
});

/** A request's input tokens as the long-context tiers count them: text (cached included) and audio. */
export function requestInputTokens(usage: ResolvedUsage): Rational {
  return add(usage.inputTokensPerRequest, usage.inputAudioTokensPerRequest);
}

/** The highest tier whose threshold the request's input exceeds, or null for the base prices. */
export function applicableTier(tiers: readonly PriceTier[], inputTokensPerRequest: Rational): PriceTier | null {
  return tiers
    .filter((tier) => compare(inputTokensPerRequest, fromNumber(tier.aboveInputTokens)) > 0)
    .reduce<PriceTier | null>((best, tier) => (best && best.aboveInputTokens >= tier.aboveInputTokens ? best : tier), null);
}

/** The units an offering bills a request in; a web search is an add-on to such a request. */
const BILLING_UNITS = ['TOKEN', 'IMAGE', 'REQUEST'] as const satisfies readonly QuantityUnit[];
type BillingUnit = (typeof BILLING_UNITS)[number];
const isBillingUnit = (unit: QuantityUnit): unit is BillingUnit => (BILLING_UNITS as readonly QuantityUnit[]).includes(unit);

function pricesUnit(price: OfferingPrice, unit: BillingUnit): boolean {
  switch (unit) {
    case 'TOKEN':
      return [price.tokens, ...price.tiers.map((tier) => tier.prices)].some((prices) => Object.values(prices).some((value) => value !== null));
    case 'IMAGE':
      return price.imageOutputNanoUsdPerImage !== null;
    case 'REQUEST':
      return price.requestNanoUsdPerRequest !== null;
  }
}

function missingPriceWarning(offeringId: string, price: OfferingPrice, item: CostItem, unit: QuantityUnit): CostWarning {
  const otherUnits = BILLING_UNITS.filter((other) => other !== unit && pricesUnit(price, other));
  if (isBillingUnit(unit) && !pricesUnit(price, unit) && otherUnits.length > 0) {
    return {
      code: 'USAGE_UNIT_NOT_PRICED',
      item,
      message:
        `${offeringId} is priced per ${otherUnits.join('/').toLowerCase()}, not per ${unit.toLowerCase()}: ` +
        `the ${ITEM_LABEL[item]} of this usage have no price there, so the amounts are unknown.`,
    };
  }
  return {
    code: 'PRICE_UNKNOWN',
    item,
    message: `${offeringId} lists no price for ${ITEM_LABEL[item]}: that amount and the totals are unknown (not 0).`,
  };
}

/** The warning for pricing an item at a field other than its own, or null when none is due. */
function fallbackWarning(offeringId: string, spec: TokenItem, field: keyof TokenPrices): CostWarning | null {
  const preferred = spec.priceFields[0];
  if (field === preferred || !spec.fallbackWarning) return null;
  const caveat = spec.fallbackCaveat ? ` ${spec.fallbackCaveat}` : '';
  return {
    code: spec.fallbackWarning,
    item: spec.item,
    message: `${offeringId} lists no ${preferred}: its ${ITEM_LABEL[spec.item]} are billed at ${field} instead.${caveat}`,
  };
}

function tokenLine(
  offeringId: string,
  price: OfferingPrice,
  tier: PriceTier | null,
  { spec, perRequest, perMonth }: UsageQuantities['tokens'][number],
): LineDraft {
  const base = { item: spec.item, unit: 'TOKEN' as const, perRequest, perMonth };
  const prices = tier?.prices ?? price.tokens;
  const field = spec.priceFields.find((candidate) => prices[candidate] !== null);
  const nanoUsd = field === undefined ? null : prices[field];
  if (field === undefined || nanoUsd === null) {
    return { ...base, unitPrice: null, warning: missingPriceWarning(offeringId, price, spec.item, 'TOKEN') };
  }
  return {
    ...base,
    unitPrice: { nanoUsd, unit: 'USD_PER_MILLION_TOKENS', priceField: field, tierAboveInputTokens: tier?.aboveInputTokens ?? null },
    warning: fallbackWarning(offeringId, spec, field),
  };
}

/** Items priced per piece rather than per token. */
const PER_PIECE = {
  IMAGE_OUTPUT: { unit: 'IMAGE', priceUnit: 'USD_PER_IMAGE', priceField: 'imageOutputNanoUsdPerImage' },
  REQUEST: { unit: 'REQUEST', priceUnit: 'USD_PER_REQUEST', priceField: 'requestNanoUsdPerRequest' },
  WEB_SEARCH: { unit: 'WEB_SEARCH', priceUnit: 'USD_PER_WEB_SEARCH', priceField: 'webSearchNanoUsdPerSearch' },
} as const satisfies Record<string, { unit: QuantityUnit; priceUnit: PriceUnit; priceField: keyof OfferingPrice }>;

function perPieceLine(offeringId: string, price: OfferingPrice, item: keyof typeof PER_PIECE, perRequest: Rational, perMonth: Rational): LineDraft {
  const { unit, priceUnit, priceField } = PER_PIECE[item];
  const nanoUsd = price[priceField];
  return {
    item,
    unit,
    perRequest,
    perMonth,
    unitPrice: nanoUsd === null ? null : { nanoUsd, unit: priceUnit, priceField, tierAboveInputTokens: null },
    warning: nanoUsd === null ? missingPriceWarning(offeringId, price, item, unit) : null,
  };
}

function lineDrafts(offeringId: string, price: OfferingPrice, tier: PriceTier | null, usage: ResolvedUsage): LineDraft[] {
  const quantities = usageQuantities(usage);
  const drafts = quantities.tokens.map((counted) => tokenLine(offeringId, price, tier, counted));
  if (countedNonZero(quantities.images)) drafts.push(perPieceLine(offeringId, price, 'IMAGE_OUTPUT', quantities.images.perRequest, quantities.images.perMonth));
  if (countedNonZero(quantities.webSearches)) {
    drafts.push(perPieceLine(offeringId, price, 'WEB_SEARCH', quantities.webSearches.perRequest, quantities.webSearches.perMonth));
  }
  // A per-request fee is part of the price, not of the usage: a line only where a fee is listed
  // (null is "no such fee" here, not an unknown price of something the user asked for).
  if (price.requestNanoUsdPerRequest) {
    drafts.push(perPieceLine(offeringId, price, 'REQUEST', ONE, quantities.requestsPerMonth));
  }
  return drafts;
}

function amount(quantity: Rational, unitPrice: LinePrice): Money {
  return roundMoney(div(mul(quantity, fromNumber(unitPrice.nanoUsd)), PER_UNIT_DIVISOR[unitPrice.unit]));
}

function toLine(draft: LineDraft): CostLine {
  const { unitPrice } = draft;
  return {
    item: draft.item,
    unit: draft.unit,
    quantityPerRequest: toNumber(draft.perRequest),
    quantityPerMonth: toNumber(draft.perMonth),
    unitPrice,
    perRequest: unitPrice && amount(draft.perRequest, unitPrice),
    monthly: unitPrice && amount(draft.perMonth, unitPrice),
  };
}

/** The exact sum of the rounded amounts, or null if any is unknown. */
function total(amounts: readonly (Money | null)[]): Money | null {
  let microUsd = 0n;
  for (const line of amounts) {
    if (line === null) return null;
    microUsd += line.microUsd;
  }
  return money(microUsd);
}

const NOT_PER_USE: Record<Exclude<OfferingPrice['kind'], 'PAY_PER_USE'>, { code: CostWarningCode; why: string }> = {
  SUBSCRIPTION_PLAN: { code: 'SUBSCRIPTION_PLAN', why: 'is a subscription plan: a flat fee the data does not hold, not a price per use' },
  SELF_HOSTED: { code: 'SELF_HOSTED', why: 'runs on your own hardware: its cost is that hardware, not a price per use' },
  FREE_TIER: { code: 'FREE_TIER', why: 'is a free or trial tier with limits the data does not hold, not a lasting price per use' },
  UNKNOWN: { code: 'PRICE_UNKNOWN', why: 'has no known price' },
};

function limitTokens(limit: TokenLimit): number | null {
  // A limit of 0 is how image models say "not applicable"; it never bounds a request.
  return limit.tokens ? limit.tokens : null;
}

interface RequestTokens {
  input: Rational;
  /** Output, reasoning and output audio: what the maximum output bounds. */
  output: Rational;
  total: Rational;
}

/** Per usage, computed once: choosing a model's cheapest offering checks every offering's limits against them. */
const requestTokens = memoizedPerObject((usage: ResolvedUsage): RequestTokens => {
  const input = requestInputTokens(usage);
  const output = add(add(usage.outputTokensPerRequest, usage.reasoningTokensPerRequest), usage.outputAudioTokensPerRequest);
  return { input, output, total: add(input, output) };
});

const LIMIT_CHECKS: { limit: (limits: Limits) => TokenLimit; tokens: (tokens: RequestTokens) => Rational; code: CostWarningCode; text: string }[] = [
  {
    limit: (limits) => limits.contextTokens,
    tokens: ({ total }) => total,
    code: 'REQUEST_EXCEEDS_CONTEXT_WINDOW',
    text: 'tokens per request exceed the context window of',
  },
  {
    limit: (limits) => limits.inputTokens,
    tokens: ({ input }) => input,
    code: 'REQUEST_EXCEEDS_CONTEXT_WINDOW',
    text: 'input tokens per request exceed the input limit of',
  },
  {
    limit: (limits) => limits.maxOutputTokens,
    tokens: ({ output }) => output,
    code: 'REQUEST_EXCEEDS_MAX_OUTPUT',
    text: 'output and reasoning tokens per request exceed the maximum output of',
  },
];

const exceeds = (limit: number | null, tokens: Rational): limit is number => limit !== null && compare(tokens, fromNumber(limit)) > 0;

export function limitWarnings(limits: Limits, usage: ResolvedUsage): CostWarning[] {
  const tokens = requestTokens(usage);
  return LIMIT_CHECKS.flatMap(({ limit, tokens: of, code, text }) => {
    const bound = limitTokens(limit(limits));
    return exceeds(bound, of(tokens))
      ? [{ code, item: null, message: `${toNumber(of(tokens)).toLocaleString('en-US')} ${text} ${bound.toLocaleString('en-US')} tokens.` }]
      : [];
  });
}

/** Whether `limitWarnings` has any, without writing them. */
export function exceedsLimits(limits: Limits, usage: ResolvedUsage): boolean {
  const tokens = requestTokens(usage);
  return LIMIT_CHECKS.some(({ limit, tokens: of }) => exceeds(limitTokens(limit(limits)), of(tokens)));
}

function assumptions(usage: ResolvedUsage, tier: PriceTier | null): CostAssumptions {
  return {
    requestsBasis: usage.requestsBasis,
    tokensBasis: usage.tokensBasis,
    requestsPerMonth: toNumber(usage.requestsPerMonth),
    daysPerMonth: toNumber(DAYS_PER_MONTH),
    daysPerMonthRule: DAYS_PER_MONTH_RULE,
    inputTokensPerRequest: toNumber(usage.inputTokensPerRequest),
    outputTokensPerRequest: toNumber(usage.outputTokensPerRequest),
    cachedInputShare: toNumber(usage.cachedInputShare),
    cacheWriteShare: toNumber(usage.cacheWriteShare),
    reasoningTokensPerRequest: toNumber(usage.reasoningTokensPerRequest),
    reasoningBasis: usage.reasoningBasis,
    inputAudioTokensPerRequest: toNumber(usage.inputAudioTokensPerRequest),
    outputAudioTokensPerRequest: toNumber(usage.outputAudioTokensPerRequest),
    imagesPerMonth: toNumber(usage.imagesPerMonth),
    webSearchesPerRequest: toNumber(usage.webSearchesPerRequest),
    tierAboveInputTokens: tier?.aboveInputTokens ?? null,
    roundingRule: ROUNDING_RULE,
  };
}

/**
 * The exact monthly cost before any rounding, in nano-USD, or null when the offering does not price
 * this usage per use (another pricing kind, or a line without a price). It is what `estimateCost`
 * rounds line by line; the cost crossovers solve on it.
 */
export function exactMonthlyNanoUsd(offering: CostEstimateInput['offering'], usage: ResolvedUsage): Rational | null {
  const { price } = offering;
  if (price.kind !== 'PAY_PER_USE') return null;
  let total = ZERO;
  for (const draft of lineDrafts(offering.id, price, applicableTier(price.tiers, requestInputTokens(usage)), usage)) {
    if (!draft.unitPrice) return null;
    total = add(total, div(mul(draft.perMonth, fromNumber(draft.unitPrice.nanoUsd)), PER_UNIT_DIVISOR[draft.unitPrice.unit]));
  }
  return total;
}

export function estimateCost({ offering, limits, usage }: CostEstimateInput): CostEstimate {
  const { price } = offering;
  const perUse = price.kind === 'PAY_PER_USE';
  const tier = perUse ? applicableTier(price.tiers, requestInputTokens(usage)) : null;
  const drafts = lineDrafts(offering.id, price, tier, usage);
  // Outside pay-per-use, a listed price (often 0) is not what this usage costs.
  const lines = drafts.map((draft) => toLine(perUse ? draft : { ...draft, unitPrice: null }));

  const warnings: CostWarning[] = limitWarnings(limits, usage);
  if (usage.reasoningBasis === 'REASONING_MODEL_DEFAULT') {
    const tokens = toNumber(usage.reasoningTokensPerRequest).toLocaleString('en-US');
    warnings.push({
      code: 'REASONING_TOKENS_ASSUMED',
      item: 'REASONING',
      message:
        `This is a reasoning model and the usage gives no reasoningTokensPerRequest: ${tokens} hidden reasoning tokens per request are assumed ` +
        `(${DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN} per output token), billed at the reasoning price, else the output price. Give reasoningTokensPerRequest to set them (0 for none).`,
    });
  }
  if (tier) {
    warnings.push({
      code: 'LONG_CONTEXT_TIER_APPLIED',
      item: null,
      message:
        `${toNumber(requestInputTokens(usage)).toLocaleString('en-US')} input tokens per request exceed ` +
        `${tier.aboveInputTokens.toLocaleString('en-US')}: the long-context prices apply to the whole request.`,
    });
  }
  if (price.kind === 'PAY_PER_USE') {
    warnings.push(...drafts.flatMap((draft) => (draft.warning ? [draft.warning] : [])));
  } else {
    const { code, why } = NOT_PER_USE[price.kind];
    warnings.push({ code, item: null, message: `${offering.id} ${why}; the amounts are unknown (not 0).` });
  }

  const monthly = perUse ? total(lines.map((line) => line.monthly)) : null;
  return {
    currency: price.currency,
    pricingUnits: [...new Set(lines.flatMap((line) => (line.unitPrice ? [line.unit] : [])))],
    perRequest: perUse ? total(lines.map((line) => line.perRequest)) : null,
    monthly,
    yearly: monthly && money(monthly.microUsd * MONTHS_PER_YEAR),
    breakdown: lines,
    offering: { offeringId: offering.id, providerId: offering.providerId, pricingKind: price.kind, provenance: price.provenance },
    fallback: null,
    assumptions: assumptions(usage, tier),
    warnings,
  };
}
