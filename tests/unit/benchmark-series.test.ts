import { describe, expect, it } from 'vitest';
import { benchmarkSeries, latestResults } from '../../src/domain/benchmark-series.ts';
import type { BenchmarkResult } from '../../src/domain/catalog.ts';

const result = (benchmarkId: string, date: string | null, score: number): BenchmarkResult => ({
  id: `m|${benchmarkId}|${date}`,
  modelId: 'lab/m',
  benchmarkId,
  benchmarkName: benchmarkId,
  score,
  metric: 'points',
  higherIsBetter: true,
  configuration: null,
  release: null,
  date,
  sourceUrl: null,
  votes: null,
  ciLower: null,
  ciUpper: null,
  provenance: { source: 'lmarena', sourceId: benchmarkId, observedAt: '2025-08-04', selfReported: false, url: null },
});

describe('latestResults', () => {
  it('keeps the latest dated result of each benchmark; an undated one only when it is alone', () => {
    const results = [result('arena', '2025-01-01', 1300), result('arena', '2025-08-04', 1350), result('arena', null, 1200), result('swe', null, 40)];
    expect(latestResults(results).map((r) => [r.benchmarkId, r.score])).toEqual([
      ['arena', 1350],
      ['swe', 40],
    ]);
  });
});

describe('benchmarkSeries', () => {
  it('gives each benchmark with two or more dated results, oldest first', () => {
    const results = [
      result('arena', '2025-08-04', 1350),
      result('arena', '2024-07-01', 1280),
      result('arena', '2025-01-01', 1300),
      result('swe', '2025-01-01', 40),
    ];
    expect(benchmarkSeries(results)).toEqual([{ benchmarkId: 'arena', results: [results[1], results[2], results[0]] }]);
  });

  it('is empty without dated repeats', () => {
    expect(benchmarkSeries([result('swe', '2025-01-01', 40), result('arena', null, 1)])).toEqual([]);
  });
});
