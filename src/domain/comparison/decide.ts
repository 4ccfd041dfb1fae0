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
const MISSING: Decision = { outcome: 'MISSING_DATA', winnerIndex: null, runnerUpIndex: null };
const TIE: Decision = { outcome: 'TIE', winnerIndex: null, runnerUpIndex: null };

export function decide<T>(values: readonly (T | null)[], better: (a: T, b: T) => number): Decision {
  if (values.includes(null)) return MISSING;
  const known = values as readonly T[];
  let best = 0;
  for (let index = 1; index < known.length; index++) if (better(known[index]!, known[best]!) > 0) best = index;
  let runnerUp = best === 0 ? 1 : 0;
  for (let index = 0; index < known.length; index++) {
    if (index !== best && better(known[index]!, known[runnerUp]!) > 0) runnerUp = index;
  }
  if (better(known[best]!, known[runnerUp]!) === 0) return TIE;
  return { outcome: 'WINNER', winnerIndex: best, runnerUpIndex: runnerUp };
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
  const first = values[0] ?? null;
  for (let index = 1; index < values.length; index++) {
    const value = values[index] ?? null;
    if (value === null || first === null ? value !== first : !equal(first, value)) return true;
  }
  return false;
}

export const DIFFERS_RULE =
  'A row differs when its entries are not all equal. Unknown (null) equals unknown whatever the reason; unknown against a known value differs; lists (modalities) are compared as sets.';
