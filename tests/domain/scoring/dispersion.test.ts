import { describe, expect, it } from 'vitest';
import { calibrated, dispersionOf, leaveOneOutResiduals, MIN_RESIDUALS } from '../../../src/domain/scoring/ability/dispersion.ts';
import type { BenchmarkEvidence, ModelAbility } from '../../../src/domain/scoring/ability/fit.ts';

const evidence = (benchmarkId: string, information: number, impliedAbility: number): BenchmarkEvidence => ({
  benchmarkId,
  benchmarkName: benchmarkId,
  comparisons: 3,
  wins: 1.5,
  information,
  impliedAbility,
  discrimination: 1,
});

const ability = (modelId: string, standardError: number, results: BenchmarkEvidence[], priorInformation = 0): ModelAbility => ({
  modelId,
  ability: 0,
  standardError,
  priorInformation,
  evidence: results,
});

describe('dispersion of the results around the fit', () => {
  it('leave-one-result-out residuals, by hand', () => {
    // Two results of information 1, implying 1 and −1, no prior: each one's others imply the other,
    // the gap is ±2 and its standard error √(1/1 + 1/1) = √2, so the residuals are ±√2.
    const [x, y] = leaveOneOutResiduals([ability('a', 0.7, [evidence('x', 1, 1), evidence('y', 1, -1)])]);
    expect(x).toBeCloseTo(Math.SQRT2, 12);
    expect(y).toBeCloseTo(-Math.SQRT2, 12);
    // With a prior of information 1 at 0: the others of x are y and the prior, (1 × −1 + 1 × 0) / 2 = −0.5,
    // information 2; the gap 1.5 over √(1 + 1/2) = 1.2247 is 1.2247.
    const [withPrior] = leaveOneOutResiduals([ability('a', 0.7, [evidence('x', 1, 1), evidence('y', 1, -1)], 1)]);
    expect(withPrior).toBeCloseTo(1.5 / Math.sqrt(1.5), 12);
    // A model with one result has nothing to hold it against.
    expect(leaveOneOutResiduals([ability('b', 0.7, [evidence('x', 1, 1)])])).toEqual([]);
  });

  it('φ is the mean square of the residuals, once there are enough; else 1', () => {
    expect(dispersionOf(Array.from({ length: MIN_RESIDUALS - 1 }, () => 0.1))).toEqual({ factor: 1, residuals: MIN_RESIDUALS - 1, coverage: null });
    // 30 residuals of ±0.5: mean square 0.25; all within 1.96 × √0.25 = 0.98.
    const dispersion = dispersionOf(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 0.5 : -0.5)));
    expect(dispersion).toEqual({ factor: 0.25, residuals: 30, coverage: 1 });
  });

  it('scales the data-driven standard error by √φ, and leaves a model the evidence does not reach at the prior', () => {
    const dispersion = { factor: 0.25, residuals: 30, coverage: 1 };
    expect(calibrated(ability('a', 0.8, [evidence('x', 1, 1)]), dispersion).standardError).toBeCloseTo(0.4, 12);
    expect(calibrated(ability('isolated', 8, []), dispersion).standardError).toBe(8);
  });
});
