import type { Db } from 'mongodb';
import { CatalogReader } from './catalog-reader.ts';
import type { CatalogVersionSource } from './catalog-version.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { VersionCache } from './version-cache.ts';

/**
 * Created per request: the loaders' per-request caches never outlive it. Across requests only the
 * instance's view of the version pointer and its `VersionCache` of immutable, version-keyed reads
 * are shared.
 */
export interface Context {
  requestId: string;
  catalog: CatalogReader;
  loaders: Loaders;
}

export function createContext(db: Db, requestId: string, cache: VersionCache, versions: CatalogVersionSource): Context {
  const catalog = new CatalogReader(db, cache, versions);
  return { requestId, catalog, loaders: createLoaders(catalog) };
}
