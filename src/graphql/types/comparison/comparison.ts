import type { Comparison, OverallComparison } from '../../../domain/comparison/types.ts';
import { comparedModelIdsSchema } from '../../../domain/comparison/validate.ts';
import { compareModelsByIds } from '../../../services/compare.ts';
import { allowExceedingLimitsArg, offeringArg, usageArg } from '../../args.ts';
import { builder } from '../../builder.ts';
import { orThrow } from '../../errors.ts';
import { catalogKey } from '../../ids.ts';
import { CostCrossoverRef } from '../cost-crossover.ts';
import { PeerGroupEnum } from '../enums.ts';
import { BenchmarkComparisonRef } from './benchmarks.ts';
import { CapabilityRowRef } from './capabilities.ts';
import { CostComparisonRef } from './costs.ts';
import { ComparedModelRef } from './models.ts';
import { ParameterRowRef, parameterRows } from './parameters.ts';
import { ConfidenceCellRef, ScoreComparisonRef, WinsTallyRef } from './scores.ts';
import { SummaryRef } from './summary.ts';
import { UseCaseComparisonRef } from './use-cases.ts';
import { VerdictRef } from './verdicts.ts';

export const ComparisonRef = builder.objectRef<Comparison>('Comparison').implement({
  description: 'Two to five models side by side, every figure from one engine: nothing here contradicts anything else here.',
  fields: (t) => ({
    models: t.field({
      type: [ComparedModelRef],
      description: 'In request order; every per-model list follows it.',
      resolve: (comparison) => comparison.models,
    }),
    peerGroup: t.field({
      type: PeerGroupEnum,
      nullable: true,
      description:
        'The peer group the comparison is made in: one every compared model belongs to, each scored in it (FLUX1.1 [pro] and GPT-5.4 Image 2: IMAGE_GENERATION). Null when they share none.',
      resolve: ({ models }) => (models.every((model) => model.peerGroup === models[0]!.peerGroup) ? models[0]!.peerGroup : null),
    }),
    signals: t.field({ type: [ScoreComparisonRef], resolve: (comparison) => comparison.signals }),
    overall: t.field({ type: ScoreComparisonRef, resolve: (comparison): OverallComparison => comparison.overall }),
    overallConfidence: t.field({
      type: [ConfidenceCellRef],
      resolve: (comparison) =>
        comparison.overall.cells.map((cell, index) => ({ modelId: cell.modelId, confidence: comparison.overall.confidence[index] ?? null })),
    }),
    tally: t.field({ type: [WinsTallyRef], description: 'Wins per model, in model order.', resolve: (comparison) => comparison.tally }),
    benchmarks: t.field({ type: [BenchmarkComparisonRef], resolve: (comparison) => comparison.benchmarks }),
    capabilities: t.field({ type: [CapabilityRowRef], resolve: (comparison) => comparison.capabilities }),
    parameters: t.field({
      type: [ParameterRowRef],
      resolve: (comparison) => parameterRows(comparison.parameters),
    }),
    costs: t.field({ type: CostComparisonRef, resolve: (comparison) => comparison.costs }),
    useCases: t.field({ type: [UseCaseComparisonRef], resolve: (comparison) => comparison.useCases }),
    verdicts: t.field({ type: [VerdictRef], resolve: (comparison) => comparison.verdicts }),
    crossovers: t.field({
      type: [CostCrossoverRef],
      description:
        'Where the cheaper of the compared models changes as one usage variable moves (the others held), at the offerings priced here. Only when every cost is known and billed in the same units; none when one model is cheaper everywhere.',
      resolve: (comparison) => comparison.crossovers,
    }),
    summary: t.field({ type: SummaryRef, resolve: (comparison) => comparison.summary }),
  }),
});

builder.queryField('compare', (t) =>
  t.field({
    type: ComparisonRef,
    description: 'Compare 2 to 5 models (canonical ids, aliases or global ids) at a usage profile.',
    // The operation-cost rule's figure (npm run bench:cost): the engine and the quotes, about 1.5 ms of CPU beyond the fields.
    extensions: { cost: 500 },
    args: {
      models: t.arg.idList({ required: true, validate: { schema: comparedModelIdsSchema } }),
      usage: t.arg(usageArg),
      offering: t.arg.string(offeringArg),
      allowExceedingLimits: t.arg.boolean(allowExceedingLimitsArg),
      peerGroup: t.arg({
        type: PeerGroupEnum,
        description: 'Compare in this peer group (every model must belong to it); by default the one they share, their primary group first.',
      }),
    },
    resolve: async (_root, { models, usage, offering, peerGroup, allowExceedingLimits }, context) =>
      orThrow(
        await compareModelsByIds(
          context,
          models.map((id) => ({ requested: String(id), key: catalogKey(String(id), 'Model') })),
          { offering: offering ?? 'CANONICAL', usage, allowExceedingLimits },
          peerGroup ?? null,
        ),
      ),
  }),
);
