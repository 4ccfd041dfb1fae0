import type { BenchmarkResult } from '../../domain/catalog.ts';
import { builder } from '../builder.ts';
import { ProvenanceRef } from './provenance.ts';

export const BenchmarkResultRef = builder.objectRef<BenchmarkResult>('BenchmarkResult').implement({
  description: 'A model’s result on one benchmark, with where it came from.',
  fields: (t) => ({
    benchmarkId: t.exposeString('benchmarkId', { description: 'Slug, e.g. `lmarena-text`, `swe-bench-pro`.' }),
    benchmarkName: t.exposeString('benchmarkName'),
    score: t.exposeFloat('score'),
    metric: t.exposeString('metric'),
    higherIsBetter: t.exposeBoolean('higherIsBetter'),
    configuration: t.exposeString('configuration', {
      nullable: true,
      description:
        'How the model was run for this result when it was not the default: a reasoning budget (`thinking-16k`), a precision (`fp8`), a quality mode.',
    }),
    release: t.exposeString('release', {
      nullable: true,
      description: 'The dated release the result is for, when the source names one the model id does not (`2025-03-26` of ChatGPT-4o-latest).',
    }),
    date: t.field({ type: 'LocalDate', nullable: true, resolve: (result) => result.date }),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
    votes: t.exposeInt('votes', { nullable: true, description: 'LMArena: number of votes behind the score.' }),
    confidenceInterval: t.field({
      type: ConfidenceIntervalRef,
      nullable: true,
      description: 'LMArena: the 95% confidence interval of the score.',
      resolve: (result) => (result.ciLower !== null && result.ciUpper !== null ? { lower: result.ciLower, upper: result.ciUpper } : null),
    }),
    provenance: t.field({ type: ProvenanceRef, resolve: (result) => result.provenance }),
  }),
});

const ConfidenceIntervalRef = builder.objectRef<{ lower: number; upper: number }>('ConfidenceInterval').implement({
  description: 'A 95% confidence interval, in the score’s own units.',
  fields: (t) => ({ lower: t.exposeFloat('lower'), upper: t.exposeFloat('upper') }),
});
