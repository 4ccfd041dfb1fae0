import type { CostComparison, CostRow, Savings } from '../../../domain/comparison/types.ts';
import { builder } from '../../builder.ts';
import { CostEstimateRef } from '../cost-estimate.ts';
import { MoneyRef } from '../money.ts';

export const SavingsRef = builder.objectRef<Savings>('Savings').implement({
  fields: (t) => ({
    monthly: t.field({ type: MoneyRef, resolve: (savings) => savings.monthly }),
    yearly: t.field({ type: MoneyRef, description: 'Exactly 12 × monthly.', resolve: (savings) => savings.yearly }),
    percent: t.float({ nullable: true, resolve: (savings) => savings.percent }),
  }),
});

export const CostRowRef = builder.objectRef<CostRow>('CostRow').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    estimate: t.field({
      type: CostEstimateRef,
      nullable: true,
      resolve: (row) => (row.estimate ? { ...row.estimate, asOf: null, priceSince: null } : null),
    }),
    noEstimateReason: t.string({ nullable: true, resolve: (row) => row.noEstimate?.message ?? null }),
    baselineModelId: t.exposeString('baselineModelId', { nullable: true }),
    savings: t.field({ type: SavingsRef, nullable: true, description: 'Against the baseline; null when not comparable.', resolve: (row) => row.savings }),
    cheaperThanBaseline: t.boolean({ nullable: true, resolve: (row) => row.cheaperThanBaseline }),
    notComparableCause: t.string({
      nullable: true,
      description: 'NO_OFFERING, PRICE_UNKNOWN or DIFFERENT_PRICING_UNITS.',
      resolve: (row) => row.notComparable?.cause ?? null,
    }),
    costPerQualityPoint: t.field({ type: MoneyRef, nullable: true, description: 'Monthly cost ÷ overall score.', resolve: (row) => row.costPerQualityPoint }),
    costPerQualityPointNullReason: t.string({ nullable: true, resolve: (row) => row.costPerQualityPointNullReason }),
  }),
});

export const CostComparisonRef = builder.objectRef<CostComparison>('CostComparison').implement({
  fields: (t) => ({
    comparable: t.exposeBoolean('comparable', { description: 'Every model has a known monthly cost in the same pricing units.' }),
    rows: t.field({ type: [CostRowRef], resolve: (costs) => costs.rows }),
  }),
});
