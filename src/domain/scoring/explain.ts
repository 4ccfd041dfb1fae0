/**
 * Making shown parts add up to the shown whole. Rounding each part on its own can leave the parts
 * 0.1 off the total ("41.2 + 41.2 = 82.5"); largest-remainder apportionment hands out the rounding
 * units so that the rounded parts always sum exactly to the rounded total.
 */
import { SCORE_DECIMALS } from '../rounding.ts';

const UNITS_PER_POINT = 10 ** SCORE_DECIMALS;

/**
 * Splits `total` (already rounded to SCORE_DECIMALS) in proportion to the non-negative `shares`,
 * each part rounded to SCORE_DECIMALS, the parts summing exactly to `total`. Remainder ties go to the
 * earlier part, so the result is deterministic.
 */
export function apportion(shares: readonly number[], total: number): number[] {
  const totalUnits = Math.round(total * UNITS_PER_POINT);
  const shareSum = shares.reduce((sum, s) => sum + s, 0);
  if (shareSum === 0) return shares.map(() => 0);
  const exact = shares.map((s) => (s / shareSum) * totalUnits);
  // The epsilon keeps 4.9999999 (binary error on an exact 5) from flooring to 4.
  const units = exact.map((x) => Math.floor(x + 1e-9));
  let left = totalUnits - units.reduce((sum, u) => sum + u, 0);
  const remainder = (i: number): number => (exact[i] ?? 0) - (units[i] ?? 0);
  const byRemainder = exact.map((_, i) => i).sort((a, b) => remainder(b) - remainder(a) || a - b);
  for (const i of byRemainder) {
    if (left <= 0) break;
    units[i] = (units[i] ?? 0) + 1;
    left -= 1;
  }
  return units.map((u) => u / UNITS_PER_POINT);
}

/** Weights (any scale) as percentages that add up to exactly 100 as shown. */
export function weightPercents(weights: readonly number[]): number[] {
  return apportion(weights, 100);
}
