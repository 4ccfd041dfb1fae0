/** Writing the catalog's update history (see CatalogUpdateDocument); requests read it through the VersionReader. */
import type { Db } from 'mongodb';
import type { CatalogUpdate } from '../domain/catalog-changes.ts';
import { collections } from './collections.ts';

/** Before the pointer flips to `update.catalogVersion`; replaces what a crashed import of that version left. */
export async function saveCatalogUpdate(db: Db, update: CatalogUpdate): Promise<void> {
  const _id = String(update.catalogVersion);
  await collections(db).catalogUpdates.replaceOne({ _id }, update, { upsert: true });
}
