/** How far a usage can grow before an offering's cost reaches a budget. */
import { compare, div, isZero, ONE, type Rational, sub, ZERO } from '../money/rational.ts';
import { usageWithRequests } from './crossovers.ts';
import { exactMonthlyNanoUsd } from './estimate.ts';
import type { PricedOffering, ResolvedUsage } from './types.ts';

/**
 * The requests a month at which the offering's exact monthly cost (before the per-line rounding)
 * reaches `budgetNanoUsd`, the rest of the usage held: the cost is a line in the requests (a part
 * per request, and a fixed part for images given per month). Null when the offering does not price
 * the usage, or when more requests cost nothing more.
 */
export function requestsAtBudget(offering: PricedOffering, usage: ResolvedUsage, budgetNanoUsd: Rational): Rational | null {
  const fixed = exactMonthlyNanoUsd(offering, usageWithRequests(usage, ZERO));
  const withOne = exactMonthlyNanoUsd(offering, usageWithRequests(usage, ONE));
  if (fixed === null || withOne === null) return null;
  const perRequest = sub(withOne, fixed);
  if (isZero(perRequest) || compare(perRequest, ZERO) < 0) return null;
  const reach = div(sub(budgetNanoUsd, fixed), perRequest);
  return compare(reach, ZERO) < 0 ? ZERO : reach;
}
