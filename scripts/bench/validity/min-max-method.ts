/**
 * The quality method of methodology 2026.11.0, kept here (and only here) to be measured against:
 * each benchmark min-max normalised among the peer group's models that report it, then the mean
 * of the model's normalised results and one pseudo-benchmark at 50. The overall score combines it
 * with the Capabilities and Context window signals as the engine does (those two are unchanged).
 */
import { roundScore } from '../../../src/domain/rounding.ts';
import { peerGroupEntryKey } from '../../../src/domain/scoring/cohort.ts';
import { METHODOLOGY } from '../../../src/domain/scoring/methodology.ts';
import { minMax, type Range, rangeOf } from '../../../src/domain/scoring/signals/scale.ts';
import type { Cohort, SignalName, SignalScore } from '../../../src/domain/scoring/types.ts';
import { groupBy } from '../../../src/domain/util/grouping.ts';

const PRIOR_SCORE = 50;

export interface MethodScores {
  /** Model id → the Benchmarks signal (absent: none). */
  quality: Map<string, number>;
  /** Model id → the overall score (absent: none). */
  overall: Map<string, number>;
}

function benchmarkRanges(cohort: Cohort): Map<string, Map<string, Range>> {
  const byGroup = new Map<string, Map<string, Range>>();
  for (const [group, members] of groupBy(cohort.models, (m) => m.peerGroup)) {
    const ranges = new Map<string, Range>();
    for (const [benchmarkId, results] of groupBy(
      members.flatMap((m) => m.benchmarks),
      (b) => b.benchmarkId,
    )) {
      const range = rangeOf(results.map((r) => r.score));
      if (range && range.max > range.min) ranges.set(benchmarkId, range);
    }
    byGroup.set(group, ranges);
  }
  return byGroup;
}

/** 0.9 × quality + 0.05 × capabilities + 0.05 × context, with the engine's rules for missing tiebreakers. */
export function overallFrom(quality: number, tiebreakers: Pick<Record<SignalName, SignalScore>, 'CAPABILITIES' | 'CONTEXT_WINDOW'>): number {
  const weights = METHODOLOGY.parameters.overallWeights;
  const parts = [
    { weight: weights.BENCHMARKS, value: quality, reason: null },
    { weight: weights.CAPABILITIES, value: tiebreakers.CAPABILITIES.value, reason: tiebreakers.CAPABILITIES.reason },
    { weight: weights.CONTEXT_WINDOW, value: tiebreakers.CONTEXT_WINDOW.value, reason: tiebreakers.CONTEXT_WINDOW.reason },
  ];
  const weightSum = parts.filter((p) => p.reason !== 'NOT_APPLICABLE').reduce((sum, p) => sum + p.weight, 0);
  return roundScore(parts.reduce((sum, p) => sum + (p.value === null ? 0 : (p.weight / weightSum) * p.value), 0));
}

/** `tiebreakers`: each model's Capabilities and Context window signals (they do not depend on benchmarks). */
export function minMaxScores(cohort: Cohort, tiebreakers: ReadonlyMap<string, Record<SignalName, SignalScore>>): MethodScores {
  const ranges = benchmarkRanges(cohort);
  const quality = new Map<string, number>();
  const overall = new Map<string, number>();
  for (const model of cohort.models) {
    const groupRanges = ranges.get(model.peerGroup) as Map<string, Range>;
    const normalised = model.benchmarks.flatMap((result) => {
      const range = groupRanges.get(result.benchmarkId);
      return range ? [roundScore(minMax(result.score, range, result.higherIsBetter))] : [];
    });
    if (normalised.length === 0) continue;
    const value = roundScore([...normalised, PRIOR_SCORE].reduce((sum, v) => sum + v, 0) / (normalised.length + 1));
    quality.set(peerGroupEntryKey(model), value);
    overall.set(peerGroupEntryKey(model), overallFrom(value, tiebreakers.get(peerGroupEntryKey(model)) as Record<SignalName, SignalScore>));
  }
  return { quality, overall };
}
