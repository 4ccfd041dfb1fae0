import type { Db } from 'mongodb';
import { CatalogReader } from './catalog-reader.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Created per request: the loaders' caches never outlive one request, so no state is shared. */
export interface Context {
  requestId: string;
  catalog: CatalogReader;
  loaders: Loaders;
}

export function createContext(db: Db, requestId: string): Context {
  const catalog = new CatalogReader(db);
  return { requestId, catalog, loaders: createLoaders(catalog) };
}
