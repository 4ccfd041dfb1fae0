import { createYoga, type Plugin } from 'graphql-yoga';
import type { Db } from 'mongodb';
import { CATALOG_VERSION_MAX_AGE_MS, catalogVersionSource } from './data/catalog-versions/pointer.ts';
import { createLoaders } from './data/loaders.ts';
import { lastCheckedBySource } from './data/source-fetches.ts';
import { VersionCache } from './data/version-cache.ts';
import { COMPUTED_ENTRIES, VersionReader } from './data/version-reader.ts';
import type { Context } from './graphql/context.ts';
import { schema } from './graphql/schema.ts';
import { useBodyLimit } from './http/body-limit.ts';
import { graphiqlOptions, renderGraphiQL } from './http/graphiql.ts';
import { useInputErrors } from './http/input-errors.ts';
import { useJitExecution } from './http/jit-execution.ts';
import { createMaskError } from './http/mask-error.ts';
import { createMetrics, type Metrics } from './http/metrics.ts';
import { operationLimitPlugins } from './http/operation-limits.ts';
import { useOperationTimeout } from './http/operation-timeout.ts';
import { opsEndpoints, YOGA_HEALTH_CHECK_ENDPOINT } from './http/ops-endpoints.ts';
import { useRequestScope } from './http/request-scope.ts';
import { createCatalogResponseCache, type ResponseCacheOptions } from './http/response-cache.ts';
import { errorFields, type Logger, requestScope, silentLogger } from './logging.ts';
import { adminAccess } from './services/admin-ingest.ts';
import { checkAdminToken } from './services/admin-token.ts';
import type { AppFetch } from './web/api.ts';
import { usePages } from './web/pages-plugin.ts';

export interface AppOptions {
  db: Db;
  /** Unset or empty: admin operations are disabled. */
  adminToken?: string;
  logger?: Logger;
  /** Off unless given: tests that count database commands must not be answered from a cache. */
  responseCache?: ResponseCacheOptions;
  /** How stale this instance's view of the catalog version pointer may be (0: read it per request). */
  catalogVersionMaxAgeMs?: number;
  operationTimeoutMs?: number;
  maxBodyBytes?: number;
  adminMaxBodyBytes?: number;
  /** How long /ready waits for the database's ping. */
  readyTimeoutMs?: number;
  /** True once the server is shutting down: /ready answers 503 so traffic moves elsewhere. */
  isDraining?: () => boolean;
  /** The most an operation may cost (operation-cost.ts); the cost benchmark lifts it to measure what it limits. */
  operationCostLimit?: number;
  /** The instance's metrics, when something besides the app reports to them (the refresh schedule); see `createAppMetrics`. */
  metrics?: Metrics;
}

export const APP_DEFAULTS = {
  operationTimeoutMs: 10_000,
  maxBodyBytes: 100_000,
  adminMaxBodyBytes: 32 * 1024 * 1024,
  readyTimeoutMs: 1_000,
  catalogVersionMaxAgeMs: CATALOG_VERSION_MAX_AGE_MS,
} as const;

/** An instance's metrics, with the age of each source's data read from the shared fetch state. */
export function createAppMetrics(db: Db): Metrics {
  return createMetrics({ sourcesCheckedAt: () => lastCheckedBySource(db) });
}

/** Builds the Yoga instance. It never listens: `src/server.ts` does, and tests call `yoga.fetch`. */
export function createApp(options: AppOptions) {
  const { db, adminToken, logger = silentLogger, responseCache, isDraining = () => false } = options;
  const { operationTimeoutMs, maxBodyBytes, adminMaxBodyBytes, readyTimeoutMs, catalogVersionMaxAgeMs } = { ...APP_DEFAULTS, ...definedOnly(options) };
  const metrics = options.metrics ?? createAppMetrics(db);
  const versions = catalogVersionSource(db, catalogVersionMaxAgeMs);
  const cache = responseCache ? createCatalogResponseCache({ schema, versions, metrics, logger }, responseCache) : null;

  // The HTML pages run their GraphQL operations through this very instance, once it exists.
  let self: { fetch: AppFetch } | undefined;
  const plugins: Plugin[] = [
    // First: everything after it, including the other plugins' log lines, runs in the request's scope.
    useRequestScope({ logger, metrics }),
    ...opsEndpoints({
      db,
      metrics,
      readyTimeoutMs,
      isDraining,
      // 0 is "nothing imported yet": no catalog, so null.
      catalogVersion: async () => (await versions.current()) || null,
    }),
    usePages({ fetch: (url, init) => self!.fetch(url, init), logger }),
    useBodyLimit({
      maxBytesFor: (request) => (checkAdminToken(request.headers.get('authorization'), adminToken) === 'GRANTED' ? adminMaxBodyBytes : maxBodyBytes),
    }),
    ...operationLimitPlugins({ maxCost: options.operationCostLimit }),
    useInputErrors(),
    // Before the timeout: it wraps the executor this one chooses.
    useJitExecution(),
    useOperationTimeout(operationTimeoutMs),
    ...(cache?.plugins ?? []),
  ];

  // Reads of immutable catalog versions, shared by this instance's requests (see VersionCache).
  const versionCache = new VersionCache();
  const computedCache = new VersionCache(COMPUTED_ENTRIES);

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: YOGA_HEALTH_CHECK_ENDPOINT,
    landingPage: false,
    // No operation takes a file upload: refusing multipart bodies removes a parser from the attack surface.
    multipart: false,
    // useBodyLimit above is the one limit (100 KB, or the admin limit with the admin token). Yoga's
    // own, at 25 MB, refused admin bodies the stated limit allows, and piped every body through a
    // counting stream that cost about 4% of the CPU under the model list's load.
    maxRequestBodySize: false,
    maskedErrors: { maskError: createMaskError(metrics.databaseError) },
    logging: yogaLogger(logger),
    graphiql: graphiqlOptions,
    renderGraphiQL,
    plugins,
    context: ({ request }): Context => {
      const catalog = new VersionReader(db, versionCache, versions, computedCache);
      return {
        requestId: requestScope.getStore()?.requestId ?? 'none',
        catalog,
        loaders: createLoaders(catalog),
        admin: adminAccess({
          db,
          adminToken,
          authorization: request.headers.get('authorization'),
          logger,
          // This instance flipped the pointer: it reads the new version at once, others within the max age.
          onCatalogChanged: async () => {
            versions.forget();
            await cache?.invalidate();
          },
        }),
      };
    },
  });
  self = yoga;
  return yoga;
}

export type App = ReturnType<typeof createApp>;

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Yoga logs the original of every error it masks (with its stack) through this; its debug chatter is dropped. */
function yogaLogger(logger: Logger) {
  return {
    debug: () => {},
    info: (...args: unknown[]) => logger.info(String(args[0])),
    warn: (...args: unknown[]) => logger.warn(String(args[0])),
    error: (...args: unknown[]) => logger.error('masked error', errorFields(args[0])),
  };
}
