/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Capability =
  /** Accepts file attachments. */
  | 'ATTACHMENTS'
  /** Accepts audio as input. */
  | 'AUDIO_INPUT'
  /** Calls tools / functions. */
  | 'FUNCTION_CALLING'
  /** Generates images. */
  | 'IMAGE_OUTPUT'
  /** Accepts PDF documents as input. */
  | 'PDF_INPUT'
  /** Has a reasoning (thinking) mode. */
  | 'REASONING'
  /** Produces JSON constrained to a schema (JSON mode / structured outputs). */
  | 'STRUCTURED_OUTPUT'
  /** Supports the temperature parameter. */
  | 'TEMPERATURE'
  /** Accepts images as input. */
  | 'VISION_INPUT'
  /** Can search the web while answering. */
  | 'WEB_SEARCH';

export type ComparedParameter =
  | 'contextTokens'
  | 'inputModalities'
  | 'knowledgeCutoff'
  | 'maxOutputTokens'
  | 'openWeights'
  | 'outputModalities'
  | 'releaseDate';

export type ComparedScore =
  | 'BENCHMARKS'
  | 'CAPABILITIES'
  | 'CONTEXT_WINDOW'
  | 'OUTPUT_CAPACITY'
  | 'OVERALL'
  | 'PRICING'
  | 'RECENCY';

/** How a comparison of one figure came out. Only WINNER names a winner; nothing is claimed on missing or incomparable data. */
export type ComparisonOutcome =
  /** Costs billed in different units, or not known for every model. */
  | 'COST_NOT_COMPARABLE'
  /** The figure is normalised within a peer group and the models are in different groups. */
  | 'DIFFERENT_PEER_GROUPS'
  /** Prices in different units (per token vs per image) are never ranked on one scale. */
  | 'DIFFERENT_PRICING_UNITS'
  /** Fewer than two models have a value (with three to five models, those without one are left out: leftOut). */
  | 'MISSING_DATA'
  /** The best value is not separated by the evidence: the 95% interval of its difference from another model’s contains 0. */
  | 'STATISTICAL_TIE'
  /** Several models share the best value as shown, or (release dates) the precision of the dates cannot order the best one against another (see tieReason). */
  | 'TIE'
  /** One model has the best value as shown. */
  | 'WINNER';

/** How narrow the 95% interval of the quality behind an overall score is (see methodology.confidence). */
export type Confidence =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** What a breakdown line counts. */
export type CostItem =
  /** Input tokens read from the prompt cache. */
  | 'CACHED_INPUT'
  /** Input tokens written to the prompt cache. */
  | 'CACHE_WRITE'
  /** Generated images. */
  | 'IMAGE_OUTPUT'
  /** Input text tokens neither read from nor written to the prompt cache. */
  | 'INPUT'
  /** Input audio tokens. */
  | 'INPUT_AUDIO'
  /** Output text tokens. */
  | 'OUTPUT'
  /** Output audio tokens. */
  | 'OUTPUT_AUDIO'
  /** Hidden reasoning tokens, in addition to the output tokens. */
  | 'REASONING'
  /** A fee per request, where the offering lists one. */
  | 'REQUEST'
  /** Web searches run by the model, billed per search. */
  | 'WEB_SEARCH';

/** Why an estimate needs a caveat; the warning’s message says it in words. */
export type CostWarningCode =
  /** No cache-read price: cached input tokens are billed at the input price. */
  | 'CACHE_PRICE_NOT_LISTED'
  /** No cache-write price: tokens written to the prompt cache are billed at the input price; a provider that charges a write premium bills more. */
  | 'CACHE_WRITE_PRICE_NOT_LISTED'
  /** The canonical (lab) offering could not price this usage: the cheapest pay-per-use offering priced it instead (see CostEstimate.fallback). */
  | 'FALLBACK_OFFERING'
  /** A free or trial tier with limits the data does not hold: no lasting price per use. */
  | 'FREE_TIER'
  /** The input exceeds a long-context threshold: that tier’s prices apply to the whole request. */
  | 'LONG_CONTEXT_TIER_APPLIED'
  /** The offering’s price is implausible (a $0, or below 5% of the median of the other pay-per-use providers of the model; see Offering.priceSuspicion): shown, but never taken as the cheapest or as a ranking price. */
  | 'PRICE_SUSPECT'
  /** The offering lists no price for a line: its amount and the totals are null, never 0. */
  | 'PRICE_UNKNOWN'
  /** A reasoning model priced with a usage that gives no reasoningTokensPerRequest: the documented default (one hidden reasoning token per output token) is assumed; give reasoningTokensPerRequest to set them (0 for none). */
  | 'REASONING_TOKENS_ASSUMED'
  /** A request’s tokens exceed the context window or the input limit. */
  | 'REQUEST_EXCEEDS_CONTEXT_WINDOW'
  /** A request’s output and reasoning tokens exceed the maximum output. */
  | 'REQUEST_EXCEEDS_MAX_OUTPUT'
  /** Runs on your own hardware: no price per use. */
  | 'SELF_HOSTED'
  /** A subscription plan: no price per use. */
  | 'SUBSCRIPTION_PLAN'
  /** The usage has a quantity in a unit the offering does not price (e.g. tokens on a per-image offering): unknown, never converted. */
  | 'USAGE_UNIT_NOT_PRICED';

/** A usage field moved while the others are held. */
export type CrossoverVariable =
  /** The share (0-1) of the input read from the prompt cache. */
  | 'CACHED_INPUT_SHARE'
  /** The share (0-1) of the tokens per request that is input. */
  | 'INPUT_SHARE'
  /** Requests a month. */
  | 'REQUESTS_PER_MONTH'
  /** Input + output text tokens of one request, split by the usage’s input share. */
  | 'TOKENS_PER_REQUEST';

export type FitLevel =
  | 'FAIR'
  | 'GOOD'
  | 'NOT_SUITABLE'
  | 'STRONG'
  | 'WEAK';

/** What a leaderboard ranks by. */
export type LeaderboardKey =
  /** One benchmark’s results as the source states them (name it with `benchmarkId`), with the source’s interval where it gives one. */
  | 'BENCHMARK'
  /** The Benchmarks signal (0-100). */
  | 'BENCHMARKS'
  /** The Capabilities signal (0-100). */
  | 'CAPABILITIES'
  /** The Context window signal (0-100). */
  | 'CONTEXT_WINDOW'
  /** The Output capacity signal (0-100). */
  | 'OUTPUT_CAPACITY'
  /** The overall score (0-100) with its 95% interval. */
  | 'OVERALL'
  /** The Pricing signal (0-100). */
  | 'PRICING'
  /** The Recency signal (0-100). */
  | 'RECENCY';

export type Modality =
  | 'AUDIO'
  | 'EMBEDDING'
  | 'FILE'
  | 'IMAGE'
  | 'PDF'
  | 'TEXT'
  | 'VIDEO';

/** All given conditions must hold. Unknown values never match a bound (an unknown price is not under any budget). */
export type ModelFilter = {
  /** Has all of these capabilities (known to be true). */
  capabilities?: Array<Capability> | null | undefined;
  /** Accepts all of these inputs. */
  inputModalities?: Array<Modality> | null | undefined;
  /** Made by any of these labs (slugs). */
  labs?: Array<string | number> | null | undefined;
  /** Canonical list price (60% input / 40% output, USD per 1M tokens) at most this. */
  maxPriceUsdPerMTok?: number | null | undefined;
  /** Context window at least this many tokens. */
  minContextTokens?: number | null | undefined;
  openWeights?: boolean | null | undefined;
  /** Produces all of these outputs. */
  outputModalities?: Array<Modality> | null | undefined;
  /** In any of these peer groups. */
  peerGroups?: Array<PeerGroup> | null | undefined;
  /** Served by any of these providers (slugs). */
  providers?: Array<string | number> | null | undefined;
  /** Released strictly after this day (a release known only to the month counts from the month’s first day: `2025-06` is not after `2025-06-01`). */
  releasedAfter?: string | null | undefined;
  /** Case-insensitive text in the canonical id, name or any alias. */
  search?: string | null | undefined;
};

/** Unknown values (no price, no context window) sort last in either direction; ties by canonical id. */
export type ModelSort = {
  direction?: SortDirection | null | undefined;
  field: ModelSortField;
};

export type ModelSortField =
  /** How widely the model is offered: pay-per-use providers, arena votes breaking ties (DESC: most adopted first). */
  | 'ADOPTION'
  /** Context window in tokens. */
  | 'CONTEXT_WINDOW'
  /** Display name. */
  | 'NAME'
  /** Overall score, in the peer group the filter names when it names exactly one (`peerGroups: [X]`), else in each model’s primary group. Scores of different groups are on their own scales: filter by one group to rank it. */
  | 'OVERALL_SCORE'
  /** Canonical list price, 60% input / 40% output per 1M tokens. */
  | 'PRICE'
  /** The Benchmarks signal (quality), in the same peer group as OVERALL_SCORE. */
  | 'QUALITY'
  /** Release date (as precise as the source states it). */
  | 'RELEASE_DATE';

/** Why a figure is null: it does not apply to this model, or the sources do not say. */
export type NullReason =
  | 'NOT_APPLICABLE'
  | 'UNKNOWN';

export type OfferingStatus =
  | 'ACTIVE'
  | 'ALPHA'
  | 'BETA'
  | 'DEPRECATED';

/** The kind of work a model does; ranks and price scales only compare models of one group. */
export type PeerGroup =
  | 'AUDIO'
  | 'EMBEDDING'
  | 'IMAGE_GENERATION'
  | 'TEXT'
  | 'VIDEO_GENERATION';

/** The unit a price is quoted in. Prices of different units are never added or compared. */
export type PriceUnit =
  | 'USD_PER_IMAGE'
  | 'USD_PER_MILLION_TOKENS'
  | 'USD_PER_REQUEST'
  | 'USD_PER_WEB_SEARCH';

/** How an offering is paid for. Only PAY_PER_USE prices are per-call prices; a 0 on a subscription plan, a local runtime or a free tier is not "free per call". */
export type PricingKind =
  | 'FREE_TIER'
  | 'PAY_PER_USE'
  | 'SELF_HOSTED'
  | 'SUBSCRIPTION_PLAN'
  | 'UNKNOWN';

/** The unit a breakdown line counts in; quantities of different units are never added. */
export type QuantityUnit =
  /** Images. */
  | 'IMAGE'
  /** Requests. */
  | 'REQUEST'
  /** Tokens. */
  | 'TOKEN'
  /** Web searches. */
  | 'WEB_SEARCH';

export type ReasonKind =
  | 'BUDGET'
  | 'CONFIDENCE'
  | 'CONTEXT'
  | 'COST'
  | 'FIT'
  | 'SCORE'
  | 'TIE';

/** A constraint of RecommendConstraints; PAY_PER_USE_PRICE: no offering prices the usage per use; REQUEST_FITS_LIMITS: the request per call is larger than every offering’s context window or maximum output. */
export type RecommendConstraint =
  | 'CAPABILITIES'
  | 'EXCLUDE_LABS'
  | 'INPUT_MODALITIES'
  | 'LABS'
  | 'MAX_MONTHLY_USD'
  | 'MIN_CONTEXT_TOKENS'
  | 'OPEN_WEIGHTS'
  | 'OUTPUT_MODALITIES'
  | 'PAY_PER_USE_PRICE'
  | 'PROVIDERS'
  | 'REQUEST_FITS_LIMITS';

/** Every given constraint must hold. Unknown never satisfies one: an unknown capability, context window, licence or price fails it. */
export type RecommendConstraints = {
  /** Has all of these (known to be true). */
  capabilities?: Array<Capability> | null | undefined;
  /** Not made by any of these labs (slugs). */
  excludeLabs?: Array<string> | null | undefined;
  /** Accepts all of these inputs. */
  inputModalities?: Array<Modality> | null | undefined;
  /** Made by one of these labs (slugs). */
  labs?: Array<string> | null | undefined;
  /** The monthly cost at the chosen offering, at most this many USD. */
  maxMonthlyUsd?: number | null | undefined;
  /** The chosen offering’s context window, at least this many tokens. */
  minContextTokens?: number | null | undefined;
  /** Open (true) or closed (false) weights. */
  openWeights?: boolean | null | undefined;
  /** Produces all of these outputs. */
  outputModalities?: Array<Modality> | null | undefined;
  /** Priced only at offerings of these providers (slugs). */
  providers?: Array<string> | null | undefined;
};

export type SensitivityKind =
  /** Beyond `at`, the first choice costs more than the budget. */
  | 'BUDGET_REACHED'
  /** At `at`, a candidate statistically tied with the first choice becomes, or stops being, the cheaper of the two. */
  | 'TIED_CANDIDATE_CHEAPER';

/** The six 0-100 signals every model is scored on. */
export type Signal =
  /** Benchmarks */
  | 'BENCHMARKS'
  /** Capabilities */
  | 'CAPABILITIES'
  /** Context window */
  | 'CONTEXT_WINDOW'
  /** Output capacity */
  | 'OUTPUT_CAPACITY'
  /** Pricing */
  | 'PRICING'
  /** Recency */
  | 'RECENCY';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** An outside source of catalog facts. */
export type Source =
  /** This project's reviewed alias table (seed/aliases.json). */
  | 'ALIAS_TABLE'
  /** LMArena leaderboards (Elo-style arena scores with 95% CI). */
  | 'LMARENA'
  /** models.dev catalog (providers, prices, limits, benchmarks). */
  | 'MODELS_DEV'
  /** OpenRouter's /api/v1/models listing. */
  | 'OPENROUTER';

/** Defaults: 100 requests/day, 1,000 tokens per request, 60% input / 40% output. Give requests per day OR per month; tokens per request (+ inputShare) OR input and output tokens per request; images per request OR per month. */
export type UsageInput = {
  /** 0..1, share of input tokens written to the prompt cache (billed at the cache-write price). cachedInputShare + cacheWriteShare is at most 1. */
  cacheWriteShare?: number | null | undefined;
  /** 0..1, share of input tokens read from the prompt cache. */
  cachedInputShare?: number | null | undefined;
  imagesPerMonth?: number | null | undefined;
  /** Generated images per request (image models). */
  imagesPerRequest?: number | null | undefined;
  inputAudioTokensPerRequest?: number | null | undefined;
  /** 0..1, share of tokensPerRequest that is input (default 0.6). */
  inputShare?: number | null | undefined;
  inputTokensPerRequest?: number | null | undefined;
  outputAudioTokensPerRequest?: number | null | undefined;
  outputTokensPerRequest?: number | null | undefined;
  /** Hidden reasoning tokens, in addition to the output tokens. */
  reasoningTokensPerRequest?: number | null | undefined;
  /** A month is 365/12 days. */
  requestsPerDay?: number | null | undefined;
  requestsPerMonth?: number | null | undefined;
  /** Input + output text tokens of one request, split by inputShare. */
  tokensPerRequest?: number | null | undefined;
  /** Web searches the model runs per request, billed per search at the offering’s web-search price (unknown, not 0, where none is listed). */
  webSearchesPerRequest?: number | null | undefined;
};

export type UseCase =
  | 'BATCH_EXTRACTION'
  | 'CODE_GENERATION'
  | 'CREATIVE_WRITING'
  | 'IMAGE_GENERATION'
  | 'IMAGE_UNDERSTANDING'
  | 'LONG_DOCUMENTS'
  | 'SUPPORT_CHATBOT';

/** Speed and reliability verdicts are absent on purpose: the catalog has no such data. */
export type VerdictKind =
  | 'COST'
  | 'LONG_CONTEXT'
  | 'QUALITY'
  | 'RECENCY'
  | 'VALUE';

export type ComparePageQueryVariables = Exact<{
  models: Array<string | number> | string | number;
  usage?: UsageInput | null | undefined;
}>;


export type ComparePageQuery = { compare: { peerGroup: PeerGroup | null, models: Array<{ modelId: string, requestedId: string, name: string, peerGroup: PeerGroup, model: { capabilitiesNotApplicable: Array<Capability>, lab: { name: string } } }>, overall: { key: ComparedScore, differs: boolean, outcome: ComparisonOutcome, tieReason: string | null, winnerModelId: string | null, advantage: number | null, delta: number | null, spread: number | null, cells: Array<{ modelId: string, value: number | null, reason: NullReason | null, interval: { lower: number, upper: number } | null }> }, overallConfidence: Array<{ modelId: string, confidence: Confidence | null }>, signals: Array<{ key: ComparedScore, outcome: ComparisonOutcome, tieReason: string | null, winnerModelId: string | null, delta: number | null, spread: number | null, differs: boolean, cells: Array<{ modelId: string, value: number | null, reason: NullReason | null, interval: { lower: number, upper: number } | null }> }>, tally: Array<{ modelId: string, label: string }>, benchmarks: Array<{ benchmarkId: string, benchmarkName: string, metric: string, outcome: ComparisonOutcome, winnerModelId: string | null, delta: number | null, spread: number | null, cells: Array<{ modelId: string, score: number, ciLower: number | null, ciUpper: number | null }> }>, capabilities: Array<{ capability: Capability, differs: boolean, cells: Array<{ modelId: string, value: boolean | null }> }>, parameters: Array<{ parameter: ComparedParameter, unit: string | null, differs: boolean, cells: Array<{ modelId: string, value: string | null, numericValue: number | null, reason: NullReason | null }> }>, costs: { comparable: boolean, rows: Array<{ modelId: string, baselineModelId: string | null, cheaperThanBaseline: boolean | null, noEstimateReason: string | null, notComparableCause: string | null, costPerQualityPointNullReason: string | null, estimate: { pricingUnits: Array<QuantityUnit>, perRequest: { formatted: string } | null, monthly: { formatted: string } | null, yearly: { formatted: string } | null, offering: { provider: { name: string } }, fallback: { message: string } | null, warnings: Array<{ code: CostWarningCode, message: string }>, assumptions: { requestsPerMonth: number, inputTokensPerRequest: number, outputTokensPerRequest: number, cachedInputShare: number } } | null, savings: { percent: number | null, monthly: { formatted: string }, yearly: { formatted: string } } | null, costPerQualityPoint: { formatted: string } | null }> }, useCases: Array<{ useCase: UseCase, outcome: ComparisonOutcome, winnerModelId: string | null, rule: string, fits: Array<{ modelId: string, fit: number | null, level: FitLevel | null, reasons: Array<{ code: string, capability: Capability | null, score: number | null, unit: string | null, value: string | null, weightPercent: number, benchmarks: Array<string> }> }> }>, verdicts: Array<{ kind: VerdictKind, outcome: ComparisonOutcome, winnerModelId: string | null, basedOn: string }>, crossovers: Array<{ variable: CrossoverVariable, at: number, cheaperBelow: string, cheaperAbove: string, tierThreshold: boolean, explanation: string }>, summary: { text: string } } };

export type CostEstimateQueryVariables = Exact<{
  model: string | number;
  usage?: UsageInput | null | undefined;
  offering?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CostEstimateQuery = { costEstimate: { currency: string, pricingKind: PricingKind, perRequest: { usd: string } | null, monthly: { usd: string, formatted: string } | null, yearly: { usd: string, formatted: string } | null, breakdown: Array<{ item: CostItem, quantityPerMonth: number, unitPrice: { usd: string, unit: PriceUnit } | null, monthly: { usd: string } | null }>, offering: { providerModelId: string, provider: { slug: string } }, assumptions: { requestsPerMonth: number, daysPerMonthRule: string, roundingRule: string }, warnings: Array<{ code: CostWarningCode, message: string }> } | null };

export type FrontierQueryVariables = Exact<{
  peerGroup?: PeerGroup;
  usage?: UsageInput | null | undefined;
  filter?: ModelFilter | null | undefined;
}>;


export type FrontierQuery = { frontier: { peerGroup: PeerGroup, withoutScore: number, withoutCost: number, points: Array<{ score: number, onFrontier: boolean, model: { canonicalId: string, name: string }, interval: { lower: number, upper: number } | null, monthlyCost: { usd: string, formatted: string }, offering: { provider: { name: string } }, dominatedBy: { canonicalId: string } | null }> } };

export type LeaderboardQueryVariables = Exact<{
  peerGroup?: PeerGroup;
  by?: LeaderboardKey;
  benchmarkId?: string | null | undefined;
  filter?: ModelFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeaderboardQuery = { leaderboard: { peerGroup: PeerGroup, by: LeaderboardKey, benchmarkId: string | null, benchmarkName: string | null, metric: string | null, higherIsBetter: boolean, statisticalTies: boolean, totalCount: number, unranked: number, unrankedReasons: Array<{ reason: NullReason, detail: string, count: number, models: Array<{ canonicalId: string, name: string }> }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ node: { rank: number, bestPossibleRank: number, value: number, confidence: Confidence | null, tiedWithCount: number, interval: { lower: number, upper: number } | null, model: { canonicalId: string, name: string, lab: { name: string } } } }> }, methodology: { rules: Array<{ area: string, name: string, rule: string }> } };

export type ModelDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ModelDetailQuery = { model: { id: string, canonicalId: string, name: string, aliases: Array<string>, releaseDate: string | null, knowledgeCutoff: string | null, openWeights: boolean | null, license: string | null, inputModalities: Array<Modality>, outputModalities: Array<Modality>, peerGroup: PeerGroup, capabilitiesNotApplicable: Array<Capability>, lab: { slug: string, name: string }, limits: { contextWindow: { tokens: number | null, reason: NullReason | null }, maxOutput: { tokens: number | null, reason: NullReason | null } }, capabilities: { visionInput: boolean | null, audioInput: boolean | null, pdfInput: boolean | null, functionCalling: boolean | null, structuredOutput: boolean | null, reasoning: boolean | null, webSearch: boolean | null, imageOutput: boolean | null }, offerings: Array<{ providerModelId: string, status: OfferingStatus, provider: { slug: string, name: string }, price: { kind: PricingKind, tokens: { input: { usd: string, display: string } | null, output: { usd: string, display: string } | null, cacheRead: { usd: string } | null }, longContextTiers: Array<{ aboveInputTokens: number, prices: { input: { usd: string } | null } }>, perImageOutput: { usd: string, display: string } | null }, provenance: { source: Source, sourceId: string, observedAt: string } }>, benchmarkResults: Array<{ benchmarkId: string, benchmarkName: string, score: number, metric: string, date: string | null, votes: number | null, confidenceInterval: { lower: number, upper: number } | null, provenance: { source: Source, url: string | null } }> } | null };

export type ModelListQueryVariables = Exact<{
  filter?: ModelFilter | null | undefined;
  sort?: ModelSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModelListQuery = { models: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, canonicalId: string, name: string, releaseDate: string | null, peerGroup: PeerGroup, openWeights: boolean | null, lab: { slug: string, name: string }, limits: { contextWindow: { tokens: number | null, reason: NullReason | null } }, canonicalPrice: { kind: PricingKind, tokens: { input: { usd: string, unit: PriceUnit } | null, output: { usd: string, unit: PriceUnit } | null } } | null, scores: { overall: { value: number | null, confidence: Confidence | null }, ranks: { overall: { peerGroup: { label: string } | null } } } | null } }> } };

export type ModelLookupQueryVariables = Exact<{
  id: string | number;
  search: string;
  first?: number | null | undefined;
}>;


export type ModelLookupQuery = { model: { canonicalId: string, name: string } | null, models: { totalCount: number, edges: Array<{ node: { canonicalId: string, name: string } }> } };

export type ModelScoresQueryVariables = Exact<{
  id: string | number;
  peerGroup?: PeerGroup | null | undefined;
}>;


export type ModelScoresQuery = { model: { canonicalId: string, name: string, peerGroup: PeerGroup, scores: { methodologyVersion: string, peerGroup: PeerGroup, signals: Array<{ signal: Signal, name: string, value: number | null, reason: NullReason | null, detail: string | null }>, overall: { value: number | null, reason: NullReason | null, detail: string | null, confidence: Confidence | null, interval: { lower: number, upper: number } | null, contributions: Array<{ label: string, value: number, weightPercent: number, points: number }> }, coverage: { present: number, total: number }, ranks: { overall: { peerGroup: { label: string, bestPossibleRank: number } | null }, quality: { peerGroup: { label: string, bestPossibleRank: number } | null }, adoption: { peerGroup: { label: string } | null, all: { label: string } | null } } } | null, scoreHistory: Array<{ month: string, overall: number | null }> } | null };

export type RecommendQueryVariables = Exact<{
  useCase: UseCase;
  usage?: UsageInput | null | undefined;
  constraints?: RecommendConstraints | null | undefined;
  first?: number;
}>;


export type RecommendQuery = { recommend: { useCase: UseCase, peerGroup: PeerGroup, assumptions: Array<string>, candidates: Array<{ rank: number, fit: number, fitLevel: FitLevel, score: number | null, confidence: Confidence | null, tiedWithFirst: boolean, model: { canonicalId: string, name: string }, offering: { providerModelId: string, provider: { name: string } }, monthlyCost: { usd: string, formatted: string }, fitInterval: { lower: number, upper: number }, interval: { lower: number, upper: number } | null, reasons: Array<{ kind: ReasonKind, text: string, figures: Array<{ name: string, value: number, unit: string }> }> }>, nearMisses: Array<{ fit: number, model: { canonicalId: string, name: string }, monthlyCost: { formatted: string } | null, failed: Array<{ constraint: RecommendConstraint, text: string, required: number | null, actual: number | null, unit: string | null }> }>, sensitivity: Array<{ kind: SensitivityKind, variable: CrossoverVariable, at: number, text: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ComparePageDocument = new TypedDocumentString(`
    query ComparePage($models: [ID!]!, $usage: UsageInput) {
  compare(models: $models, usage: $usage) {
    peerGroup
    models {
      modelId
      requestedId
      name
      peerGroup
      model {
        lab {
          name
        }
        capabilitiesNotApplicable
      }
    }
    overall {
      key
      differs
      cells {
        modelId
        value
        reason
        interval {
          lower
          upper
        }
      }
      outcome
      tieReason
      winnerModelId
      advantage
      delta
      spread
    }
    overallConfidence {
      modelId
      confidence
    }
    signals {
      key
      cells {
        modelId
        value
        reason
        interval {
          lower
          upper
        }
      }
      outcome
      tieReason
      winnerModelId
      delta
      spread
      differs
    }
    tally {
      modelId
      label
    }
    benchmarks {
      benchmarkId
      benchmarkName
      metric
      cells {
        modelId
        score
        ciLower
        ciUpper
      }
      outcome
      winnerModelId
      delta
      spread
    }
    capabilities {
      capability
      differs
      cells {
        modelId
        value
      }
    }
    parameters {
      parameter
      unit
      differs
      cells {
        modelId
        value
        numericValue
        reason
      }
    }
    costs {
      comparable
      rows {
        modelId
        baselineModelId
        cheaperThanBaseline
        estimate {
          perRequest {
            formatted
          }
          monthly {
            formatted
          }
          yearly {
            formatted
          }
          pricingUnits
          offering {
            provider {
              name
            }
          }
          fallback {
            message
          }
          warnings {
            code
            message
          }
          assumptions {
            requestsPerMonth
            inputTokensPerRequest
            outputTokensPerRequest
            cachedInputShare
          }
        }
        noEstimateReason
        savings {
          monthly {
            formatted
          }
          yearly {
            formatted
          }
          percent
        }
        notComparableCause
        costPerQualityPoint {
          formatted
        }
        costPerQualityPointNullReason
      }
    }
    useCases {
      useCase
      outcome
      winnerModelId
      rule
      fits {
        modelId
        fit
        level
        reasons {
          code
          capability
          score
          unit
          value
          weightPercent
          benchmarks
        }
      }
    }
    verdicts {
      kind
      outcome
      winnerModelId
      basedOn
    }
    crossovers {
      variable
      at
      cheaperBelow
      cheaperAbove
      tierThreshold
      explanation
    }
    summary {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ComparePageQuery, ComparePageQueryVariables>;
export const CostEstimateDocument = new TypedDocumentString(`
    query CostEstimate($model: ID!, $usage: UsageInput, $offering: String, $asOf: LocalDate) {
  costEstimate(model: $model, usage: $usage, offering: $offering, asOf: $asOf) {
    currency
    perRequest {
      usd
    }
    monthly {
      usd
      formatted
    }
    yearly {
      usd
      formatted
    }
    breakdown {
      item
      quantityPerMonth
      unitPrice {
        usd
        unit
      }
      monthly {
        usd
      }
    }
    pricingKind
    offering {
      provider {
        slug
      }
      providerModelId
    }
    assumptions {
      requestsPerMonth
      daysPerMonthRule
      roundingRule
    }
    warnings {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CostEstimateQuery, CostEstimateQueryVariables>;
export const FrontierDocument = new TypedDocumentString(`
    query Frontier($peerGroup: PeerGroup! = TEXT, $usage: UsageInput, $filter: ModelFilter) {
  frontier(peerGroup: $peerGroup, usage: $usage, filter: $filter) {
    peerGroup
    withoutScore
    withoutCost
    points {
      model {
        canonicalId
        name
      }
      score
      interval {
        lower
        upper
      }
      monthlyCost {
        usd
        formatted
      }
      offering {
        provider {
          name
        }
      }
      onFrontier
      dominatedBy {
        canonicalId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FrontierQuery, FrontierQueryVariables>;
export const LeaderboardDocument = new TypedDocumentString(`
    query Leaderboard($peerGroup: PeerGroup! = TEXT, $by: LeaderboardKey! = OVERALL, $benchmarkId: String, $filter: ModelFilter, $first: Int, $after: String) {
  leaderboard(
    peerGroup: $peerGroup
    by: $by
    benchmarkId: $benchmarkId
    filter: $filter
    first: $first
    after: $after
  ) {
    peerGroup
    by
    benchmarkId
    benchmarkName
    metric
    higherIsBetter
    statisticalTies
    totalCount
    unranked
    unrankedReasons {
      reason
      detail
      count
      models {
        canonicalId
        name
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    edges {
      node {
        rank
        bestPossibleRank
        value
        interval {
          lower
          upper
        }
        confidence
        tiedWithCount
        model {
          canonicalId
          name
          lab {
            name
          }
        }
      }
    }
  }
  methodology {
    rules(area: "whichModel", name: "leaderboardTies") {
      area
      name
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<LeaderboardQuery, LeaderboardQueryVariables>;
export const ModelDetailDocument = new TypedDocumentString(`
    query ModelDetail($id: ID!) {
  model(id: $id) {
    id
    canonicalId
    name
    aliases
    lab {
      slug
      name
    }
    releaseDate
    knowledgeCutoff
    openWeights
    license
    inputModalities
    outputModalities
    peerGroup
    limits {
      contextWindow {
        tokens
        reason
      }
      maxOutput {
        tokens
        reason
      }
    }
    capabilitiesNotApplicable
    capabilities {
      visionInput
      audioInput
      pdfInput
      functionCalling
      structuredOutput
      reasoning
      webSearch
      imageOutput
    }
    offerings {
      providerModelId
      status
      provider {
        slug
        name
      }
      price {
        kind
        tokens {
          input {
            usd
            display
          }
          output {
            usd
            display
          }
          cacheRead {
            usd
          }
        }
        longContextTiers {
          aboveInputTokens
          prices {
            input {
              usd
            }
          }
        }
        perImageOutput {
          usd
          display
        }
      }
      provenance {
        source
        sourceId
        observedAt
      }
    }
    benchmarkResults {
      benchmarkId
      benchmarkName
      score
      metric
      date
      votes
      confidenceInterval {
        lower
        upper
      }
      provenance {
        source
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModelDetailQuery, ModelDetailQueryVariables>;
export const ModelListDocument = new TypedDocumentString(`
    query ModelList($filter: ModelFilter, $sort: ModelSort, $first: Int, $after: String) {
  models(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        canonicalId
        name
        lab {
          slug
          name
        }
        releaseDate
        peerGroup
        openWeights
        limits {
          contextWindow {
            tokens
            reason
          }
        }
        canonicalPrice {
          kind
          tokens {
            input {
              usd
              unit
            }
            output {
              usd
              unit
            }
          }
        }
        scores {
          overall {
            value
            confidence
          }
          ranks {
            overall {
              peerGroup {
                label
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModelListQuery, ModelListQueryVariables>;
export const ModelLookupDocument = new TypedDocumentString(`
    query ModelLookup($id: ID!, $search: String!, $first: Int) {
  model(id: $id) {
    canonicalId
    name
  }
  models(filter: {search: $search}, first: $first) {
    totalCount
    edges {
      node {
        canonicalId
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModelLookupQuery, ModelLookupQueryVariables>;
export const ModelScoresDocument = new TypedDocumentString(`
    query ModelScores($id: ID!, $peerGroup: PeerGroup) {
  model(id: $id) {
    canonicalId
    name
    peerGroup
    scores(peerGroup: $peerGroup) {
      methodologyVersion
      peerGroup
      signals {
        signal
        name
        value
        reason
        detail
      }
      overall {
        value
        reason
        detail
        confidence
        interval {
          lower
          upper
        }
        contributions {
          label
          value
          weightPercent
          points
        }
      }
      coverage {
        present
        total
      }
      ranks {
        overall {
          peerGroup {
            label
            bestPossibleRank
          }
        }
        quality {
          peerGroup {
            label
            bestPossibleRank
          }
        }
        adoption {
          peerGroup {
            label
          }
          all {
            label
          }
        }
      }
    }
    scoreHistory {
      month
      overall
    }
  }
}
    `) as unknown as TypedDocumentString<ModelScoresQuery, ModelScoresQueryVariables>;
export const RecommendDocument = new TypedDocumentString(`
    query Recommend($useCase: UseCase!, $usage: UsageInput, $constraints: RecommendConstraints, $first: Int! = 5) {
  recommend(
    useCase: $useCase
    usage: $usage
    constraints: $constraints
    first: $first
  ) {
    useCase
    peerGroup
    candidates {
      rank
      model {
        canonicalId
        name
      }
      offering {
        provider {
          name
        }
        providerModelId
      }
      monthlyCost {
        usd
        formatted
      }
      fit
      fitLevel
      fitInterval {
        lower
        upper
      }
      score
      interval {
        lower
        upper
      }
      confidence
      tiedWithFirst
      reasons {
        kind
        text
        figures {
          name
          value
          unit
        }
      }
    }
    nearMisses {
      model {
        canonicalId
        name
      }
      fit
      monthlyCost {
        formatted
      }
      failed {
        constraint
        text
        required
        actual
        unit
      }
    }
    sensitivity {
      kind
      variable
      at
      text
    }
    assumptions
  }
}
    `) as unknown as TypedDocumentString<RecommendQuery, RecommendQueryVariables>;