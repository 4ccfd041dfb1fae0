/**
 * All-or-nothing catalog writes on a store without transactions (see src/db/collections.ts): write a
 * complete new version beside the current one, flip the `current` pointer in one single-document
 * update, and delete the old version once its grace period is over. A crash before the flip leaves
 * the old catalog current and an orphaned partial version, which the next import (or a server's
 * start or sweep) deletes; a crash after it leaves the new catalog current and the old version
 * retired, deleted the same way.
 */
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db, Document } from 'mongodb';
import {
  type CatalogCollections,
  catalogCollections,
  RETIRED_VERSION_GRACE_MS,
  type RetiredVersion,
  VERSIONED_COLLECTIONS,
  type VersionedCollectionName,
} from '../db/collections.ts';
import type { BenchmarkResult, Lab, Model, Offering, PriceEvent, Provider } from '../domain/catalog.ts';
import type { SourceKind } from './source-file.ts';
import { canonicalJson, type SourceSet, type StoredRecord } from './sources.ts';

export interface CatalogContent {
  labs: Lab[];
  providers: Provider[];
  models: Model[];
  offerings: Offering[];
  benchmarkResults: BenchmarkResult[];
  priceEvents: PriceEvent[];
}
export const CONTENT_COLLECTIONS = [
  'labs',
  'providers',
  'models',
  'offerings',
  'benchmarkResults',
  'priceEvents',
] as const satisfies readonly (keyof CatalogContent)[];

/**
 * Documents derived from a catalog version and stored with it under the same `catalogVersion`
 * (e.g. score snapshots), by collection name; each document needs an `id`. Written before the
 * pointer flips, collected with the version.
 */
export type DerivedDocuments = Record<string, { id: string }[]>;
export type DeriveDocuments = (content: CatalogContent) => DerivedDocuments;

export class ImportBusyError extends Error {
  constructor(holder: string) {
    super(`another import is running (${holder}); try again when it has finished`);
    this.name = 'ImportBusyError';
  }
}

const LOCK_ID = 'import-lock';
const LOCK_TTL_MS = 10 * 60_000;
const INSERT_BATCH = 2000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One import at a time. A lock whose holder died (same host, process gone) or expired is taken over
 * with a compare-and-swap on the old lock document, so two waiting importers cannot both win.
 */
export async function acquireImportLock(db: Db): Promise<() => Promise<void>> {
  const { catalogState } = catalogCollections(db);
  const holder = { pid: process.pid, hostname: hostname(), version: 0 };
  const lock = () => ({ _id: LOCK_ID, holder, expiresAt: new Date(Date.now() + LOCK_TTL_MS) });
  const release = async () => {
    await catalogState.deleteOne({ _id: LOCK_ID, 'holder.pid': holder.pid, 'holder.hostname': holder.hostname });
  };
  try {
    await catalogState.insertOne(lock());
    return release;
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
  }
  const existing = await catalogState.findOne({ _id: LOCK_ID });
  const owner = existing?.holder;
  const stale =
    !existing ||
    !owner ||
    (existing.expiresAt !== undefined && existing.expiresAt.getTime() < Date.now()) ||
    (owner.hostname === holder.hostname && !processAlive(owner.pid));
  if (!stale) throw new ImportBusyError(`pid ${owner.pid} on ${owner.hostname}`);
  const taken = await catalogState.findOneAndReplace(
    existing ? { _id: LOCK_ID, expiresAt: existing.expiresAt, 'holder.pid': owner?.pid } : { _id: LOCK_ID },
    lock(),
    {
      upsert: !existing,
    },
  );
  if (!taken && existing) throw new ImportBusyError('another importer took over a stale lock first');
  return release;
}

/** Set while a version is being written and until the old one is gone: there may be garbage. */
const PENDING_ID = 'pending';

/**
 * Deletes every document of neither the current version nor a version retired less than
 * `RETIRED_VERSION_GRACE_MS` before `now`: orphans of a crashed import, and versions an import
 * replaced once no request can still be reading them. Cheap when there is nothing to do (one
 * read). Run under the import lock (a version being written is neither current nor retired).
 */
export async function collectGarbage(db: Db, now: Date = new Date()): Promise<number> {
  const collections = catalogCollections(db);
  const pending = await collections.catalogState.findOne({ _id: PENDING_ID });
  if (!pending) return 0;
  const state = await collections.catalogState.findOne({ _id: 'current' });
  const retired = state?.retired ?? [];
  const stillReadable = retired.filter(({ retiredAt }) => now.getTime() - retiredAt.getTime() < RETIRED_VERSION_GRACE_MS);
  const keep = [state?.version ?? 0, ...stillReadable.map(({ version }) => version)];
  let deleted = 0;
  for (const name of [...VERSIONED_COLLECTIONS, ...(pending.derivedCollections ?? [])]) {
    deleted += (await db.collection(name).deleteMany({ catalogVersion: { $nin: keep } })).deletedCount;
  }
  if (stillReadable.length < retired.length) await collections.catalogState.updateOne({ _id: 'current' }, { $set: { retired: stillReadable } });
  // The marker stays while a retired version waits for its turn, so that a later sweep deletes it.
  if (stillReadable.length === 0) await collections.catalogState.deleteOne({ _id: PENDING_ID });
  return deleted;
}

/**
 * `collectGarbage` under the import lock, or nothing (null) while an import holds it: a server's
 * start and its periodic sweep use this, and an import collects garbage itself.
 */
export async function collectGarbageUnlessImporting(db: Db): Promise<number | null> {
  let release: () => Promise<void>;
  try {
    release = await acquireImportLock(db);
  } catch (error) {
    if (error instanceof ImportBusyError) return null;
    throw error;
  }
  try {
    return await collectGarbage(db);
  } finally {
    await release();
  }
}

async function readVersion<T>(collections: CatalogCollections, name: VersionedCollectionName, version: number): Promise<T[]> {
  const collection = collections[name] as unknown as import('mongodb').Collection<Document>;
  return (await collection.find({ catalogVersion: version }, { projection: { _id: 0, catalogVersion: 0 }, sort: { _id: 1 } }).toArray()) as T[];
}

export async function readContent(db: Db, version: number): Promise<CatalogContent> {
  const collections = catalogCollections(db);
  const [labs, providers, models, offerings, benchmarkResults, priceEvents] = await Promise.all(
    CONTENT_COLLECTIONS.map((name) => readVersion<never>(collections, name, version)),
  );
  return { labs: labs!, providers: providers!, models: models!, offerings: offerings!, benchmarkResults: benchmarkResults!, priceEvents: priceEvents! };
}

/**
 * A version's fingerprint: a hash of every document by collection and id, and the price events
 * earlier imports generated (they come from no source file, so each version carries them on). The
 * next import diffs against it instead of reading the whole catalog back.
 */
export interface CatalogDigest {
  hashes: Record<keyof CatalogContent, Record<string, string>>;
  importPriceEvents: PriceEvent[];
}

const DIGEST_KIND = '@digest';

export function documentHash(doc: unknown): string {
  return createHash('sha1').update(canonicalJson(doc)).digest('base64');
}

export function digestOf(content: CatalogContent, importPriceEvents: PriceEvent[]): CatalogDigest {
  const hashes = Object.fromEntries(
    CONTENT_COLLECTIONS.map((name) => [name, Object.fromEntries((content[name] as { id: string }[]).map((doc) => [doc.id, documentHash(doc)]))]),
  ) as CatalogDigest['hashes'];
  return { hashes, importPriceEvents };
}

export async function readSources(db: Db, version: number): Promise<{ sources: SourceSet; digest: CatalogDigest }> {
  const snapshots = await catalogCollections(db).sourceSnapshots.find({ catalogVersion: version }).toArray();
  const sources: SourceSet = {};
  let digest: CatalogDigest = { hashes: Object.fromEntries(CONTENT_COLLECTIONS.map((name) => [name, {}])) as CatalogDigest['hashes'], importPriceEvents: [] };
  for (const snapshot of snapshots) {
    if (snapshot.kind === DIGEST_KIND) digest = JSON.parse(snapshot.recordsJson) as CatalogDigest;
    else sources[snapshot.kind as SourceKind] = JSON.parse(snapshot.recordsJson) as StoredRecord[];
  }
  return { sources, digest };
}

/** The offerings of a version with these ids (to date the price changes an import makes). */
export async function readOfferings(db: Db, version: number, ids: string[]): Promise<Offering[]> {
  if (ids.length === 0) return [];
  return (await catalogCollections(db)
    .offerings.find({ catalogVersion: version, id: { $in: ids } }, { projection: { _id: 0, catalogVersion: 0 } })
    .toArray()) as Offering[];
}

export type WriteProgress = (done: number, total: number) => void;

/**
 * Writes `content` and `sources` as version `previous + 1`, then makes it current. Returns the new
 * version. Must run under the import lock.
 */
export async function writeVersion(
  db: Db,
  previous: number,
  content: CatalogContent,
  sources: SourceSet,
  digest: CatalogDigest,
  derived: DerivedDocuments,
  onProgress?: WriteProgress,
): Promise<number> {
  const collections = catalogCollections(db);
  const version = previous + 1;
  const snapshots = [...Object.entries(sources), [DIGEST_KIND, digest] as const];
  const withVersion = (docs: { id: string }[]) => docs.map((doc) => ({ _id: `${version}:${doc.id}`, catalogVersion: version, ...doc }));
  const batches: [string, Document[]][] = [
    [
      'sourceSnapshots',
      snapshots.map(([kind, records]) => ({ _id: `${version}:${kind}`, catalogVersion: version, kind, recordsJson: JSON.stringify(records) })),
    ],
    ...CONTENT_COLLECTIONS.map((name): [string, Document[]] => [name, withVersion(content[name])]),
    ...Object.entries(derived).map(([name, docs]): [string, Document[]] => [name, withVersion(docs)]),
  ];
  const total = batches.reduce((sum, [, docs]) => sum + docs.length, 0);
  await collections.catalogState.updateOne(
    { _id: PENDING_ID },
    { $set: { version, updatedAt: new Date(), derivedCollections: Object.keys(derived) } },
    { upsert: true },
  );
  let done = 0;
  for (const [name, docs] of batches) {
    const collection = db.collection(name);
    for (let start = 0; start < docs.length; start += INSERT_BATCH) {
      const batch = docs.slice(start, start + INSERT_BATCH);
      await collection.insertMany(batch, { ordered: false });
      done += batch.length;
      onProgress?.(done, total);
    }
  }
  const flippedAt = new Date();
  const state = await collections.catalogState.findOne({ _id: 'current' });
  const retired: RetiredVersion[] = [...(state?.retired ?? []), ...(previous > 0 ? [{ version: previous, retiredAt: flippedAt }] : [])];
  await collections.catalogState.updateOne({ _id: 'current' }, { $set: { version, updatedAt: flippedAt, retired } }, { upsert: true });
  return version;
}
