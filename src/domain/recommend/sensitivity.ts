/**
 * Where the answer changes as the usage moves, from the price structures (never by sampling): the
 * request volume at which the first choice's cost reaches the budget, and the crossovers at which a
 * candidate statistically tied with it becomes the cheaper of the two.
 */
import { requestsAtBudget } from '../cost/budget.ts';
import { costCrossovers } from '../cost/crossovers.ts';
import type { ResolvedUsage } from '../cost/types.ts';
import { usageForModel } from '../cost/usage.ts';
import { rational, toNumber } from '../money/rational.ts';
import { usdText } from './format.ts';
import type { Candidate, RecommendConstraints, Sensitivity } from './types.ts';

const count = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });
const unitsKey = (candidate: Candidate) => [...candidate.estimate.pricingUnits].sort().join('+');

function budgetReached(first: Candidate, usage: ResolvedUsage, budgetNanoUsd: bigint): Sensitivity | null {
  const reach = requestsAtBudget(first.offering, usageForModel(usage, first.model.capabilities), rational(budgetNanoUsd));
  if (reach === null) return null;
  const at = toNumber(reach);
  return {
    kind: 'BUDGET_REACHED',
    variable: 'REQUESTS_PER_MONTH',
    at,
    modelId: first.model.id,
    otherModelId: null,
    text: `Above about ${count(at)} requests a month (this usage has ${count(toNumber(usage.requestsPerMonth))}), ${first.model.name} at ${first.offering.providerId} costs more than the ${usdText(budgetNanoUsd)} budget and is no longer a candidate.`,
    crossover: null,
  };
}

export function sensitivityOf(candidates: readonly Candidate[], usage: ResolvedUsage, constraints: RecommendConstraints): Sensitivity[] {
  const first = candidates[0];
  if (!first) return [];
  const budget = constraints.maxMonthlyNanoUsd === null ? null : budgetReached(first, usage, constraints.maxMonthlyNanoUsd);
  const tied = candidates.filter((candidate) => candidate.tiedWithFirst && unitsKey(candidate) === unitsKey(first));
  const crossovers = tied.flatMap((other) =>
    costCrossovers(
      [first, other].map((candidate) => ({
        modelId: candidate.model.id,
        name: candidate.model.name,
        offering: candidate.offering,
        limits: candidate.offering.limits,
        reasoning: candidate.model.capabilities.reasoning,
      })),
      usage,
    ).map(
      (crossover): Sensitivity => ({
        kind: 'TIED_CANDIDATE_CHEAPER',
        variable: crossover.variable,
        at: crossover.at,
        modelId: first.model.id,
        otherModelId: other.model.id,
        text: `${crossover.explanation} The two are statistically tied on fit.`,
        crossover,
      }),
    ),
  );
  return [...(budget ? [budget] : []), ...crossovers];
}
