/** What a leaderboard ranks by: the overall score, one of the six signals, or one benchmark's results. */
import type { NullReason } from '../catalog.ts';
import { type CohortBenchmark, type Confidence, type IntervalBounds, type PeerGroupScore, SIGNAL_NAMES, type SignalName } from '../scoring/types.ts';

export const LEADERBOARD_KEYS = ['OVERALL', ...SIGNAL_NAMES, 'BENCHMARK'] as const;
export type LeaderboardKey = (typeof LEADERBOARD_KEYS)[number];

export interface RankedValue {
  value: number | null;
  interval: IntervalBounds | null;
  /** Of the quality behind the value (overall and Benchmarks only). */
  confidence: Confidence | null;
  /** Why there is no value: the score's own reason and sentence; null when there is a value. */
  missing: { reason: NullReason; detail: string } | null;
}

const isSignal = (key: LeaderboardKey): key is SignalName => (SIGNAL_NAMES as readonly string[]).includes(key);

/**
 * A model's value for `key` in a peer group. A benchmark's value is the model's result as the source
 * states it (a score, an Elo rating), with the source's confidence interval where it gives one.
 */
export function rankedValue({ score, cohort }: PeerGroupScore, key: LeaderboardKey, benchmarkId: string | null): RankedValue {
  if (key === 'OVERALL') {
    const { overall } = score;
    return {
      value: overall.value,
      interval: overall.interval,
      confidence: overall.confidence,
      missing: overall.value === null ? { reason: overall.reason, detail: overall.detail } : null,
    };
  }
  if (isSignal(key)) {
    const signal = score.signals[key];
    const confidence = key === 'BENCHMARKS' ? score.overall.confidence : null;
    return {
      value: signal.value,
      interval: signal.interval,
      confidence,
      missing: signal.value === null ? { reason: signal.reason, detail: signal.detail } : null,
    };
  }
  const result = cohort.benchmarks.find((benchmark) => benchmark.benchmarkId === benchmarkId);
  if (!result) return { value: null, interval: null, confidence: null, missing: { reason: 'UNKNOWN', detail: 'the model has no result on this benchmark' } };
  const interval = result.ciLower !== null && result.ciUpper !== null ? { lower: result.ciLower, upper: result.ciUpper } : null;
  return { value: result.score, interval, confidence: null, missing: null };
}

/** The benchmark as the first member's result on it states it (name, metric, direction); null when no member has one. */
export function benchmarkOf(members: readonly PeerGroupScore[], benchmarkId: string): CohortBenchmark | null {
  for (const { cohort } of members) {
    const result = cohort.benchmarks.find((benchmark) => benchmark.benchmarkId === benchmarkId);
    if (result) return result;
  }
  return null;
}
