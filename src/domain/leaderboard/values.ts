/** What a leaderboard ranks by: the overall score, one of the six signals, or one benchmark's results. */
import { type Confidence, type IntervalBounds, type PeerGroupScore, SIGNAL_NAMES, type SignalName } from '../scoring/types.ts';

export const LEADERBOARD_KEYS = ['OVERALL', ...SIGNAL_NAMES, 'BENCHMARK'] as const;
export type LeaderboardKey = (typeof LEADERBOARD_KEYS)[number];

export interface RankedValue {
  value: number | null;
  interval: IntervalBounds | null;
  /** Of the quality behind the value (overall and Benchmarks only). */
  confidence: Confidence | null;
}

const isSignal = (key: LeaderboardKey): key is SignalName => (SIGNAL_NAMES as readonly string[]).includes(key);

/**
 * A model's value for `key` in a peer group. A benchmark's value is the model's result as the source
 * states it (a score, an Elo rating), with the source's confidence interval where it gives one.
 */
export function rankedValue({ score, cohort }: PeerGroupScore, key: LeaderboardKey, benchmarkId: string | null): RankedValue {
  if (key === 'OVERALL') return { value: score.overall.value, interval: score.overall.interval, confidence: score.overall.confidence };
  if (isSignal(key)) {
    const signal = score.signals[key];
    return { value: signal.value, interval: signal.interval, confidence: key === 'BENCHMARKS' ? score.overall.confidence : null };
  }
  const result = cohort.benchmarks.find((benchmark) => benchmark.benchmarkId === benchmarkId);
  if (!result) return { value: null, interval: null, confidence: null };
  const interval = result.ciLower !== null && result.ciUpper !== null ? { lower: result.ciLower, upper: result.ciUpper } : null;
  return { value: result.score, interval, confidence: null };
}

/** Whether a higher value ranks first: always for scores; for a benchmark, as its metric says. */
export function higherRanksFirst(members: readonly PeerGroupScore[], key: LeaderboardKey, benchmarkId: string | null): boolean {
  if (key !== 'BENCHMARK') return true;
  for (const { cohort } of members) {
    const result = cohort.benchmarks.find((benchmark) => benchmark.benchmarkId === benchmarkId);
    if (result) return result.higherIsBetter;
  }
  return true;
}
