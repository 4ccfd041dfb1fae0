/** The refresh's memory of each source URL (see SourceFetchDocument): read before a fetch, written after it. */
import type { Db } from 'mongodb';
import { collections, type SourceFetchDocument } from './collections.ts';

export async function readSourceFetches(db: Db, urls: readonly string[]): Promise<Map<string, SourceFetchDocument>> {
  const documents = await collections(db)
    .sourceFetches.find({ _id: { $in: [...urls] } })
    .toArray();
  return new Map(documents.map((document) => [document._id, document]));
}

/** A response from the URL was imported: its validators and record count replace the previous ones. */
export async function recordImportedFetch(db: Db, fetch: SourceFetchDocument): Promise<void> {
  await collections(db).sourceFetches.replaceOne({ _id: fetch._id }, fetch, { upsert: true });
}

/** The URLs answered 304: what was imported from them is still current at `checkedAt`. */
export async function recordNotModified(db: Db, urls: readonly string[], checkedAt: Date): Promise<void> {
  if (urls.length > 0) await collections(db).sourceFetches.updateMany({ _id: { $in: [...urls] } }, { $set: { checkedAt } });
}

/** Per source (import format), the last time any of its URLs was known current; sources never refreshed are absent. */
export async function lastCheckedBySource(db: Db): Promise<Map<string, Date>> {
  const documents = await collections(db)
    .sourceFetches.find({}, { projection: { source: 1, checkedAt: 1 } })
    .toArray();
  const latest = new Map<string, Date>();
  for (const { source, checkedAt } of documents) {
    const known = latest.get(source);
    if (!known || known < checkedAt) latest.set(source, checkedAt);
  }
  return latest;
}
