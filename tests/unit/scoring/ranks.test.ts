import { describe, expect, it } from 'vitest';
import { apportion } from '../../../src/domain/scoring/explain.ts';
import { confidenceFor } from '../../../src/domain/scoring/overall.ts';
import { competitionRanks, topPercentile } from '../../../src/domain/scoring/ranks.ts';
import { differenceHalfWidth, intervalOf, isStatisticallyTied } from '../../../src/domain/scoring/ties.ts';

describe('topPercentile: top = ceil(rank / of × 100)', () => {
  it.each([
    [1, 290, 1], // 0.34% → top 1%, not "top 100%"
    [12, 290, 5], // 4.14% → top 5%, not "top 96%"
    [29, 290, 10], // exactly 10%, no float spill to 11
    [145, 290, 50],
    [289, 290, 100], // 99.66% → 100
    [290, 290, 100],
    [1, 1, 100],
    [3, 20, 15],
    [1, 3, 34], // 33.3% → 34
  ])('rank %i of %i → top %i%', (rank, of, expected) => {
    expect(topPercentile(rank, of)).toBe(expected);
  });
});

describe('competitionRanks', () => {
  const descending = (a: number, b: number): number => b - a;
  it('ties share a rank and the next rank skips (1, 2, 2, 4)', () => {
    expect(competitionRanks([90, 80, 80, 70], descending)).toEqual([1, 2, 2, 4]);
  });
  it('returns the ranks in input order', () => {
    expect(competitionRanks([70, 80, 90, 80], descending)).toEqual([4, 2, 1, 2]);
  });
  it('all equal → all first', () => {
    expect(competitionRanks([5, 5, 5], descending)).toEqual([1, 1, 1]);
  });
});

describe('apportion: rounded parts that add up to the rounded total', () => {
  it('three equal thirds of 10.0 are 3.4 + 3.3 + 3.3, not 3.3 × 3 = 9.9', () => {
    expect(apportion([1, 1, 1], 10)).toEqual([3.4, 3.3, 3.3]);
  });
  it('keeps parts that are already exact', () => {
    expect(apportion([77.4, 3.6, 5], 86)).toEqual([77.4, 3.6, 5]);
  });
  it('all-zero shares give zeros', () => {
    expect(apportion([0, 0], 0)).toEqual([0, 0]);
  });
});

// Tied when the lead is at most the half-width of the difference's 95% interval: the higher value's
// distance down to its lower bound and the lower value's up to its upper bound, in quadrature.
describe('statistical ties: the 95% interval of the difference', () => {
  const a = { value: 1300, lower: 1295, upper: 1305 };
  it('a lead within the difference interval is a tie, in both orders', () => {
    const b = { value: 1303, lower: 1298, upper: 1308 }; // lead 3 ≤ √(5² + 5²) = 7.07
    expect(isStatisticallyTied(a, b)).toBe(true);
    expect(isStatisticallyTied(b, a)).toBe(true);
  });
  it('intervals that only touch are ordered: their difference is known better than either value', () => {
    const touching = { value: 1310, lower: 1305, upper: 1315 }; // lead 10 > 7.07
    expect(isStatisticallyTied(a, touching)).toBe(false);
  });
  it('overlapping intervals can still be ordered', () => {
    expect(isStatisticallyTied({ value: 50, lower: 40, upper: 60 }, { value: 65, lower: 55, upper: 75 })).toBe(false); // 15 > √200 = 14.14
    expect(isStatisticallyTied({ value: 50, lower: 40, upper: 60 }, { value: 64, lower: 54, upper: 74 })).toBe(true); // 14 ≤ 14.14
  });
  it('a lead exactly at the half-width is still a tie', () => {
    expect(isStatisticallyTied({ value: 0, lower: -3, upper: 3 }, { value: 5, lower: 1, upper: 9 })).toBe(true); // √(4² + 3²) = 5
    expect(differenceHalfWidth({ value: 5, lower: 1, upper: 9 }, { value: 0, lower: -3, upper: 3 })).toBe(5);
  });
  it('uses the sides that face each other of asymmetric intervals', () => {
    // Higher 60 reaches down 10, lower 55 up 1: √101 = 10.05 ≥ 5.
    expect(isStatisticallyTied({ value: 60, lower: 50, upper: 61 }, { value: 55, lower: 54, upper: 56 })).toBe(true);
    // Higher 60 reaches down 1, lower 55 up 1: √2 = 1.41 < 5, however far the other sides reach.
    expect(isStatisticallyTied({ value: 60, lower: 59, upper: 70 }, { value: 55, lower: 45, upper: 56 })).toBe(false);
  });
  it('equal values are always tied; exact values are ordered by any difference', () => {
    expect(isStatisticallyTied({ value: 42, lower: 42, upper: 42 }, { value: 42, lower: 42, upper: 42 })).toBe(true);
    expect(isStatisticallyTied({ value: 42, lower: 42, upper: 42 }, { value: 42.1, lower: 42.1, upper: 42.1 })).toBe(false);
  });
  it('a result without an interval has none', () => {
    expect(intervalOf({ score: 50, ciLower: null, ciUpper: null })).toBeNull();
    expect(intervalOf({ score: 1300, ciLower: 1295, ciUpper: 1305 })).toEqual(a);
  });
});

// Read on the ability scale: width = (logit(upper) − logit(lower)) / 0.5 (the vote discrimination),
// logit(q) = ln(q / (100 − q)). HIGH ≤ 1.6 logits, MEDIUM ≤ 2.8, LOW wider.
describe('confidenceFor: from the width of the quality interval on the ability scale', () => {
  it.each([
    [50, 50, 'HIGH'], // width 0
    [40.2, 59.8, 'HIGH'], // 2 × ln(59.8 / 40.2) × 2 = 1.589
    [40, 60, 'MEDIUM'], // 4 × ln 1.5 = 1.622
    [33.3, 66.7, 'MEDIUM'], // 4 × ln(66.7 / 33.3) = 2.779
    [33, 67, 'LOW'], // 4 × ln(67 / 33) = 2.833
    [90, 96, 'MEDIUM'], // 2 × (ln 24 − ln 9) = 1.962: six points near the top are as wide as 40 to 60
    [0, 100, 'LOW'], // a model no comparison places
  ] as const)('[%f, %f] → %s', (lower, upper, expected) => {
    expect(confidenceFor({ lower, upper })).toBe(expected);
  });
});
