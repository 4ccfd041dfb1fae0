/**
 * Input and output shapes of the comparison engine (2 to 5 models). Plain data: the GraphQL layer
 * gathers the inputs (catalog model, scoring-engine output, cost-engine output) and maps the
 * `Comparison` 1:1. Every score, delta, spread and advantage is rounded by `roundScore`, and every
 * derived figure is computed from the rounded figures it sits beside, so a page always adds up.
 *
 * Order: every per-model list (`cells`, `rows`, `fits`, `tally`) follows `Comparison.models`,
 * which is the request order. Swapping two requested models swaps their entries and negates the
 * two-model deltas; winners, verdicts and baselines name models by id and so do not move.
 */
import type { CapabilityName, IsoDate, Modality, Model, NullReason, PeerGroup } from '../catalog.ts';
import type { CostCrossover } from '../cost/crossovers.ts';
import type { CostEstimate, NoOfferingReason, QuantityUnit, ResolvedUsage, SelectableOffering } from '../cost/types.ts';
import type { ModelStatusNote } from '../model-status.ts';
import type { Money } from '../money/money.ts';
import type { CohortModel, Confidence, IntervalBounds, ModelScore, SignalName } from '../scoring/types.ts';

/* ───────────────────────────── input ───────────────────────────── */

/** The cost engine's answer for one model: an estimate, or why no offering could be priced. */
/** The cost engine's estimate; with the offering it priced, so the comparison can solve where the cheaper model changes. */
export type ModelCost = { ok: true; estimate: CostEstimate; offering?: SelectableOffering } | { ok: false; reason: NoOfferingReason; message: string };

export interface ComparedModelInput {
  /** The id as the caller wrote it (may be an alias). */
  requestedId: string;
  /** The catalog record; `model.id` is the canonical id the request resolved to. */
  model: Model;
  /** The scoring engine's output for the model (same snapshot for every compared model). */
  score: ModelScore;
  /** From the scoring cohort: the ranking price (its unit) and the latest benchmark results. */
  cohort: Pick<CohortModel, 'price' | 'benchmarks'>;
  /** The cost engine's estimate at the caller's usage (same usage for every compared model). */
  cost: ModelCost;
}

export interface ComparisonInput {
  models: ComparedModelInput[];
  /** The usage the costs were estimated at: with it (and each cost's offering), the comparison has crossovers. */
  usage?: ResolvedUsage;
}

/** One requested id and the canonical id it resolved to (null: it names nothing in the catalog). */
export interface ModelReference {
  requestedId: string;
  resolvedId: string | null;
}

export type ComparisonArgumentErrorCode = 'TOO_FEW_MODELS' | 'TOO_MANY_MODELS' | 'UNKNOWN_MODEL' | 'DUPLICATE_MODEL';

export interface ComparisonArgumentError {
  /** The offending argument item, e.g. `models[2]`, or `models` for the list as a whole. */
  argument: string;
  code: ComparisonArgumentErrorCode;
  message: string;
}

/* ───────────────────────────── output ───────────────────────────── */

/**
 * A model a row, verdict or use case was decided without, because it lacks the data (with three
 * to five models, the others are still compared among themselves), and why, in words.
 */
export interface LeftOutModel {
  modelId: string;
  reason: string;
}

/**
 * How a comparison of one figure across the models came out. With three to five models a model
 * without the figure is left out (`leftOut`) and the others decide; MISSING_DATA means fewer than
 * two models have it.
 * - WINNER: one model has the best value as shown.
 * - TIE: several models share the best value as shown, or (release dates) the dates' precision
 *   cannot order the best one against another (`tieReason`: a month contains the other's day).
 * - STATISTICAL_TIE: the best value is not separated from another model's by the evidence: their
 *   95% interval of their difference contains 0 (see `STATISTICAL_TIE_RULE`).
 * - MISSING_DATA: fewer than two models have a value (null), so nothing is claimed.
 * - DIFFERENT_PEER_GROUPS: the figure is normalised within a peer group and the models are not
 *   all in one group (an image model's Benchmarks score says nothing against a text model's).
 * - DIFFERENT_PRICING_UNITS: the Pricing signal, normalised per pricing unit, of models whose
 *   ranking prices are in different units.
 * - COST_NOT_COMPARABLE: costs billed in different units, or not known for every model.
 */
export type Outcome = 'WINNER' | 'TIE' | 'STATISTICAL_TIE' | 'MISSING_DATA' | 'DIFFERENT_PEER_GROUPS' | 'DIFFERENT_PRICING_UNITS' | 'COST_NOT_COMPARABLE';

export interface ComparedModel {
  requestedId: string;
  modelId: string;
  name: string;
  peerGroup: PeerGroup;
  /** Preview, retired by its lab, not offered (model-status.ts); empty for a generally available model. */
  status: ModelStatusNote[];
  /** RETIRED by its lab: the day its lab's last own listing was removed. */
  retiredOn: IsoDate | null;
}

export interface ScoreCell {
  modelId: string;
  /** 0-100, rounded (as the scoring engine shows it), or null with the reason. */
  value: number | null;
  reason: NullReason | null;
  /** Benchmarks and overall only: the score's 95% interval (null with the value, and for the other signals). */
  interval: IntervalBounds | null;
  /** Why the value is null, in words (the signal's detail); null with a value. */
  detail: string | null;
  /** Benchmarks and overall only: the score's confidence (null with the value, and for the other signals). */
  confidence: Confidence | null;
  /** Benchmarks and overall only: how many of the peer group's benchmarks the model has a result on. */
  coverage: { present: number; total: number } | null;
}

/** One signal, or the overall score, across the models. */
export interface ScoreComparison {
  key: SignalName | 'OVERALL';
  cells: ScoreCell[];
  outcome: Outcome;
  /** WINNER only. */
  winnerModelId: string | null;
  /** Two models, comparable: second value − first value (points). Null otherwise. */
  delta: number | null;
  /** Three to five models, comparable: highest − lowest value (points). Null otherwise. */
  spread: number | null;
  /** WINNER only: the winner's value − the runner-up's (points). */
  advantage: number | null;
  /**
   * STATISTICAL_TIE only: the shared benchmarks (LMArena) on which the tied models' own confidence
   * results are statistically tied too; may be empty, the tie itself coming from the score intervals.
   */
  statisticallyTiedOn: string[];
  /** STATISTICAL_TIE (the difference within its interval) or a TIE of release dates the precision cannot order: why; null otherwise. */
  tieReason: string | null;
  /** See `DIFFERS_RULE`. */
  differs: boolean;
  /** The models decided without (no value), and why; empty when every model has one. */
  leftOut: LeftOutModel[];
  /**
   * CAPABILITIES only: the scored flags known for every model compared, on which the row is decided
   * (each cell is 100 × supported / these); empty for the other rows.
   */
  commonFlags: CapabilityName[];
}

export interface OverallComparison extends ScoreComparison {
  key: 'OVERALL';
  /** Each model's confidence in its overall score (null with the score), in model order. */
  confidence: (Confidence | null)[];
}

/** "2 wins of 5 comparable": wins over the six signals whose outcome is comparable. */
export interface WinsTally {
  modelId: string;
  wins: number;
  /** Signals with outcome WINNER, TIE or STATISTICAL_TIE (the same number for every model). */
  comparable: number;
  wonSignals: SignalName[];
}

export interface BenchmarkCell {
  modelId: string;
  score: number;
  ciLower: number | null;
  ciUpper: number | null;
  resultId: string;
}

/** A benchmark every compared model has a result on (raw scores, as the source gives them). */
export interface BenchmarkComparison {
  benchmarkId: string;
  benchmarkName: string;
  metric: string;
  higherIsBetter: boolean;
  cells: BenchmarkCell[];
  /** WINNER, TIE or STATISTICAL_TIE. */
  outcome: Outcome;
  winnerModelId: string | null;
  /** Two models: second score − first score, rounded by the one rule. */
  delta: number | null;
  spread: number | null;
  differs: boolean;
}

export interface CapabilityRow {
  capability: CapabilityName;
  /** null = the sources do not say. */
  cells: { modelId: string; value: boolean | null }[];
  differs: boolean;
}

export interface ParameterCell<T> {
  modelId: string;
  value: T | null;
  /** Why `value` is null (NOT_APPLICABLE: e.g. the context window of an image model). */
  reason: NullReason | null;
}

export interface ParameterRow<T> {
  /** e.g. `tokens`; null for flags, dates and lists. */
  unit: string | null;
  cells: ParameterCell<T>[];
  differs: boolean;
}

export interface ParameterTable {
  contextTokens: ParameterRow<number>;
  maxOutputTokens: ParameterRow<number>;
  openWeights: ParameterRow<boolean>;
  releaseDate: ParameterRow<IsoDate>;
  knowledgeCutoff: ParameterRow<IsoDate>;
  /** Sorted, so that equal sets compare equal. */
  inputModalities: ParameterRow<Modality[]>;
  outputModalities: ParameterRow<Modality[]>;
}

/** The parameter table's rows, in the order a page shows them. */
export const PARAMETER_NAMES = [
  'contextTokens',
  'maxOutputTokens',
  'openWeights',
  'releaseDate',
  'knowledgeCutoff',
  'inputModalities',
  'outputModalities',
] as const satisfies readonly (keyof ParameterTable)[];

/** Why a model's cost is not set against another's. */
export type CostNotComparableCause =
  /** The cost engine found no offering to price (see `noEstimate`). */
  | 'NO_OFFERING'
  /** The offering has no known per-use price for this usage (estimate.monthly is null). */
  | 'PRICE_UNKNOWN'
  /** No other compared model with a known cost is billed in the same units. */
  | 'DIFFERENT_PRICING_UNITS';

export interface CostNotComparable {
  code: 'COST_NOT_COMPARABLE';
  cause: CostNotComparableCause;
  /** The units this model is billed in (empty when unknown). */
  pricingUnits: QuantityUnit[];
}

export interface Savings {
  /** Baseline monthly − this model's monthly; ≥ 0 because the baseline is the dearest. */
  monthly: Money;
  /** Exactly 12 × monthly (= baseline yearly − this model's yearly). */
  yearly: Money;
  /** monthly ÷ baseline monthly × 100, rounded by the one rule; null when the baseline costs 0. */
  percent: number | null;
}

export type CostPerQualityPointNullReason = 'NO_COST' | 'NO_OVERALL_SCORE' | 'ZERO_OVERALL_SCORE';

export interface CostRow {
  modelId: string;
  /** The cost engine's estimate at the usage, untouched. */
  estimate: CostEstimate | null;
  noEstimate: { reason: NoOfferingReason; message: string } | null;
  /** See `COST_BASELINE_RULE`; null when the model's cost is not comparable. */
  baselineModelId: string | null;
  savings: Savings | null;
  /** True exactly when savings.monthly > 0; null when there is no baseline. */
  cheaperThanBaseline: boolean | null;
  notComparable: CostNotComparable | null;
  /** Monthly cost ÷ overall score: USD per overall-score point per month. */
  costPerQualityPoint: Money | null;
  costPerQualityPointNullReason: CostPerQualityPointNullReason | null;
}

export interface CostComparison {
  /** True when every model has a known monthly cost in one and the same set of pricing units. */
  comparable: boolean;
  rows: CostRow[];
}

export const USE_CASES = [
  'CODE_GENERATION',
  'SUPPORT_CHATBOT',
  'LONG_DOCUMENTS',
  'BATCH_EXTRACTION',
  'CREATIVE_WRITING',
  'IMAGE_UNDERSTANDING',
  'IMAGE_GENERATION',
] as const;
export type UseCase = (typeof USE_CASES)[number];

export const FIT_LEVELS = ['STRONG', 'GOOD', 'FAIR', 'WEAK', 'NOT_SUITABLE'] as const;
export type FitLevel = (typeof FIT_LEVELS)[number];

/** Capability flags a use-case rule reads. */
export type UseCaseCapability = Extract<CapabilityName, 'visionInput' | 'functionCalling' | 'structuredOutput' | 'pdfInput'>;

/** One piece of data behind a fit, e.g. `{ code: 'CONTEXT_WINDOW', value: 400000, unit: 'tokens' }`. */
export interface UseCaseReason {
  /** A signal, a capability flag, or the peer group (the gate). */
  code: SignalName | 'CAPABILITY' | 'PEER_GROUP';
  /** CAPABILITY only: which flag. */
  capability: UseCaseCapability | null;
  /** The raw figure (tokens, release date, USD per unit, flag, peer group); null when not known. */
  value: number | string | boolean | null;
  unit: string | null;
  /** The 0-100 part this reason contributes before weighting (signal value, or 100/0 for a flag). */
  score: number | null;
  weightPercent: number;
  /** BENCHMARKS only: names of the benchmarks the model has results on. */
  benchmarks: string[];
}

export interface UseCaseFit {
  modelId: string;
  /** 0-100, rounded; 0 when a gate is known to fail; null when an input is unknown. */
  fit: number | null;
  level: FitLevel | null;
  reasons: UseCaseReason[];
}

export interface UseCaseComparison {
  useCase: UseCase;
  /** The rule, in words, from `USE_CASE_RULES`. */
  rule: string;
  fits: UseCaseFit[];
  /** WINNER, TIE or MISSING_DATA. */
  outcome: Outcome;
  winnerModelId: string | null;
  /** Models without a fit (an input unknown), decided without, and why. */
  leftOut: LeftOutModel[];
}

/** Speed and reliability verdicts are deliberately absent: the catalog has no such data. */
export const VERDICT_KINDS = ['QUALITY', 'COST', 'VALUE', 'LONG_CONTEXT', 'RECENCY'] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

export interface Verdict {
  kind: VerdictKind;
  /** Outcome WINNER only. */
  winnerModelId: string | null;
  outcome: Outcome;
  /** The figures the verdict compares, as a path pattern into the result (`[]` = each model). */
  basedOn: string;
  /** The models decided without (no such figure), and why; empty when every model has it. */
  leftOut: LeftOutModel[];
  /** A tie the data's precision causes (release dates), or a statistical tie: why; else null. */
  tieReason: string | null;
}

/** A number quoted in the summary: `text` appears in the summary and renders the field at `path`. */
export interface SummaryFigure {
  /** Dotted path into the `Comparison`, e.g. `overall.cells[0].value`, `costs.rows[1].savings.monthly.formatted`. */
  path: string;
  /** Equal (===) to the value at `path`. */
  value: number | string;
  /** How it is written in the text: `82.4`, `71.0` (scores to one decimal), `$1,234.56`. */
  text: string;
}

export interface Summary {
  text: string;
  figures: SummaryFigure[];
}

export interface Comparison {
  models: ComparedModel[];
  signals: ScoreComparison[];
  overall: OverallComparison;
  tally: WinsTally[];
  benchmarks: BenchmarkComparison[];
  capabilities: CapabilityRow[];
  parameters: ParameterTable;
  costs: CostComparison;
  useCases: UseCaseComparison[];
  verdicts: Verdict[];
  /** Where the cheaper model changes as one usage variable moves (same-unit costs only; none when one model is cheaper everywhere). */
  crossovers: CostCrossover[];
  summary: Summary;
}
