/**
 * The catalog version pointer, `catalogState {_id: 'current'}`. A request reads it once (through its
 * instance's view of it, at most `CATALOG_VERSION_MAX_AGE_MS` old) and filters every query by it, so
 * it sees either the old or the new catalog, never a mix, and never a version already deleted.
 */
import type { Db } from 'mongodb';
import { collections } from '../collections.ts';

/**
 * How stale an instance's view of the version pointer may be: it reads the pointer at most once per
 * this interval instead of once per request, so an import is seen everywhere within it.
 */
export const CATALOG_VERSION_MAX_AGE_MS = 1_000;

/** The longest an operation may run (OPERATION_TIMEOUT_MS is capped at it). */
export const MAX_OPERATION_TIMEOUT_MS = 60_000;

/**
 * How long a superseded version stays readable after the pointer moved on. A request can still be
 * reading it for as long as an instance's view of the pointer is stale plus its own run time, both
 * bounded far below this; deleting it sooner could make such a request read an empty catalog.
 */
export const RETIRED_VERSION_GRACE_MS = 5 * 60_000;

/** The version every read must filter by; 0 = nothing imported yet (no document has version 0). */
export async function currentCatalogVersion(db: Db): Promise<number> {
  const state = await collections(db).catalogState.findOne({ _id: 'current' });
  return state?.version ?? 0;
}

export interface CatalogVersionSource {
  /** The current catalog version, read from the database at most once per `maxAgeMs`. */
  current(): number | Promise<number>;
  /** The last version read, if any, without touching the database. */
  lastKnown(): number | undefined;
  /** Forget the cached version, e.g. right after this instance flipped it with an ingest. */
  forget(): void;
}

/**
 * The pointer, cached briefly per instance: one tiny read per `maxAgeMs` instead of one per request.
 * Every cached response is keyed by the version, so an ingest on any instance is seen everywhere
 * within `maxAgeMs`; the version it replaced stays readable long after that
 * (`RETIRED_VERSION_GRACE_MS`). Concurrent refreshes share one read. A failed read throws (the
 * request fails with DATABASE_UNAVAILABLE).
 *
 * A request in the second half of the view's life gets the cached version and starts the next read
 * in the background, so that a busy instance never has requests wait for the pointer. They did: under
 * Leaderboard load the read took up to 50 ms, and the 1–2% of requests that came while it was out
 * waited for it, which was the whole p99 (server time p50 0.7 ms, p99 46 ms).
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
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  };

  return {
    current() {
      const ageMs = cached ? performance.now() - cached.readAtMs : Number.POSITIVE_INFINITY;
      if (ageMs >= maxAgeMs) return refresh();
      // A failed read ahead leaves the view to expire; the request that then reads again reports it.
      if (ageMs >= maxAgeMs / 2) refresh().catch(() => {});
      return cached!.version;
    },
    lastKnown: () => cached?.version,
    forget() {
      generation += 1;
      cached = undefined;
      refreshing = undefined;
    },
  };
}
