import type { LeftOutModel } from '../../../domain/comparison/types.ts';
import { SIGNAL_NAMES } from '../../../domain/scoring/types.ts';
import { builder } from '../../builder.ts';

export const OutcomeEnum = builder.enumType('ComparisonOutcome', {
  description: 'How a comparison of one figure came out. Only WINNER names a winner; nothing is claimed on missing or incomparable data.',
  values: {
    WINNER: { description: 'One model has the best value as shown.' },
    TIE: {
      description:
        'Several models share the best value as shown, or (release dates) the precision of the dates cannot order the best one against another (see tieReason).',
    },
    STATISTICAL_TIE: { description: 'The best value is not separated by the evidence: the 95% interval of its difference from another model’s contains 0.' },
    MISSING_DATA: { description: 'Fewer than two models have a value (with three to five models, those without one are left out: leftOut).' },
    DIFFERENT_PEER_GROUPS: { description: 'The figure is normalised within a peer group and the models are in different groups.' },
    DIFFERENT_PRICING_UNITS: { description: 'Prices in different units (per token vs per image) are never ranked on one scale.' },
    COST_NOT_COMPARABLE: { description: 'Costs billed in different units, or not known for every model.' },
  } as const,
});

export const ScoreKeyEnum = builder.enumType('ComparedScore', { values: [...SIGNAL_NAMES, 'OVERALL'] as const });

export const LeftOutModelRef = builder.objectRef<LeftOutModel>('LeftOutModel').implement({
  description: 'A model a row, verdict or use case was decided without, because it lacks the figure; the other models are compared among themselves.',
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    reason: t.exposeString('reason', { description: 'Why, in words (e.g. "no benchmark result", "its context window is unknown").' }),
  }),
});
