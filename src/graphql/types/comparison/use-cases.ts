import { FIT_LEVELS, USE_CASES, type UseCaseComparison, type UseCaseFit, type UseCaseReason } from '../../../domain/comparison/types.ts';
import { builder } from '../../builder.ts';
import { CapabilityEnum } from '../capabilities.ts';
import { LeftOutModelRef, OutcomeEnum } from './outcome.ts';

export const UseCaseEnum = builder.enumType('UseCase', { values: USE_CASES });
export const FitLevelEnum = builder.enumType('FitLevel', { values: FIT_LEVELS });

export const UseCaseReasonRef = builder.objectRef<UseCaseReason>('UseCaseReason').implement({
  description: 'One piece of data behind a use-case fit.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'A signal, CAPABILITY or PEER_GROUP.' }),
    capability: t.field({ type: CapabilityEnum, nullable: true, resolve: (reason) => reason.capability }),
    value: t.string({ nullable: true, resolve: (reason) => (reason.value === null ? null : String(reason.value)) }),
    unit: t.exposeString('unit', { nullable: true }),
    score: t.float({ nullable: true, resolve: (reason) => reason.score }),
    weightPercent: t.exposeFloat('weightPercent'),
    benchmarks: t.exposeStringList('benchmarks'),
  }),
});

export const UseCaseFitRef = builder.objectRef<UseCaseFit>('UseCaseFit').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    fit: t.float({ nullable: true, description: '0-100; null when an input is unknown.', resolve: (fit) => fit.fit }),
    level: t.field({ type: FitLevelEnum, nullable: true, resolve: (fit) => fit.level }),
    reasons: t.field({ type: [UseCaseReasonRef], resolve: (fit) => fit.reasons }),
  }),
});

export const UseCaseComparisonRef = builder.objectRef<UseCaseComparison>('UseCaseComparison').implement({
  fields: (t) => ({
    useCase: t.field({ type: UseCaseEnum, resolve: (comparison) => comparison.useCase }),
    rule: t.exposeString('rule'),
    fits: t.field({ type: [UseCaseFitRef], resolve: (comparison) => comparison.fits }),
    outcome: t.field({ type: OutcomeEnum, resolve: (comparison) => comparison.outcome }),
    winnerModelId: t.exposeString('winnerModelId', { nullable: true }),
    leftOut: t.field({
      type: [LeftOutModelRef],
      description: 'Models without a fit (an input unknown), decided without, and why.',
      resolve: (comparison) => comparison.leftOut,
    }),
  }),
});
