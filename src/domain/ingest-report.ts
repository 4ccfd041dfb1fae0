/** What an import did, per collection: the CLI prints it, `ingestRuns` keeps it, the admin mutation returns it. */
import { CATALOG_CONTENT_COLLECTIONS, type CatalogContentCollection } from './catalog.ts';
import type { CatalogChangeSet } from './catalog-changes.ts';

export const INGEST_FORMATS = ['models-dev', 'openrouter', 'lmarena'] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

export interface CollectionCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  rejected: number;
}

export interface Rejection {
  collection: CatalogContentCollection;
  file: string;
  /** The record's id in its source (`provider/model`, an OpenRouter id, an arena name …). */
  sourceId: string;
  reason: string;
}

export interface IngestFileSummary {
  name: string;
  /** What the file was recognised as, e.g. `models-dev/api`, `lmarena/text`. */
  kind: string;
  records: number;
  rejected: number;
}

/** What became of one source's rows: attached to a model, the row a new model was created from, or left unmapped. */
export interface SourceRowCounts {
  /** The source file kind, e.g. `models-dev/api`, `lmarena/image`. */
  source: string;
  rows: number;
  /** Attached to a model another row defines. */
  mapped: number;
  /** Defined a model of its own (the model was created from this row). */
  created: number;
  /** Attached to no model; the reasons are in `unmappedOfferings` / `unmappedArenaNames`. */
  unmapped: number;
}

/** A model created from a row that nearly was another model (a variant, a release of it): reported, never merged. */
export interface NearMiss {
  source: string;
  /** The row's id or display name in its source. */
  name: string;
  createdModelId: string;
  nearModelId: string;
  reason: string;
}

/** Two or more models whose names normalise alike. */
export interface SuspectedDuplicate {
  /** Sorted. */
  modelIds: string[];
  /** The normalised name they share, as `lab/key`, or with `*` for the lab when it is shared across labs. */
  key: string;
  /** Why they are different models (seed/aliases.json `distinctModels`); null: not settled, a possible duplicate. */
  explanation: string | null;
}

export type IngestStatus = 'APPLIED' | 'UNCHANGED' | 'FAILED';

/**
 * What started the import: the seed, the CLI with files, the admin mutation, the CLI fetching a
 * source's URLs (`--source`), the server's scheduled refresh, or a server's start that found the
 * current scores derived under an older methodology version (see ingest/seed.ts `rescoreIfOutdated`).
 */
export const INGEST_TRIGGERS = ['SEED', 'FILES', 'ADMIN', 'FETCH', 'SCHEDULE', 'RESCORE'] as const;
export type IngestTrigger = (typeof INGEST_TRIGGERS)[number];

export interface IngestReport {
  id: string;
  /** `seed` when the seed loaded every format in one import; `rescore` when no file was imported and only the scores were derived again. */
  format: IngestFormat | 'seed' | 'rescore';
  status: IngestStatus;
  trigger: IngestTrigger;
  /** The URLs the files were fetched from (FETCH, SCHEDULE); empty for files given directly. */
  urls: string[];
  /** Why the import changed nothing, when status is FAILED. */
  error: string | null;
  startedAt: string;
  finishedAt: string;
  previousCatalogVersion: number;
  /** The current version after the import (unchanged unless APPLIED). */
  catalogVersion: number;
  files: IngestFileSummary[];
  collections: Record<CatalogContentCollection, CollectionCounts>;
  rejected: Rejection[];
  /** What changed in the catalog (empty when UNCHANGED); null when the import failed before comparing. */
  changes: CatalogChangeSet | null;
  /** Listings kept apart from every model because the mapping is not certain, with the reason. */
  unmappedOfferings: { offeringId: string; reason: string }[];
  /** LMArena names no model could be certainly matched to. */
  unmappedArenaNames: { leaderboard: string; name: string; reason: string }[];
  sourceRows: SourceRowCounts[];
  nearMisses: NearMiss[];
  suspectedDuplicates: SuspectedDuplicate[];
}

export function emptyCounts(): Record<CatalogContentCollection, CollectionCounts> {
  return Object.fromEntries(CATALOG_CONTENT_COLLECTIONS.map((name) => [name, { added: 0, updated: 0, unchanged: 0, removed: 0, rejected: 0 }])) as Record<
    CatalogContentCollection,
    CollectionCounts
  >;
}
