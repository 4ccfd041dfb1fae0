/** Constructors for SignalScore, so every signal reports its formula and rounds the one way. */
import type { NullReason } from '../../catalog.ts';
import { roundScore } from '../../rounding.ts';
import { METHODOLOGY } from '../methodology.ts';
import type { Contribution, ExplanationInput, IntervalBounds, SignalName, SignalScore } from '../types.ts';

export function knownSignal(
  signal: SignalName,
  preciseValue: number,
  inputs: ExplanationInput[],
  contributions: Contribution[] = [],
  interval: IntervalBounds | null = null,
): SignalScore {
  return {
    signal,
    value: roundScore(preciseValue),
    reason: null,
    formula: METHODOLOGY.signals[signal].formula,
    inputs,
    contributions,
    interval,
  };
}

export function missingSignal(signal: SignalName, reason: NullReason, detail: string, inputs: ExplanationInput[] = []): SignalScore {
  return { signal, value: null, reason, detail, formula: METHODOLOGY.signals[signal].formula, inputs, contributions: [], interval: null };
}
