/**
 * The overall score: benchmark-driven, with capabilities and context window as tiebreakers, built
 * from the rounded signals so a reader can redo the sum from the figures on the page.
 */
import { roundScore } from '../rounding.ts';
import { apportion } from './explain.ts';
import { METHODOLOGY } from './methodology.ts';
import type { Confidence, Contribution, IntervalBounds, OverallScore, SignalName, SignalScore } from './types.ts';

const logit = (percent: number): number => Math.log(percent / (100 - percent));

/**
 * From the width of the quality's 95% interval read back on the ability scale (logits), where it
 * is the same for a model near the top as in the middle; on the 0-100 scale the logistic squeezes
 * the intervals near the ends, so a thinly measured leader would look surer than a well measured
 * middle model.
 */
export function confidenceFor(quality: IntervalBounds): Confidence {
  const { HIGH, MEDIUM } = METHODOLOGY.parameters.confidenceMaxAbilityWidth;
  if (quality.lower <= 0 || quality.upper >= 100) return 'LOW';
  const width = (logit(quality.upper) - logit(quality.lower)) / METHODOLOGY.parameters.ability.voteDiscrimination;
  return width <= HIGH ? 'HIGH' : width <= MEDIUM ? 'MEDIUM' : 'LOW';
}

export function overallScore(signals: Record<SignalName, SignalScore>): OverallScore {
  if (signals.BENCHMARKS.value === null) {
    return {
      value: null,
      reason: 'UNKNOWN',
      detail: 'no benchmark result in the peer group’s set: the overall score is benchmark-driven and is not guessed',
      confidence: null,
      contributions: [],
      interval: null,
    };
  }
  const quality = signals.BENCHMARKS.interval;
  if (quality === null) throw new Error('a Benchmarks signal without an interval');
  const weighted = Object.entries(METHODOLOGY.parameters.overallWeights).map(([name, weight]) => ({
    signal: signals[name as SignalName],
    weight,
  }));
  // A NOT_APPLICABLE tiebreaker's weight is shared out in proportion (a model is not penalised for a
  // limit it cannot have); an UNKNOWN one keeps its weight and earns nothing, so that missing data
  // never lifts a model above one whose data is known.
  const weightSum = weighted.filter((w) => w.signal.reason !== 'NOT_APPLICABLE').reduce((sum, w) => sum + w.weight, 0);
  const present = weighted.flatMap(({ signal, weight }) => (signal.value === null ? [] : [{ signal, value: signal.value, weight }]));
  const preciseParts = present.map((p) => (p.weight / weightSum) * p.value);
  const value = roundScore(preciseParts.reduce((sum, x) => sum + x, 0));
  // The same weighted sum with the quality at either end of its interval (the other signals are exact).
  const withQuality = (benchmarks: number): number =>
    roundScore(present.reduce((sum, p) => sum + (p.weight / weightSum) * (p.signal.signal === 'BENCHMARKS' ? benchmarks : p.value), 0));
  const points = apportion(preciseParts, value);
  const presentWeight = present.reduce((sum, p) => sum + p.weight, 0);
  const weights = apportion(
    present.map((p) => p.weight),
    roundScore((100 * presentWeight) / weightSum),
  );
  const contributions = present.map(({ signal, value: signalValue }, i): Contribution => {
    const signalPoints = points[i] ?? 0;
    // The Benchmarks parts take the same shares of this part as of the signal.
    const partPoints = apportion(
      signal.contributions.map((c) => c.points),
      signalPoints,
    );
    return {
      key: signal.signal,
      label: METHODOLOGY.signals[signal.signal].name,
      value: signalValue,
      weightPercent: weights[i] ?? 0,
      points: signalPoints,
      inputs: signal.inputs,
      parts: signal.contributions.map((c, j) => ({ ...c, points: partPoints[j] ?? 0 })),
    };
  });
  return {
    value,
    reason: null,
    confidence: confidenceFor(quality),
    contributions,
    interval: { lower: withQuality(quality.lower), upper: withQuality(quality.upper) },
  };
}
