import type { BenchmarkResult } from './catalog.ts';
import { groupBy } from './util/grouping.ts';
import { byKey, byKeyDescending } from './util/sorting.ts';

/** Latest first; an undated result counts as oldest. */
const byDateDescending = byKeyDescending((result: BenchmarkResult) => result.date ?? '');

/**
 * Of two results of one benchmark on one date, the one that speaks for the model as served: the
 * default configuration before a reasoning budget or a precision, the model's own result before a
 * dated release's, the latest release first; then the highest result id, for determinism. The
 * scores (cohort.ts) and a model's current results follow the same rule, so they show one figure.
 */
export function speaksForTheModel(a: BenchmarkResult, b: BenchmarkResult): boolean {
  if ((a.configuration === null) !== (b.configuration === null)) return a.configuration === null;
  if (a.release !== b.release) return a.release === null || (b.release !== null && a.release > b.release);
  return a.id > b.id;
}

/** The current result first: the latest date, then the one that speaks for the model. */
const currentFirst = (a: BenchmarkResult, b: BenchmarkResult): number => byDateDescending(a, b) || (speaksForTheModel(a, b) ? -1 : 1);

const byBenchmark = (results: readonly BenchmarkResult[]) => groupBy(results, (result) => result.benchmarkId);

/** A model's current result on each benchmark: the latest dated one (an undated result counts as oldest; one date: `speaksForTheModel`). */
export function latestResults(results: readonly BenchmarkResult[]): BenchmarkResult[] {
  return [...byBenchmark(results).values()].map((group) => [...group].sort(currentFirst)[0]!);
}

export interface BenchmarkSeries {
  benchmarkId: string;
  /** Oldest first. */
  results: BenchmarkResult[];
}

/** Benchmarks with more than one dated result, as time series (e.g. the LMArena text history). */
export function benchmarkSeries(results: readonly BenchmarkResult[]): BenchmarkSeries[] {
  return [...byBenchmark(results)]
    .map(([benchmarkId, group]) => ({
      benchmarkId,
      results: group
        .filter((result) => result.date !== null)
        .sort(byDateDescending)
        .reverse(),
    }))
    .filter((series) => series.results.length > 1)
    .sort(byKey((series) => series.benchmarkId));
}
