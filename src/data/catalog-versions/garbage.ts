/**
 * Deleting what no request can read any more: orphans of a crashed import (a version written but
 * never made current) and versions an import replaced, once their grace period is over.
 */
import type { Db } from 'mongodb';
import { collections, VERSIONED_COLLECTIONS } from '../collections.ts';
import { unlessImporting } from './lock.ts';
import { RETIRED_VERSION_GRACE_MS } from './pointer.ts';

/** Set while a version is being written and until the old one is gone: there may be garbage. */
export const PENDING_ID = 'pending';

/**
 * Deletes every document of neither the current version nor a version retired less than
 * `RETIRED_VERSION_GRACE_MS` before `now`. Cheap when there is nothing to do (one read). Run under
 * the import lock (a version being written is neither current nor retired).
 */
export async function collectGarbage(db: Db, now: Date = new Date()): Promise<number> {
  const { catalogState } = collections(db);
  const pending = await catalogState.findOne({ _id: PENDING_ID });
  if (!pending) return 0;
  const state = await catalogState.findOne({ _id: 'current' });
  const retired = state?.retired ?? [];
  const stillReadable = retired.filter(({ retiredAt }) => now.getTime() - retiredAt.getTime() < RETIRED_VERSION_GRACE_MS);
  const keep = [state?.version ?? 0, ...stillReadable.map(({ version }) => version)];
  let deleted = 0;
  for (const name of [...VERSIONED_COLLECTIONS, ...(pending.derivedCollections ?? [])]) {
    deleted += (await db.collection(name).deleteMany({ catalogVersion: { $nin: keep } })).deletedCount;
  }
  if (stillReadable.length < retired.length) await catalogState.updateOne({ _id: 'current' }, { $set: { retired: stillReadable } });
  // The marker stays while a retired version waits for its turn, so that a later sweep deletes it.
  if (stillReadable.length === 0) await catalogState.deleteOne({ _id: PENDING_ID });
  return deleted;
}

/**
 * `collectGarbage` under the import lock, or nothing (null) while an import holds it: a server's
 * start and its periodic sweep use this, and an import collects garbage itself.
 */
export function collectGarbageUnlessImporting(db: Db): Promise<number | null> {
  return unlessImporting(db, () => collectGarbage(db));
}
