import type { Db } from 'mongodb';
import { currentCatalogVersion } from './db/collections.ts';

export interface CatalogVersionSource {
  /** The current catalog version, read from the database at most once per `maxAgeMs`. */
  current(): number | Promise<number>;
  /** The last version read, if any, without touching the database. */
  lastKnown(): number | undefined;
  /** Forget the cached version, e.g. right after this instance flipped it with an ingest. */
  forget(): void;
}

/**
 * The catalog version pointer, cached briefly per instance: one tiny read per `maxAgeMs` instead of
 * one per request. Every request reads the catalog of the version it got here, and every cached
 * response is keyed by it, so an ingest on any instance is seen everywhere within `maxAgeMs`; the
 * version it replaced stays readable long after that (`RETIRED_VERSION_GRACE_MS`). Concurrent
 * refreshes share one read. A failed read throws (the request fails with DATABASE_UNAVAILABLE).
 */
export function catalogVersionSource(db: Db, maxAgeMs: number): CatalogVersionSource {
  let cached: { version: number; readAtMs: number } | undefined;
  let refreshing: Promise<number> | undefined;
  let generation = 0;

  const refresh = () => {
    const startedIn = generation;
    refreshing ??= currentCatalogVersion(db)
      .then((version) => {
        // A read that started before forget() may predate the flip it announced.
        if (startedIn === generation) cached = { version, readAtMs: performance.now() };
        return version;
      })
      .finally(() => (refreshing = undefined));
    return refreshing;
  };

  return {
    current() {
      if (cached && performance.now() - cached.readAtMs < maxAgeMs) return cached.version;
      return refresh();
    },
    lastKnown: () => cached?.version,
    forget() {
      generation += 1;
      cached = undefined;
      refreshing = undefined;
    },
  };
}
