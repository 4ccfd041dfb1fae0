/**
 * Costs at the caller's usage, savings and cost per quality point. Only costs billed in the same
 * units are ever set against each other: an image model's per-image bill and a text model's
 * per-token bill at "the same usage" describe different work, so between them the comparison says
 * COST_NOT_COMPARABLE and gives no ratio and no savings.
 */
import { money, roundMoney } from '../cost/money.ts';
import { rational } from '../cost/rational.ts';
import type { CostEstimate, Money } from '../cost/types.ts';
import type {
  ComparedModelInput,
  CostComparison,
  CostNotComparable,
  CostNotComparableCause,
  CostPerQualityPointNullReason,
  CostRow,
  Savings,
} from './types.ts';

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

type CostPerQualityPoint = Pick<CostRow, 'costPerQualityPoint' | 'costPerQualityPointNullReason'>;

const noCostPerQualityPoint = (reason: CostPerQualityPointNullReason): CostPerQualityPoint => ({
  costPerQualityPoint: null,
  costPerQualityPointNullReason: reason,
});

function costPerQualityPoint(monthly: Money | null, overall: number | null): CostPerQualityPoint {
  if (monthly === null) return noCostPerQualityPoint('NO_COST');
  if (overall === null) return noCostPerQualityPoint('NO_OVERALL_SCORE');
  // The overall score is shown to one decimal, so in tenths it is an integer and the quotient exact.
  const overallTenths = BigInt(Math.round(overall * Number(TENTHS)));
  if (overallTenths === 0n) return noCostPerQualityPoint('ZERO_OVERALL_SCORE');
  const nanoUsdPerPoint = rational(monthly.microUsd * MICRO_PER_NANO * TENTHS, overallTenths);
  return { costPerQualityPoint: roundMoney(nanoUsdPerPoint), costPerQualityPointNullReason: null };
}

interface Priced {
  modelId: string;
  monthly: Money;
  key: string;
}

/** Dearest first, then lowest model id, so the baseline does not depend on the request order. */
function dearestFirst(a: Priced, b: Priced): number {
  if (a.monthly.microUsd !== b.monthly.microUsd) return a.monthly.microUsd > b.monthly.microUsd ? -1 : 1;
  return a.modelId < b.modelId ? -1 : 1;
}

/** Why a model has no baseline: no estimate, no known monthly cost, or units no other model is billed in. */
function notComparable(estimate: CostEstimate | null): CostNotComparable {
  const cause: CostNotComparableCause = estimate === null ? 'NO_OFFERING' : estimate.monthly === null ? 'PRICE_UNKNOWN' : 'DIFFERENT_PRICING_UNITS';
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
    if (group.length >= 2) baselineByKey.set(key, group.sort(dearestFirst)[0]!);
  }

  const rows = models.map(({ model, score, cost }, index): CostRow => {
    const estimate = estimates[index] ?? null;
    const baseline = estimate?.monthly ? baselineByKey.get(unitsKey(estimate)) : undefined;
    const saved = baseline && estimate?.monthly ? savings(estimate.monthly, baseline.monthly) : null;
    const { costPerQualityPoint: perPoint, costPerQualityPointNullReason } = costPerQualityPoint(estimate?.monthly ?? null, score.overall.value);
    return {
      modelId: model.id,
      estimate,
      noEstimate: cost.ok ? null : { reason: cost.reason, message: cost.message },
      baselineModelId: baseline?.modelId ?? null,
      savings: saved,
      cheaperThanBaseline: saved === null ? null : saved.monthly.microUsd > 0n,
      notComparable: saved === null ? notComparable(estimate) : null,
      costPerQualityPoint: perPoint,
      costPerQualityPointNullReason,
    };
  });

  const comparable = priced.length === models.length && new Set(priced.map((item) => item.key)).size === 1;
  return { comparable, rows };
}
