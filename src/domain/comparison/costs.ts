/**
 * Costs at the caller's usage, savings and cost per quality point. Only costs billed in the same
 * units are ever set against each other: an image model's per-image bill and a text model's
 * per-token bill at "the same usage" describe different work, so between them the comparison says
 * COST_NOT_COMPARABLE and gives no ratio and no savings.
 */

import type { CostEstimate } from '../cost/types.ts';
import type { Money } from '../money/money.ts';
import { money, roundMoney } from '../money/money.ts';
import { rational } from '../money/rational.ts';
import type { PreparedComparedModel } from './prepare.ts';
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

const NO_QUOTE_WORDS: Record<NonNullable<CostRow['noEstimate']>['reason'], string> = {
  NO_OFFERINGS: 'no provider in the data offers it',
  NO_CANONICAL_OFFERING: 'it has no canonical offering',
  PROVIDER_DOES_NOT_OFFER_MODEL: 'the chosen provider does not offer it',
  NO_PAY_PER_USE_OFFERING_WITH_KNOWN_PRICE: 'none of its offerings has a known pay-per-use price at this usage',
  REQUEST_EXCEEDS_LIMITS: 'the request exceeds its limits',
};

/**
 * Why a model has no known monthly cost, in words that match the data: no offering at all, none
 * with a known pay-per-use price, a request too large for it, or the offering priced lacks a price
 * this usage needs (and which).
 */
export function costUnknownReason(row: Pick<CostRow, 'estimate' | 'noEstimate'>): string {
  if (row.noEstimate) return NO_QUOTE_WORDS[row.noEstimate.reason];
  const estimate = row.estimate;
  if (!estimate || estimate.monthly !== null) return 'no known monthly cost';
  if (estimate.offering.pricingKind !== 'PAY_PER_USE') return `${estimate.offering.offeringId} has no price per use`;
  const unpriced = estimate.breakdown.filter((line) => line.monthly === null).map((line) => line.item.toLowerCase().replaceAll('_', ' '));
  return unpriced.length === 0 ? 'price unknown at this usage' : `${estimate.offering.offeringId} lists no price for ${unpriced.join(', ')}`;
}
const TENTHS = 10n;

/** The units a cost is billed in, as one key: costs are comparable only under equal keys. */
const unitsKey = (estimate: CostEstimate): string => [...estimate.pricingUnits].sort().join('+');

const TENTHS_OF_A_PERCENT = 1000n;

/** Exact, then rounded once: savings ÷ baseline × 100 to one decimal, half up (savings ≥ 0). */
function savingsPercent(savingsMicroUsd: bigint, baselineMicroUsd: bigint): number | null {
  if (baselineMicroUsd === 0n) return null;
  // floor(x + 1/2) in integers, x = savings × 1000 ÷ baseline (tenths of a percent).
  const tenths = (2n * savingsMicroUsd * TENTHS_OF_A_PERCENT + baselineMicroUsd) / (2n * baselineMicroUsd);
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

/** A model's side of the cost comparison, which no other model changes: worked out once per model. */
export interface PreparedCost {
  modelId: string;
  estimate: CostEstimate | null;
  noEstimate: CostRow['noEstimate'];
  /** The units key when the monthly cost is known; null: nothing to compare. */
  unitsKey: string | null;
  /** Its entry for when it has no baseline (no known cost, or no other model billed in its units). */
  notComparable: CostNotComparable;
  costPerQualityPoint: Money | null;
  costPerQualityPointNullReason: CostPerQualityPointNullReason | null;
  /** Why the monthly cost is unknown, in words (`costUnknownReason`); null when it is known. */
  unknownReason: string | null;
}

/** Why a model has no baseline: no estimate, no known monthly cost, or units no other model is billed in. */
function notComparable(estimate: CostEstimate | null): CostNotComparable {
  const cause: CostNotComparableCause = estimate === null ? 'NO_OFFERING' : estimate.monthly === null ? 'PRICE_UNKNOWN' : 'DIFFERENT_PRICING_UNITS';
  return { code: 'COST_NOT_COMPARABLE', cause, pricingUnits: estimate ? [...estimate.pricingUnits] : [] };
}

export function prepareCost({ model, score, cost }: ComparedModelInput): PreparedCost {
  const estimate = cost.ok ? cost.estimate : null;
  return {
    modelId: model.id,
    estimate,
    noEstimate: cost.ok ? null : { reason: cost.reason, message: cost.message },
    unitsKey: estimate?.monthly ? unitsKey(estimate) : null,
    notComparable: notComparable(estimate),
    ...costPerQualityPoint(estimate?.monthly ?? null, score.overall.value),
    unknownReason: estimate?.monthly ? null : costUnknownReason({ estimate, noEstimate: cost.ok ? null : { reason: cost.reason, message: cost.message } }),
  };
}

/** The dearer of two priced models, the lower model id on a tie, so the baseline ignores the request order. */
function dearer(a: PreparedCost, b: PreparedCost): PreparedCost {
  const costA = a.estimate!.monthly!.microUsd;
  const costB = b.estimate!.monthly!.microUsd;
  if (costA !== costB) return costA > costB ? a : b;
  return a.modelId < b.modelId ? a : b;
}

/** The dearest model billed in the same units as `own` (itself included), or null when no other is. */
function baselineOf(own: PreparedCost, costs: readonly PreparedCost[]): PreparedCost | null {
  if (own.unitsKey === null) return null;
  let baseline = own;
  let sameUnits = 0;
  for (const other of costs) {
    if (other.unitsKey !== own.unitsKey) continue;
    sameUnits++;
    baseline = dearer(baseline, other);
  }
  return sameUnits < 2 ? null : baseline;
}

/** A new row per comparison: the baseline and savings depend on the other models. */
function costRow(cost: PreparedCost, baseline: PreparedCost | null): CostRow {
  const saved = baseline === null ? null : savings(cost.estimate!.monthly!, baseline.estimate!.monthly!);
  return {
    modelId: cost.modelId,
    estimate: cost.estimate,
    noEstimate: cost.noEstimate,
    baselineModelId: baseline === null ? null : baseline.modelId,
    savings: saved,
    cheaperThanBaseline: saved === null ? null : saved.monthly.microUsd > 0n,
    notComparable: baseline === null ? cost.notComparable : null,
    costPerQualityPoint: cost.costPerQualityPoint,
    costPerQualityPointNullReason: cost.costPerQualityPointNullReason,
  };
}

export function compareCosts(models: readonly PreparedComparedModel[]): CostComparison {
  const costs = models.map(({ cost }) => cost);
  const firstKey = costs[0]!.unitsKey;
  const comparable = costs.every(({ unitsKey }) => unitsKey !== null && unitsKey === firstKey);
  return { comparable, rows: costs.map((cost) => costRow(cost, baselineOf(cost, costs))) };
}
