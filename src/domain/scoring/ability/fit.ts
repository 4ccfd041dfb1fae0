/**
 * The joint ability fit of one peer group: one latent ability θ per model and one discrimination
 * k per score benchmark explain every pairwise comparison at once (Bradley–Terry), P(i beats j on
 * b) = σ(k_b (θ_i − θ_j)), with a weak normal prior on θ and a log-normal prior on k (a rating
 * benchmark's outcomes are already on the common scale: k = 1). The maximum a posteriori point is
 * found by Newton steps with a backtracking line search; the Laplace approximation (the inverse
 * Hessian at that point) gives each ability's standard error.
 *
 * A function of one group's members only, so it runs for whichever models belong to a group.
 */
import { METHODOLOGY } from '../methodology.ts';
import { choleskyInPlace, inverseDiagonal, solveWithCholesky } from './cholesky.ts';
import { type AbilityMember, type BenchmarkComparisons, groupComparisons, logistic } from './comparisons.ts';

/** What one benchmark says about one model, at the fitted point. */
export interface BenchmarkEvidence {
  benchmarkId: string;
  benchmarkName: string;
  /** Models it is compared with on the benchmark. */
  comparisons: number;
  /** Σ P(it beat the other) over those comparisons (a near-tie counts about ½). */
  wins: number;
  /** Fisher information the benchmark's comparisons give its ability (at the others' fitted abilities). */
  information: number;
  /**
   * The ability the benchmark alone implies: one Newton step from the joint ability with the
   * benchmark's own gradient and information. The joint ability is exactly the information-weighted
   * mean of these and of the prior mean (see `priorInformation`).
   */
  impliedAbility: number;
  discrimination: number;
}

export interface ModelAbility {
  modelId: string;
  /** Posterior mode, in logits of a benchmark of discrimination 1. */
  ability: number;
  /**
   * Laplace standard error of the ability relative to the group's reference, θ − θ̄: what the
   * quality (a probability against the average model) is uncertain about. The group's common
   * level, which only the prior fixes, cancels out of it.
   */
  standardError: number;
  /** 1 / σ²_prior: the prior's part of the information, pulling towards its mean 0. */
  priorInformation: number;
  /** By benchmark id. Empty when the model is in no comparison. */
  evidence: BenchmarkEvidence[];
}

export interface AbilityFit {
  /** θ̄, the mean ability of the models in at least one comparison (0 when there is none). */
  reference: number;
  abilities: Map<string, ModelAbility>;
  /** Benchmark id → fitted discrimination. */
  discriminations: Map<string, number>;
  /**
   * Non-null when every comparison of the group comes from one rating benchmark (the image arena):
   * model id → the standard error of θ − θ̄ that the ratings' own 95% intervals give (see
   * `singleRatingErrors`), for the compared models.
   */
  singleRatingErrors: ReadonlyMap<string, number> | null;
}

/** Where a fit may start (the previous month's fit); anything missing starts at the prior mean. */
export interface AbilityStart {
  abilities: ReadonlyMap<string, number>;
  discriminations: ReadonlyMap<string, number>;
}

const MAX_ITERATIONS = 200;
const MAX_HALVINGS = 40;
/** Converged when the Newton step moves no parameter more than this (logits): far below what the rounding shows. */
const STEP_TOLERANCE = 1e-10;
/** Steps smaller than this (logits) are taken whole, without a line search. */
const FULL_STEP_RADIUS = 1e-3;
/** Once a step moves no parameter more than this (logits), Newton steps take over from Fisher scoring. */
const NEWTON_RADIUS = 1;

const softplus = (x: number): number => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

/**
 * Parameters: the abilities of `models` first, then one log-discrimination per SCORE benchmark. A
 * RATING benchmark's outcomes are already on the common scale (see `ratingOutcome`): k = 1.
 */
class Problem {
  readonly size: number;
  /** Per benchmark: the index of its log-discrimination in x, or −1 when it is fixed at 1. */
  private readonly discriminationIndex: Int32Array;
  private readonly abilityPrecision: number;
  private readonly logDiscriminationPrecision: number;

  constructor(
    readonly benchmarks: readonly BenchmarkComparisons[],
    readonly modelCount: number,
  ) {
    const { abilityPriorSd, logDiscriminationPriorSd } = METHODOLOGY.parameters.ability;
    let next = modelCount;
    this.discriminationIndex = Int32Array.from(benchmarks, ({ kind }) => (kind === 'SCORE' ? next++ : -1));
    this.size = next;
    this.abilityPrecision = 1 / abilityPriorSd ** 2;
    this.logDiscriminationPrecision = 1 / logDiscriminationPriorSd ** 2;
  }

  discrimination(x: Float64Array, b: number): number {
    const u = this.discriminationIndex[b]!;
    return u < 0 ? 1 : Math.exp(x[u]!);
  }

  /** Where benchmark b's log-discrimination starts from. */
  setDiscrimination(x: Float64Array, b: number, discrimination: number): void {
    const u = this.discriminationIndex[b]!;
    if (u >= 0) x[u] = Math.log(discrimination);
  }

  /** Negative log posterior at x. */
  objective(x: Float64Array): number {
    let value = 0;
    for (let i = 0; i < this.modelCount; i++) value += (this.abilityPrecision * x[i]! ** 2) / 2;
    this.benchmarks.forEach(({ first, second, outcome, weight }, b) => {
      const u = this.discriminationIndex[b]!;
      if (u >= 0) value += (this.logDiscriminationPrecision * x[u]! ** 2) / 2;
      const k = this.discrimination(x, b);
      for (let p = 0; p < first.length; p++) {
        const eta = k * (x[first[p]!]! - x[second[p]!]!);
        const y = outcome[p]!;
        value += weight[p]! * (y * softplus(-eta) + (1 - y) * softplus(eta));
      }
    });
    return value;
  }

  /**
   * Gradient of the objective and its curvature (row-major, size × size): the observed Hessian, or
   * the Fisher information (which leaves out the residual × ∂²η terms and is never indefinite).
   */
  gradientAndCurvature(x: Float64Array, curvatureKind: 'OBSERVED' | 'FISHER'): { gradient: Float64Array; information: Float64Array } {
    const n = this.size;
    const gradient = new Float64Array(n);
    const information = new Float64Array(n * n);
    for (let i = 0; i < this.modelCount; i++) {
      gradient[i] = this.abilityPrecision * x[i]!;
      information[i * n + i] = this.abilityPrecision;
    }
    this.benchmarks.forEach(({ first, second, outcome, weight }, b) => {
      const u = this.discriminationIndex[b]!;
      const k = this.discrimination(x, b);
      if (u >= 0) {
        gradient[u] = this.logDiscriminationPrecision * x[u]!;
        information[u * n + u] = this.logDiscriminationPrecision;
      }
      for (let p = 0; p < first.length; p++) {
        const i = first[p]!;
        const j = second[p]!;
        const difference = x[i]! - x[j]!;
        const probability = logistic(k * difference);
        // η = k (θ_i − θ_j): ∂η/∂θ_i = k, ∂η/∂θ_j = −k, ∂η/∂log k = k (θ_i − θ_j).
        const residual = weight[p]! * (probability - outcome[p]!);
        const curvature = weight[p]! * probability * (1 - probability);
        gradient[i] = gradient[i]! + residual * k;
        gradient[j] = gradient[j]! - residual * k;
        const kk = curvature * k * k;
        information[i * n + i] = information[i * n + i]! + kk;
        information[j * n + j] = information[j * n + j]! + kk;
        information[i * n + j] = information[i * n + j]! - kk;
        information[j * n + i] = information[j * n + i]! - kk;
        if (u < 0) continue;
        const dU = k * difference;
        gradient[u] = gradient[u]! + residual * dU;
        // The observed Hessian adds residual × ∂²η: ∂²η/∂θ_i∂log k = k, ∂²η/∂θ_j∂log k = −k, ∂²η/∂(log k)² = η.
        const observed = curvatureKind === 'OBSERVED' ? residual : 0;
        const ku = curvature * k * dU + observed * k;
        information[u * n + u] = information[u * n + u]! + curvature * dU * dU + observed * dU;
        information[i * n + u] = information[i * n + u]! + ku;
        information[u * n + i] = information[u * n + i]! + ku;
        information[j * n + u] = information[j * n + u]! - ku;
        information[u * n + j] = information[u * n + j]! - ku;
      }
    });
    return { gradient, information };
  }
}

/**
 * The curvature at x, factorised: the observed Hessian when asked for and positive definite
 * (Newton: quadratic convergence near the mode), else the Fisher information (positive definite
 * with the prior, so its step always descends).
 */
function factorisedCurvature(problem: Problem, x: Float64Array, preferObserved: boolean): { gradient: Float64Array; factor: Float64Array } {
  if (preferObserved) {
    const observed = problem.gradientAndCurvature(x, 'OBSERVED');
    try {
      choleskyInPlace(observed.information, problem.size);
      return { gradient: observed.gradient, factor: observed.information };
    } catch {
      // Not positive definite here: a Fisher step instead.
    }
  }
  const fisher = problem.gradientAndCurvature(x, 'FISHER');
  choleskyInPlace(fisher.information, problem.size);
  return { gradient: fisher.gradient, factor: fisher.information };
}

/** Newton steps x ← x − t H⁻¹ g, t halved until the objective does not rise. */
function posteriorMode(problem: Problem, start: Float64Array): Float64Array {
  const n = problem.size;
  let x: Float64Array = start;
  let candidate: Float64Array = new Float64Array(n);
  let largestMove = Infinity;
  let current = problem.objective(x);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const { gradient, factor } = factorisedCurvature(problem, x, largestMove < NEWTON_RADIUS);
    const step = solveWithCholesky(factor, n, gradient);
    let largestStep = 0;
    for (let q = 0; q < n; q++) largestStep = Math.max(largestStep, Math.abs(step[q]!));
    // This close, the quadratic model is exact enough and the objective's rounding noise would
    // hide the decrease a line search looks for: take the full Newton step.
    if (largestStep < FULL_STEP_RADIUS) {
      for (let q = 0; q < n; q++) x[q] = x[q]! - step[q]!;
      if (largestStep < STEP_TOLERANCE) break;
      current = problem.objective(x);
      largestMove = largestStep;
      continue;
    }
    let scale = 1;
    let value = current;
    for (let halving = 0; halving <= MAX_HALVINGS; halving++, scale /= 2) {
      for (let q = 0; q < n; q++) candidate[q] = x[q]! - scale * step[q]!;
      value = problem.objective(candidate);
      if (value <= current) break;
    }
    current = value;
    largestMove = 0;
    for (let q = 0; q < n; q++) largestMove = Math.max(largestMove, Math.abs(candidate[q]! - x[q]!));
    [x, candidate] = [candidate, x];
    // The objective's rounding noise blocks a smaller step: nothing left to gain.
    if (largestMove < STEP_TOLERANCE) break;
  }
  return x;
}

/** One Newton step from `ability`; where the comparisons have no curvature left (all decided far apart), all the way. */
function impliedAbility(ability: number, gradient: number, information: number): number {
  if (information > 0) return ability + gradient / information;
  return gradient === 0 ? ability : gradient * Infinity;
}

function evidenceAt(problem: Problem, x: Float64Array, models: readonly string[]): BenchmarkEvidence[][] {
  const evidence: BenchmarkEvidence[][] = models.map(() => []);
  problem.benchmarks.forEach(({ benchmarkId, benchmarkName, first, second, outcome, weight }, b) => {
    const k = problem.discrimination(x, b);
    const perModel = new Map<number, { comparisons: number; wins: number; information: number; gradient: number }>();
    const add = (model: number, won: number, information: number, gradient: number): void => {
      const entry = perModel.get(model) ?? { comparisons: 0, wins: 0, information: 0, gradient: 0 };
      entry.comparisons++;
      entry.wins += won;
      entry.information += information;
      entry.gradient += gradient;
      perModel.set(model, entry);
    };
    for (let p = 0; p < first.length; p++) {
      const i = first[p]!;
      const j = second[p]!;
      const probability = logistic(k * (x[i]! - x[j]!));
      const w = weight[p]!;
      const information = w * k * k * probability * (1 - probability);
      const gradient = w * k * (outcome[p]! - probability);
      add(i, outcome[p]!, information, gradient);
      add(j, 1 - outcome[p]!, information, -gradient);
    }
    for (const [model, { comparisons, wins, information, gradient }] of perModel) {
      evidence[model]!.push({
        benchmarkId,
        benchmarkName,
        comparisons,
        wins,
        information,
        impliedAbility: impliedAbility(x[model]!, gradient, information),
        discrimination: k,
      });
    }
  });
  return evidence;
}

/**
 * Standard errors of θ_i − θ̄ from the factorised curvature: var(θ_i − θ̄) = (e_i − a)ᵀ Σ (e_i − a)
 * = Σ_ii − 2 (Σa)_i + aᵀΣa, with a = (1/m, …, 1/m) over the m compared models; Σa is one solve.
 */
function relativeStandardErrors(factor: Float64Array, size: number, compared: number): { standardErrors: Float64Array; meanVariance: number } {
  const variances = inverseDiagonal(factor, size, compared);
  const averaging = new Float64Array(size).fill(1 / compared, 0, compared);
  const covarianceWithMean = solveWithCholesky(factor, size, averaging);
  let meanVariance = 0;
  for (let i = 0; i < compared; i++) meanVariance += covarianceWithMean[i]! / compared;
  const standardErrors = Float64Array.from({ length: compared }, (_, i) => Math.sqrt(Math.max(0, variances[i]! - 2 * covarianceWithMean[i]! + meanVariance)));
  return { standardErrors, meanVariance };
}

/**
 * The standard errors of θ_i − θ̄ that a group's only benchmark, a rating one, gives by itself: its
 * ratings' errors s_i (independent) on the ability scale, var(θ_i − θ̄) = s_i² (1 − 2/m) + Σ_j s_j² / m²
 * over its m models. Null when the group has other benchmarks or its one benchmark is not a rating.
 */
function singleRatingErrors(benchmarks: readonly BenchmarkComparisons[], models: readonly string[]): Map<string, number> | null {
  const errors = benchmarks.length === 1 ? benchmarks[0]!.ratingErrors : null;
  if (!errors) return null;
  const m = errors.models.length;
  let meanVariance = 0;
  for (const error of errors.abilityStandardErrors) meanVariance += error ** 2 / m ** 2;
  return new Map(
    Array.from(errors.models, (index, e) => {
      const own = errors.abilityStandardErrors[e]! ** 2;
      return [models[index]!, Math.sqrt(Math.max(0, own * (1 - 2 / m) + meanVariance))];
    }),
  );
}

/** Fits one peer group. Members without any comparison keep the prior: ability 0, σ = the prior's. */
export function fitAbilities(members: readonly AbilityMember[], start?: AbilityStart): AbilityFit {
  const { models, benchmarks } = groupComparisons(members);
  const problem = new Problem(benchmarks, models.length);
  const initial = new Float64Array(problem.size);
  models.forEach((id, i) => {
    initial[i] = start?.abilities.get(id) ?? 0;
  });
  benchmarks.forEach(({ benchmarkId }, b) => {
    problem.setDiscrimination(initial, b, start?.discriminations.get(benchmarkId) ?? 1);
  });
  const x = posteriorMode(problem, initial);
  const { standardErrors, meanVariance } =
    models.length === 0
      ? { standardErrors: new Float64Array(0), meanVariance: 0 }
      : relativeStandardErrors(factorisedCurvature(problem, x, true).factor, problem.size, models.length);
  let reference = 0;
  for (let i = 0; i < models.length; i++) reference += x[i]! / models.length;
  const evidence = evidenceAt(problem, x, models);

  const { abilityPriorSd } = METHODOLOGY.parameters.ability;
  const priorInformation = 1 / abilityPriorSd ** 2;
  const abilities = new Map<string, ModelAbility>();
  models.forEach((modelId, i) => {
    abilities.set(modelId, { modelId, ability: x[i]!, standardError: standardErrors[i]!, priorInformation, evidence: evidence[i]! });
  });
  // A model in no comparison keeps the prior, independent of the reference: var = σ²_prior + var(θ̄).
  const isolatedError = Math.sqrt(abilityPriorSd ** 2 + meanVariance);
  for (const { modelId } of members) {
    if (!abilities.has(modelId)) abilities.set(modelId, { modelId, ability: 0, standardError: isolatedError, priorInformation, evidence: [] });
  }
  return {
    reference,
    abilities,
    discriminations: new Map(benchmarks.map(({ benchmarkId }, b) => [benchmarkId, problem.discrimination(x, b)])),
    singleRatingErrors: singleRatingErrors(benchmarks, models),
  };
}

/** The fitted point as the start of the next fit (e.g. the next month-end of a history replay). */
export function startFrom(fit: AbilityFit): AbilityStart {
  return { abilities: new Map([...fit.abilities.values()].map((a) => [a.modelId, a.ability])), discriminations: fit.discriminations };
}
