/** Reading whole catalog versions: what an import diffs against and what the scoring engine scores. */
import type { Collection, Db, Document } from 'mongodb';
import { CATALOG_CONTENT_COLLECTIONS, type CatalogContent, type Offering } from '../../domain/catalog.ts';
import { compareMethodologyVersions, METHODOLOGY } from '../../domain/scoring/methodology.ts';
import { collections } from '../collections.ts';
import { currentCatalogVersion } from './pointer.ts';

/** A version's content as plain arrays (no `_id`, no `catalogVersion`), each in `_id` order. */
export async function readContent(db: Db, version: number): Promise<CatalogContent> {
  const all = collections(db);
  const read = (name: keyof CatalogContent) =>
    (all[name] as unknown as Collection<Document>).find({ catalogVersion: version }, { projection: { _id: 0, catalogVersion: 0 }, sort: { _id: 1 } }).toArray();
  const arrays = await Promise.all(CATALOG_CONTENT_COLLECTIONS.map(read));
  return Object.fromEntries(CATALOG_CONTENT_COLLECTIONS.map((name, i) => [name, arrays[i]])) as unknown as CatalogContent;
}

/** The whole current catalog; the pointer is read once, so the arrays are of one version. */
export async function readCatalog(db: Db): Promise<CatalogContent & { catalogVersion: number }> {
  const catalogVersion = await currentCatalogVersion(db);
  return { catalogVersion, ...(await readContent(db, catalogVersion)) };
}

/**
 * The methodology version of the scores stored with a catalog version when it is older than this
 * code's (they were derived by an older server), else null (also for a version without scores).
 * Newer scores are left alone: during a rolling upgrade a server of the old code must not derive
 * them back, or the two would rescore the catalog in turn.
 */
export async function outdatedScoresMethodology(db: Db, version: number): Promise<string | null> {
  const score = await collections(db).modelScores.findOne({ catalogVersion: version }, { projection: { _id: 0, methodologyVersion: 1 } });
  return score && compareMethodologyVersions(score.methodologyVersion, METHODOLOGY.version) < 0 ? score.methodologyVersion : null;
}

/** A version's source snapshots, by kind, as the JSON they were written as. */
export async function readSourceSnapshots(db: Db, version: number): Promise<Map<string, unknown>> {
  const snapshots = await collections(db).sourceSnapshots.find({ catalogVersion: version }).toArray();
  return new Map(snapshots.map((snapshot) => [snapshot.kind, JSON.parse(snapshot.recordsJson) as unknown]));
}

/** The offerings of a version with these ids (to date the price changes an import makes). */
export async function readOfferings(db: Db, version: number, ids: string[]): Promise<Offering[]> {
  if (ids.length === 0) return [];
  return (await collections(db)
    .offerings.find({ catalogVersion: version, id: { $in: ids } }, { projection: { _id: 0, catalogVersion: 0 } })
    .toArray()) as Offering[];
}
