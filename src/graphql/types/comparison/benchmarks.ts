import type { BenchmarkComparison } from '../../../domain/comparison/types.ts';
import { builder } from '../../builder.ts';
import { OutcomeEnum } from './outcome.ts';

export const BenchmarkCellRef = builder.objectRef<BenchmarkComparison['cells'][number]>('BenchmarkCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    score: t.exposeFloat('score'),
    ciLower: t.float({ nullable: true, resolve: (cell) => cell.ciLower }),
    ciUpper: t.float({ nullable: true, resolve: (cell) => cell.ciUpper }),
  }),
});

export const BenchmarkComparisonRef = builder.objectRef<BenchmarkComparison>('BenchmarkComparison').implement({
  description: 'A benchmark every compared model has a result on, with raw scores as the source gives them.',
  fields: (t) => ({
    benchmarkId: t.exposeString('benchmarkId'),
    benchmarkName: t.exposeString('benchmarkName'),
    metric: t.exposeString('metric'),
    higherIsBetter: t.exposeBoolean('higherIsBetter'),
    cells: t.field({ type: [BenchmarkCellRef], resolve: (comparison) => comparison.cells }),
    outcome: t.field({ type: OutcomeEnum, resolve: (comparison) => comparison.outcome }),
    winnerModelId: t.exposeString('winnerModelId', { nullable: true }),
    delta: t.float({ nullable: true, resolve: (comparison) => comparison.delta }),
    spread: t.float({ nullable: true, resolve: (comparison) => comparison.spread }),
    differs: t.exposeBoolean('differs'),
  }),
});
