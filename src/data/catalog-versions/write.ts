/**
 * Writing a catalog version: all-or-nothing on a store without transactions. The new version is
 * written beside the current one, then the pointer flips in one single-document update. A crash
 * before the flip leaves the old catalog current and an orphaned partial version; a crash after it
 * leaves the new catalog current and the old version retired; garbage.ts deletes either later.
 */
import type { Db, Document } from 'mongodb';
import { CATALOG_CONTENT_COLLECTIONS, type CatalogContent } from '../../domain/catalog.ts';
import { collections, type RetiredVersion } from '../collections.ts';
import { PENDING_ID } from './garbage.ts';

/** What one version stores besides its content: each source kind's records (opaque JSON here). */
export interface SourceSnapshot {
  kind: string;
  records: unknown;
}

/**
 * Documents derived from a catalog version and stored with it under the same `catalogVersion`
 * (e.g. score snapshots), by collection name; each document needs an `id`. Written before the
 * pointer flips, collected with the version.
 */
export type DerivedDocuments = Record<string, { id: string }[]>;

export type WriteProgress = (done: number, total: number) => void;

/**
 * Documents per insert command. Each command's documents are held as one message by the driver and
 * then by the store at once: a first start's peak RSS (seeding included) was 514–523 MB with 2,000
 * and 481–494 MB with 250, in the same session, at the same seeding time.
 */
const INSERT_BATCH = 250;

/**
 * Writes `content`, `snapshots` and `derived` as version `previous + 1`, then makes it current.
 * Returns the new version. Must run under the import lock.
 */
export async function writeVersion(
  db: Db,
  previous: number,
  content: CatalogContent,
  snapshots: SourceSnapshot[],
  derived: DerivedDocuments,
  onProgress?: WriteProgress,
): Promise<number> {
  const { catalogState } = collections(db);
  const version = previous + 1;
  const withVersion = (doc: { id: string }): Document => ({ _id: `${version}:${doc.id}`, catalogVersion: version, ...doc });
  const snapshotDocument = ({ kind, records }: SourceSnapshot): Document => ({
    _id: `${version}:${kind}`,
    catalogVersion: version,
    kind,
    recordsJson: JSON.stringify(records),
  });
  const contentCount = CATALOG_CONTENT_COLLECTIONS.reduce((sum, name) => sum + content[name].length, 0);
  const total = snapshots.length + contentCount + Object.values(derived).reduce((sum, docs) => sum + docs.length, 0);
  await catalogState.updateOne({ _id: PENDING_ID }, { $set: { version, updatedAt: new Date(), derivedCollections: Object.keys(derived) } }, { upsert: true });
  let done = 0;
  // Each batch's documents are made as it is sent, so that the catalog is never held twice.
  const write = async <T>(name: string, items: readonly T[], toDocument: (item: T) => Document, batchSize = INSERT_BATCH): Promise<void> => {
    const collection = db.collection(name);
    for (let start = 0; start < items.length; start += batchSize) {
      const batch = items.slice(start, start + batchSize).map(toDocument);
      await collection.insertMany(batch, { ordered: false });
      done += batch.length;
      onProgress?.(done, total);
    }
  };
  // A snapshot holds a source kind's whole records: one to an insert.
  await write('sourceSnapshots', snapshots, snapshotDocument, 1);
  for (const name of CATALOG_CONTENT_COLLECTIONS) await write<{ id: string }>(name, content[name], withVersion);
  for (const [name, docs] of Object.entries(derived)) await write(name, docs, withVersion);
  const flippedAt = new Date();
  const state = await catalogState.findOne({ _id: 'current' });
  const retired: RetiredVersion[] = [...(state?.retired ?? []), ...(previous > 0 ? [{ version: previous, retiredAt: flippedAt }] : [])];
  await catalogState.updateOne({ _id: 'current' }, { $set: { version, updatedAt: flippedAt, retired } }, { upsert: true });
  return version;
}
