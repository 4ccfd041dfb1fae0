/**
 * The one rounding rule for every score, delta and advantage the API shows: one decimal place,
 * half away from zero. Computations keep full precision; only figures leaving the engine are
 * rounded, and derived figures (deltas, advantages) are computed from the rounded values so that
 * what a page shows always adds up ("82.4 − 71.0 = 11.4", never an 11.3 beside it).
 */
export const SCORE_DECIMALS = 1;

export function roundScore(value: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  // The epsilon nudge keeps binary representation error (e.g. 1.05 stored as 1.04999…) from
  // rounding the wrong way.
  const scaled = Math.abs(value) * factor;
  const rounded = Math.floor(scaled + 0.5 + Number.EPSILON * scaled) / factor;
  // No negative zero: -0.01 shows as 0, not -0.
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
