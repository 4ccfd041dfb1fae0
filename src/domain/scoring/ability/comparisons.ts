/**
 * From a peer group's benchmark results to the pairwise comparisons the ability fit explains: on
 * every benchmark, every two models that took it, with the probability that the first beat the
 * second and the weight the pair carries. Everything is ordered by id, so that the fit does not
 * depend on the order in which models or results arrive.
 */
import { byKey } from '../../util/sorting.ts';
import { METHODOLOGY } from '../methodology.ts';
import type { CohortBenchmark } from '../types.ts';

/** One model of the group and its results (the cohort's latest result per benchmark). */
export interface AbilityMember {
  modelId: string;
  results: readonly CohortBenchmark[];
}

/**
 * RATING: a Bradley–Terry rating with a confidence interval (LMArena), compared as the win
 * probability the rating difference means. SCORE: any other result, compared by its order.
 */
export type ComparisonKind = 'RATING' | 'SCORE';

/** The comparisons on one benchmark; pair p is (first[p], second[p]), indices into `models`. */
export interface BenchmarkComparisons {
  benchmarkId: string;
  benchmarkName: string;
  kind: ComparisonKind;
  first: Int32Array;
  second: Int32Array;
  /** P(first beats second) as the results say it, in [0, 1]. */
  outcome: Float64Array;
  /** 1 / (models on the benchmark − 1), times each side's provenance weight. */
  weight: Float64Array;
  /**
   * RATING only (null otherwise): the models that took it (indices into `models`) and each one's
   * standard error from its rating's 95% interval, on the ability scale.
   */
  ratingErrors: { models: Int32Array; abilityStandardErrors: Float64Array } | null;
}

export interface GroupComparisons {
  /** Ids of the models that are in at least one comparison, sorted. */
  models: string[];
  benchmarks: BenchmarkComparisons[];
}

const ELO_NATS_PER_POINT = Math.LN10 / 400;
const Z_95 = 1.959964;

export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 for erf, |error| < 1.5e-7); exactly ½ at 0, so equal scores tie exactly. */
function normalCdf(x: number): number {
  if (x === 0) return 0.5;
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

interface Entry {
  index: number;
  result: CohortBenchmark;
  provenanceWeight: number;
}

const isRating = (result: CohortBenchmark): boolean => result.ciLower !== null && result.ciUpper !== null;

/**
 * The standard error of each rating (Elo points) from its 95% interval. A rating published
 * without one takes the widest interval of its benchmark: it is known no better than the least
 * certain rating beside it.
 */
function ratingStandardErrors(entries: readonly Entry[]): number[] {
  const halfWidths = entries.map(({ result }) => (isRating(result) ? ((result.ciUpper as number) - (result.ciLower as number)) / 2 : null));
  const widest = Math.max(0, ...halfWidths.filter((w): w is number => w !== null));
  return halfWidths.map((w) => (w ?? widest) / Z_95);
}

/**
 * The expected Elo win probability 1 / (1 + 10^(−d/400)) over the uncertainty of the difference d
 * (standard error s, Elo points), by the probit approximation E[σ(x)] ≈ σ(μ / √(1 + π s²/8)).
 */
export function ratingWinProbability(differencePoints: number, standardErrorPoints: number): number {
  const mean = differencePoints * ELO_NATS_PER_POINT;
  const spread = standardErrorPoints * ELO_NATS_PER_POINT;
  return logistic(mean / Math.sqrt(1 + (Math.PI * spread * spread) / 8));
}

/**
 * A rating pair's outcome on the common ability scale: the win probability of the rating
 * difference divided by the vote discrimination (a head-to-head vote tells models apart less
 * sharply than a benchmark's order), with its uncertainty likewise rescaled.
 */
function ratingOutcome(differencePoints: number, standardErrorPoints: number): number {
  const { voteDiscrimination } = METHODOLOGY.parameters.ability;
  return ratingWinProbability(differencePoints / voteDiscrimination, standardErrorPoints / voteDiscrimination);
}

/** Elo points on the ability scale: a rating difference d is the ability difference d × ln 10 / 400 / k_vote. */
const abilityOfPoints = (points: number): number => (points * ELO_NATS_PER_POINT) / METHODOLOGY.parameters.ability.voteDiscrimination;

/**
 * P(first ranks above second) when each score carries a measurement noise of σ = a share of the
 * benchmark's scale: Φ(d / (σ√2)), so a result a fraction of a point behind another is nearly a
 * tie and one ten points behind is a clear loss.
 */
export function scoreWinProbability(differencePoints: number, scale: number): number {
  const noise = METHODOLOGY.parameters.ability.scoreNoiseShareOfScale * scale;
  return normalCdf(differencePoints / (noise * Math.SQRT2));
}

/** The smallest power of ten at or above every |score|: 100 for the percentages and indices in the data. */
function scaleOf(entries: readonly Entry[]): number {
  const largest = Math.max(...entries.map(({ result }) => Math.abs(result.score)));
  return largest > 0 ? 10 ** Math.ceil(Math.log10(largest)) : 1;
}

function benchmarkComparisons(entries: Entry[]): BenchmarkComparisons {
  const { result: reference } = entries[0]!;
  const kind: ComparisonKind = entries.some(({ result }) => isRating(result)) ? 'RATING' : 'SCORE';
  const standardErrors = kind === 'RATING' ? ratingStandardErrors(entries) : [];
  const scale = scaleOf(entries);
  const pairCount = (entries.length * (entries.length - 1)) / 2;
  const comparisons: BenchmarkComparisons = {
    benchmarkId: reference.benchmarkId,
    benchmarkName: reference.benchmarkName,
    kind,
    first: new Int32Array(pairCount),
    second: new Int32Array(pairCount),
    outcome: new Float64Array(pairCount),
    weight: new Float64Array(pairCount),
    ratingErrors:
      kind === 'RATING'
        ? { models: Int32Array.from(entries, (e) => e.index), abilityStandardErrors: Float64Array.from(standardErrors, abilityOfPoints) }
        : null,
  };
  const perResult = 1 / (entries.length - 1);
  let pair = 0;
  for (let a = 0; a < entries.length; a++) {
    for (let b = a + 1; b < entries.length; b++) {
      const first = entries[a]!;
      const second = entries[b]!;
      const difference = (first.result.score - second.result.score) * (reference.higherIsBetter ? 1 : -1);
      comparisons.first[pair] = first.index;
      comparisons.second[pair] = second.index;
      comparisons.outcome[pair] =
        kind === 'RATING' ? ratingOutcome(difference, Math.hypot(standardErrors[a]!, standardErrors[b]!)) : scoreWinProbability(difference, scale);
      comparisons.weight[pair] = perResult * first.provenanceWeight * second.provenanceWeight;
      pair++;
    }
  }
  return comparisons;
}

/** The comparisons of one peer group: benchmarks with at least two of its models, sorted by id. */
export function groupComparisons(members: readonly AbilityMember[]): GroupComparisons {
  const byBenchmark = new Map<string, { modelId: string; result: CohortBenchmark }[]>();
  for (const { modelId, results } of members) {
    for (const result of results) {
      const list = byBenchmark.get(result.benchmarkId) ?? [];
      list.push({ modelId, result });
      byBenchmark.set(result.benchmarkId, list);
    }
  }
  const compared = [...byBenchmark.entries()].filter(([, list]) => list.length >= 2).sort(byKey(([id]) => id));
  const models = [...new Set(compared.flatMap(([, list]) => list.map((e) => e.modelId)))].sort();
  const indexOf = new Map(models.map((id, index) => [id, index]));
  const { selfReportedWeight } = METHODOLOGY.parameters.ability;
  const benchmarks = compared.map(([, list]) =>
    benchmarkComparisons(
      [...list].sort(byKey((e) => e.modelId)).map(({ modelId, result }) => ({
        index: indexOf.get(modelId) as number,
        result,
        provenanceWeight: result.provenance.selfReported ? selfReportedWeight : 1,
      })),
    ),
  );
  return { models, benchmarks };
}
