/**
 * Dense symmetric positive-definite systems, row-major in one Float64Array: the Newton steps and
 * the Laplace covariance of the ability fit. Written here rather than imported because the domain
 * imports nothing but itself, and the matrices are small (one row per benchmarked model of a peer
 * group, about 150 on the real catalog).
 */

/**
 * Replaces the lower triangle of `matrix` (n × n, row-major) by its Cholesky factor L
 * (matrix = L Lᵀ); the upper triangle is left as it was. Throws when the matrix is not positive
 * definite, which the fit's prior rules out.
 */
export function choleskyInPlace(matrix: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) {
    const rowJ = j * n;
    let diagonal = matrix[rowJ + j]!;
    for (let k = 0; k < j; k++) diagonal -= matrix[rowJ + k]! ** 2;
    if (!(diagonal > 0)) throw new Error(`matrix is not positive definite (pivot ${j})`);
    const pivot = Math.sqrt(diagonal);
    matrix[rowJ + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      const rowI = i * n;
      let sum = matrix[rowI + j]!;
      for (let k = 0; k < j; k++) sum -= matrix[rowI + k]! * matrix[rowJ + k]!;
      matrix[rowI + j] = sum / pivot;
    }
  }
}

/** Solves L Lᵀ x = b for x, given the factor from `choleskyInPlace`; returns a new array. */
export function solveWithCholesky(factor: Float64Array, n: number, b: Float64Array): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    let sum = x[i]!;
    for (let k = 0; k < i; k++) sum -= factor[row + k]! * x[k]!;
    x[i] = sum / factor[row + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i]!;
    for (let k = i + 1; k < n; k++) sum -= factor[k * n + i]! * x[k]!;
    x[i] = sum / factor[i * n + i]!;
  }
  return x;
}

/**
 * The first `count` diagonal entries of (L Lᵀ)⁻¹: (A⁻¹)_ii = Σ_k (L⁻¹)_ki². Only the columns of
 * L⁻¹ that are asked for are formed, each by forward substitution from its diagonal down.
 */
export function inverseDiagonal(factor: Float64Array, n: number, count: number): Float64Array {
  const diagonal = new Float64Array(count);
  const column = new Float64Array(n);
  for (let i = 0; i < count; i++) {
    column.fill(0, i);
    column[i] = 1 / factor[i * n + i]!;
    let sumOfSquares = column[i]! ** 2;
    for (let r = i + 1; r < n; r++) {
      const row = r * n;
      let sum = 0;
      for (let k = i; k < r; k++) sum -= factor[row + k]! * column[k]!;
      column[r] = sum / factor[row + r]!;
      sumOfSquares += column[r]! ** 2;
    }
    diagonal[i] = sumOfSquares;
  }
  return diagonal;
}
