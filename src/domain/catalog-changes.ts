/**
 * What one import changed in the catalog, as people ask it: which models came and went, whose price
 * or limits moved (before and after, per offering), which benchmark results are new. Each list keeps
 * its first `CHANGE_LIST_LIMIT` items (by id) and the total, so one import of a whole new source
 * cannot make a document of unbounded size; every price change is also a price event, uncapped.
 */
import type { BenchmarkResult, Limits, OfferingPrice } from './catalog.ts';
import type { CollectionCounts, IngestReport } from './ingest-report.ts';
import { byKey } from './util/sorting.ts';

export const CHANGE_LIST_LIMIT = 200;

export interface ChangeList<T> {
  /** How many there are; `items` holds the first `CHANGE_LIST_LIMIT` of them. */
  total: number;
  items: T[];
}

interface OfferingChange {
  offeringId: string;
  providerId: string;
  modelId: string | null;
}

export interface OfferingPriceChange extends OfferingChange {
  previousPrice: OfferingPrice;
  price: OfferingPrice;
}

export interface OfferingLimitsChange extends OfferingChange {
  previousLimits: Limits;
  limits: Limits;
}

export type BenchmarkResultAdded = Pick<BenchmarkResult, 'id' | 'modelId' | 'benchmarkId' | 'benchmarkName' | 'score' | 'metric' | 'date'>;

export interface CatalogChangeSet {
  /** Canonical model ids. */
  modelsAdded: ChangeList<string>;
  modelsRemoved: ChangeList<string>;
  /** Offerings in the catalog before and after whose price differs (provenance aside). */
  priceChanges: ChangeList<OfferingPriceChange>;
  limitChanges: ChangeList<OfferingLimitsChange>;
  benchmarkResultsAdded: ChangeList<BenchmarkResultAdded>;
}

/** `items` sorted by `id` and capped; `total` counts them all. */
export function changeList<T>(items: T[], id: (item: T) => string): ChangeList<T> {
  return { total: items.length, items: [...items].sort(byKey(id)).slice(0, CHANGE_LIST_LIMIT) };
}

/** One import that changed the catalog: the version it made current, where its data came from, and what changed. */
export interface CatalogUpdate {
  catalogVersion: number;
  importId: string;
  format: IngestReport['format'];
  trigger: IngestReport['trigger'];
  urls: string[];
  /** When the import began; the version became current moments after its write. */
  startedAt: string;
  collections: Record<keyof IngestReport['collections'], CollectionCounts>;
  changes: CatalogChangeSet;
}

export function catalogUpdateOf(report: IngestReport, changes: CatalogChangeSet, catalogVersion: number): CatalogUpdate {
  const { id: importId, format, trigger, urls, startedAt, collections } = report;
  return { catalogVersion, importId, format, trigger, urls, startedAt, collections, changes };
}
