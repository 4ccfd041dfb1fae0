/**
 * Calibrating the Laplace intervals to how much a model's results actually disagree. The fit's
 * pair weights (1 / (n − 1) per comparison: one unit per result, so that a large benchmark cannot
 * outweigh the rest) fix the point estimates well, but as a likelihood they credit a result with
 * about one coin toss of information, whatever its benchmark says about the model. How far one of
 * a model's results lands from what its other results imply, in units of the standard error the
 * fit claims for that gap, measures the truth: its mean square is the dispersion φ (quasi-likelihood
 * overdispersion), and every ability's variance from the data is scaled by it.
 */
import type { ModelAbility } from './fit.ts';

export interface Dispersion {
  /** The mean squared standardised residual, or 1 (no calibration) with too few residuals. */
  factor: number;
  residuals: number;
  /** Share of the residuals within ±1.96 once calibrated: what a 95% interval should hold. */
  coverage: number | null;
}

/** Below this many residuals the estimate is too noisy to scale anything by. */
export const MIN_RESIDUALS = 30;
/** φ is kept within these bounds, so no odd cohort can make intervals collapse or explode. */
const FACTOR_BOUNDS = { min: 0.01, max: 100 } as const;
const Z_95 = 1.959964;

/**
 * For every result of a model with several: (what this result implies − what its other results and
 * the prior imply) / the standard error of that difference. The implied abilities and information
 * come from the joint fit (see `BenchmarkEvidence`).
 */
export function leaveOneOutResiduals(abilities: Iterable<ModelAbility>): number[] {
  const residuals: number[] = [];
  for (const { evidence, priorInformation } of abilities) {
    const informative = evidence.filter((e) => e.information > 0 && Number.isFinite(e.impliedAbility));
    if (informative.length < 2) continue;
    const totalInformation = informative.reduce((sum, e) => sum + e.information, priorInformation);
    const totalWeighted = informative.reduce((sum, e) => sum + e.information * e.impliedAbility, 0);
    for (const e of informative) {
      const othersInformation = totalInformation - e.information;
      const others = (totalWeighted - e.information * e.impliedAbility) / othersInformation;
      residuals.push((e.impliedAbility - others) / Math.sqrt(1 / e.information + 1 / othersInformation));
    }
  }
  return residuals;
}

export function dispersionOf(residuals: readonly number[]): Dispersion {
  if (residuals.length < MIN_RESIDUALS) return { factor: 1, residuals: residuals.length, coverage: null };
  const meanSquare = residuals.reduce((sum, r) => sum + r * r, 0) / residuals.length;
  const factor = Math.min(FACTOR_BOUNDS.max, Math.max(FACTOR_BOUNDS.min, meanSquare));
  const within = residuals.filter((r) => Math.abs(r) <= Z_95 * Math.sqrt(factor)).length;
  return { factor, residuals: residuals.length, coverage: within / residuals.length };
}

/**
 * The ability with its data-driven variance scaled by φ (a model with no evidence keeps the
 * prior's). In a group whose only benchmark is a rating one, there is no other result for a
 * model's rating to disagree with, so φ does not apply: the quality is that benchmark's verdict and
 * its standard error the ratings' own (`singleRatingError`).
 */
export function calibrated(ability: ModelAbility, dispersion: Dispersion, singleRatingError?: number): ModelAbility {
  if (ability.evidence.length === 0) return ability;
  return { ...ability, standardError: singleRatingError ?? ability.standardError * Math.sqrt(dispersion.factor) };
}
