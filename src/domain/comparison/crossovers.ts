/** The comparison's cost crossovers: where the cheaper of the compared models changes, at the offerings it priced. */
import { type CostCrossover, costCrossovers } from '../cost/crossovers.ts';
import type { ResolvedUsage } from '../cost/types.ts';
import type { PreparedComparedModel } from './prepare.ts';
import type { CostComparison } from './types.ts';

/** None unless every cost is known, in the same units (as savings are), and priced at a known offering. */
export function comparisonCrossovers(models: readonly PreparedComparedModel[], costs: CostComparison, usage: ResolvedUsage | undefined): CostCrossover[] {
  if (!usage || !costs.comparable) return [];
  const candidates = models.map(({ input }) =>
    input.cost.ok && input.cost.offering
      ? { modelId: input.model.id, name: input.model.name, offering: input.cost.offering, reasoning: input.model.capabilities.reasoning }
      : null,
  );
  if (candidates.some((candidate) => candidate === null)) return [];
  return costCrossovers(
    candidates.map((candidate) => ({ ...candidate!, limits: candidate!.offering.limits })),
    usage,
  );
}
