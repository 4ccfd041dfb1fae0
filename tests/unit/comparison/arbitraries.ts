/**
 * Random compared models shaped like the real catalog: text and image-generation models, scores on
 * a 0.1 grid with deliberate collisions (ties), quality and overall intervals from none to wide (so
 * that some overlap: statistical ties), unknown and not-applicable values, unknown prices and
 * missing offerings, per-token vs per-image billing, and arena results whose intervals sometimes
 * overlap.
 */
import fc from 'fast-check';
import type { Capabilities } from '../../../src/domain/catalog.ts';
import { CAPABILITY_NAMES } from '../../../src/domain/catalog.ts';
import type { ComparedModelInput } from '../../../src/domain/comparison/types.ts';
import { roundScore } from '../../../src/domain/rounding.ts';
import { SIGNAL_NAMES, type SignalName } from '../../../src/domain/scoring/types.ts';
import { type BenchmarkSpec, type CompareSpec, compared, type SignalSpec } from './fixtures.ts';

/** Digit-free names, so that every digit of a summary must come from a figure. */
export const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];

const shownScore = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, 50, 71, 82.4) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10) },
);
const signalSpec: fc.Arbitrary<SignalSpec> = fc.oneof({ weight: 1, arbitrary: fc.constant<SignalSpec>('UNKNOWN') }, { weight: 6, arbitrary: shownScore });

const arena = (id: string): fc.Arbitrary<BenchmarkSpec> =>
  fc
    .record({ score: fc.constantFrom(1400, 1410, 1420, 1450), halfWidth: fc.constantFrom(3, 8, 20) })
    .map(({ score, halfWidth }) => ({ id, score, ci: [score - halfWidth, score + halfWidth] as [number, number] }));
const plain = (id: string): fc.Arbitrary<BenchmarkSpec> => fc.constantFrom(40, 55, 70).map((score) => ({ id, score }));
const benchmarks = (arenaId: string): fc.Arbitrary<BenchmarkSpec[]> =>
  fc
    .tuple(fc.option(arena(arenaId), { nil: undefined }), fc.option(plain('gpqa'), { nil: undefined }), fc.option(plain('swe-bench-pro'), { nil: undefined }))
    .map((list) => list.filter((b): b is BenchmarkSpec => b !== undefined));

const monthly = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<bigint | null | 'NO_OFFERING'>('NO_OFFERING', null, 0n) },
  { weight: 2, arbitrary: fc.constantFrom(1_000_000n, 6_691_667n, 30_416_667n) },
  { weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 11n }) },
);

const capabilities: fc.Arbitrary<Capabilities> = fc.record(
  Object.fromEntries(CAPABILITY_NAMES.map((flag) => [flag, fc.option(fc.boolean(), { nil: null })])) as Record<
    keyof Capabilities,
    fc.Arbitrary<boolean | null>
  >,
);

const tokens = (values: number[]) => fc.oneof(fc.constant<'UNKNOWN'>('UNKNOWN'), fc.constantFrom(...values));
// Day dates, and dates known only to the month or the year (which a comparison may not order).
const date = fc.option(fc.constantFrom('2024-05-13', '2025-08-07', '2025-11-20', '2026-03-05', '2025-08', '2025-11', '2025'), { nil: null });

const signals = (overrides: Partial<Record<SignalName, fc.Arbitrary<SignalSpec>>>) =>
  fc.record(Object.fromEntries(SIGNAL_NAMES.map((s) => [s, overrides[s] ?? signalSpec])) as Record<SignalName, fc.Arbitrary<SignalSpec>>);

const common = {
  overall: fc.option(shownScore, { nil: null }),
  confidence: fc.constantFrom('HIGH' as const, 'MEDIUM' as const, 'LOW' as const),
  monthlyMicroUsd: monthly,
  releaseDate: date,
  knowledgeCutoff: fc.option(fc.constantFrom('2024-10', '2025-06'), { nil: null }),
  openWeights: fc.option(fc.boolean(), { nil: null }),
  capabilities,
};

const textModel: fc.Arbitrary<Omit<CompareSpec, 'id'>> = fc.record({
  ...common,
  peerGroup: fc.constant('TEXT' as const),
  signals: signals({}),
  benchmarks: benchmarks('lmarena-text'),
  pricingUnits: fc.constantFrom<CompareSpec['pricingUnits']>(['TOKEN'], ['TOKEN'], ['TOKEN', 'REQUEST']),
  contextTokens: tokens([128_000, 400_000, 1_000_000]),
  maxOutputTokens: tokens([8_192, 128_000]),
  input: fc.subarray(['text', 'image', 'pdf'] as const, { minLength: 1 }).map((list) => [...list]),
});

const notApplicable = fc.constant<SignalSpec>('NOT_APPLICABLE');
const imageModel: fc.Arbitrary<Omit<CompareSpec, 'id'>> = fc.record({
  ...common,
  peerGroup: fc.constant('IMAGE_GENERATION' as const),
  signals: signals({ CONTEXT_WINDOW: notApplicable, OUTPUT_CAPACITY: notApplicable }),
  benchmarks: benchmarks('lmarena-text-to-image'),
  priceUnit: fc.constantFrom('USD_PER_IMAGE' as const, 'USD_PER_MTOK_BLENDED' as const),
  pricingUnits: fc.constantFrom<CompareSpec['pricingUnits']>(['IMAGE'], ['IMAGE', 'TOKEN']),
  contextTokens: fc.constant('NOT_APPLICABLE' as const),
  maxOutputTokens: fc.constant('NOT_APPLICABLE' as const),
  output: fc.constant(['image' as const]),
});

const around = (value: SignalSpec | number | null | undefined, halfWidth: number): [number, number] | undefined =>
  typeof value === 'number' ? [Math.max(0, roundScore(value - halfWidth)), Math.min(100, roundScore(value + halfWidth))] : undefined;

/** Each model's quality and overall intervals: value ± a half-width (0: no uncertainty). */
const withIntervals = (spec: Omit<CompareSpec, 'id'>, halfWidth: number): Omit<CompareSpec, 'id'> => ({
  ...spec,
  intervals: { benchmarks: around(spec.signals?.BENCHMARKS, halfWidth), overall: around(spec.overall, halfWidth) },
});

const anyModel = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: textModel }, { weight: 1, arbitrary: imageModel }), fc.constantFrom(0, 0.5, 3, 10, 30))
  .map(([spec, halfWidth]) => withIntervals(spec, halfWidth));

/** `count` models with distinct ids and digit-free names. */
export const comparedModels = (count: number): fc.Arbitrary<ComparedModelInput[]> =>
  fc
    .array(anyModel, { minLength: count, maxLength: count })
    .map((specs) => specs.map((spec, index) => compared({ ...spec, id: `lab/${NAMES[index]!.toLowerCase()}`, name: NAMES[index]! })));
