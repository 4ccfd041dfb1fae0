/**
 * Source values → catalog values with their units: prices in integer nano-USD, limits in tokens or
 * null with a reason, capability flags true/false/null (null = the source does not say).
 */
import type {
  Capabilities,
  Limits,
  Modality,
  OfferingPrice,
  PeerGroup,
  PriceTier,
  PricingKind,
  Provenance,
  TokenLimit,
  TokenPrices,
} from '../domain/catalog.ts';
import { NO_TOKEN_PRICES } from '../domain/catalog.ts';
import { usdPerMTokToNanoUsdPerMTok, usdPerTokenTextToNanoUsdPerMTok, usdToNanoUsd } from '../domain/money/decimal.ts';
import type { ModelsDevCost, ModelsDevTokenCosts } from './formats/models-dev.ts';
import { type OpenRouterModel, UNKNOWN_PRICE_SENTINEL } from './formats/openrouter.ts';
import { listingPricingKind, type ProviderFacts } from './pricing-kind.ts';

/** Output modalities decide the peer group; models.dev has no `embedding` modality, so the name does. */
export function peerGroupOf(output: readonly Modality[] | null, idOrFamily: readonly (string | null | undefined)[]): PeerGroup {
  if (output?.includes('embedding') || idOrFamily.some((text) => text && /embed/i.test(text))) return 'EMBEDDING';
  if (!output) return 'TEXT';
  if (output.includes('video')) return 'VIDEO_GENERATION';
  if (!output.includes('text')) {
    if (output.includes('image')) return 'IMAGE_GENERATION';
    if (output.includes('audio')) return 'AUDIO';
  }
  return 'TEXT';
}

/** The peer group each output modality makes a model a member of. */
const GROUP_OF_OUTPUT: readonly [Modality, PeerGroup][] = [
  ['text', 'TEXT'],
  ['image', 'IMAGE_GENERATION'],
  ['audio', 'AUDIO'],
  ['video', 'VIDEO_GENERATION'],
];

/**
 * Every peer group a model's outputs make it a member of, the primary one (`peerGroupOf`) first:
 * text and images → TEXT, IMAGE_GENERATION, so an image-generating chat model is also ranked
 * against image models. An embedding model is only ever an embedding model.
 */
export function peerGroupsOf(output: readonly Modality[] | null, idOrFamily: readonly (string | null | undefined)[]): PeerGroup[] {
  const primary = peerGroupOf(output, idOrFamily);
  if (primary === 'EMBEDDING' || !output) return [primary];
  const others = GROUP_OF_OUTPUT.filter(([modality, group]) => output.includes(modality) && group !== primary).map(([, group]) => group);
  return [primary, ...others];
}

/**
 * A token limit. 0 on a model that does not take or make text tokens (image, video, audio) means "not
 * applicable"; 0 on a text model is a gap in the data, so unknown.
 */
export function tokenLimit(tokens: number | null | undefined, peerGroup: PeerGroup, provenance: Provenance): TokenLimit {
  if (tokens === undefined || tokens === null) return { tokens: null, reason: 'UNKNOWN', provenance: null };
  if (tokens === 0) return { tokens: null, reason: peerGroup === 'TEXT' ? 'UNKNOWN' : 'NOT_APPLICABLE', provenance };
  return { tokens, reason: null, provenance };
}

export function limitsOf(
  limit: { context?: number | null; input?: number | null; output?: number | null } | undefined,
  peerGroup: PeerGroup,
  provenance: Provenance,
): Limits {
  return {
    contextTokens: tokenLimit(limit?.context, peerGroup, provenance),
    inputTokens: tokenLimit(limit?.input, peerGroup, provenance),
    maxOutputTokens: tokenLimit(limit?.output, peerGroup, provenance),
  };
}

/** Off pay-per-use a listed 0 is a placeholder for "included in the plan", not a price of zero. */
function keepAmount(nanoUsd: number | null, kind: PricingKind): number | null {
  if (nanoUsd === null) return null;
  return nanoUsd === 0 && kind !== 'PAY_PER_USE' ? null : nanoUsd;
}

function mapTokenPrices(prices: TokenPrices, kind: PricingKind): TokenPrices {
  return Object.fromEntries(Object.entries(prices).map(([field, value]) => [field, keepAmount(value, kind)])) as unknown as TokenPrices;
}

function modelsDevTokenPrices(cost: ModelsDevTokenCosts): TokenPrices {
  const convert = (usd: number | undefined) => (usd === undefined ? null : usdPerMTokToNanoUsdPerMTok(usd));
  return {
    inputNanoUsdPerMTok: convert(cost.input),
    outputNanoUsdPerMTok: convert(cost.output),
    cacheReadNanoUsdPerMTok: convert(cost.cache_read ?? cost.cache_input ?? cost.cached_input),
    cacheWriteNanoUsdPerMTok: convert(cost.cache_write ?? cost.cached_write),
    reasoningNanoUsdPerMTok: convert(cost.reasoning),
    inputAudioNanoUsdPerMTok: convert(cost.input_audio),
    outputAudioNanoUsdPerMTok: convert(cost.output_audio),
  };
}

function amountsListed(values: (number | null)[]): { anyPriceListed: boolean; anyPositive: boolean } {
  return { anyPriceListed: values.some((v) => v !== null), anyPositive: values.some((v) => v !== null && v > 0) };
}

function tokenValues(prices: TokenPrices): (number | null)[] {
  return Object.values(prices);
}

/** models.dev `cost` (USD per million tokens; `image` per image, `request` per request). */
export function modelsDevPrice(cost: ModelsDevCost | undefined, provider: ProviderFacts, provenance: Provenance, freeVariant = false): OfferingPrice {
  const base = cost ? modelsDevTokenPrices(cost) : NO_TOKEN_PRICES;
  const tiers: PriceTier[] = [
    ...(cost?.tiers ?? []).map((tier) => ({ aboveInputTokens: tier.tier.size, prices: modelsDevTokenPrices(tier) })),
    ...(cost?.context_over_200k ? [{ aboveInputTokens: 200_000, prices: modelsDevTokenPrices(cost.context_over_200k) }] : []),
  ].sort((a, b) => a.aboveInputTokens - b.aboveInputTokens);
  const image = cost?.image === undefined ? null : usdToNanoUsd(cost.image);
  const request = cost?.request === undefined ? null : usdToNanoUsd(cost.request);
  const kind = listingPricingKind(provider, { ...amountsListed([...tokenValues(base), image, request]), freeVariant });
  return {
    kind,
    currency: 'USD',
    tokens: mapTokenPrices(base, kind),
    tiers: tiers.map((tier) => ({ aboveInputTokens: tier.aboveInputTokens, prices: mapTokenPrices(tier.prices, kind) })),
    imageOutputNanoUsdPerImage: keepAmount(image, kind),
    imageInputNanoUsdPerImage: null,
    requestNanoUsdPerRequest: keepAmount(request, kind),
    webSearchNanoUsdPerSearch: null,
    provenance,
  };
}

/** OpenRouter `pricing` (USD per token, or per image / request / search, as decimal text; "-1" unknown). */
export function openRouterPrice(model: OpenRouterModel, provider: ProviderFacts, freeVariant: boolean, provenance: Provenance): OfferingPrice {
  const { pricing } = model;
  const perToken = (text: string | undefined) => (text === undefined || text === UNKNOWN_PRICE_SENTINEL ? null : usdPerTokenTextToNanoUsdPerMTok(text));
  const perUnit = (text: string | undefined) => (text === undefined || text === UNKNOWN_PRICE_SENTINEL ? null : usdToNanoUsd(text));
  const tokens: TokenPrices = {
    inputNanoUsdPerMTok: perToken(pricing.prompt),
    outputNanoUsdPerMTok: perToken(pricing.completion),
    cacheReadNanoUsdPerMTok: perToken(pricing.input_cache_read),
    cacheWriteNanoUsdPerMTok: perToken(pricing.input_cache_write),
    reasoningNanoUsdPerMTok: perToken(pricing.internal_reasoning),
    inputAudioNanoUsdPerMTok: perToken(pricing.audio),
    outputAudioNanoUsdPerMTok: null,
  };
  const image = perUnit(pricing.image);
  const makesImages = model.architecture.output_modalities.includes('image');
  const request = perUnit(pricing.request);
  const webSearch = perUnit(pricing.web_search);
  const kind = listingPricingKind(provider, { ...amountsListed([...tokenValues(tokens), image, request]), freeVariant });
  return {
    kind,
    currency: 'USD',
    tokens: mapTokenPrices(tokens, kind),
    tiers: [],
    imageOutputNanoUsdPerImage: keepAmount(makesImages ? image : null, kind),
    imageInputNanoUsdPerImage: keepAmount(makesImages ? null : image, kind),
    requestNanoUsdPerRequest: keepAmount(request, kind),
    webSearchNanoUsdPerSearch: keepAmount(webSearch, kind),
    provenance,
  };
}

interface ModelsDevFlags {
  modalities?: { input: Modality[]; output: Modality[] } | undefined;
  attachment?: boolean | undefined;
  reasoning?: boolean | undefined;
  tool_call?: boolean | undefined;
  structured_output?: boolean | undefined;
  temperature?: boolean | undefined;
}

export function modelsDevCapabilities(record: ModelsDevFlags): Capabilities {
  const input = record.modalities?.input;
  const output = record.modalities?.output;
  return {
    visionInput: input ? input.includes('image') : null,
    audioInput: input ? input.includes('audio') : null,
    pdfInput: input ? input.includes('pdf') : null,
    functionCalling: record.tool_call ?? null,
    structuredOutput: record.structured_output ?? null,
    reasoning: record.reasoning ?? null,
    webSearch: null,
    imageOutput: output ? output.includes('image') : null,
    attachments: record.attachment ?? null,
    temperature: record.temperature ?? null,
  };
}

export function openRouterCapabilities(model: OpenRouterModel): Capabilities {
  const input = model.architecture.input_modalities;
  const output = model.architecture.output_modalities;
  const params = model.supported_parameters;
  const supports = (...names: string[]) => (params ? names.some((name) => params.includes(name)) : null);
  return {
    visionInput: input.includes('image'),
    audioInput: input.includes('audio'),
    pdfInput: input.includes('pdf') || input.includes('file'),
    functionCalling: supports('tools'),
    structuredOutput: supports('structured_outputs', 'response_format'),
    reasoning: supports('reasoning', 'include_reasoning'),
    webSearch: model.pricing.web_search !== undefined ? true : supports('web_search_options'),
    imageOutput: output.includes('image'),
    attachments: null,
    temperature: supports('temperature'),
  };
}

/** `YYYY-MM-DD` of a unix time in seconds. */
export function unixSecondsToIsoDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
