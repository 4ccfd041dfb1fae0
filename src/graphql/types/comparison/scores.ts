import type { ScoreCell, ScoreComparison, WinsTally } from '../../../domain/comparison/types.ts';
import type { Confidence } from '../../../domain/scoring/types.ts';
import { builder } from '../../builder.ts';
import { CapabilityEnum } from '../capabilities.ts';
import { NullReasonEnum } from '../enums.ts';
import { ConfidenceEnum } from '../model-scores.ts';
import { ScoreIntervalRef } from '../signal-score.ts';
import { LeftOutModelRef, OutcomeEnum, ScoreKeyEnum } from './outcome.ts';

const CellCoverageRef = builder.objectRef<{ present: number; total: number }>('CellCoverage').implement({
  fields: (t) => ({
    present: t.exposeInt('present', { description: 'Benchmarks of the peer group’s set the model has a result on.' }),
    total: t.exposeInt('total', { description: 'Benchmarks in the peer group’s set.' }),
  }),
});

export const ScoreCellRef = builder.objectRef<ScoreCell>('ScoreCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    value: t.float({ nullable: true, resolve: (cell) => cell.value }),
    reason: t.field({ type: NullReasonEnum, nullable: true, resolve: (cell) => cell.reason }),
    interval: t.field({
      type: ScoreIntervalRef,
      nullable: true,
      description: 'Benchmarks and overall only: the 95% interval (null with the value, and for the other signals).',
      resolve: (cell) => cell.interval,
    }),
    detail: t.string({ nullable: true, description: 'Why the value is null, in words; null with a value.', resolve: (cell) => cell.detail }),
    confidence: t.field({
      type: ConfidenceEnum,
      nullable: true,
      description: 'Benchmarks and overall only: the confidence of the quality behind the value (from its interval’s width).',
      resolve: (cell) => cell.confidence,
    }),
    coverage: t.field({
      type: CellCoverageRef,
      nullable: true,
      description: 'Benchmarks and overall only: how many of the peer group’s benchmarks the model has a result on.',
      resolve: (cell) => cell.coverage,
    }),
  }),
});

export const ScoreComparisonRef = builder.objectRef<ScoreComparison>('ScoreComparison').implement({
  description: 'One signal (or the overall score) across the models: values, delta or spread, winner, differs.',
  fields: (t) => ({
    key: t.field({ type: ScoreKeyEnum, resolve: (comparison) => comparison.key }),
    cells: t.field({ type: [ScoreCellRef], description: 'One per model, in request order.', resolve: (comparison) => comparison.cells }),
    outcome: t.field({ type: OutcomeEnum, resolve: (comparison) => comparison.outcome }),
    winnerModelId: t.exposeString('winnerModelId', { nullable: true }),
    delta: t.float({ nullable: true, description: 'Two comparable models: second − first, in points.', resolve: (comparison) => comparison.delta }),
    spread: t.float({ nullable: true, description: 'Three to five comparable models: highest − lowest.', resolve: (comparison) => comparison.spread }),
    advantage: t.float({ nullable: true, description: 'WINNER only: winner − runner-up, in points.', resolve: (comparison) => comparison.advantage }),
    statisticallyTiedOn: t.exposeStringList('statisticallyTiedOn', {
      description: 'STATISTICAL_TIE only: shared LMArena benchmarks on which the tied models’ own results are statistically tied too (may be empty).',
    }),
    tieReason: t.exposeString('tieReason', {
      nullable: true,
      description:
        'STATISTICAL_TIE: why, with the values, their 95% intervals and the difference’s; TIE of release dates: why their precision cannot order them.',
    }),
    differs: t.exposeBoolean('differs'),
    leftOut: t.field({
      type: [LeftOutModelRef],
      description: 'The models decided without (no value), and why; empty when every model has one. MISSING_DATA only when fewer than two have one.',
      resolve: (comparison) => comparison.leftOut,
    }),
    commonFlags: t.field({
      type: [CapabilityEnum],
      description:
        'CAPABILITIES only: the scored flags known for every model compared; each cell is 100 × supported / these, so an unknown flag neither helps nor hurts. Empty for the other rows.',
      resolve: (comparison) => comparison.commonFlags,
    }),
  }),
});

export const ConfidenceCellRef = builder.objectRef<{ modelId: string; confidence: Confidence | null }>('ConfidenceCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    confidence: t.field({ type: ConfidenceEnum, nullable: true, description: 'Null with the overall score.', resolve: (cell) => cell.confidence }),
  }),
});

export const WinsTallyRef = builder.objectRef<WinsTally>('WinsTally').implement({
  description: '"2 wins of 5 comparable": wins over the signals whose comparison could decide.',
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    wins: t.exposeInt('wins'),
    comparable: t.exposeInt('comparable'),
    wonSignals: t.field({ type: [ScoreKeyEnum], resolve: (tally) => tally.wonSignals }),
    label: t.string({ resolve: (tally) => `${tally.wins} win${tally.wins === 1 ? '' : 's'} of ${tally.comparable} comparable` }),
  }),
});
