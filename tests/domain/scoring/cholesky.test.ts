import { describe, expect, it } from 'vitest';
import { choleskyInPlace, inverseDiagonal, solveWithCholesky } from '../../../src/domain/scoring/ability/cholesky.ts';

// A = [[4, 2, 2], [2, 5, 3], [2, 3, 6]] = L Lᵀ with L = [[2, 0, 0], [1, 2, 0], [1, 1, 2]]:
// L Lᵀ = [[4, 2, 2], [2, 1 + 4, 1 + 2], [2, 1 + 2, 1 + 1 + 4]].
const A = [4, 2, 2, 2, 5, 3, 2, 3, 6];

describe('Cholesky factor, solve and inverse diagonal of a 3 × 3 by hand', () => {
  it('factors A into L', () => {
    const factor = Float64Array.from(A);
    choleskyInPlace(factor, 3);
    expect([factor[0], factor[3], factor[4], factor[6], factor[7], factor[8]]).toEqual([2, 1, 2, 1, 1, 2]);
  });

  it('solves A x = b: b = A (1, 1, 1) = (8, 10, 11) gives x = (1, 1, 1)', () => {
    const factor = Float64Array.from(A);
    choleskyInPlace(factor, 3);
    const x = solveWithCholesky(factor, 3, Float64Array.from([8, 10, 11]));
    for (const value of x) expect(value).toBeCloseTo(1, 12);
  });

  it('gives the diagonal of A⁻¹: det A = 64, cofactors 21, 20, 16 → 21/64, 20/64, 16/64', () => {
    const factor = Float64Array.from(A);
    choleskyInPlace(factor, 3);
    const diagonal = inverseDiagonal(factor, 3, 3);
    [21 / 64, 20 / 64, 16 / 64].forEach((expected, i) => {
      expect(diagonal[i]).toBeCloseTo(expected, 12);
    });
    // Only the first entries when fewer are asked for.
    expect(inverseDiagonal(factor, 3, 1)).toHaveLength(1);
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() => choleskyInPlace(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(/not positive definite/);
  });
});
