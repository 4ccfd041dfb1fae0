/**
 * Which constraints a model fails, and by how much. Unknown never satisfies a bound: a capability
 * the sources do not state, an unknown context window or an unknown price fails the constraint that
 * asks for it, and says that it is unknown.
 */
import type { CapabilityName, Model, Offering } from '../catalog.ts';
import { selectOffering } from '../cost/select-offering.ts';
import type { CostEstimate, ResolvedUsage } from '../cost/types.ts';
import { listText as list, NANO_USD_PER_MICRO, nanoUsdToUsd, tokensText as tokens, usdText as usd } from './format.ts';
import type { ConstraintFailure, ConstraintName, RecommendConstraints } from './types.ts';

export const capabilityWords = (capability: CapabilityName) => capability.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
const words = capabilityWords;

const failure = (
  constraint: ConstraintName,
  text: string,
  figures: Partial<Pick<ConstraintFailure, 'required' | 'actual' | 'unit'>> = {},
): ConstraintFailure => ({
  constraint,
  text,
  required: figures.required ?? null,
  actual: figures.actual ?? null,
  unit: figures.unit ?? null,
});

/** The constraints on the model itself (not on where it is bought), each it fails. */
export function modelFailures(model: Model, constraints: RecommendConstraints): ConstraintFailure[] {
  const failed: ConstraintFailure[] = [];
  const missingCapabilities = constraints.capabilities.filter((capability) => model.capabilities[capability] !== true);
  if (missingCapabilities.length > 0) {
    const states = missingCapabilities.map(
      (capability) => `${words(capability)}: ${model.capabilities[capability] === false ? 'no' : 'unknown (the sources do not say)'}`,
    );
    failed.push(failure('CAPABILITIES', list(states)));
  }
  for (const [constraint, wanted, have] of [
    ['INPUT_MODALITIES', constraints.inputModalities, model.modalities.input],
    ['OUTPUT_MODALITIES', constraints.outputModalities, model.modalities.output],
  ] as const) {
    const missing = wanted.filter((modality) => !have.includes(modality));
    if (missing.length > 0)
      failed.push(failure(constraint, `no ${list(missing)} ${constraint === 'INPUT_MODALITIES' ? 'input' : 'output'} (has ${list(have) || 'none'})`));
  }
  if (constraints.openWeights !== null && model.openWeights !== constraints.openWeights) {
    const state = model.openWeights === null ? 'unknown whether its weights are open' : model.openWeights ? 'open weights' : 'closed weights';
    failed.push(failure('OPEN_WEIGHTS', `${state}; ${constraints.openWeights ? 'open' : 'closed'} weights required`));
  }
  if (constraints.labs.length > 0 && !constraints.labs.includes(model.labId))
    failed.push(failure('LABS', `made by ${model.labId}, not by ${list(constraints.labs)}`));
  if (constraints.excludeLabs.includes(model.labId)) failed.push(failure('EXCLUDE_LABS', `made by ${model.labId}, which is excluded`));
  return failed;
}

export type OfferingChoice =
  | {
      ok: true;
      offering: Offering;
      estimate: CostEstimate & { monthly: NonNullable<CostEstimate['monthly']> };
      qualifying: number;
      failed: ConstraintFailure[];
    }
  | { ok: false; failed: ConstraintFailure[] };

/**
 * The cheapest pay-per-use offering at this usage among those the constraints allow (the providers
 * named, a context window large enough), and whether it is within the budget (`failed` then holds
 * the budget failure). Without such an offering, why not.
 */
export function chooseOffering(offerings: readonly Offering[], usage: ResolvedUsage, constraints: RecommendConstraints): OfferingChoice {
  const fromProviders = constraints.providers.length ? offerings.filter((offering) => constraints.providers.includes(offering.providerId)) : offerings;
  if (fromProviders.length === 0) {
    const offeredBy = [...new Set(offerings.map((offering) => offering.providerId))].sort();
    return { ok: false, failed: [failure('PROVIDERS', `not offered by ${list(constraints.providers)} (offered by ${list(offeredBy) || 'no provider'})`)] };
  }
  const minContext = constraints.minContextTokens;
  const largeEnough = minContext === null ? fromProviders : fromProviders.filter((offering) => (offering.limits.contextTokens.tokens ?? -1) >= minContext);
  if (minContext !== null && largeEnough.length === 0) {
    const known = fromProviders.flatMap((offering) => (offering.limits.contextTokens.tokens === null ? [] : [offering.limits.contextTokens.tokens]));
    const largest = known.length ? Math.max(...known) : null;
    const text = largest === null ? `context window unknown; ${tokens(minContext)} required` : `context ${tokens(largest)} < ${tokens(minContext)} required`;
    return { ok: false, failed: [failure('MIN_CONTEXT_TOKENS', text, { required: minContext, actual: largest, unit: 'tokens' })] };
  }
  const selection = selectOffering(largeEnough, 'CHEAPEST', usage, null);
  if (!selection.ok && selection.reason === 'REQUEST_EXCEEDS_LIMITS') return { ok: false, failed: [failure('REQUEST_FITS_LIMITS', selection.message)] };
  if (!selection.ok || selection.estimate.monthly === null) {
    return { ok: false, failed: [failure('PAY_PER_USE_PRICE', selection.ok ? 'no known monthly cost at this usage' : selection.message)] };
  }
  const estimate = { ...selection.estimate, monthly: selection.estimate.monthly };
  const qualifying = selection.qualifying ?? 1;
  const budget = constraints.maxMonthlyNanoUsd;
  const costNanoUsd = estimate.monthly.microUsd * NANO_USD_PER_MICRO;
  const failed =
    budget !== null && costNanoUsd > budget
      ? [
          failure('MAX_MONTHLY_USD', `${estimate.monthly.formatted} a month, ${usd(costNanoUsd - budget)} over the ${usd(budget)} budget`, {
            required: nanoUsdToUsd(budget),
            actual: Number(estimate.monthly.usd),
            unit: 'USD a month',
          }),
        ]
      : [];
  return { ok: true, offering: selection.offering, estimate, qualifying, failed };
}
