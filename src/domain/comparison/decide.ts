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
  /** Indices of the items without a value, decided without; empty when every item has one. */
  leftOut: readonly number[];
}

/** The fewest items with a value that a decision is made among. */
export const MIN_DECIDED = 2;

const NONE: readonly number[] = Object.freeze([]);

export const PARTIAL_DECISION_RULE =
  'With three to five models, a row, verdict or use case is decided among the models that have the figure; the others are listed in leftOut with the reason. MISSING_DATA (nothing claimed) only when fewer than two models have it, so with two models any null is MISSING_DATA.';

/**
 * Best of one value per item. `better(a, b)` > 0 when a is better than b. Values are compared as
 * shown (callers pass rounded scores), so a tie on the page is a tie here. Items without a value
 * (null) are left out and the others decide (PARTIAL_DECISION_RULE); fewer than two: no claim.
 *
 * Each value is read from its item (a cell, a fit, a cost row) by `valueFor`, here and in
 * `deltaOrSpread` and `differs`: every row of every comparison asks these questions, and a list
 * of values built for each would be most of what they cost.
 */
export function decide<I, T>(items: readonly I[], valueFor: (item: I) => T | null, better: (a: T, b: T) => number): Decision {
  let leftOut: number[] | null = null;
  for (let index = 0; index < items.length; index++) {
    if (valueFor(items[index]!) !== null) continue;
    leftOut ??= [];
    leftOut.push(index);
  }
  const left = leftOut ?? NONE;
  if (items.length - left.length < MIN_DECIDED) return { outcome: 'MISSING_DATA', winnerIndex: null, runnerUpIndex: null, leftOut: left };
  const known = valueFor as (item: I) => T;
  const all = left.length === 0;
  let best = -1;
  for (let index = 0; index < items.length; index++) {
    if ((all || !left.includes(index)) && (best < 0 || better(known(items[index]!), known(items[best]!)) > 0)) best = index;
  }
  let runnerUp = -1;
  for (let index = 0; index < items.length; index++) {
    if (index !== best && (all || !left.includes(index)) && (runnerUp < 0 || better(known(items[index]!), known(items[runnerUp]!)) > 0)) runnerUp = index;
  }
  if (better(known(items[best]!), known(items[runnerUp]!)) === 0) return { outcome: 'TIE', winnerIndex: null, runnerUpIndex: null, leftOut: left };
  return { outcome: 'WINNER', winnerIndex: best, runnerUpIndex: runnerUp, leftOut: left };
}

/** Left-out models by model id, so that the order of the request never shows in a decision. */
export function byModelId<T extends { modelId: string }>(list: T[]): T[] {
  return list.length < 2 ? list : list.sort((a, b) => (a.modelId < b.modelId ? -1 : a.modelId > b.modelId ? 1 : 0));
}

/** Two values: second − first; three or more: highest − lowest of those known. Both from the values as shown. */
export function deltaOrSpread<I>(items: readonly I[], shown: (item: I) => number | null): { delta: number | null; spread: number | null } {
  if (items.length === 2) {
    const [first, second] = [shown(items[0]!), shown(items[1]!)];
    return { delta: first === null || second === null ? null : roundScore(second - first), spread: null };
  }
  let highest = -Infinity;
  let lowest = Infinity;
  for (const item of items) {
    const value = shown(item);
    if (value === null) continue;
    highest = Math.max(highest, value);
    lowest = Math.min(lowest, value);
  }
  return { delta: null, spread: highest === -Infinity ? null : roundScore(highest - lowest) };
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
