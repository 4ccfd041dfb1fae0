/** The which-model answer: plain data in (a peer group's models, their scores and offerings, a usage and constraints), plain data out. */
import type { CapabilityName, Modality, Model, Offering, PeerGroup } from '../catalog.ts';
import type { FitLevel, UseCase } from '../comparison/types.ts';
import type { CostCrossover, CrossoverVariable } from '../cost/crossovers.ts';
import type { CostEstimate, ResolvedUsage } from '../cost/types.ts';
import type { Confidence, IntervalBounds, PeerGroupScore } from '../scoring/types.ts';

export interface RecommendConstraints {
  /** The monthly budget in nano-USD (exact: the decimal the caller wrote). */
  maxMonthlyNanoUsd: bigint | null;
  minContextTokens: number | null;
  capabilities: readonly CapabilityName[];
  inputModalities: readonly Modality[];
  outputModalities: readonly Modality[];
  openWeights: boolean | null;
  /** Priced only at offerings of these providers. */
  providers: readonly string[];
  labs: readonly string[];
  excludeLabs: readonly string[];
}

export const NO_CONSTRAINTS: RecommendConstraints = {
  maxMonthlyNanoUsd: null,
  minContextTokens: null,
  capabilities: [],
  inputModalities: [],
  outputModalities: [],
  openWeights: null,
  providers: [],
  labs: [],
  excludeLabs: [],
};

/** What a model can fail: a constraint, having no price per use at the usage at all, or limits smaller than the request. */
export const CONSTRAINT_NAMES = [
  'MAX_MONTHLY_USD',
  'MIN_CONTEXT_TOKENS',
  'CAPABILITIES',
  'INPUT_MODALITIES',
  'OUTPUT_MODALITIES',
  'OPEN_WEIGHTS',
  'PROVIDERS',
  'LABS',
  'EXCLUDE_LABS',
  'PAY_PER_USE_PRICE',
  'REQUEST_FITS_LIMITS',
] as const;
export type ConstraintName = (typeof CONSTRAINT_NAMES)[number];

export interface ConstraintFailure {
  constraint: ConstraintName;
  /** "$412.00 a month, $112.00 over the $300.00 budget". */
  text: string;
  /** The bound and the model's figure where both are numbers (USD a month, tokens); null otherwise. */
  required: number | null;
  actual: number | null;
  unit: string | null;
}

/** A model of the use case's peer group, with its score there and its offerings. */
export interface RecommendMember {
  model: Model;
  score: PeerGroupScore;
  offerings: readonly Offering[];
}

export interface RecommendInput {
  useCase: UseCase;
  members: readonly RecommendMember[];
  usage: ResolvedUsage;
  constraints: RecommendConstraints;
  first: number;
}

export const REASON_KINDS = ['FIT', 'SCORE', 'CONFIDENCE', 'COST', 'BUDGET', 'CONTEXT', 'TIE'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** A figure a reason cites. */
export interface ReasonFigure {
  name: string;
  value: number;
  unit: string;
}

export interface Reason {
  kind: ReasonKind;
  text: string;
  /** Never empty: a reason cites the figures it rests on. */
  figures: ReasonFigure[];
}

export interface Candidate {
  /** 1 for the first choice. */
  rank: number;
  model: Model;
  offering: Offering;
  /** `estimateCost` at `offering` for the usage: `monthly` is known. */
  estimate: CostEstimate;
  fit: number;
  fitLevel: FitLevel;
  /** The fit's 95% interval: the Benchmarks interval carried through the use case's weight on it. */
  fitInterval: IntervalBounds;
  /** The overall score in the peer group, its interval and confidence (null when the model has none). */
  score: number | null;
  interval: IntervalBounds | null;
  confidence: Confidence | null;
  /** The evidence cannot order its fit against the first choice's: the data cannot tell the two apart for this use case. */
  tiedWithFirst: boolean;
  reasons: Reason[];
}

export interface NearMiss {
  model: Model;
  fit: number;
  score: number | null;
  /** The cheapest qualifying estimate where one exists (a model over budget has one). */
  estimate: CostEstimate | null;
  failed: ConstraintFailure[];
}

export const SENSITIVITY_KINDS = ['BUDGET_REACHED', 'TIED_CANDIDATE_CHEAPER'] as const;
export type SensitivityKind = (typeof SENSITIVITY_KINDS)[number];

/** Where the first choice changes, or a tied alternative becomes the cheaper one, as one usage variable moves. */
export interface Sensitivity {
  kind: SensitivityKind;
  variable: CrossoverVariable;
  at: number;
  /** The first choice. */
  modelId: string;
  /** TIED_CANDIDATE_CHEAPER: the tied candidate. */
  otherModelId: string | null;
  text: string;
  /** TIED_CANDIDATE_CHEAPER: the crossover behind it. */
  crossover: CostCrossover | null;
}

export interface Recommendation {
  useCase: UseCase;
  peerGroup: PeerGroup;
  candidates: Candidate[];
  nearMisses: NearMiss[];
  sensitivity: Sensitivity[];
  assumptions: string[];
  /** Members of the group considered, and how many could not be ranked for the use case. */
  considered: { members: number; withoutFit: number; notSuitable: number };
}
