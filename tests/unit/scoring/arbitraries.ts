/**
 * fast-check generators of catalogs shaped like the real one: mostly text models, some image and
 * embedding models, prices over four orders of magnitude (and some free or unknown), limits that are
 * sometimes unknown or not applicable, sparse benchmark coverage, several providers per model.
 */
import fc from 'fast-check';
import type { BenchmarkResult, Capabilities, Model, Offering, PeerGroup, PricingKind, TokenLimit } from '../../../src/domain/catalog.ts';
import type { CatalogInput } from '../../../src/domain/scoring/types.ts';
import { benchmark, model, noLimit, offering, tokens } from './fixtures.ts';

export const PROPERTY_AS_OF = '2026-07-01';

export interface CatalogShape {
  minModels: number;
  maxModels: number;
  maxOfferingsPerModel: number;
  maxBenchmarksPerModel: number;
  benchmarkIds: readonly string[];
}

export const SMALL_SHAPE: CatalogShape = {
  minModels: 1,
  maxModels: 14,
  maxOfferingsPerModel: 3,
  maxBenchmarksPerModel: 4,
  benchmarkIds: ['bench-a', 'bench-b', 'bench-c', 'lmarena-text'],
};

const peerGroup: fc.Arbitrary<PeerGroup> = fc.constantFrom<PeerGroup>(
  ...(['TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'IMAGE_GENERATION', 'EMBEDDING'] as const),
);

const tokenLimit: fc.Arbitrary<TokenLimit> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 512, max: 2_000_000 }).map(tokens) },
  { weight: 1, arbitrary: fc.constant(noLimit('UNKNOWN')) },
  { weight: 1, arbitrary: fc.constant(tokens(0)) },
);

const flag = fc.constantFrom(true, false, null);
const capabilities: fc.Arbitrary<Partial<Capabilities>> = fc.record({
  visionInput: flag,
  audioInput: flag,
  pdfInput: flag,
  functionCalling: flag,
  structuredOutput: flag,
  reasoning: flag,
  webSearch: flag,
  imageOutput: flag,
});

/** USD per million tokens from 0.01 to 100 on a log scale, sometimes exactly free. */
const usdPerMTok = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: -200, max: 200 }).map((e) => Math.round(10 ** (e / 100) * 1e4) / 1e4) },
  { weight: 1, arbitrary: fc.constant(0) },
);

const releaseDate = fc.option(
  fc.integer({ min: 0, max: 4 * 365 }).map((daysBefore) => new Date(Date.parse(PROPERTY_AS_OF) - daysBefore * 86_400_000).toISOString().slice(0, 10)),
  { freq: 8 },
);

interface OfferingDraft {
  kind: PricingKind;
  input: number | null;
  output: number | null;
  image: number | null;
  deprecated: boolean;
}

const offeringDraft: fc.Arbitrary<OfferingDraft> = fc.record({
  kind: fc.constantFrom<PricingKind>('PAY_PER_USE', 'PAY_PER_USE', 'PAY_PER_USE', 'SUBSCRIPTION_PLAN', 'FREE_TIER', 'UNKNOWN'),
  input: fc.option(usdPerMTok, { freq: 8 }),
  output: fc.option(usdPerMTok, { freq: 8 }),
  image: fc.option(
    fc.integer({ min: 1, max: 2000 }).map((mills) => mills / 10_000),
    { freq: 3 },
  ),
  deprecated: fc.constantFrom(false, false, false, true),
});

export function catalogArbitrary(shape: CatalogShape = SMALL_SHAPE): fc.Arbitrary<CatalogInput> {
  const modelDraft = fc.record({
    peerGroup,
    releaseDate,
    contextTokens: tokenLimit,
    maxOutputTokens: tokenLimit,
    capabilities,
    offerings: fc.array(offeringDraft, { maxLength: shape.maxOfferingsPerModel }),
    canonicalFirst: fc.boolean(),
    benchmarks: fc
      .subarray([...shape.benchmarkIds], { maxLength: shape.maxBenchmarksPerModel })
      .chain((ids) =>
        fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), score: fc.integer({ min: 0, max: 20 }), votes: fc.integer({ min: 100, max: 50_000 }) }))),
      ),
  });
  return fc.array(modelDraft, { minLength: shape.minModels, maxLength: shape.maxModels }).map((drafts) => {
    const models: Model[] = [];
    const offerings: Offering[] = [];
    const benchmarks: BenchmarkResult[] = [];
    drafts.forEach((draft, i) => {
      const id = `lab${i % 7}/model-${i}`;
      const modelOfferings = draft.offerings.map((o, j) =>
        offering({
          providerId: `provider-${j}`,
          modelId: id,
          kind: o.kind,
          inputUsdPerMTok: o.input,
          outputUsdPerMTok: o.output,
          imageUsd: o.image,
          status: o.deprecated ? 'DEPRECATED' : 'ACTIVE',
        }),
      );
      const isImage = draft.peerGroup === 'IMAGE_GENERATION';
      models.push(
        model({
          id,
          peerGroup: draft.peerGroup,
          // Image models never have a context window: the importer writes NOT_APPLICABLE.
          contextTokens: isImage ? noLimit('NOT_APPLICABLE') : draft.contextTokens,
          maxOutputTokens: draft.maxOutputTokens,
          releaseDate: draft.releaseDate,
          capabilities: draft.capabilities,
          canonicalOfferingId: draft.canonicalFirst ? (modelOfferings[0]?.id ?? null) : null,
        }),
      );
      offerings.push(...modelOfferings);
      for (const b of draft.benchmarks) {
        benchmarks.push(benchmark({ modelId: id, benchmarkId: b.id, score: b.score, votes: b.id.startsWith('lmarena') ? b.votes : undefined }));
      }
    });
    return { models, offerings, benchmarks };
  });
}
