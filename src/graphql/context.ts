import type { Loaders } from '../data/loaders.ts';
import type { VersionReader } from '../data/version-reader.ts';
import type { AdminAccess } from '../services/admin-ingest.ts';

/**
 * What every resolver gets, created per request by the app (src/app.ts): the loaders' per-request
 * caches never outlive it. Across requests only the instance's view of the version pointer and its
 * cache of immutable, version-keyed reads are shared (inside `catalog`).
 */
export interface Context {
  requestId: string;
  /** The one catalog version this request reads. */
  catalog: VersionReader;
  loaders: Loaders;
  /** What the request's credentials allow; the admin ingest checks it. */
  admin: AdminAccess;
}
