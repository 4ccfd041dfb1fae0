/** Statistical ties between scores that carry a 95% interval (LMArena results, qualities, overall scores). */
import type { IntervalBounds, ScoreInterval } from './types.ts';

/** The interval of a benchmark result, or null when the source gives none. */
export function intervalOf(result: { score: number; ciLower: number | null; ciUpper: number | null }): ScoreInterval | null {
  if (result.ciLower === null || result.ciUpper === null) return null;
  return { score: result.score, lower: result.ciLower, upper: result.ciUpper };
}

/** True when the intervals overlap (touching counts): the data cannot tell the two apart. */
export function isStatisticallyTied(a: IntervalBounds, b: IntervalBounds): boolean {
  return a.lower <= b.upper && b.lower <= a.upper;
}

/** The better of two interval scores, or 'TIED' when the intervals overlap. */
export function intervalWinner(a: ScoreInterval, b: ScoreInterval, higherIsBetter = true): 'FIRST' | 'SECOND' | 'TIED' {
  if (isStatisticallyTied(a, b)) return 'TIED';
  return a.score > b.score === higherIsBetter ? 'FIRST' : 'SECOND';
}
