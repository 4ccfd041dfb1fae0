/**
 * Every collection the app keeps, once: its name, its document type and its indexes.
 *
 * The store has no transactions, so the catalog is versioned: every catalog document carries
 * `catalogVersion`, an import writes a complete new version beside the current one and then flips the
 * single pointer document `catalogState {_id: 'current'}` (a one-document update is atomic); see
 * catalog-versions/. Every index of a versioned collection therefore starts with `catalogVersion`.
 */
import type { Collection, Db, IndexDescription } from 'mongodb';
import { CATALOG_CONTENT_COLLECTIONS, type CatalogContent } from '../domain/catalog.ts';
import type { CatalogUpdate } from '../domain/catalog-changes.ts';
import type { IngestReport } from '../domain/ingest-report.ts';
import type { ModelScoreRecord, ScoreHistoryRecord } from '../domain/scoring/types.ts';
import { memoizedPerObject } from '../domain/util/memoize.ts';

export type CatalogDocument<T> = T & { _id: string; catalogVersion: number };

type ContentDocuments = { [Name in keyof CatalogContent]: CatalogDocument<CatalogContent[Name][number]> };

/**
 * One source file's accepted records as the catalog was built from them (`recordsJson` is their JSON),
 * so the next import of another source can rebuild the whole catalog. What a kind's records are is the
 * importer's business; here they are opaque.
 */
export interface SourceSnapshotDocument {
  _id: string;
  catalogVersion: number;
  kind: string;
  recordsJson: string;
}

/**
 * The scoring engine's output for one catalog version, stored beside it (written before the version
 * pointer flips), so every request reads scores that belong to the catalog it reads.
 */
export type ModelScoreDocument = CatalogDocument<ModelScoreRecord>;
export type ScoreHistoryDocument = CatalogDocument<ScoreHistoryRecord>;

export interface RetiredVersion {
  version: number;
  retiredAt: Date;
}

/**
 * `_id: 'current'` is the version pointer (with the versions it superseded and still keeps);
 * `import-lock` serialises imports; `pending` marks a write in progress (or its garbage).
 */
export interface CatalogStateDocument {
  _id: string;
  version?: number;
  updatedAt?: Date;
  /** On `current`: superseded versions not yet deleted. */
  retired?: RetiredVersion[];
  holder?: { pid: number; hostname: string; version: number };
  expiresAt?: Date;
  /** On `pending`: collections of documents derived from the version being written (see catalog-versions/write.ts). */
  derivedCollections?: string[];
}

export type IngestRunDocument = IngestReport & { _id: string };

/**
 * One per import that changed the catalog (`_id` = the version it made current), written before the
 * version pointer flips, so a request that reads a version finds its update. Not versioned: the list
 * is the catalog's history. A reader shows only versions up to the one it reads, which hides the
 * update of an import that crashed before its flip (the next import of that version replaces it).
 */
export type CatalogUpdateDocument = CatalogUpdate & { _id: string };

/**
 * What a refresh last learnt from one source URL (`_id`), shared by every instance and kept across
 * restarts: the validators to send back (a 304 then costs nothing), and when the URL's content was
 * last imported and last confirmed current. Not versioned: it describes the source, not a catalog.
 */
export interface SourceFetchDocument {
  _id: string;
  /** The import format, e.g. `openrouter`, and the source kind the URL serves, e.g. `openrouter/models`. */
  source: string;
  kind: string;
  etag: string | null;
  lastModified: string | null;
  /** Records the last imported response held: a response that lost most of them is refused. */
  records: number;
  /** When a response from this URL was last imported (applied or found unchanged). */
  importedAt: Date;
  /** When the URL's content was last known current: that import, or a 304 since. */
  checkedAt: Date;
}

export interface Collections extends ContentCollections {
  sourceSnapshots: Collection<SourceSnapshotDocument>;
  modelScores: Collection<ModelScoreDocument>;
  scoreHistory: Collection<ScoreHistoryDocument>;
  catalogState: Collection<CatalogStateDocument>;
  ingestRuns: Collection<IngestRunDocument>;
  catalogUpdates: Collection<CatalogUpdateDocument>;
  sourceFetches: Collection<SourceFetchDocument>;
}
type ContentCollections = { [Name in keyof CatalogContent]: Collection<ContentDocuments[Name]> };
export type CollectionName = keyof Collections;

/** The collections an import rewrites as a whole for each version, in write order (scores are written as derived documents). */
export const VERSIONED_COLLECTIONS = ['sourceSnapshots', ...CATALOG_CONTENT_COLLECTIONS] as const satisfies readonly CollectionName[];

const byVersionAndId: IndexDescription = { key: { catalogVersion: 1, id: 1 }, name: 'catalogVersion_id', unique: true };

/** The loaders' access paths, each compound with `catalogVersion` where the collection is versioned. */
export const INDEXES: Record<CollectionName, IndexDescription[]> = {
  labs: [byVersionAndId],
  providers: [byVersionAndId],
  models: [byVersionAndId, { key: { catalogVersion: 1, aliases: 1 }, name: 'catalogVersion_aliases' }],
  offerings: [
    byVersionAndId,
    { key: { catalogVersion: 1, modelId: 1 }, name: 'catalogVersion_modelId' },
    { key: { catalogVersion: 1, providerId: 1 }, name: 'catalogVersion_providerId' },
  ],
  benchmarkResults: [byVersionAndId, { key: { catalogVersion: 1, modelId: 1 }, name: 'catalogVersion_modelId' }],
  priceEvents: [
    byVersionAndId,
    { key: { catalogVersion: 1, offeringId: 1 }, name: 'catalogVersion_offeringId' },
    { key: { catalogVersion: 1, date: -1 }, name: 'catalogVersion_date_desc' },
  ],
  sourceSnapshots: [{ key: { catalogVersion: 1, kind: 1 }, name: 'catalogVersion_kind', unique: true }],
  modelScores: [byVersionAndId],
  scoreHistory: [byVersionAndId],
  catalogState: [],
  ingestRuns: [{ key: { startedAt: -1 }, name: 'startedAt_desc' }],
  catalogUpdates: [{ key: { catalogVersion: -1 }, name: 'catalogVersion_desc' }],
  sourceFetches: [],
};

/**
 * The driver's handles, made once per `Db`: a handle holds no state of a request, and each request
 * made all fourteen anew (resolving their options cost 3% of a leaderboard request's CPU).
 */
export const collections = memoizedPerObject(
  (db: Db): Collections => Object.fromEntries(Object.keys(INDEXES).map((name) => [name, db.collection(name)])) as unknown as Collections,
);

/** Creates every index that is missing; idempotent, so every connect runs it. */
export async function ensureIndexes(db: Db): Promise<void> {
  const all = collections(db);
  for (const [name, indexes] of Object.entries(INDEXES) as [CollectionName, IndexDescription[]][]) {
    if (indexes.length > 0) await all[name].createIndexes(indexes);
  }
}
