/**
 * Costs at the caller's usage, savings and cost per quality point. Only costs billed in the same
 * units are ever set against each other: an image model's per-image bill and a text model's
 * per-token bill at "the same usage" describe different work, so between them the comparison says
 * COST_NOT_COMPARABLE and gives no ratio and no savings.
 */
import { money, roundMoney } from '../cost/money.ts';
import { rational } from '../cost/rational.ts';
import type { CostEstimate, Money } from '../cost/types.ts';
import type { ComparedModelInput, CostComparison, CostNotComparable, CostRow, Savings } from './types.ts';

export const COST_BASELINE_RULE =
  'Savings are measured against the most expensive model (highest monthly cost) among the compared models billed in exactly the same set of pricing units, ties going to the lowest model id; so every savings figure is ≥ 0, does not depend on the order of the models, and "cheaper" means savings > 0. A model alone in its units, or without a known monthly cost, has no baseline and no savings (COST_NOT_COMPARABLE).';

export const COST_PER_QUALITY_POINT_RULE =
  'Cost per quality point = monthly cost ÷ overall score (USD per point per month), rounded once to micro-USD; null when either is unknown or the score is 0.';

const MICRO_PER_NANO = 1_000n;
const TENTHS = 10n;

/** The units a cost is billed in, as one key: costs are comparable only under equal keys. */
const unitsKey = (estimate: CostEstimate): string => [...estimate.pricingUnits].sort().join('+');

/** Exact, then rounded once: savings ÷ baseline × 100 to one decimal, half up (savings ≥ 0). */
function savingsPercent(savingsMicroUsd: bigint, baselineMicroUsd: bigint): number | null {
  if (baselineMicroUsd === 0n) return null;
  const tenths = (2n * savingsMicroUsd * 1000n + baselineMicroUsd) / (2n * baselineMicroUsd);
  return Number(tenths) / 10;
}

function savings(own: Money, baseline: Money): Savings {
  const monthlyMicroUsd = baseline.microUsd - own.microUsd;
  return {
    monthly: money(monthlyMicroUsd),
    yearly: money(12n * monthlyMicroUsd),
    percent: savingsPercent(monthlyMicroUsd, baseline.microUsd),
  };
}

function costPerQualityPoint(monthly: Money | null, overall: number | null): Pick<CostRow, 'costPerQualityPoint' | 'costPerQualityPointNullReason'> {
  if (monthly === null) return { costPerQualityPoint: null, costPerQualityPointNullReason: 'NO_COST' };
  if (overall === null) return { costPerQualityPoint: null, costPerQualityPointNullReason: 'NO_OVERALL_SCORE' };
  // The overall score is shown to one decimal, so in tenths it is an integer and the quotient exact.
  const overallTenths = BigInt(Math.round(overall * Number(TENTHS)));
  if (overallTenths === 0n) return { costPerQualityPoint: null, costPerQualityPointNullReason: 'ZERO_OVERALL_SCORE' };
  const nanoUsdPerPoint = rational(monthly.microUsd * MICRO_PER_NANO * TENTHS, overallTenths);
  return { costPerQualityPoint: roundMoney(nanoUsdPerPoint), costPerQualityPointNullReason: null };
}

interface Priced {
  modelId: string;
  monthly: Money;
  key: string;
}

/** The dearest of a unit group, lowest model id on a tie, so the choice ignores the request order. */
function dearest(group: readonly Priced[]): Priced {
  const byCostThenId = (a: Priced, b: Priced): number =>
    a.monthly.microUsd === b.monthly.microUsd ? (a.modelId < b.modelId ? -1 : 1) : a.monthly.microUsd > b.monthly.microUsd ? -1 : 1;
  return [...group].sort(byCostThenId)[0]!;
}

function notComparable(cause: CostNotComparable['cause'], estimate: CostEstimate | null): CostNotComparable {
  return { code: 'COST_NOT_COMPARABLE', cause, pricingUnits: estimate ? [...estimate.pricingUnits] : [] };
}

export function compareCosts(models: readonly ComparedModelInput[]): CostComparison {
  const estimates = models.map(({ cost }) => (cost.ok ? cost.estimate : null));
  const priced: Priced[] = estimates.flatMap((estimate, index) =>
    estimate?.monthly ? [{ modelId: models[index]!.model.id, monthly: estimate.monthly, key: unitsKey(estimate) }] : [],
  );
  const baselineByKey = new Map<string, Priced>();
  for (const key of new Set(priced.map((item) => item.key))) {
    const group = priced.filter((item) => item.key === key);
    if (group.length >= 2) baselineByKey.set(key, dearest(group));
  }

  const rows = models.map(({ model, score, cost }, index): CostRow => {
    const estimate = estimates[index]!;
    const base = {
      modelId: model.id,
      estimate,
      noEstimate: cost.ok ? null : { reason: cost.reason, message: cost.message },
      ...costPerQualityPoint(estimate?.monthly ?? null, score.overall.value),
    };
    const none = { baselineModelId: null, savings: null, cheaperThanBaseline: null };
    if (estimate === null) return { ...base, ...none, notComparable: notComparable('NO_OFFERING', null) };
    if (estimate.monthly === null) return { ...base, ...none, notComparable: notComparable('PRICE_UNKNOWN', estimate) };
    const baseline = baselineByKey.get(unitsKey(estimate));
    if (!baseline) return { ...base, ...none, notComparable: notComparable('DIFFERENT_PRICING_UNITS', estimate) };
    const saved = savings(estimate.monthly, baseline.monthly);
    return {
      ...base,
      baselineModelId: baseline.modelId,
      savings: saved,
      cheaperThanBaseline: saved.monthly.microUsd > 0n,
      notComparable: null,
    };
  });

  const comparable = priced.length === models.length && new Set(priced.map((item) => item.key)).size === 1;
  return { comparable, rows };
}
