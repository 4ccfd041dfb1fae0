/**
 * Input and output shapes of the scoring engine. Everything is plain data: the engine reads a
 * `Cohort` (built from catalog.ts records by `buildCohort`) and returns a `ScoreSnapshot`; the store
 * and the GraphQL layer only copy these objects. Every figure leaving the engine is already rounded
 * by `roundScore` (one decimal), except raw inputs, which are shown as the source gave them.
 */
import type { BenchmarkResult, Capabilities, CapabilityName, IsoDate, Model, NullReason, Offering, PeerGroup, Provenance, TokenLimit } from '../catalog.ts';

/* ───────────────────────────── input ───────────────────────────── */

/** The catalog as plain arrays (what `readCatalog(db)` returns, or a replay of history at a date). */
export interface CatalogInput {
  models: Model[];
  offerings: Offering[];
  benchmarks: BenchmarkResult[];
}

/**
 * The unit a ranking price is expressed in. Models are only compared on price with models of the
 * same peer group AND the same unit: a per-image price never meets a per-token one.
 */
export type PricingUnit =
  /** 60% input + 40% output, USD per million tokens. */
  | 'USD_PER_MTOK_BLENDED'
  /** Input only (embedding models produce no output tokens worth pricing), USD per million tokens. */
  | 'USD_PER_MTOK_INPUT'
  /** USD per generated image. */
  | 'USD_PER_IMAGE';

/** One priced component behind a ranking price, e.g. the input price, with its source. */
export interface PriceComponent {
  name: 'input' | 'output' | 'image';
  usdPerUnit: number;
  /** Share of the ranking price this component carries in percent (60 / 40 for the token blend, 100 otherwise). */
  weightPercent: number;
}

/** The single per-unit price a model is ranked on (not a cost estimate: that is the cost engine). */
export interface RankingPrice {
  unit: PricingUnit;
  /** In `unit`; 0 only when a PAY_PER_USE offering says the model is free. */
  amountUsd: number;
  components: PriceComponent[];
  offeringId: string;
  /** CANONICAL = the lab's own offering; CHEAPEST = the cheapest other PAY_PER_USE offering. */
  basis: 'CANONICAL' | 'CHEAPEST_PAY_PER_USE';
  provenance: Provenance | null;
}

/** The latest result of one benchmark for one model, dated on or before the cohort's as-of date. */
export interface CohortBenchmark {
  benchmarkId: string;
  benchmarkName: string;
  score: number;
  metric: string;
  higherIsBetter: boolean;
  /** The result's date, or its observation date when the source gives none. */
  date: IsoDate;
  votes: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  resultId: string;
  provenance: Provenance;
}

/** What the engine needs to know about one model, in one of its peer groups, at the as-of date. */
export interface CohortModel {
  modelId: string;
  name: string;
  /** The group this entry is scored and ranked in (a model of several groups has an entry in each). */
  peerGroup: PeerGroup;
  /** True for the entry of the model's primary peer group (`Model.peerGroup`). */
  primary: boolean;
  releaseDate: IsoDate | null;
  /** The model record's primary source (release date and capabilities come from it). */
  modelProvenance: Provenance | null;
  contextTokens: TokenLimit;
  maxOutputTokens: TokenLimit;
  capabilities: Capabilities;
  /** Flags that do not apply to the model (function calling for a model that writes no text); none when absent. */
  capabilitiesNotApplicable?: readonly CapabilityName[];
  /** Null when no PAY_PER_USE offering gives a usable price (then `priceNullReason` is UNKNOWN). */
  price: RankingPrice | null;
  /** Distinct providers with a non-deprecated PAY_PER_USE offering of the model. */
  payPerUseProviderCount: number;
  /** Sum of the votes of the model's latest arena results (null when it has none). */
  arenaVotes: number | null;
  benchmarks: CohortBenchmark[];
}

export interface Cohort {
  asOf: IsoDate;
  /** One entry per model and peer group, sorted by model id, the primary group's entry first. */
  models: CohortModel[];
}

/* ───────────────────────────── output ───────────────────────────── */

export const SIGNAL_NAMES = ['CAPABILITIES', 'PRICING', 'CONTEXT_WINDOW', 'RECENCY', 'OUTPUT_CAPACITY', 'BENCHMARKS'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** A raw figure a derived score used, with where it came from (null provenance = derived/engine). */
export interface ExplanationInput {
  name: string;
  value: number | string | boolean | null;
  /** e.g. `tokens`, `USD per million tokens`, `days`; null for flags and names. */
  unit: string | null;
  provenance: Provenance | null;
}

/**
 * One part of a score. `points` are rounded and apportioned (largest remainder) so that the parts of
 * a score add up exactly, in tenths, to the score as shown.
 */
export interface Contribution {
  /** SignalName for parts of the overall score; benchmark id (or `EVIDENCE_PRIOR`) for parts of the Benchmarks signal. */
  key: string;
  label: string;
  /** The part's own 0-100 value (rounded). */
  value: number;
  /**
   * Its weight in the parent score in percent (e.g. 90), apportioned so the parts' weights sum to 100,
   * less the weight of an UNKNOWN tiebreaker (left out of the overall score's parts, see METHODOLOGY).
   */
  weightPercent: number;
  points: number;
  inputs: ExplanationInput[];
  /** Benchmarks only: the per-benchmark parts, whose points add up to this part's points. */
  parts: Contribution[];
}

/** A 95% interval around a shown score, on the score's own 0-100 scale (rounded like it). */
export interface IntervalBounds {
  lower: number;
  upper: number;
}

export type SignalScore =
  | {
      signal: SignalName;
      value: number;
      reason: null;
      /** The formula applied, in words and symbols, from METHODOLOGY. */
      formula: string;
      inputs: ExplanationInput[];
      /** Benchmarks only: each benchmark's part (and the prior's), adding up to `value`; empty otherwise. */
      contributions: Contribution[];
      /** Benchmarks: the 95% interval of the quality. Recency of a release known only to the month or year: the range its days allow. Null otherwise. */
      interval: IntervalBounds | null;
    }
  | {
      signal: SignalName;
      value: null;
      reason: NullReason;
      /** Why, in a sentence (e.g. "no pay-per-use offering with a known price"). */
      detail: string;
      formula: string;
      inputs: ExplanationInput[];
      contributions: Contribution[];
      interval: null;
    };

/** Benchmarks signal extras: how much of the peer group's benchmark set the model has. */
export interface BenchmarkCoverage {
  /** Benchmarks of the peer group's set the model has a result for. */
  present: number;
  /** Size of the peer group's benchmark set at the as-of date. */
  total: number;
  /** present / total in percent, rounded (0 when the set is empty). */
  percent: number;
}

export type Confidence = 'HIGH' | 'MEDIUM' | 'LOW';

export type OverallScore =
  | {
      value: number;
      reason: null;
      /** From the width of the quality interval (see METHODOLOGY.confidence). */
      confidence: Confidence;
      /** Parts adding up exactly to `value`. */
      contributions: Contribution[];
      /** The 95% interval: the quality interval carried through the same weights. */
      interval: IntervalBounds;
    }
  | {
      value: null;
      /** UNKNOWN: the model has no benchmark result. */
      reason: NullReason;
      detail: string;
      confidence: null;
      contributions: [];
      interval: null;
    };

/** "#3 of 20 image generation models, top 15%". */
export interface Rank {
  /** Competition ranking: ties share a rank (1, 2, 2, 4). */
  rank: number;
  /** How many ranked models the group has. */
  of: number;
  group: PeerGroup | 'ALL';
  /** "Top X%": ceil(rank / of × 100), so rank 1 of 290 is 1 and rank 12 of 290 is 5. */
  percentile: number;
  /**
   * The best rank the model could hold given the intervals: 1 + the number of models of the group
   * surely better, by the difference test of ties.ts (LMArena's "rank (UB)" counts the models whose
   * lower bound is above its upper bound instead). Equal to `rank` for a rank on a figure without an
   * interval (adoption).
   */
  bestPossibleRank: number;
}

/** A rank within the peer group and, where comparable across groups, among all models (else null). */
export interface RankPair {
  peerGroup: Rank | null;
  all: Rank | null;
}

export interface ModelRanks {
  /** By overall score; models without one are unranked (null). Peer group only. */
  overall: RankPair;
  /** By the Benchmarks signal; models without one are unranked (null). Peer group only. */
  quality: RankPair;
  /** By PAY_PER_USE provider count, arena votes breaking ties. Peer group and all. */
  adoption: RankPair;
}

export interface ModelScore {
  modelId: string;
  /** The peer group this score is in (a model of several groups has one score in each). */
  peerGroup: PeerGroup;
  signals: Record<SignalName, SignalScore>;
  coverage: BenchmarkCoverage;
  overall: OverallScore;
  ranks: ModelRanks;
}

export interface ScoreSnapshot {
  methodologyVersion: string;
  asOf: IsoDate;
  /**
   * One score per model and peer group, in the cohort's order (by model id, the primary group's
   * first), so that equal inputs give byte-identical snapshots.
   */
  models: ModelScore[];
}

/** A model's score in one peer group, and the cohort facts a comparison sets side by side. */
export interface PeerGroupScore {
  score: ModelScore;
  cohort: Pick<CohortModel, 'price' | 'benchmarks'>;
}

/**
 * A model's score as stored with its catalog version: the primary peer group's score (`score`,
 * `cohort`) and the model's score in each of its other peer groups (`byPeerGroup`).
 */
export interface ModelScoreRecord extends PeerGroupScore {
  /** The model id. */
  id: string;
  methodologyVersion: string;
  asOf: IsoDate;
  byPeerGroup: Partial<Record<PeerGroup, PeerGroupScore>>;
}

/* ───────────────────────────── history ───────────────────────────── */

/** A month-end of the catalog history (history.json `snapshots`: month `YYYY-MM`, date `YYYY-MM-DD`). */
export interface MonthEnd {
  month: string;
  date: IsoDate;
}

export interface ScoreHistoryPoint {
  month: string;
  date: IsoDate;
  overall: number | null;
  confidence: Confidence | null;
  benchmarks: number | null;
  overallRank: Rank | null;
}

export interface ScoreHistory {
  methodologyVersion: string;
  /** Model id → its points in date order (only months in which the model was in the cohort). */
  byModel: Record<string, ScoreHistoryPoint[]>;
}

/** One snapshot of the LMArena text leaderboard history (lmarena/text-history.json). */
export interface ArenaHistorySnapshot {
  date: IsoDate;
  entries: { model: string; score: number; votes: number }[];
}

export interface BenchmarkHistoryPoint {
  date: IsoDate;
  score: number;
  votes: number;
  provenance: Provenance;
}

export interface BenchmarkHistorySeries {
  modelId: string;
  benchmarkId: string;
  points: BenchmarkHistoryPoint[];
}

/** A value and its 95% interval (absolute bounds, not necessarily symmetric around it), as LMArena publishes a rating. */
export interface ValueInterval {
  value: number;
  lower: number;
  upper: number;
}

/** A model's monthly score history as stored with its catalog version. */
export interface ScoreHistoryRecord {
  /** The model id. */
  id: string;
  methodologyVersion: string;
  points: ScoreHistoryPoint[];
}
