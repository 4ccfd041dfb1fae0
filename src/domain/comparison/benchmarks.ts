/**
 * Benchmarks every compared model has a result on, set side by side as the sources give them, and
 * the statistical-tie rule that lets LMArena's confidence intervals overrule a lead in points.
 */
import { roundScore } from '../rounding.ts';
import { intervalOf, isStatisticallyTied } from '../scoring/ties.ts';
import type { CohortBenchmark, ValueInterval } from '../scoring/types.ts';
import { byKey } from '../util/sorting.ts';
import { decide, deltaOrSpread, differs, higherIsBetter, lowerIsBetter } from './decide.ts';
import type { PreparedComparedModel } from './prepare.ts';
import type { BenchmarkCell, BenchmarkComparison, ComparedModelInput } from './types.ts';

export const STATISTICAL_TIE_RULE =
  'Two values with 95% intervals are statistically tied when the 95% interval of their difference contains 0 (touching counts): the lead of the higher is at most √(a² + b²), a the higher value’s distance down to its lower bound and b the other’s up to its upper bound (their errors taken as independent). A shared benchmark whose results all carry intervals (LMArena) has a winner only when the best result is tied with no other; otherwise it is a statistical tie. The Benchmarks signal (quality) and the overall score carry the 95% interval of the joint ability fit: the best value is a statistical tie instead of a win when it is tied with another model’s, and then the shared benchmarks on which the models are tied too are listed in statisticallyTiedOn.';

/** One of a model's results, with what every comparison reads of it worked out once. */
interface PreparedResult {
  result: CohortBenchmark;
  /** The score as shown (deltas and spreads are computed from it). */
  shownScore: number;
  interval: ValueInterval | null;
  cell: BenchmarkCell;
}

/** A model's benchmark results, by id and sorted by id (the cohort holds one result per benchmark). */
export interface PreparedBenchmarks {
  byId: ReadonlyMap<string, PreparedResult>;
  sortedById: readonly PreparedResult[];
}

export function prepareBenchmarks({ model, cohort }: ComparedModelInput): PreparedBenchmarks {
  const byId = new Map<string, PreparedResult>();
  for (const result of cohort.benchmarks) {
    if (byId.has(result.benchmarkId)) continue;
    const { score, ciLower, ciUpper, resultId } = result;
    const cell = { modelId: model.id, score, ciLower, ciUpper, resultId };
    byId.set(result.benchmarkId, { result, shownScore: roundScore(score), interval: intervalOf(result), cell });
  }
  const sortedById = [...byId.values()].sort(byKey((prepared) => prepared.result.benchmarkId));
  return { byId, sortedById };
}

const rawScore = (prepared: PreparedResult): number => prepared.result.score;
const shownScore = (prepared: PreparedResult): number => prepared.shownScore;

/** True when the evidence cannot order the winner's result against another's (every result having an interval). */
function tiedWithWinner(results: readonly PreparedResult[], winnerIndex: number | null): boolean {
  if (winnerIndex === null) return false;
  const winner = results[winnerIndex]!.interval;
  if (winner === null || results.some(({ interval }) => interval === null)) return false;
  return results.some(({ interval }, index) => index !== winnerIndex && isStatisticallyTied(winner, interval!));
}

function compareBenchmark(results: readonly PreparedResult[], modelIds: readonly string[]): BenchmarkComparison {
  const { result: reference } = results[0]!;
  const decision = decide(results, rawScore, reference.higherIsBetter ? higherIsBetter : lowerIsBetter);
  const tied = tiedWithWinner(results, decision.winnerIndex);
  const { delta, spread } = deltaOrSpread(results, shownScore);
  return {
    benchmarkId: reference.benchmarkId,
    benchmarkName: reference.benchmarkName,
    metric: reference.metric,
    higherIsBetter: reference.higherIsBetter,
    cells: results.map(({ cell }) => cell),
    outcome: tied ? 'STATISTICAL_TIE' : decision.outcome,
    winnerModelId: tied || decision.winnerIndex === null ? null : modelIds[decision.winnerIndex]!,
    delta,
    spread,
    differs: differs(results, rawScore),
  };
}

/** The results of every model on one benchmark, or null when a model has none. */
function resultsOn(benchmarkId: string, models: readonly PreparedComparedModel[]): PreparedResult[] | null {
  const results: PreparedResult[] = [];
  for (const { benchmarks } of models) {
    const result = benchmarks.byId.get(benchmarkId);
    if (result === undefined) return null;
    results.push(result);
  }
  return results;
}

/** One row per benchmark all models have, sorted by benchmark id (so the order of models does not matter). */
export function compareSharedBenchmarks(models: readonly PreparedComparedModel[], modelIds: readonly string[]): BenchmarkComparison[] {
  const rows: BenchmarkComparison[] = [];
  // The first model's results, already in id order: the rows come out sorted.
  for (const { result } of models[0]!.benchmarks.sortedById) {
    const results = resultsOn(result.benchmarkId, models);
    if (results !== null) rows.push(compareBenchmark(results, modelIds));
  }
  return rows;
}

/** The shared benchmarks on which the models are statistically tied (listed beside a tied score). */
export function statisticallyTiedBenchmarks(shared: readonly BenchmarkComparison[]): string[] {
  return shared.filter((row) => row.outcome === 'STATISTICAL_TIE').map((row) => row.benchmarkId);
}
