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

const MISSING: Decision = { outcome: 'MISSING_DATA', winnerIndex: null, runnerUpIndex: null };
const TIE: Decision = { outcome: 'TIE', winnerIndex: null, runnerUpIndex: null };

/**
 * Best of one value per model. `better(a, b)` > 0 when a is better than b. Values are compared as
 * shown (callers pass rounded scores), so a tie on the page is a tie here. Any null: no claim.
 *
 * Each value is read from its item (a cell, a fit, a cost row) by `valueFor`, here and in
 * `deltaOrSpread` and `differs`: every row of every comparison asks these questions, and a list
 * of values built for each would be most of what they cost.
 */

export function decide<I, T>(items: readonly I[], valueFor: (item: I) => T | null, better: (a: T, b: T) => number): Decision {
  for (const item of items) if (valueFor(item) === null) return MISSING;
  const known = valueFor as (item: I) => T;
  let best = 0;
  for (let index = 1; index < items.length; index++) if (better(known(items[index]!), known(items[best]!)) > 0) best = index;
  let runnerUp = best === 0 ? 1 : 0;
  for (let index = 0; index < items.length; index++) {
    if (index !== best && better(known(items[index]!), known(items[runnerUp]!)) > 0) runnerUp = index;
  }
  if (better(known(items[best]!), known(items[runnerUp]!)) === 0) return TIE;
  return { outcome: 'WINNER', winnerIndex: best, runnerUpIndex: runnerUp };
}

/** Two values: second − first; three or more: highest − lowest. Both from the values as shown. */
export function deltaOrSpread<I>(items: readonly I[], shown: (item: I) => number): { delta: number | null; spread: number | null } {
  if (items.length === 2) return { delta: roundScore(shown(items[1]!) - shown(items[0]!)), spread: null };
  let highest = -Infinity;
  let lowest = Infinity;
  for (const item of items) {
    const value = shown(item);
    highest = Math.max(highest, value);
    lowest = Math.min(lowest, value);
  }
  return { delta: null, spread: roundScore(highest - lowest) };
}

export const higherIsBetter = (a: number, b: number): number => a - b;
export const lowerIsBetter = (a: number, b: number): number => b - a;

/**
 * DIFFERS_RULE, as code: the models differ on a figure when its entries are not all equal. An
 * unknown (null) entry equals another unknown, whatever the reason, and differs from any known
 * value: "unknown vs 128K" is a difference the reader must see; "unknown vs unknown" is not.
 */
export function differs<I, T>(items: readonly I[], valueFor: (item: I) => T | null, equal: (a: T, b: T) => boolean = Object.is): boolean {
  const first = valueFor(items[0]!) ?? null;
  for (let index = 1; index < items.length; index++) {
    const value = valueFor(items[index]!) ?? null;
    if (value === null || first === null ? value !== first : !equal(first, value)) return true;
  }
  return false;
}

/** The value of a cell (score, capability or parameter cell), for the three questions above. */
export const cellValue = <T>(cell: { value: T }): T => cell.value;

export const DIFFERS_RULE =
  'A row differs when its entries are not all equal. Unknown (null) equals unknown whatever the reason; unknown against a known value differs; lists (modalities) are compared as sets.';
