/** Statistical ties between values that carry a 95% interval (LMArena results, qualities, overall scores, fits). */
import type { IntervalBounds, ValueInterval } from './types.ts';

/** A score's value with its interval, as ties are tested; null when either is unknown. */
export function valueWithInterval({ value, interval }: { value: number | null; interval: IntervalBounds | null }): ValueInterval | null {
  return value === null || interval === null ? null : { value, ...interval };
}

/** The interval of a benchmark result, or null when the source gives none. */
export function intervalOf(result: { score: number; ciLower: number | null; ciUpper: number | null }): ValueInterval | null {
  if (result.ciLower === null || result.ciUpper === null) return null;
  return { value: result.score, lower: result.ciLower, upper: result.ciUpper };
}

/**
 * The half-width of the 95% interval of the difference between the higher value and the lower
 * one: the two sides that face each other (the higher value's distance down to its lower bound,
 * the lower value's up to its upper bound), combined in quadrature as independent normal errors.
 */
export function differenceHalfWidth(higher: ValueInterval, lower: ValueInterval): number {
  return Math.hypot(Math.max(0, higher.value - higher.lower), Math.max(0, lower.upper - lower.value));
}

/**
 * True when the 95% interval of the difference contains 0 (touching counts): the evidence cannot
 * order the two. Two intervals that overlap can still order their values: for equal widths, overlap
 * would only separate values at the 99.4% level, and a group whose models all share one benchmark
 * would come out tied from top to bottom.
 */
export function isStatisticallyTied(a: ValueInterval, b: ValueInterval): boolean {
  const [higher, lower] = a.value >= b.value ? [a, b] : [b, a];
  return higher.value - lower.value <= differenceHalfWidth(higher, lower);
}

/**
 * For values ordered best first, each one's best possible rank: 1 + the values ahead of it that
 * the evidence orders above it (not statistically tied with it; an equal value always is).
 */
export function bestPossibleRanksOf(ordered: readonly ValueInterval[]): number[] {
  return ordered.map((own, position) => {
    let surelyBetter = 0;
    for (let ahead = 0; ahead < position; ahead++) if (!isStatisticallyTied(ordered[ahead]!, own)) surelyBetter++;
    return 1 + surelyBetter;
  });
}
