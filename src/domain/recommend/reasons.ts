/** Why a candidate is where it is, in sentences that each cite the figures they rest on. */
import type { UseCase, UseCaseFit, UseCaseReason } from '../comparison/types.ts';
import { METHODOLOGY } from '../scoring/methodology.ts';
import { differenceHalfWidth, isStatisticallyTied } from '../scoring/ties.ts';
import type { SignalName } from '../scoring/types.ts';
import { capabilityWords } from './constraints.ts';
import { nanoUsdToUsd, pointsText as points, rangeText as range, tokensText, usdText } from './format.ts';
import type { Candidate, Reason, ReasonFigure, RecommendConstraints, RecommendMember } from './types.ts';

const figure = (name: string, value: number, unit: string): ReasonFigure => ({ name, value, unit });
export const useCaseWords = (useCase: UseCase) => useCase.toLowerCase().replaceAll('_', ' ');

function componentText(reason: UseCaseReason): string {
  const name = reason.code === 'CAPABILITY' ? capabilityWords(reason.capability!) : METHODOLOGY.signals[reason.code as SignalName].name;
  const value = reason.code === 'CAPABILITY' ? (reason.value ? 'yes' : 'no') : points(reason.score ?? 0);
  return `${name} ${value} × ${reason.weightPercent}%`;
}

export function fitReason(useCase: UseCase, fit: UseCaseFit & { fit: number }): Reason {
  const weighted = fit.reasons.filter((reason) => reason.weightPercent > 0 && reason.score !== null);
  return {
    kind: 'FIT',
    text: `Fit ${points(fit.fit)} (${fit.level}) for ${useCaseWords(useCase)}: ${weighted.map(componentText).join(' + ')}.`,
    figures: [
      figure('fit', fit.fit, 'points'),
      ...weighted.map((reason) => figure(reason.code === 'CAPABILITY' ? reason.capability! : reason.code, reason.score!, 'points')),
    ],
  };
}

export function scoreReason({ score }: RecommendMember, groupLabel: string): Reason {
  const { overall, coverage } = score.score;
  if (overall.value === null) {
    return {
      kind: 'SCORE',
      text: `No overall score in ${groupLabel}: ${overall.detail}`,
      figures: [figure('benchmarksWithResults', coverage.present, 'benchmarks'), figure('benchmarksInGroup', coverage.total, 'benchmarks')],
    };
  }
  return {
    kind: 'SCORE',
    text: `Overall score ${points(overall.value)} among ${groupLabel} (95% interval ${range(overall.interval)}, ${overall.confidence} confidence).`,
    figures: [
      figure('overall', overall.value, 'points'),
      figure('overallLower', overall.interval.lower, 'points'),
      figure('overallUpper', overall.interval.upper, 'points'),
    ],
  };
}

/** Only when confidence is LOW: the few results a fit rests on deserve saying. */
export function confidenceReason({ score }: RecommendMember): Reason | null {
  const { overall, coverage } = score.score;
  if (overall.confidence !== 'LOW') return null;
  return {
    kind: 'CONFIDENCE',
    text: `LOW confidence: results on ${coverage.present} of the group's ${coverage.total} benchmarks, and they leave a wide interval.`,
    figures: [figure('benchmarksWithResults', coverage.present, 'benchmarks'), figure('benchmarksInGroup', coverage.total, 'benchmarks')],
  };
}

export function costReason(candidate: Pick<Candidate, 'offering' | 'estimate'>, qualifying: number): Reason {
  const { monthly } = candidate.estimate;
  const among =
    qualifying === 1 ? 'its only offering that meets the constraints' : `the cheapest at this usage of ${qualifying} offerings that meet the constraints`;
  return {
    kind: 'COST',
    text: `${monthly!.formatted} a month at ${candidate.offering.providerId} (${candidate.offering.id}), ${among}.`,
    figures: [figure('monthlyCost', Number(monthly!.usd), 'USD a month'), figure('qualifyingOfferings', qualifying, 'offerings')],
  };
}

/** What the candidate's figures are against the bounds the caller set (budget, context window). */
export function boundReasons(candidate: Pick<Candidate, 'offering' | 'estimate'>, constraints: RecommendConstraints): Reason[] {
  const reasons: Reason[] = [];
  if (constraints.maxMonthlyNanoUsd !== null) {
    const budgetUsd = nanoUsdToUsd(constraints.maxMonthlyNanoUsd);
    const costUsd = Number(candidate.estimate.monthly!.usd);
    reasons.push({
      kind: 'BUDGET',
      text: `Within the ${usdText(constraints.maxMonthlyNanoUsd)} budget${budgetUsd > 0 ? `, at ${((costUsd / budgetUsd) * 100).toFixed(1)}% of it` : ''}.`,
      figures: [figure('budget', budgetUsd, 'USD a month'), figure('monthlyCost', costUsd, 'USD a month')],
    });
  }
  const context = candidate.offering.limits.contextTokens.tokens;
  if (constraints.minContextTokens !== null && context !== null) {
    reasons.push({
      kind: 'CONTEXT',
      text: `Context window ${tokensText(context)} at this offering, at least the ${tokensText(constraints.minContextTokens)} required.`,
      figures: [figure('contextTokens', context, 'tokens'), figure('minContextTokens', constraints.minContextTokens, 'tokens')],
    });
  }
  return reasons;
}

type FitStanding = Pick<Candidate, 'fit' | 'fitInterval'>;

const withInterval = ({ fit, fitInterval }: FitStanding) => ({ value: fit, ...fitInterval });

/** Whether the evidence cannot order two fits: the 95% interval of their difference contains 0 (see scoring/ties.ts). */
export const fitsTied = (a: FitStanding, b: FitStanding): boolean => isStatisticallyTied(withInterval(a), withInterval(b));

/** The first choice's standing against the others, or a candidate's against the first. */
export function tieReason(
  candidate: Pick<Candidate, 'rank' | 'fit' | 'fitInterval'>,
  first: Pick<Candidate, 'fit' | 'fitInterval' | 'model'>,
  tiedWithFirst: number,
): Reason {
  const intervals = [figure('fitLower', candidate.fitInterval.lower, 'points'), figure('fitUpper', candidate.fitInterval.upper, 'points')];
  if (candidate.rank === 1) {
    return {
      kind: 'TIE',
      text:
        tiedWithFirst === 0
          ? `Ahead of every other candidate: the evidence orders its fit, ${range(candidate.fitInterval)}, above each of theirs.`
          : `Statistically tied with ${tiedWithFirst} other candidate${tiedWithFirst === 1 ? '' : 's'}: the evidence cannot order their fits against ${range(candidate.fitInterval)}, so the order among them is not certain.`,
      figures: [...intervals, figure('tiedCandidates', tiedWithFirst, 'candidates')],
    };
  }
  const lead = first.fit - candidate.fit;
  const halfWidth = differenceHalfWidth(withInterval(first), withInterval(candidate));
  return {
    kind: 'TIE',
    text: fitsTied(candidate, first)
      ? `Statistically tied with the first choice, ${first.model.name}: its lead of ${points(lead)} fit points (${range(first.fitInterval)} against ${range(candidate.fitInterval)}) is within the difference’s 95% interval of ±${points(halfWidth)}.`
      : `Behind the first choice, ${first.model.name}, by ${points(lead)} fit points, more than the difference’s 95% interval of ±${points(halfWidth)} (${range(first.fitInterval)} against ${range(candidate.fitInterval)}).`,
    figures: [...intervals, figure('firstFitLower', first.fitInterval.lower, 'points'), figure('firstFitUpper', first.fitInterval.upper, 'points')],
  };
}
