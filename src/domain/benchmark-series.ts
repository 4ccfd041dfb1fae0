import type { BenchmarkResult } from './catalog.ts';
import { groupBy } from './util/grouping.ts';
import { byKey, byKeyDescending } from './util/sorting.ts';

/** Latest first; an undated result counts as oldest. */
const byDateDescending = byKeyDescending((result: BenchmarkResult) => result.date ?? '');

const byBenchmark = (results: readonly BenchmarkResult[]) => groupBy(results, (result) => result.benchmarkId);

/** A model's current result on each benchmark: the latest dated one (an undated result counts as oldest). */
export function latestResults(results: readonly BenchmarkResult[]): BenchmarkResult[] {
  return [...byBenchmark(results).values()].map((group) => [...group].sort(byDateDescending)[0]!);
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
