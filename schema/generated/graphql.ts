/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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


export const ComparePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"models"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"models"},"value":{"kind":"Variable","name":{"kind":"Name","value":"models"}}},{"kind":"Argument","name":{"kind":"Name","value":"usage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"peerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lab"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilitiesNotApplicable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"differs"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"tieReason"}},{"kind":"Field","name":{"kind":"Name","value":"winnerModelId"}},{"kind":"Field","name":{"kind":"Name","value":"advantage"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overallConfidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"tieReason"}},{"kind":"Field","name":{"kind":"Name","value":"winnerModelId"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"differs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkId"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkName"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ciLower"}},{"kind":"Field","name":{"kind":"Name","value":"ciUpper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"winnerModelId"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"differs"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"differs"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numericValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparable"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"baselineModelId"}},{"kind":"Field","name":{"kind":"Name","value":"cheaperThanBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingUnits"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fallback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokensPerRequest"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokensPerRequest"}},{"kind":"Field","name":{"kind":"Name","value":"cachedInputShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noEstimateReason"}},{"kind":"Field","name":{"kind":"Name","value":"savings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notComparableCause"}},{"kind":"Field","name":{"kind":"Name","value":"costPerQualityPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerQualityPointNullReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"useCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"useCase"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"winnerModelId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"fits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weightPercent"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"winnerModelId"}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crossovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"cheaperBelow"}},{"kind":"Field","name":{"kind":"Name","value":"cheaperAbove"}},{"kind":"Field","name":{"kind":"Name","value":"tierThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ComparePageQuery, ComparePageQueryVariables>;
export const CostEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"model"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offering"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"model"},"value":{"kind":"Variable","name":{"kind":"Name","value":"model"}}},{"kind":"Argument","name":{"kind":"Name","value":"usage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usage"}}},{"kind":"Argument","name":{"kind":"Name","value":"offering"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offering"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"perRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingKind"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerModelId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerMonthRule"}},{"kind":"Field","name":{"kind":"Name","value":"roundingRule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CostEstimateQuery, CostEstimateQueryVariables>;
export const FrontierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Frontier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"peerGroup"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}}},"defaultValue":{"kind":"EnumValue","value":"TEXT"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frontier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peerGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peerGroup"}}},{"kind":"Argument","name":{"kind":"Name","value":"usage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usage"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"withoutScore"}},{"kind":"Field","name":{"kind":"Name","value":"withoutCost"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"onFrontier"}},{"kind":"Field","name":{"kind":"Name","value":"dominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrontierQuery, FrontierQueryVariables>;
export const LeaderboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leaderboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"peerGroup"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}}},"defaultValue":{"kind":"EnumValue","value":"TEXT"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaderboardKey"}}},"defaultValue":{"kind":"EnumValue","value":"OVERALL"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"benchmarkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peerGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peerGroup"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"benchmarkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"benchmarkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkId"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkName"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"statisticalTies"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unranked"}},{"kind":"Field","name":{"kind":"Name","value":"unrankedReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"bestPossibleRank"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"tiedWithCount"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lab"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"StringValue","value":"whichModel","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"leaderboardTies","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<LeaderboardQuery, LeaderboardQueryVariables>;
export const ModelDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"lab"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeCutoff"}},{"kind":"Field","name":{"kind":"Name","value":"openWeights"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"inputModalities"}},{"kind":"Field","name":{"kind":"Name","value":"outputModalities"}},{"kind":"Field","name":{"kind":"Name","value":"peerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxOutput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilitiesNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visionInput"}},{"kind":"Field","name":{"kind":"Name","value":"audioInput"}},{"kind":"Field","name":{"kind":"Name","value":"pdfInput"}},{"kind":"Field","name":{"kind":"Name","value":"functionCalling"}},{"kind":"Field","name":{"kind":"Name","value":"structuredOutput"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"webSearch"}},{"kind":"Field","name":{"kind":"Name","value":"imageOutput"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerModelId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cacheRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"longContextTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aboveInputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perImageOutput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"observedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkId"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelDetailQuery, ModelDetailQueryVariables>;
export const ModelListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lab"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"peerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"openWeights"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canonicalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelListQuery, ModelListQueryVariables>;
export const ModelLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelLookupQuery, ModelLookupQueryVariables>;
export const ModelScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"peerGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"peerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peerGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peerGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methodologyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"peerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weightPercent"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"bestPossibleRank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"bestPossibleRank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}}]}}]}}]} as unknown as DocumentNode<ModelScoresQuery, ModelScoresQueryVariables>;
export const RecommendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"useCase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UseCase"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"constraints"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendConstraints"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"useCase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"useCase"}}},{"kind":"Argument","name":{"kind":"Name","value":"usage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usage"}}},{"kind":"Argument","name":{"kind":"Name","value":"constraints"},"value":{"kind":"Variable","name":{"kind":"Name","value":"constraints"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"useCase"}},{"kind":"Field","name":{"kind":"Name","value":"peerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerModelId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usd"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"fitLevel"}},{"kind":"Field","name":{"kind":"Name","value":"fitInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"tiedWithFirst"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearMisses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"}}]}}]}}]} as unknown as DocumentNode<RecommendQuery, RecommendQueryVariables>;