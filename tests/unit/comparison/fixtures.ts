/**
 * Compared models as plain data: a catalog record, a scoring-engine result and a cost estimate,
 * built from the few facts a test states. Scores are given as the engine shows them (rounded);
 * costs as whole micro-USD per month, the way the cost engine rounds them.
 */
import {
  type Capabilities,
  type IsoDate,
  type Modality,
  NO_CAPABILITIES,
  type NullReason,
  type PeerGroup,
  type Provenance,
  type TokenLimit,
} from '../../../src/domain/catalog.ts';
import type { ComparedModelInput, ModelCost } from '../../../src/domain/comparison/types.ts';
import type { CostEstimate, QuantityUnit } from '../../../src/domain/cost/types.ts';
import { money } from '../../../src/domain/money/money.ts';
import {
  type CohortBenchmark,
  type Confidence,
  type IntervalBounds,
  type ModelScore,
  type PricingUnit,
  SIGNAL_NAMES,
  type SignalName,
  type SignalScore,
} from '../../../src/domain/scoring/types.ts';

const PROVENANCE: Provenance = { source: 'models.dev', sourceId: 'test', observedAt: '2026-07-02', selfReported: false, url: null };

export interface BenchmarkSpec {
  id: string;
  score: number;
  /** 95% interval bounds (LMArena). */
  ci?: [number, number];
}

/** A signal's shown value, or the reason it is null. */
export type SignalSpec = number | NullReason;

export interface CompareSpec {
  id: string;
  requestedId?: string;
  name?: string;
  peerGroup?: PeerGroup;
  signals?: Partial<Record<SignalName, SignalSpec>>;
  overall?: number | null;
  /** 95% intervals of the Benchmarks signal and the overall score; by default the value itself (no uncertainty). */
  intervals?: { benchmarks?: [number, number]; overall?: [number, number] };
  confidence?: Confidence;
  benchmarks?: BenchmarkSpec[];
  /** The ranking price's unit (null: no ranking price). */
  priceUnit?: PricingUnit | null;
  priceUsd?: number;
  /** Monthly cost in whole micro-USD; null = price unknown; 'NO_OFFERING' = nothing to price. */
  monthlyMicroUsd?: bigint | null | 'NO_OFFERING';
  pricingUnits?: QuantityUnit[];
  contextTokens?: number | NullReason;
  maxOutputTokens?: number | NullReason;
  releaseDate?: IsoDate | null;
  knowledgeCutoff?: IsoDate | null;
  openWeights?: boolean | null;
  capabilities?: Partial<Capabilities>;
  input?: Modality[];
  output?: Modality[];
}

const limit = (spec: number | NullReason | undefined): TokenLimit =>
  typeof spec === 'number' ? { tokens: spec, reason: null, provenance: PROVENANCE } : { tokens: null, reason: spec ?? 'UNKNOWN', provenance: null };

const bounds = (value: number, interval: [number, number] | undefined): IntervalBounds => ({ lower: interval?.[0] ?? value, upper: interval?.[1] ?? value });

function signalScore(signal: SignalName, spec: SignalSpec | undefined, benchmarks: readonly BenchmarkSpec[], interval?: [number, number]): SignalScore {
  const common = { signal, formula: 'test', inputs: [] };
  if (spec === undefined || typeof spec === 'string') {
    return { ...common, value: null, reason: spec ?? 'UNKNOWN', detail: 'test', contributions: [], interval: null };
  }
  const contributions =
    signal === 'BENCHMARKS' ? benchmarks.map((b) => ({ key: b.id, label: b.id, value: 0, weightPercent: 0, points: 0, inputs: [], parts: [] })) : [];
  return { ...common, value: spec, reason: null, contributions, interval: signal === 'BENCHMARKS' ? bounds(spec, interval) : null };
}

function modelScore(spec: CompareSpec): ModelScore {
  const peerGroup = spec.peerGroup ?? 'TEXT';
  const benchmarks = spec.benchmarks ?? [];
  const signals = Object.fromEntries(SIGNAL_NAMES.map((s) => [s, signalScore(s, spec.signals?.[s], benchmarks, spec.intervals?.benchmarks)])) as Record<
    SignalName,
    SignalScore
  >;
  const overall: ModelScore['overall'] =
    spec.overall === null || spec.overall === undefined
      ? { value: null, reason: 'UNKNOWN', detail: 'no benchmarks', confidence: null, contributions: [], interval: null }
      : {
          value: spec.overall,
          reason: null,
          confidence: spec.confidence ?? 'MEDIUM',
          contributions: [],
          interval: bounds(spec.overall, spec.intervals?.overall),
        };
  const rank = { peerGroup: null, all: null };
  return {
    modelId: spec.id,
    peerGroup,
    signals,
    coverage: { present: benchmarks.length, total: 10, percent: benchmarks.length * 10 },
    overall,
    ranks: { overall: rank, quality: rank, adoption: rank },
  };
}

function cohortBenchmark(spec: BenchmarkSpec, modelId: string): CohortBenchmark {
  return {
    benchmarkId: spec.id,
    benchmarkName: spec.id,
    score: spec.score,
    metric: 'points',
    higherIsBetter: true,
    date: '2026-06-01',
    votes: spec.ci ? 1000 : null,
    ciLower: spec.ci?.[0] ?? null,
    ciUpper: spec.ci?.[1] ?? null,
    resultId: `${modelId}|${spec.id}|2026-06-01`,
    provenance: PROVENANCE,
  };
}

export function estimate(monthlyMicroUsd: bigint | null, pricingUnits: QuantityUnit[]): CostEstimate {
  const known = monthlyMicroUsd !== null;
  return {
    currency: 'USD',
    pricingUnits,
    perRequest: null,
    monthly: known ? money(monthlyMicroUsd) : null,
    yearly: known ? money(12n * monthlyMicroUsd) : null,
    breakdown: [],
    offering: { offeringId: 'lab/test', providerId: 'lab', pricingKind: 'PAY_PER_USE', provenance: null },
    fallback: null,
    assumptions: {
      requestsBasis: 'DEFAULT',
      tokensBasis: 'DEFAULT',
      requestsPerMonth: 3041.67,
      daysPerMonth: 30.42,
      daysPerMonthRule: 'test',
      inputTokensPerRequest: 600,
      outputTokensPerRequest: 400,
      cachedInputShare: 0,
      cacheWriteShare: 0,
      webSearchesPerRequest: 0,
      reasoningTokensPerRequest: 0,
      reasoningBasis: 'NOT_GIVEN',
      inputAudioTokensPerRequest: 0,
      outputAudioTokensPerRequest: 0,
      imagesPerMonth: 0,
      tierAboveInputTokens: null,
      roundingRule: 'test',
    },
    warnings: known ? [] : [{ code: 'PRICE_UNKNOWN', message: 'test', item: null }],
  };
}

function cost(spec: CompareSpec): ModelCost {
  if (spec.monthlyMicroUsd === 'NO_OFFERING') return { ok: false, reason: 'NO_OFFERINGS', message: 'No provider offers this model.' };
  const isImage = spec.peerGroup === 'IMAGE_GENERATION';
  return { ok: true, estimate: estimate(spec.monthlyMicroUsd ?? null, spec.pricingUnits ?? [isImage ? 'IMAGE' : 'TOKEN']) };
}

export function compared(spec: CompareSpec): ComparedModelInput {
  const isImage = spec.peerGroup === 'IMAGE_GENERATION';
  const priceUnit = spec.priceUnit === undefined ? (isImage ? 'USD_PER_IMAGE' : 'USD_PER_MTOK_BLENDED') : spec.priceUnit;
  return {
    requestedId: spec.requestedId ?? spec.id,
    model: {
      id: spec.id,
      name: spec.name ?? spec.id,
      labId: spec.id.split('/')[0] ?? 'lab',
      family: null,
      aliases: [],
      releaseDate: spec.releaseDate ?? null,
      knowledgeCutoff: spec.knowledgeCutoff ?? null,
      openWeights: spec.openWeights ?? null,
      license: null,
      modalities: { input: spec.input ?? ['text'], output: spec.output ?? [isImage ? 'image' : 'text'] },
      peerGroup: spec.peerGroup ?? 'TEXT',
      peerGroups: [spec.peerGroup ?? 'TEXT'],
      availability: 'OFFERED',
      limits: { contextTokens: limit(spec.contextTokens), inputTokens: limit(undefined), maxOutputTokens: limit(spec.maxOutputTokens) },
      capabilities: { ...NO_CAPABILITIES, ...spec.capabilities },
      canonicalOfferingId: null,
      listPrice: { inputNanoUsdPerMTok: null, outputNanoUsdPerMTok: null, blendedNanoUsdPerMTok: null },
      provenance: [PROVENANCE],
    },
    score: modelScore(spec),
    cohort: {
      price:
        priceUnit === null
          ? null
          : { unit: priceUnit, amountUsd: spec.priceUsd ?? 1, components: [], offeringId: 'lab/test', basis: 'CANONICAL', provenance: null },
      benchmarks: (spec.benchmarks ?? []).map((b) => cohortBenchmark(b, spec.id)),
    },
    cost: cost(spec),
  };
}

/** The value at a dotted path such as `costs.rows[1].savings.monthly.formatted`. */
export function valueAt(root: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], root);
}
