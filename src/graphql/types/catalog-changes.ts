import {
  type BenchmarkResultAdded,
  type CatalogChangeSet,
  CHANGE_LIST_LIMIT,
  type ChangeList,
  type OfferingLimitsChange,
  type OfferingPriceChange,
} from '../../domain/catalog-changes.ts';
import { builder } from '../builder.ts';
import { LimitsRef } from './limits.ts';
import { OfferingPriceRef } from './price.ts';

const OfferingPriceChangeRef = builder.objectRef<OfferingPriceChange>('OfferingPriceChange').implement({
  description: 'An offering whose price changed in one import, with its price before and after (exact, in their units).',
  fields: (t) => ({
    offeringId: t.exposeString('offeringId', { description: '`provider/providerModelId`, as Offering ids are.' }),
    providerId: t.exposeString('providerId'),
    modelId: t.exposeString('modelId', { nullable: true, description: 'The canonical model; null for an unmapped listing.' }),
    previousPrice: t.field({ type: OfferingPriceRef, resolve: (change) => change.previousPrice }),
    price: t.field({ type: OfferingPriceRef, resolve: (change) => change.price }),
  }),
});

const OfferingLimitsChangeRef = builder.objectRef<OfferingLimitsChange>('OfferingLimitsChange').implement({
  description: 'An offering whose token limits changed in one import, before and after.',
  fields: (t) => ({
    offeringId: t.exposeString('offeringId'),
    providerId: t.exposeString('providerId'),
    modelId: t.exposeString('modelId', { nullable: true }),
    previousLimits: t.field({ type: LimitsRef, resolve: (change) => change.previousLimits }),
    limits: t.field({ type: LimitsRef, resolve: (change) => change.limits }),
  }),
});

const BenchmarkResultAddedRef = builder.objectRef<BenchmarkResultAdded>('BenchmarkResultAdded').implement({
  description: 'A benchmark result an import brought that the catalog did not have.',
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    benchmarkId: t.exposeString('benchmarkId'),
    benchmarkName: t.exposeString('benchmarkName'),
    score: t.exposeFloat('score'),
    metric: t.exposeString('metric'),
    date: t.field({ type: 'LocalDate', nullable: true, resolve: (result) => result.date }),
  }),
});

const capped = (what: string) => `The first ${CHANGE_LIST_LIMIT} ${what}, by id; \`total\` counts them all.`;

const ModelIdChangesRef = builder.objectRef<ChangeList<string>>('ModelIdChanges').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    modelIds: t.stringList({ description: capped('canonical model ids'), resolve: (list) => list.items }),
  }),
});

const OfferingPriceChangesRef = builder.objectRef<ChangeList<OfferingPriceChange>>('OfferingPriceChanges').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    items: t.field({ type: [OfferingPriceChangeRef], description: capped('price changes'), resolve: (list) => list.items }),
  }),
});

const OfferingLimitsChangesRef = builder.objectRef<ChangeList<OfferingLimitsChange>>('OfferingLimitsChanges').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    items: t.field({ type: [OfferingLimitsChangeRef], description: capped('limit changes'), resolve: (list) => list.items }),
  }),
});

const BenchmarkResultsAddedRef = builder.objectRef<ChangeList<BenchmarkResultAdded>>('BenchmarkResultsAdded').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    items: t.field({ type: [BenchmarkResultAddedRef], description: capped('new results'), resolve: (list) => list.items }),
  }),
});

export const CatalogChangeSetRef = builder.objectRef<CatalogChangeSet>('CatalogChangeSet').implement({
  description:
    'What one import changed. Prices and limits are compared without provenance, so a new observation date alone is no change; ' +
    'every price change is also a price event (`priceChanges`, `Offering.priceHistory`), uncapped.',
  fields: (t) => ({
    modelsAdded: t.field({ type: ModelIdChangesRef, resolve: (changes) => changes.modelsAdded }),
    modelsRemoved: t.field({ type: ModelIdChangesRef, resolve: (changes) => changes.modelsRemoved }),
    priceChanges: t.field({ type: OfferingPriceChangesRef, resolve: (changes) => changes.priceChanges }),
    limitChanges: t.field({ type: OfferingLimitsChangesRef, resolve: (changes) => changes.limitChanges }),
    benchmarkResultsAdded: t.field({ type: BenchmarkResultsAddedRef, resolve: (changes) => changes.benchmarkResultsAdded }),
  }),
});
