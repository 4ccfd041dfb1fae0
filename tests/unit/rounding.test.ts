import { describe, expect, it } from 'vitest';
import { roundScore } from '../../src/domain/rounding.ts';

describe('roundScore: one decimal, half away from zero', () => {
  it.each([
    [82.44, 82.4],
    [82.45, 82.5],
    [1.05, 1.1],
    [0.05, 0.1],
    [-0.05, -0.1],
    [-82.45, -82.5],
    [100, 100],
    [0, 0],
  ])('%d → %d', (input, expected) => {
    expect(roundScore(input)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundScore(-0.01), 0)).toBe(true);
    expect(Object.is(roundScore(-0), 0)).toBe(true);
  });
});
