/**
 * The catalog in MongoDB. The store has no transactions, so the catalog is versioned: every catalog
 * document carries `catalogVersion`, an import writes a complete new version beside the current one
 * and then flips the single pointer document `catalogState {_id: 'current'}` (a one-document update is
 * atomic); the old version stays readable for `RETIRED_VERSION_GRACE_MS` and is then deleted.
 * A request reads the pointer once (through its instance's view of it, at most
 * `CATALOG_VERSION_MAX_AGE_MS` old) and filters every query by it, so it sees either the old or the
 * new catalog, never a mix, and never a version already deleted. Every index therefore starts with
 * `catalogVersion`.
 */
import type { Collection, Db, IndexDescription } from 'mongodb';
import type { BenchmarkResult, Lab, Model, Offering, PriceEvent, Provider } from '../domain/catalog.ts';
import type { IngestReport } from '../ingest/report.ts';
import { ensureScoreIndexes } from './scores.ts';

export type CatalogDocument<T> = T & { _id: string; catalogVersion: number };

export type LabDocument = CatalogDocument<Lab>;
export type ProviderDocument = CatalogDocument<Provider>;
export type ModelDocument = CatalogDocument<Model>;
export type OfferingDocument = CatalogDocument<Offering>;
export type BenchmarkResultDocument = CatalogDocument<BenchmarkResult>;
export type PriceEventDocument = CatalogDocument<PriceEvent>;

/**
 * One source file's accepted records as the catalog was built from them (`records` is their JSON),
 * so the next import of another source can rebuild the whole catalog, and a rejected record keeps
 * its previously accepted value.
 */
export interface SourceSnapshotDocument {
  _id: string;
  catalogVersion: number;
  kind: string;
  recordsJson: string;
}

/**
 * How stale an instance's view of the version pointer may be: it reads the pointer at most once per
 * this interval instead of once per request, so an import is seen everywhere within it.
 */
export const CATALOG_VERSION_MAX_AGE_MS = 1_000;

/** The longest an operation may run (OPERATION_TIMEOUT_MS is capped at it). */
export const MAX_OPERATION_TIMEOUT_MS = 60_000;

/**
 * How long a superseded version stays readable after the pointer moved on. A request can still be
 * reading it for as long as an instance's view of the pointer is stale plus its own run time, both
 * bounded far below this; deleting it sooner could make such a request read an empty catalog.
 */
export const RETIRED_VERSION_GRACE_MS = 5 * 60_000;

export interface RetiredVersion {
  version: number;
  retiredAt: Date;
}

/** `_id: 'current'` is the version pointer (with the versions it superseded and still keeps); `import-lock` serialises imports; `pending` marks a write in progress (or its garbage). */
export interface CatalogStateDocument {
  _id: string;
  version?: number;
  updatedAt?: Date;
  /** On `current`: superseded versions not yet deleted. */
  retired?: RetiredVersion[];
  holder?: { pid: number; hostname: string; version: number };
  expiresAt?: Date;
  /** On `pending`: collections of documents derived from the version being written (see catalog-writer). */
  derivedCollections?: string[];
}

export type IngestRunDocument = IngestReport & { _id: string };

export const COLLECTION_NAMES = {
  labs: 'labs',
  providers: 'providers',
  models: 'models',
  offerings: 'offerings',
  benchmarkResults: 'benchmarkResults',
  priceEvents: 'priceEvents',
  sourceSnapshots: 'sourceSnapshots',
  catalogState: 'catalogState',
  ingestRuns: 'ingestRuns',
} as const;

/** The versioned collections, i.e. everything an import rewrites (in write order). */
export const VERSIONED_COLLECTIONS = ['sourceSnapshots', 'labs', 'providers', 'models', 'offerings', 'benchmarkResults', 'priceEvents'] as const;
export type VersionedCollectionName = (typeof VERSIONED_COLLECTIONS)[number];

export interface CatalogCollections {
  labs: Collection<LabDocument>;
  providers: Collection<ProviderDocument>;
  models: Collection<ModelDocument>;
  offerings: Collection<OfferingDocument>;
  benchmarkResults: Collection<BenchmarkResultDocument>;
  priceEvents: Collection<PriceEventDocument>;
  sourceSnapshots: Collection<SourceSnapshotDocument>;
  catalogState: Collection<CatalogStateDocument>;
  ingestRuns: Collection<IngestRunDocument>;
}

export function catalogCollections(db: Db): CatalogCollections {
  return {
    labs: db.collection<LabDocument>(COLLECTION_NAMES.labs),
    providers: db.collection<ProviderDocument>(COLLECTION_NAMES.providers),
    models: db.collection<ModelDocument>(COLLECTION_NAMES.models),
    offerings: db.collection<OfferingDocument>(COLLECTION_NAMES.offerings),
    benchmarkResults: db.collection<BenchmarkResultDocument>(COLLECTION_NAMES.benchmarkResults),
    priceEvents: db.collection<PriceEventDocument>(COLLECTION_NAMES.priceEvents),
    sourceSnapshots: db.collection<SourceSnapshotDocument>(COLLECTION_NAMES.sourceSnapshots),
    catalogState: db.collection<CatalogStateDocument>(COLLECTION_NAMES.catalogState),
    ingestRuns: db.collection<IngestRunDocument>(COLLECTION_NAMES.ingestRuns),
  };
}

/** The version every read must filter by; 0 = nothing imported yet (no document has version 0). */
export async function currentCatalogVersion(db: Db): Promise<number> {
  const state = await catalogCollections(db).catalogState.findOne({ _id: 'current' });
  return state?.version ?? 0;
}

const byVersionAndId: IndexDescription = { key: { catalogVersion: 1, id: 1 }, name: 'catalogVersion_id', unique: true };

/** The loaders' access paths, each compound with `catalogVersion`. Idempotent. */
export const CATALOG_INDEXES: Record<keyof CatalogCollections, IndexDescription[]> = {
  labs: [byVersionAndId],
  providers: [byVersionAndId],
  models: [byVersionAndId, { key: { catalogVersion: 1, aliases: 1 }, name: 'catalogVersion_aliases' }],
  offerings: [
    byVersionAndId,
    { key: { catalogVersion: 1, modelId: 1 }, name: 'catalogVersion_modelId' },
    { key: { catalogVersion: 1, providerId: 1 }, name: 'catalogVersion_providerId' },
  ],
  benchmarkResults: [byVersionAndId, { key: { catalogVersion: 1, modelId: 1 }, name: 'catalogVersion_modelId' }],
  priceEvents: [byVersionAndId, { key: { catalogVersion: 1, offeringId: 1 }, name: 'catalogVersion_offeringId' }],
  sourceSnapshots: [{ key: { catalogVersion: 1, kind: 1 }, name: 'catalogVersion_kind', unique: true }],
  catalogState: [],
  ingestRuns: [{ key: { startedAt: -1 }, name: 'startedAt_desc' }],
};

export async function ensureIndexes(db: Db): Promise<void> {
  const collections = catalogCollections(db);
  for (const [name, indexes] of Object.entries(CATALOG_INDEXES) as [keyof CatalogCollections, IndexDescription[]][]) {
    if (indexes.length > 0) await collections[name].createIndexes(indexes);
  }
  await ensureScoreIndexes(db);
}
