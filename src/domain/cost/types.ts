/**
 * The cost engine's contract: the usage a caller describes, and the estimate it gets back.
 * Pure data; the GraphQL layer maps these 1:1 (validation with `usageInputSchema` from
 * `./usage.ts`, the same rules for the API and the engine).
 *
 * Rules every figure follows (README-level, also served in `CostAssumptions`):
 * - Days per month: 365/12 (= 30.41666…), kept as that exact fraction, so a year is exactly
 *   365 days of the stated daily usage: 100 requests/day = 36,500/12 = 3,041.666… requests/month.
 * - Money: exact fractions of nano-USD until one rounding, to whole micro-USD, half-up
 *   (`roundMoney`). Each breakdown line is rounded once; a total is the exact sum of its rounded
 *   lines, so the breakdown always adds up to the total to the micro-dollar.
 * - Yearly = 12 × the rounded monthly figure (so yearly is exactly 12× monthly as shown).
 * - Unknown is not zero: a price the data does not give makes that line's and the totals'
 *   amounts null, with a warning.
 */
import type { IsoDate, Limits, OfferingPrice, OfferingStatus, PricingKind, Provenance, UnitPrice } from '../catalog.ts';
import type { Money } from '../money/money.ts';
import type { Rational } from '../money/rational.ts';

/**
 * What the caller says about their usage. Every field is optional; omitted fields take the
 * defaults (100 requests/day, 1,000 tokens/request, 60% input / 40% output, nothing else).
 * Give requests per day OR per month, and tokens per request (+ input share) OR explicit
 * input and output tokens per request (both), and images per request OR per month.
 */
export interface UsageInput {
  requestsPerDay?: number | null;
  requestsPerMonth?: number | null;
  /** Input + output text tokens of one request, split by `inputShare`. */
  tokensPerRequest?: number | null;
  /** 0..1, share of `tokensPerRequest` that is input. */
  inputShare?: number | null;
  inputTokensPerRequest?: number | null;
  outputTokensPerRequest?: number | null;
  /** 0..1, share of the input tokens served from the prompt cache (billed at the cache-read price). */
  cachedInputShare?: number | null;
  /**
   * 0..1, share of the input tokens written to the prompt cache (billed at the cache-write price).
   * Reads and writes are different tokens: `cachedInputShare + cacheWriteShare` is at most 1.
   */
  cacheWriteShare?: number | null;
  /** Hidden reasoning tokens per request, in addition to the output tokens. */
  reasoningTokensPerRequest?: number | null;
  /** Audio tokens per request, in addition to the text tokens. */
  inputAudioTokensPerRequest?: number | null;
  outputAudioTokensPerRequest?: number | null;
  /** Generated images (image-output models). */
  imagesPerRequest?: number | null;
  imagesPerMonth?: number | null;
  /** Web searches the model runs per request, billed per search (an add-on to the request). */
  webSearchesPerRequest?: number | null;
}

/** How the monthly request count was obtained. */
export type RequestsBasis = 'PER_DAY' | 'PER_MONTH' | 'DEFAULT';
export type TokensBasis = 'TOTAL_WITH_SHARE' | 'EXPLICIT' | 'DEFAULT';
/**
 * Where the reasoning tokens come from: the usage (GIVEN, 0 included), nowhere (NOT_GIVEN: none for a
 * model not known to reason), or the documented default for a reasoning model (REASONING_MODEL_DEFAULT,
 * see `DEFAULT_REASONING_TOKENS_PER_OUTPUT_TOKEN`), which an estimate always warns about.
 */
export type ReasoningBasis = 'GIVEN' | 'NOT_GIVEN' | 'REASONING_MODEL_DEFAULT';

/** Usage after defaults and the days-per-month rule; every quantity exact. */
export interface ResolvedUsage {
  requestsBasis: RequestsBasis;
  tokensBasis: TokensBasis;
  requestsPerMonth: Rational;
  /** All input tokens of one request, cached ones included. */
  inputTokensPerRequest: Rational;
  outputTokensPerRequest: Rational;
  cachedInputShare: Rational;
  cacheWriteShare: Rational;
  reasoningTokensPerRequest: Rational;
  reasoningBasis: ReasoningBasis;
  inputAudioTokensPerRequest: Rational;
  outputAudioTokensPerRequest: Rational;
  imagesPerMonth: Rational;
  /** Whether the images were given per request (they scale with the requests) or per month (they do not). */
  imagesBasis: 'PER_REQUEST' | 'PER_MONTH';
  webSearchesPerRequest: Rational;
}

/** A priced quantity of the breakdown. */
export type CostItem =
  | 'INPUT'
  | 'CACHED_INPUT'
  | 'CACHE_WRITE'
  | 'OUTPUT'
  | 'REASONING'
  | 'INPUT_AUDIO'
  | 'OUTPUT_AUDIO'
  | 'IMAGE_OUTPUT'
  | 'REQUEST'
  | 'WEB_SEARCH';

/** The unit a quantity is counted in. */
export type QuantityUnit = 'TOKEN' | 'IMAGE' | 'REQUEST' | 'WEB_SEARCH';

/** The price a breakdown line is billed at, and where in the offering's price list it comes from. */
export interface LinePrice extends UnitPrice {
  /** Which price of the offering this is (e.g. `outputNanoUsdPerMTok` for reasoning without its own price). */
  priceField: string;
  /** The long-context tier threshold when a tier's price is used, else null. */
  tierAboveInputTokens: number | null;
}

export interface CostLine {
  item: CostItem;
  unit: QuantityUnit;
  /** Plain numbers for display (possibly fractional averages); the amounts use the exact values. */
  quantityPerRequest: number;
  quantityPerMonth: number;
  /** null when the offering has no price for this quantity (see the warnings). */
  unitPrice: LinePrice | null;
  perRequest: Money | null;
  monthly: Money | null;
}

export type CostWarningCode =
  | 'REQUEST_EXCEEDS_CONTEXT_WINDOW'
  | 'REQUEST_EXCEEDS_MAX_OUTPUT'
  | 'LONG_CONTEXT_TIER_APPLIED'
  | 'PRICE_UNKNOWN'
  | 'CACHE_PRICE_NOT_LISTED'
  | 'CACHE_WRITE_PRICE_NOT_LISTED'
  | 'USAGE_UNIT_NOT_PRICED'
  | 'SUBSCRIPTION_PLAN'
  | 'SELF_HOSTED'
  | 'FREE_TIER'
  | 'FALLBACK_OFFERING'
  | 'PRICE_SUSPECT'
  | 'REASONING_TOKENS_ASSUMED';

export interface CostWarning {
  code: CostWarningCode;
  message: string;
  /** The breakdown line concerned, when the warning is about one. */
  item: CostItem | null;
}

/** The offering the estimate priced. */
export interface CostOffering {
  offeringId: string;
  providerId: string;
  pricingKind: PricingKind;
  provenance: Provenance | null;
}

/** Why the canonical (lab) offering could not price the usage. */
export type CostFallbackReason =
  /** The model has no canonical offering: its lab does not list it. */
  | 'NO_CANONICAL_OFFERING'
  /** Its lab lists it, but with no known price (OpenAI's gpt-image-1): that listing is `canonicalOfferingId`. */
  | 'LAB_LISTING_UNPRICED'
  /** The canonical offering is a subscription plan, a free tier or a local runtime: no price per use. */
  | 'CANONICAL_NOT_PAY_PER_USE'
  /** The canonical offering does not price something this usage needs. */
  | 'CANONICAL_PRICE_UNKNOWN';

/** A CANONICAL quote made at another offering, because the canonical one had no usable price. */
export interface CostFallback {
  reason: CostFallbackReason;
  /** The canonical offering that could not be used, when the model has one. */
  canonicalOfferingId: string | null;
  /** The provider of the offering priced instead (`offering`): the cheapest pay-per-use one at this usage. */
  providerId: string;
  /** How many pay-per-use offerings with a known, plausible price at this usage it was the cheapest of. */
  pricedOfferings: number;
  message: string;
}

/** The resolved usage and the rules applied, as shown to the user. */
export interface CostAssumptions {
  requestsBasis: RequestsBasis;
  tokensBasis: TokensBasis;
  requestsPerMonth: number;
  daysPerMonth: number;
  daysPerMonthRule: string;
  inputTokensPerRequest: number;
  outputTokensPerRequest: number;
  cachedInputShare: number;
  cacheWriteShare: number;
  reasoningTokensPerRequest: number;
  reasoningBasis: ReasoningBasis;
  inputAudioTokensPerRequest: number;
  outputAudioTokensPerRequest: number;
  imagesPerMonth: number;
  webSearchesPerRequest: number;
  /** The long-context tier applied to every request, or null. */
  tierAboveInputTokens: number | null;
  roundingRule: string;
}

export interface CostEstimate {
  currency: 'USD';
  /** Units the offering bills this usage in (distinct units are never added into one price). */
  pricingUnits: QuantityUnit[];
  /** Totals; null when any line's amount is unknown or the pricing kind has no per-use price. */
  perRequest: Money | null;
  monthly: Money | null;
  yearly: Money | null;
  breakdown: CostLine[];
  offering: CostOffering;
  /** Set when the canonical offering was asked for and could not price the usage (see `CostFallback`). */
  fallback: CostFallback | null;
  assumptions: CostAssumptions;
  warnings: CostWarning[];
}

/** What `estimateCost` needs of an offering. */
export interface PricedOffering {
  id: string;
  providerId: string;
  price: OfferingPrice;
}

export interface CostEstimateInput {
  offering: PricedOffering;
  /** The limits the request is checked against (the offering's, or the model's). */
  limits: Limits;
  usage: ResolvedUsage;
}

/** `CANONICAL`, `CHEAPEST`, or a provider id. */
export type OfferingSelector = 'CANONICAL' | 'CHEAPEST' | (string & {});

export type NoOfferingReason =
  | 'NO_OFFERINGS'
  | 'NO_CANONICAL_OFFERING'
  | 'PROVIDER_DOES_NOT_OFFER_MODEL'
  | 'NO_PAY_PER_USE_OFFERING_WITH_KNOWN_PRICE'
  /** The request is larger than the offering's context window, input limit or maximum output (see `allowExceedingLimits`). */
  | 'REQUEST_EXCEEDS_LIMITS';

/** What `selectOffering` needs of an offering (a catalog `Offering` is one). */
export interface SelectableOffering extends PricedOffering {
  limits: Limits;
  status: OfferingStatus;
}

export type OfferingSelection<O extends SelectableOffering> =
  /** `qualifying`: CHEAPEST only, how many offerings it was chosen from (pay-per-use, known and plausible price). */
  { ok: true; offering: O; estimate: CostEstimate; qualifying?: number } | { ok: false; reason: NoOfferingReason; message: string };

/** An offering's price as it stood on a day, and the event that set it. */
export interface PriceInForce {
  price: OfferingPrice;
  limits: Limits | null;
  /** The day of the event that set this price. */
  since: IsoDate;
  eventId: string;
}
