import type { Db } from 'mongodb';
import type { CatalogContent } from '../ingest/catalog-writer.ts';
import { readContent } from '../ingest/catalog-writer.ts';
import { currentCatalogVersion } from './collections.ts';

/**
 * The whole current catalog as plain arrays (no `_id`, no `catalogVersion`), each sorted by `id`:
 * what the scoring engine scores at once. The pointer is read once, so the arrays are one version.
 */
export async function readCatalog(db: Db): Promise<CatalogContent & { catalogVersion: number }> {
  const catalogVersion = await currentCatalogVersion(db);
  return { catalogVersion, ...(await readContent(db, catalogVersion)) };
}
