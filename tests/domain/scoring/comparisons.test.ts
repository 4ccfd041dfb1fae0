import { describe, expect, it } from 'vitest';
import type { AbilityMember } from '../../../src/domain/scoring/ability/comparisons.ts';
import { groupComparisons, ratingWinProbability, scoreWinProbability } from '../../../src/domain/scoring/ability/comparisons.ts';
import { membersOf } from './cohorts.ts';

describe('pair outcomes', () => {
  it('a rating difference is the Elo win probability 1 / (1 + 10^(−d/400))', () => {
    expect(ratingWinProbability(0, 10)).toBe(0.5);
    // d = 400, no uncertainty: 1 / (1 + 10^−1) = 10/11.
    expect(ratingWinProbability(400, 0)).toBeCloseTo(10 / 11, 12);
    expect(ratingWinProbability(-400, 0)).toBeCloseTo(1 / 11, 12);
    // Uncertainty pulls it towards ½: s = 400 → σ(ln 10 / √(1 + π (ln 10)² / 8)) = σ(2.302585 / 1.755580) = σ(1.311600) = 0.787778.
    expect(ratingWinProbability(400, 400)).toBeCloseTo(0.787778, 5);
  });

  it('a score difference is Φ(d / (σ√2)) with σ = 1 point on a 0-100 benchmark', () => {
    expect(scoreWinProbability(0, 100)).toBe(0.5);
    // d = 1: Φ(1/√2) = Φ(0.707107) = 0.760250; d = −1.6 (70.3 vs 71.9): Φ(−1.131371) = 0.128945.
    expect(scoreWinProbability(1, 100)).toBeCloseTo(0.76025, 5);
    expect(scoreWinProbability(-1.6, 100)).toBeCloseTo(0.128945, 5);
    // On a 0-1000 benchmark σ is 10 points: d = 10 is what d = 1 is on 0-100.
    expect(scoreWinProbability(10, 1000)).toBeCloseTo(0.76025, 5);
  });
});

describe('groupComparisons', () => {
  const members = membersOf({ small: { 'lab/b': 60, 'lab/a': 70 }, big: { 'lab/a': 50, 'lab/b': 40, 'lab/c': 30, 'lab/d': 20 }, solo: { 'lab/e': 99 } });

  it('orders models and benchmarks by id; a benchmark only one model took compares nothing', () => {
    const { models, benchmarks } = groupComparisons(members);
    expect(models).toEqual(['lab/a', 'lab/b', 'lab/c', 'lab/d']);
    expect(benchmarks.map((b) => [b.benchmarkId, b.kind, b.first.length])).toEqual([
      ['big', 'SCORE', 6], // 4 models: 4 × 3 / 2 pairs
      ['small', 'SCORE', 1],
    ]);
  });

  it('weighs each pair 1 / (n − 1): each result carries one unit whatever the benchmark size', () => {
    const { benchmarks } = groupComparisons(members);
    expect([...benchmarks[0]!.weight]).toEqual(Array(6).fill(1 / 3));
    expect([...benchmarks[1]!.weight]).toEqual([1]);
    // a (index 0) against b (index 1) on small: 70 − 60 = 10 points → Φ(10/√2) ≈ 1.
    expect([benchmarks[1]!.first[0], benchmarks[1]!.second[0]]).toEqual([0, 1]);
    expect(benchmarks[1]!.outcome[0]).toBeCloseTo(1, 11);
  });

  it('a self-reported result weighs ½, so a pair weighs the product of its sides', () => {
    const selfReported: AbilityMember[] = members.map((m) =>
      m.modelId === 'lab/a' ? { ...m, results: m.results.map((r) => ({ ...r, provenance: { ...r.provenance, selfReported: true } })) } : m,
    );
    const [big] = groupComparisons(selfReported).benchmarks;
    // Pairs of big in id order: (a,b) (a,c) (a,d) (b,c) (b,d) (c,d) → a's three pairs ½ × 1/3.
    expect([...big!.weight]).toEqual([1 / 6, 1 / 6, 1 / 6, 1 / 3, 1 / 3, 1 / 3]);
  });

  it('rating benchmarks are compared as Elo win probabilities on the common scale (difference ÷ 0.5)', () => {
    const rated = membersOf({ arena: { 'lab/a': 1300, 'lab/b': 1200 } }).map((m, i) => ({
      ...m,
      results: m.results.map((r) => ({ ...r, ciLower: r.score - (i + 1), ciUpper: r.score + (i + 1) })),
    }));
    const [arena] = groupComparisons(rated).benchmarks;
    expect(arena!.kind).toBe('RATING');
    // d = 100 / 0.5 = 200 Elo; s = √(1² + 2²)/1.96/0.5 = 2.2817 Elo, negligible: σ(200 × ln 10/400 / 1.0000) = σ(1.151293) = 0.759747.
    expect(arena!.outcome[0]).toBeCloseTo(0.759747, 4);
    expect(arena!.outcome[0]).toBeCloseTo(ratingWinProbability(200, Math.hypot(1, 2) / 1.959964 / 0.5), 12);
  });
});
