import { METHODOLOGY } from '../../domain/scoring/methodology.ts';
import { type Contribution, type ExplanationInput, type IntervalBounds, SIGNAL_NAMES, type SignalScore } from '../../domain/scoring/types.ts';
import { builder } from '../builder.ts';
import { NullReasonEnum } from './enums.ts';
import { ProvenanceRef } from './provenance.ts';

export const SignalEnum = builder.enumType('Signal', {
  description: 'The six 0-100 signals every model is scored on.',
  values: Object.fromEntries(SIGNAL_NAMES.map((signal) => [signal, { value: signal, description: METHODOLOGY.signals[signal].name }])) as Record<
    (typeof SIGNAL_NAMES)[number],
    { value: (typeof SIGNAL_NAMES)[number]; description: string }
  >,
});

export const ExplanationInputRef = builder.objectRef<ExplanationInput>('ExplanationInput').implement({
  description: 'A figure a score was computed from, with its unit and where it came from (null provenance: derived by the engine).',
  fields: (t) => ({
    name: t.exposeString('name'),
    value: t.string({ nullable: true, description: 'The value as text.', resolve: (input) => (input.value === null ? null : String(input.value)) }),
    numericValue: t.float({ nullable: true, resolve: (input) => (typeof input.value === 'number' ? input.value : null) }),
    unit: t.exposeString('unit', { nullable: true }),
    provenance: t.field({ type: ProvenanceRef, nullable: true, resolve: (input) => input.provenance }),
  }),
});

export const ScoreIntervalRef = builder.objectRef<IntervalBounds>('ScoreInterval').implement({
  description: 'A 95% interval around a value, on the value’s own scale (0-100 for scores and signals; a benchmark’s own metric on a benchmark leaderboard).',
  fields: (t) => ({
    lower: t.exposeFloat('lower'),
    upper: t.exposeFloat('upper'),
  }),
});

export const ContributionRef = builder.objectRef<Contribution>('Contribution');

ContributionRef.implement({
  description: 'One part of a score: its value × its weight gives its points; the parts’ points add up exactly to the score as shown.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'A signal for parts of the overall score; a benchmark id for parts of the Benchmarks signal.' }),
    label: t.exposeString('label'),
    value: t.exposeFloat('value', { description: 'The part’s own 0-100 value.' }),
    weightPercent: t.exposeFloat('weightPercent'),
    points: t.exposeFloat('points'),
    inputs: t.field({ type: [ExplanationInputRef], resolve: (contribution) => contribution.inputs }),
    parts: t.field({ type: [ContributionRef], resolve: (contribution) => contribution.parts }),
  }),
});

export const SignalScoreRef = builder.objectRef<SignalScore>('SignalScore').implement({
  description: 'A 0-100 signal (higher is better), or null with the reason — never 0 for missing data.',
  fields: (t) => ({
    signal: t.field({ type: SignalEnum, resolve: (score) => score.signal }),
    name: t.string({ resolve: (score) => METHODOLOGY.signals[score.signal].name }),
    value: t.float({ nullable: true, resolve: (score) => score.value }),
    reason: t.field({ type: NullReasonEnum, nullable: true, resolve: (score) => score.reason }),
    detail: t.string({
      nullable: true,
      description: 'Why the value is null, in a sentence.',
      resolve: (score) => (score.value === null ? score.detail : null),
    }),
    formula: t.exposeString('formula'),
    inputs: t.field({ type: [ExplanationInputRef], resolve: (score) => score.inputs }),
    interval: t.field({
      type: ScoreIntervalRef,
      nullable: true,
      description:
        'Benchmarks: the 95% interval of the quality from the joint fit. Recency of a release known only to the month or the year: the range its days allow (aged from the first day to the last). Null otherwise and with the value.',
      resolve: (score) => score.interval,
    }),
    contributions: t.field({
      type: [ContributionRef],
      description: 'Benchmarks only: each benchmark’s normalised score and share of the signal.',
      resolve: (score) => score.contributions,
    }),
  }),
});
