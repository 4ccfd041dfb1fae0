import { SIGNAL_NAMES } from '../../../domain/scoring/types.ts';
import { builder } from '../../builder.ts';

export const OutcomeEnum = builder.enumType('ComparisonOutcome', {
  description: 'How a comparison of one figure came out. Only WINNER names a winner; nothing is claimed on missing or incomparable data.',
  values: {
    WINNER: { description: 'One model has the best value as shown.' },
    TIE: { description: 'Several models share the best value as shown.' },
    STATISTICAL_TIE: { description: 'The best value is not separated by the evidence (overlapping 95% confidence intervals).' },
    MISSING_DATA: { description: 'At least one model has no value.' },
    DIFFERENT_PEER_GROUPS: { description: 'The figure is normalised within a peer group and the models are in different groups.' },
    DIFFERENT_PRICING_UNITS: { description: 'Prices in different units (per token vs per image) are never ranked on one scale.' },
    COST_NOT_COMPARABLE: { description: 'Costs billed in different units, or not known for every model.' },
  } as const,
});

export const ScoreKeyEnum = builder.enumType('ComparedScore', { values: [...SIGNAL_NAMES, 'OVERALL'] as const });
