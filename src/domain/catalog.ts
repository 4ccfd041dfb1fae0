/**
 * The catalog as plain data: what the importers write, what the store keeps (plus `_id`), and what
 * the scoring, cost and comparison engines read. Nothing here knows GraphQL or MongoDB.
 *
 * Units are part of the names. Money is integer nano-dollars (1 USD = 1e9 nanoUsd) so that prices
 * from the sources (`"0.000008"` USD per token = exactly 8 USD per million tokens) are kept without
 * floating-point error; a price finer than one nano-dollar per unit is rounded half-up at import.
 */

import type { ModelStatus } from './model-status.ts';

/** `YYYY-MM-DD` (a day), or as precise as the source states it: `YYYY-MM`, `YYYY` (see partial-date.ts). */
export type IsoDate = string;

export type SourceName = 'models.dev' | 'openrouter' | 'lmarena' | 'alias-table';

/** Where an imported figure came from. */
export interface Provenance {
  source: SourceName;
  /** The record's id in that source, e.g. `amazon-bedrock/us.anthropic.claude-opus-4-5-v1:0`. */
  sourceId: string;
  /** The day the source was observed (its snapshot date). */
  observedAt: IsoDate;
  /** True when the lab reported the figure about its own model (its own listing or benchmark claim). */
  selfReported: boolean;
  url: string | null;
}

export const MODALITIES = ['text', 'image', 'audio', 'video', 'pdf', 'file', 'embedding'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Peer group: models are only ranked against models that do the same kind of work. */
export const PEER_GROUPS = ['TEXT', 'IMAGE_GENERATION', 'EMBEDDING', 'AUDIO', 'VIDEO_GENERATION'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];

/** How a sentence names the models of a group ("#3 of 20 image generation models"). */
export const PEER_GROUP_LABELS: Record<PeerGroup | 'ALL', string> = {
  ALL: 'models',
  TEXT: 'text models',
  IMAGE_GENERATION: 'image generation models',
  EMBEDDING: 'embedding models',
  AUDIO: 'audio models',
  VIDEO_GENERATION: 'video generation models',
};

export type NullReason = 'NOT_APPLICABLE' | 'UNKNOWN';

/** Whether any provider in the data lists the model: one known only from a leaderboard is NOT_OFFERED (it has no offering, no price). */
export const MODEL_AVAILABILITIES = ['OFFERED', 'NOT_OFFERED'] as const;
export type ModelAvailability = (typeof MODEL_AVAILABILITIES)[number];

/** A token limit: a value with its source, or null with the reason it is missing. */
export type TokenLimit = { tokens: number; reason: null; provenance: Provenance } | { tokens: null; reason: NullReason; provenance: Provenance | null };

export interface Limits {
  contextTokens: TokenLimit;
  inputTokens: TokenLimit;
  maxOutputTokens: TokenLimit;
}

/** Capability flags; `null` = the sources do not say (never read as false). */
export interface Capabilities {
  visionInput: boolean | null;
  audioInput: boolean | null;
  pdfInput: boolean | null;
  functionCalling: boolean | null;
  structuredOutput: boolean | null;
  reasoning: boolean | null;
  webSearch: boolean | null;
  imageOutput: boolean | null;
  attachments: boolean | null;
  temperature: boolean | null;
}
export type CapabilityName = keyof Capabilities;

/** Capabilities nobody has stated (every flag unknown); its keys are the flags, in the catalog's order. */
export const NO_CAPABILITIES: Readonly<Capabilities> = Object.freeze({
  visionInput: null,
  audioInput: null,
  pdfInput: null,
  functionCalling: null,
  structuredOutput: null,
  reasoning: null,
  webSearch: null,
  imageOutput: null,
  attachments: null,
  temperature: null,
});

export const CAPABILITY_NAMES = Object.keys(NO_CAPABILITIES) as readonly CapabilityName[];

export const PRICING_KINDS = ['PAY_PER_USE', 'SUBSCRIPTION_PLAN', 'SELF_HOSTED', 'FREE_TIER', 'UNKNOWN'] as const;
export type PricingKind = (typeof PRICING_KINDS)[number];

/** The unit a price is quoted in. Prices of different units are never added or compared. */
export const PRICE_UNITS = ['USD_PER_MILLION_TOKENS', 'USD_PER_IMAGE', 'USD_PER_REQUEST', 'USD_PER_WEB_SEARCH'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

/** A price in one unit, in integer nano-USD. */
export interface UnitPrice {
  nanoUsd: number;
  unit: PriceUnit;
}

/** Token prices in nano-USD per million tokens; null = the source gives no such price (unknown). */
export interface TokenPrices {
  inputNanoUsdPerMTok: number | null;
  outputNanoUsdPerMTok: number | null;
  cacheReadNanoUsdPerMTok: number | null;
  cacheWriteNanoUsdPerMTok: number | null;
  reasoningNanoUsdPerMTok: number | null;
  inputAudioNanoUsdPerMTok: number | null;
  outputAudioNanoUsdPerMTok: number | null;
}

/** A price list that prices nothing per token (every price unknown). */
export const NO_TOKEN_PRICES: Readonly<TokenPrices> = Object.freeze({
  inputNanoUsdPerMTok: null,
  outputNanoUsdPerMTok: null,
  cacheReadNanoUsdPerMTok: null,
  cacheWriteNanoUsdPerMTok: null,
  reasoningNanoUsdPerMTok: null,
  inputAudioNanoUsdPerMTok: null,
  outputAudioNanoUsdPerMTok: null,
});

/** Prices that replace the base token prices once a request's input exceeds `aboveInputTokens`. */
export interface PriceTier {
  aboveInputTokens: number;
  prices: TokenPrices;
}

export interface OfferingPrice {
  kind: PricingKind;
  currency: 'USD';
  tokens: TokenPrices;
  tiers: PriceTier[];
  /** Per generated image (models.dev `cost.image`, OpenRouter `pricing.image` on image-output models). */
  imageOutputNanoUsdPerImage: number | null;
  /** Per input image (OpenRouter `pricing.image` on text-output models). */
  imageInputNanoUsdPerImage: number | null;
  requestNanoUsdPerRequest: number | null;
  webSearchNanoUsdPerSearch: number | null;
  provenance: Provenance | null;
}

export type OfferingStatus = 'ACTIVE' | 'BETA' | 'ALPHA' | 'DEPRECATED';

export interface Lab {
  id: string;
  name: string;
  url: string | null;
}

export interface Provider {
  id: string;
  name: string;
  docUrl: string | null;
  /** The pricing kind of every listing of this provider unless a listing says otherwise. */
  defaultPricingKind: PricingKind;
  /** True when the provider is the lab itself (its offering is the canonical price). */
  labId: string | null;
}

export interface Model {
  /** Canonical `lab/model`, lower case. */
  id: string;
  name: string;
  labId: string;
  family: string | null;
  /** Every other id this model has in any source (provider ids, OpenRouter ids, arena names). */
  aliases: string[];
  releaseDate: IsoDate | null;
  knowledgeCutoff: IsoDate | null;
  openWeights: boolean | null;
  license: string | null;
  modalities: { input: Modality[]; output: Modality[] };
  /** The primary peer group (see `peerGroups`). */
  peerGroup: PeerGroup;
  /**
   * Every peer group the model is ranked in, the primary one first: a model that writes text and
   * generates images (GPT-5.4 Image 2) is in TEXT and IMAGE_GENERATION.
   */
  peerGroups: PeerGroup[];
  availability: ModelAvailability;
  /**
   * Preview, retired by its lab, not offered (model-status.ts), set at import; absent on documents
   * written before it existed (read it with `statusOf`).
   */
  status?: ModelStatus;
  limits: Limits;
  capabilities: Capabilities;
  /** The lab's own offering (or, failing that, the source's model-level price), if any. */
  canonicalOfferingId: string | null;
  /**
   * Denormalised from the canonical offering so the database can filter and sort models by price:
   * its PAY_PER_USE token prices and the blend at the default usage mix (60% input, 40% output),
   * `(6 × input + 4 × output) / 10` rounded half-up to whole nano-dollars. All null when the
   * canonical offering is missing, not pay-per-use, or not priced per token. Compute it with
   * `listPriceOf` (src/domain/list-price.ts).
   */
  listPrice: ListPrice;
  provenance: Provenance[];
}

export interface ListPrice {
  inputNanoUsdPerMTok: number | null;
  outputNanoUsdPerMTok: number | null;
  blendedNanoUsdPerMTok: number | null;
}

export interface Offering {
  /** `${providerId}/${providerModelId}` */
  id: string;
  providerId: string;
  providerModelId: string;
  name: string;
  /** The canonical model, or null when the mapping is not certain (then `unmappedReason` says why). */
  modelId: string | null;
  unmappedReason: string | null;
  price: OfferingPrice;
  limits: Limits;
  status: OfferingStatus;
  provenance: Provenance;
}

export interface BenchmarkResult {
  /** `${modelId}|${benchmarkId}|${date}` */
  id: string;
  modelId: string;
  /** Slug, e.g. `lmarena-text`, `swe-bench-pro`, `aider-polyglot`. */
  benchmarkId: string;
  benchmarkName: string;
  score: number;
  metric: string;
  /** True when a higher score is better (all the benchmarks in the data are). */
  higherIsBetter: boolean;
  /**
   * How the model was run for this result, when the source says so and it is not the default: a
   * reasoning budget (`thinking-16k`), a precision (`fp8`), a quality mode (`quality`). Null: as served.
   */
  configuration: string | null;
  /**
   * The dated release the result is for, when the source names one the model id does not
   * (`2025-03-26` of ChatGPT-4o-latest, `2024-04` of Command R+); null otherwise.
   */
  release: string | null;
  date: IsoDate | null;
  sourceUrl: string | null;
  /** LMArena only: vote count and 95% confidence interval bounds (absolute scores). */
  votes: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  provenance: Provenance;
}

export type PriceEventChange = 'ADDED' | 'UPDATED' | 'REMOVED';

/** A dated change of an offering's price or limits. */
export interface PriceEvent {
  id: string;
  offeringId: string;
  providerId: string;
  modelId: string | null;
  date: IsoDate;
  change: PriceEventChange;
  /** State after the change (null after REMOVED). */
  price: OfferingPrice | null;
  limits: Limits | null;
  /** State before the change (null for ADDED). */
  previousPrice: OfferingPrice | null;
  previousLimits: Limits | null;
  provenance: Provenance;
}

/** One catalog version's documents, collection by collection: what an import builds and every version stores. */
export interface CatalogContent {
  labs: Lab[];
  providers: Provider[];
  models: Model[];
  offerings: Offering[];
  benchmarkResults: BenchmarkResult[];
  priceEvents: PriceEvent[];
}

/** The collections of `CatalogContent`, in the order an import writes and reports them. */
export const CATALOG_CONTENT_COLLECTIONS = [
  'labs',
  'providers',
  'models',
  'offerings',
  'benchmarkResults',
  'priceEvents',
] as const satisfies readonly (keyof CatalogContent)[];
export type CatalogContentCollection = (typeof CATALOG_CONTENT_COLLECTIONS)[number];
