/**
 * The two questions every row of a comparison asks — who is best, and do the models differ — with
 * one answer each, so that signals, benchmarks, parameters, use cases and verdicts cannot disagree
 * on what a tie or a difference is.
 */
import { roundScore } from '../rounding.ts';

export interface Decision {
  outcome: 'WINNER' | 'TIE' | 'MISSING_DATA';
  /** Index of the winner (WINNER only). */
  winnerIndex: number | null;
  /** Index of the best other value (WINNER only): the winner's advantage is measured against it. */
  runnerUpIndex: number | null;
}

/**
 * Best of one value per model. `better(a, b)` > 0 when a is better than b. Values are compared as
 * shown (callers pass rounded scores), so a tie on the page is a tie here. Any null: no claim.
 */
export function decide<T>(values: readonly (T | null)[], better: (a: T, b: T) => number): Decision {
  if (values.some((value) => value === null)) return { outcome: 'MISSING_DATA', winnerIndex: null, runnerUpIndex: null };
  const known = values as readonly T[];
  const order = known.map((_, index) => index).sort((a, b) => better(known[b]!, known[a]!));
  const [first, second] = order as [number, number];
  if (better(known[first]!, known[second]!) === 0) return { outcome: 'TIE', winnerIndex: null, runnerUpIndex: null };
  return { outcome: 'WINNER', winnerIndex: first, runnerUpIndex: second };
}

/** Two values: second − first; three or more: highest − lowest. Both from the values as shown. */
export function deltaOrSpread(shown: readonly number[]): { delta: number | null; spread: number | null } {
  if (shown.length === 2) return { delta: roundScore(shown[1]! - shown[0]!), spread: null };
  return { delta: null, spread: roundScore(Math.max(...shown) - Math.min(...shown)) };
}

export const higherIsBetter = (a: number, b: number): number => a - b;
export const lowerIsBetter = (a: number, b: number): number => b - a;

/**
 * DIFFERS_RULE, as code: the models differ on a figure when its entries are not all equal. An
 * unknown (null) entry equals another unknown, whatever the reason, and differs from any known
 * value: "unknown vs 128K" is a difference the reader must see; "unknown vs unknown" is not.
 */
export function differs<T>(values: readonly (T | null)[], equal: (a: T, b: T) => boolean = Object.is): boolean {
  const [first = null, ...rest] = values;
  return rest.some((value) => (value === null || first === null ? value !== first : !equal(first, value)));
}

export const DIFFERS_RULE =
  'A row differs when its entries are not all equal. Unknown (null) equals unknown whatever the reason; unknown against a known value differs; lists (modalities) are compared as sets.';
