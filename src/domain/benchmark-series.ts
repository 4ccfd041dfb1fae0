import type { BenchmarkResult } from './catalog.ts';

const byDateDescending = (a: BenchmarkResult, b: BenchmarkResult) => ((b.date ?? '') < (a.date ?? '') ? -1 : (b.date ?? '') > (a.date ?? '') ? 1 : 0);

function byBenchmark(results: readonly BenchmarkResult[]): Map<string, BenchmarkResult[]> {
  const groups = new Map<string, BenchmarkResult[]>();
  for (const result of results) groups.set(result.benchmarkId, [...(groups.get(result.benchmarkId) ?? []), result]);
  return groups;
}

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
    .sort((a, b) => (a.benchmarkId < b.benchmarkId ? -1 : 1));
}
