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

const INSERT_BATCH = 2000;

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
  const withVersion = (docs: { id: string }[]) => docs.map((doc) => ({ _id: `${version}:${doc.id}`, catalogVersion: version, ...doc }));
  const batches: [string, Document[]][] = [
    [
      'sourceSnapshots',
      snapshots.map(({ kind, records }) => ({ _id: `${version}:${kind}`, catalogVersion: version, kind, recordsJson: JSON.stringify(records) })),
    ],
    ...CATALOG_CONTENT_COLLECTIONS.map((name): [string, Document[]] => [name, withVersion(content[name])]),
    ...Object.entries(derived).map(([name, docs]): [string, Document[]] => [name, withVersion(docs)]),
  ];
  const total = batches.reduce((sum, [, docs]) => sum + docs.length, 0);
  await catalogState.updateOne({ _id: PENDING_ID }, { $set: { version, updatedAt: new Date(), derivedCollections: Object.keys(derived) } }, { upsert: true });
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
  const state = await catalogState.findOne({ _id: 'current' });
  const retired: RetiredVersion[] = [...(state?.retired ?? []), ...(previous > 0 ? [{ version: previous, retiredAt: flippedAt }] : [])];
  await catalogState.updateOne({ _id: 'current' }, { $set: { version, updatedAt: flippedAt, retired } }, { upsert: true });
  return version;
}
