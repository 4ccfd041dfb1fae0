/** Normalisations onto 0-100 shared by the cohort-relative signals. Inputs are at full precision. */

export interface Range {
  min: number;
  max: number;
}

export function rangeOf(values: readonly number[]): Range | null {
  if (values.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * 100 × (v − min) / (max − min), or reversed when lower is better. A degenerate range (every value
 * equal) puts everyone at the top: nobody in the group does better.
 */
export function minMax(value: number, range: Range, higherIsBetter = true): number {
  if (range.max === range.min) return 100;
  const share = (value - range.min) / (range.max - range.min);
  return 100 * (higherIsBetter ? share : 1 - share);
}

/** Min-max on natural logarithms; every value and bound must be > 0. */
export function logMinMax(value: number, range: Range, higherIsBetter = true): number {
  return minMax(Math.log(value), { min: Math.log(range.min), max: Math.log(range.max) }, higherIsBetter);
}
