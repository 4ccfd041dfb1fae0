import { roundScore } from '../../rounding.ts';
import { apportion, weightPercents } from '../explain.ts';
import { METHODOLOGY } from '../methodology.ts';
import type { BenchmarkCoverage, CohortBenchmark, CohortModel, Contribution, SignalScore } from '../types.ts';
import { minMax, type Range } from './scale.ts';
import { knownSignal, missingSignal } from './score.ts';

/** Key of the evidence prior's part among the Benchmarks contributions. */
export const EVIDENCE_PRIOR_KEY = 'EVIDENCE_PRIOR';

export interface BenchmarksOutcome {
  signal: SignalScore;
  coverage: BenchmarkCoverage;
}

/**
 * Min-max per benchmark within the peer group, then the mean over the benchmarks the model has plus
 * one pseudo-benchmark at the prior score. The mean is taken over the rounded per-benchmark values so
 * that the parts shown add up; every part has the same weight, 1 / (n + 1).
 */
export function benchmarksSignal(model: CohortModel, groupSet: ReadonlyMap<string, Range>): BenchmarksOutcome {
  const measured: { result: CohortBenchmark; range: Range; norm: number }[] = [];
  for (const result of model.benchmarks) {
    const range = groupSet.get(result.benchmarkId);
    if (range) measured.push({ result, range, norm: roundScore(minMax(result.score, range, result.higherIsBetter)) });
  }
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
      model.benchmarks.length === 0 ? 'the model has no benchmark result' : 'no other model of the peer group has a different score on any of its benchmarks';
    return { signal: missingSignal('BENCHMARKS', 'UNKNOWN', detail, inputs), coverage };
  }
  const priorScore = METHODOLOGY.parameters.benchmarkPriorScore;
  const values = [...measured.map((m) => m.norm), priorScore];
  const value = roundScore(values.reduce((sum, v) => sum + v, 0) / values.length);
  const points = apportion(values, value);
  const weights = weightPercents(values.map(() => 1));
  const part = (i: number, key: string, label: string, inputsOfPart: Contribution['inputs']): Contribution => ({
    key,
    label,
    value: values[i] ?? 0,
    weightPercent: weights[i] ?? 0,
    points: points[i] ?? 0,
    inputs: inputsOfPart,
    parts: [],
  });
  const contributions = measured.map(({ result, range }, i) =>
    part(i, result.benchmarkId, result.benchmarkName, [
      { name: `${result.benchmarkName} score (${result.date})`, value: result.score, unit: result.metric, provenance: result.provenance },
      { name: 'worst score in the peer group', value: result.higherIsBetter ? range.min : range.max, unit: result.metric, provenance: null },
      { name: 'best score in the peer group', value: result.higherIsBetter ? range.max : range.min, unit: result.metric, provenance: null },
    ]),
  );
  contributions.push(
    part(measured.length, EVIDENCE_PRIOR_KEY, `Evidence prior (one pseudo-benchmark at ${priorScore})`, [
      { name: 'prior score', value: priorScore, unit: 'points', provenance: null },
    ]),
  );
  return { signal: knownSignal('BENCHMARKS', value, inputs, contributions), coverage };
}
