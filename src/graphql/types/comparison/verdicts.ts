import { VERDICT_KINDS, type Verdict } from '../../../domain/comparison/types.ts';
import { builder } from '../../builder.ts';
import { LeftOutModelRef, OutcomeEnum } from './outcome.ts';

export const VerdictKindEnum = builder.enumType('VerdictKind', {
  description: 'Speed and reliability verdicts are absent on purpose: the catalog has no such data.',
  values: VERDICT_KINDS,
});

export const VerdictRef = builder.objectRef<Verdict>('Verdict').implement({
  description: '"Best for …": a winner only when the numbers it is based on decide.',
  fields: (t) => ({
    kind: t.field({ type: VerdictKindEnum, resolve: (verdict) => verdict.kind }),
    outcome: t.field({ type: OutcomeEnum, resolve: (verdict) => verdict.outcome }),
    winnerModelId: t.exposeString('winnerModelId', { nullable: true }),
    basedOn: t.exposeString('basedOn', { description: 'The figures compared, as a path into this Comparison.' }),
    leftOut: t.field({
      type: [LeftOutModelRef],
      description: 'The models decided without (no such figure), and why; empty when every model has it.',
      resolve: (verdict) => verdict.leftOut,
    }),
    tieReason: t.exposeString('tieReason', {
      nullable: true,
      description: 'Why there is no winner when the data cannot order the best (a difference within its 95% interval, release dates known only to the month).',
    }),
  }),
});
