/**
 * Builders for catalog records in scoring tests: every field the engine does not look at gets a
 * neutral default, so a test states only the facts its expected values depend on.
 */
import type {
  BenchmarkResult,
  Capabilities,
  IsoDate,
  Model,
  NullReason,
  Offering,
  OfferingPrice,
  PeerGroup,
  PricingKind,
  Provenance,
  TokenLimit,
} from '../../../src/domain/catalog.ts';
import { NO_CAPABILITIES } from '../../../src/domain/catalog.ts';

export const NANO_USD_PER_USD = 1e9;

export function provenance(sourceId: string, observedAt: IsoDate = '2026-07-02'): Provenance {
  return { source: 'models.dev', sourceId, observedAt, selfReported: false, url: null };
}

export function tokens(count: number): TokenLimit {
  return { tokens: count, reason: null, provenance: provenance('limit') };
}

export function noLimit(reason: NullReason): TokenLimit {
  return { tokens: null, reason, provenance: null };
}

export interface ModelSpec {
  id: string;
  peerGroup?: PeerGroup;
  /** Every group, the primary one (peerGroup) first; default: only peerGroup. */
  peerGroups?: PeerGroup[];
  releaseDate?: IsoDate | null;
  contextTokens?: TokenLimit;
  maxOutputTokens?: TokenLimit;
  capabilities?: Partial<Capabilities>;
  canonicalOfferingId?: string | null;
}

export function model(spec: ModelSpec): Model {
  const [labId = 'lab'] = spec.id.split('/');
  return {
    id: spec.id,
    name: spec.id,
    labId,
    family: null,
    aliases: [],
    releaseDate: spec.releaseDate ?? null,
    knowledgeCutoff: null,
    openWeights: null,
    license: null,
    modalities: { input: ['text'], output: [spec.peerGroup === 'IMAGE_GENERATION' ? 'image' : 'text'] },
    peerGroup: spec.peerGroup ?? 'TEXT',
    peerGroups: spec.peerGroups ?? [spec.peerGroup ?? 'TEXT'],
    availability: 'OFFERED',
    limits: {
      contextTokens: spec.contextTokens ?? noLimit('UNKNOWN'),
      inputTokens: noLimit('UNKNOWN'),
      maxOutputTokens: spec.maxOutputTokens ?? noLimit('UNKNOWN'),
    },
    capabilities: { ...NO_CAPABILITIES, ...spec.capabilities },
    canonicalOfferingId: spec.canonicalOfferingId ?? null,
    // The engine ranks on its own price (canonical, else cheapest pay-per-use), not this filter field.
    listPrice: { inputNanoUsdPerMTok: null, outputNanoUsdPerMTok: null, blendedNanoUsdPerMTok: null },
    provenance: [provenance(spec.id)],
  };
}

export interface OfferingSpec {
  providerId: string;
  modelId: string;
  kind?: PricingKind;
  /** USD per million tokens. */
  inputUsdPerMTok?: number | null;
  outputUsdPerMTok?: number | null;
  imageUsd?: number | null;
  status?: Offering['status'];
}

const toNano = (usd: number | null | undefined): number | null => (usd === null || usd === undefined ? null : Math.round(usd * NANO_USD_PER_USD));

export function offering(spec: OfferingSpec): Offering {
  const id = `${spec.providerId}/${spec.modelId}`;
  const price: OfferingPrice = {
    kind: spec.kind ?? 'PAY_PER_USE',
    currency: 'USD',
    tokens: {
      inputNanoUsdPerMTok: toNano(spec.inputUsdPerMTok),
      outputNanoUsdPerMTok: toNano(spec.outputUsdPerMTok),
      cacheReadNanoUsdPerMTok: null,
      cacheWriteNanoUsdPerMTok: null,
      reasoningNanoUsdPerMTok: null,
      inputAudioNanoUsdPerMTok: null,
      outputAudioNanoUsdPerMTok: null,
    },
    tiers: [],
    imageOutputNanoUsdPerImage: toNano(spec.imageUsd),
    imageInputNanoUsdPerImage: null,
    requestNanoUsdPerRequest: null,
    webSearchNanoUsdPerSearch: null,
    provenance: provenance(id),
  };
  return {
    id,
    providerId: spec.providerId,
    providerModelId: spec.modelId,
    name: spec.modelId,
    modelId: spec.modelId,
    unmappedReason: null,
    price,
    limits: { contextTokens: noLimit('UNKNOWN'), inputTokens: noLimit('UNKNOWN'), maxOutputTokens: noLimit('UNKNOWN') },
    status: spec.status ?? 'ACTIVE',
    provenance: provenance(id),
  };
}

export interface BenchmarkSpec {
  modelId: string;
  benchmarkId: string;
  score: number;
  date?: IsoDate;
  votes?: number;
  ci?: [number, number];
  configuration?: string;
  release?: string;
}

export function benchmark(spec: BenchmarkSpec): BenchmarkResult {
  const date = spec.date ?? '2026-06-01';
  const qualifiers = [spec.release, spec.configuration].filter((q) => q !== undefined).map((q) => `|${q}`);
  return {
    id: `${spec.modelId}|${spec.benchmarkId}|${date}${qualifiers.join('')}`,
    modelId: spec.modelId,
    benchmarkId: spec.benchmarkId,
    benchmarkName: spec.benchmarkId,
    score: spec.score,
    metric: 'points',
    higherIsBetter: true,
    configuration: spec.configuration ?? null,
    release: spec.release ?? null,
    date,
    sourceUrl: null,
    votes: spec.votes ?? null,
    ciLower: spec.ci?.[0] ?? null,
    ciUpper: spec.ci?.[1] ?? null,
    provenance: provenance(spec.benchmarkId, date),
  };
}
