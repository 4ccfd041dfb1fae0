/**
 * Benchmarks every compared model has a result on, set side by side as the sources give them, and
 * the statistical-tie rule that lets LMArena's confidence intervals overrule a lead in points.
 */
import { roundScore } from '../rounding.ts';
import { intervalOf, isStatisticallyTied } from '../scoring/ties.ts';
import type { CohortBenchmark } from '../scoring/types.ts';
import { decide, deltaOrSpread, differs, higherIsBetter, lowerIsBetter } from './decide.ts';
import type { BenchmarkComparison, ComparedModelInput } from './types.ts';

export const STATISTICAL_TIE_RULE =
  'A shared benchmark whose results all carry 95% confidence intervals (LMArena) has a winner only when the best result’s interval overlaps no other model’s; otherwise it is a statistical tie. The Benchmarks signal and the overall score (90% benchmarks) are a statistical tie instead of a win when the models share at least one benchmark and none of the shared benchmarks has a winner while at least one is a statistical tie: their points then rest on differences the evidence cannot tell apart.';

function compareBenchmark(results: readonly CohortBenchmark[], modelIds: readonly string[]): BenchmarkComparison {
  const [reference] = results as [CohortBenchmark];
  const scores = results.map((result) => result.score);
  const decision = decide(scores, reference.higherIsBetter ? higherIsBetter : lowerIsBetter);
  const intervals = results.map(intervalOf);
  const winnerInterval = decision.winnerIndex === null ? null : intervals[decision.winnerIndex];
  const tied =
    winnerInterval !== null &&
    winnerInterval !== undefined &&
    intervals.every((interval) => interval !== null) &&
    intervals.some((interval, index) => index !== decision.winnerIndex && isStatisticallyTied(winnerInterval, interval!));
  return {
    benchmarkId: reference.benchmarkId,
    benchmarkName: reference.benchmarkName,
    metric: reference.metric,
    higherIsBetter: reference.higherIsBetter,
    cells: results.map((result, index) => ({
      modelId: modelIds[index]!,
      score: result.score,
      ciLower: result.ciLower,
      ciUpper: result.ciUpper,
      resultId: result.resultId,
    })),
    outcome: tied ? 'STATISTICAL_TIE' : decision.outcome,
    winnerModelId: tied || decision.winnerIndex === null ? null : modelIds[decision.winnerIndex]!,
    ...deltaOrSpread(scores.map(roundScore)),
    differs: differs(scores),
  };
}

/** One row per benchmark all models have, sorted by benchmark id (so the order of models does not matter). */
export function compareSharedBenchmarks(models: readonly ComparedModelInput[]): BenchmarkComparison[] {
  const modelIds = models.map((m) => m.model.id);
  const rows: BenchmarkComparison[] = [];
  // A model has at most a few dozen results: a linear search beats building an index per comparison.
  for (const { benchmarkId } of models[0]!.cohort.benchmarks) {
    const results = models.map((m) => m.cohort.benchmarks.find((result) => result.benchmarkId === benchmarkId));
    if (results.every((result) => result !== undefined)) rows.push(compareBenchmark(results as CohortBenchmark[], modelIds));
  }
  return rows.sort((a, b) => (a.benchmarkId < b.benchmarkId ? -1 : 1));
}

/** The benchmark ids that turn a Benchmarks or overall win into a statistical tie (empty: they do not). */
export function statisticalTieEvidence(shared: readonly BenchmarkComparison[]): string[] {
  if (shared.some((row) => row.outcome === 'WINNER')) return [];
  return shared.filter((row) => row.outcome === 'STATISTICAL_TIE').map((row) => row.benchmarkId);
}
