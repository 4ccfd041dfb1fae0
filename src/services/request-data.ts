import type { Loaders } from '../data/loaders.ts';
import type { VersionReader } from '../data/version-reader.ts';

/** What a service reads through: one request's catalog version and its loaders. */
export interface RequestData {
  catalog: VersionReader;
  loaders: Loaders;
}
