import type { CostCrossover, CrossoverVariable } from '../../domain/cost/crossovers.ts';
import { builder } from '../builder.ts';
import { describedValues } from './enums.ts';

export const CrossoverVariableEnum = builder.enumType('CrossoverVariable', {
  description: 'A usage field moved while the others are held.',
  values: describedValues<CrossoverVariable>({
    REQUESTS_PER_MONTH: 'Requests a month.',
    TOKENS_PER_REQUEST: 'Input + output text tokens of one request, split by the usage’s input share.',
    INPUT_SHARE: 'The share (0-1) of the tokens per request that is input.',
    CACHED_INPUT_SHARE: 'The share (0-1) of the input read from the prompt cache.',
  }),
});

export const CostCrossoverRef = builder.objectRef<CostCrossover>('CostCrossover').implement({
  description:
    'A usage value where the cheaper of the models changes, solved exactly from their price structures (input versus output prices, cache reads, per-request fees, long-context tiers), never by sampling.',
  fields: (t) => ({
    variable: t.field({ type: CrossoverVariableEnum, resolve: (crossover) => crossover.variable }),
    at: t.exposeFloat('at', { description: 'The value of the variable where the change happens (the exact value, as a number).' }),
    cheaperBelow: t.exposeString('cheaperBelow', { description: 'The canonical id of the cheaper model just below `at`.' }),
    cheaperAbove: t.exposeString('cheaperAbove', { description: 'The canonical id of the cheaper model just above `at`.' }),
    tierThreshold: t.exposeBoolean('tierThreshold', {
      description: 'True when a long-context tier starting at `at` makes the change (a jump, not two lines meeting).',
    }),
    explanation: t.exposeString('explanation'),
  }),
});
