import { createHash } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import { type Cache, createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { type GraphQLSchema, isObjectType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { CatalogVersionSource } from '../data/catalog-versions/pointer.ts';
import { errorFields, type Logger } from '../logging.ts';
import type { Metrics } from './metrics.ts';
import { servedResponses } from './served-responses.ts';

export interface ResponseCacheOptions {
  ttlMs: number;
  /** Shared by every instance when given; otherwise each instance caches in its own memory. */
  redis?: Redis;
}

export interface CatalogResponseCache {
  /** In this order: the lean path for repeated hits, then the response cache. */
  plugins: Plugin[];
  /** After an ingest changed the catalog: drop cached responses everywhere. */
  invalidate(): Promise<void>;
}

const KEY_PREFIX = 'catalog-v';
/** Bounded by entries, not bytes: 1,000 responses of tens of kB stay well inside the memory budget. */
const MAX_MEMORY_ENTRIES = 1_000;
const keyPrefix = (version: number) => `${KEY_PREFIX}${version}:`;

/**
 * Caches the public queries' responses (never mutations, never a request that carries
 * credentials). A key is `catalog-v<version>:<sha256 of document, operation, variables>`, so
 * a response is only ever served for the catalog version it was computed from; an ingest flips
 * the version and every old entry becomes unreachable. Cache failures (Redis down) are misses,
 * never request failures.
 */
export function createCatalogResponseCache(
  { schema, versions, metrics, logger }: { schema: GraphQLSchema; versions: CatalogVersionSource; metrics: Metrics; logger: Logger },
  { ttlMs, redis }: ResponseCacheOptions,
): CatalogResponseCache {
  const store = redis ? (createRedisCache({ redis }) as Cache) : createInMemoryCache({ max: MAX_MEMORY_ENTRIES });
  const cache = guarded(store, versions, metrics, logger);
  const everyType = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .map((type) => ({ typename: type.name }));

  const plugin = useResponseCache({
    cache,
    ttl: ttlMs,
    session: () => null,
    enabled: (request) => !request.headers.has('authorization'),
    includeExtensionMetadata: true,
    buildResponseCacheKey: ({ documentString, operationName, variableValues }) => {
      const hash = createHash('sha256')
        .update(`${documentString}\u0000${operationName ?? ''}\u0000${JSON.stringify(variableValues ?? {})}`)
        .digest('base64url');
      const version = versions.current();
      return typeof version === 'number' ? Promise.resolve(keyPrefix(version) + hash) : version.then((v) => keyPrefix(v) + hash);
    },
  });

  const served = servedResponses({ versions, ttlMs, maxEntries: MAX_MEMORY_ENTRIES, onServed: metrics.cacheServed });

  return {
    plugins: [served.plugin, plugin],
    async invalidate() {
      served.clear();
      await cache.invalidate(everyType);
    },
  };
}

/**
 * Counts hits and misses, refuses keys of another catalog version (a client's stale ETag in
 * If-None-Match is looked up directly), and turns store failures into misses.
 */
function guarded(store: Cache, versions: CatalogVersionSource, metrics: Metrics, logger: Logger): Cache {
  const failed = (operation: string) => (error: unknown) => {
    logger.warn(`response cache ${operation} failed`, errorFields(error));
    return undefined;
  };
  return {
    async get(key) {
      const version = versions.lastKnown();
      const hit = version !== undefined && key.startsWith(keyPrefix(version)) ? await Promise.resolve(store.get(key)).catch(failed('get')) : undefined;
      if (hit) metrics.cacheHit();
      else metrics.cacheMiss();
      return hit ?? null;
    },
    async set(key, value, entities, ttl) {
      await Promise.resolve(store.set(key, value, entities, ttl)).catch(failed('set'));
    },
    async invalidate(entities) {
      await Promise.resolve(store.invalidate(entities)).catch(failed('invalidate'));
    },
  };
}
