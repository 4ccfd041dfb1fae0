import { roundScore } from '../../rounding.ts';
import { apportion, weightPercents } from '../explain.ts';
import type { BenchmarkCoverage, CohortModel, Contribution, SignalScore } from '../types.ts';
import { minMax, type Range } from './scale.ts';
import { knownSignal, missingSignal } from './score.ts';

export interface BenchmarksOutcome {
  signal: SignalScore;
  coverage: BenchmarkCoverage;
}

/**
 * Min-max per benchmark within the peer group, then the mean over the benchmarks the model has.
 * The mean is taken over the rounded per-benchmark values so that the parts shown add up.
 */
export function benchmarksSignal(model: CohortModel, groupSet: ReadonlyMap<string, Range>): BenchmarksOutcome {
  const measured = model.benchmarks.flatMap((b) => {
    const range = groupSet.get(b.benchmarkId);
    return range ? [{ result: b, range, norm: roundScore(minMax(b.score, range, b.higherIsBetter)) }] : [];
  });
  const coverage: BenchmarkCoverage = {
    present: measured.length,
    total: groupSet.size,
    percent: groupSet.size === 0 ? 0 : roundScore((100 * measured.length) / groupSet.size),
  };
  const inputs = [
    { name: "benchmarks of the peer group's set the model has", value: coverage.present, unit: 'benchmarks', provenance: null },
    { name: "benchmarks in the peer group's set", value: coverage.total, unit: 'benchmarks', provenance: null },
  ];
  if (measured.length === 0) {
    const detail =
      model.benchmarks.length === 0
        ? 'the model has no benchmark result'
        : 'no other model of the peer group has a different score on any of its benchmarks';
    return { signal: missingSignal('BENCHMARKS', 'UNKNOWN', detail, inputs), coverage };
  }
  const norms = measured.map((m) => m.norm);
  const value = roundScore(norms.reduce((sum, n) => sum + n, 0) / norms.length);
  const points = apportion(norms, value);
  const weights = weightPercents(norms.map(() => 1));
  const contributions = measured.map(
    ({ result, range, norm }, i): Contribution => ({
      key: result.benchmarkId,
      label: result.benchmarkName,
      value: norm,
      weightPercent: weights[i] ?? 0,
      points: points[i] ?? 0,
      inputs: [
        { name: `${result.benchmarkName} score (${result.date})`, value: result.score, unit: result.metric, provenance: result.provenance },
        { name: 'worst score in the peer group', value: result.higherIsBetter ? range.min : range.max, unit: result.metric, provenance: null },
        { name: 'best score in the peer group', value: result.higherIsBetter ? range.max : range.min, unit: result.metric, provenance: null },
      ],
      parts: [],
    }),
  );
  return { signal: knownSignal('BENCHMARKS', value, inputs, contributions), coverage };
}
