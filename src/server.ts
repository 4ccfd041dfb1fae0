import { createServer } from 'node:http';
import { type EmbeddedMongo, type HeapUse, startEmbeddedMongo } from '@model-compare/embedded-mongo';
import { createApp, createAppMetrics } from './app.ts';
import { type Config, ConfigError, fetchLimitsOf, loadConfig } from './config.ts';
import { collectGarbageUnlessImporting } from './data/catalog-versions/garbage.ts';
import { currentCatalogVersion, RETIRED_VERSION_GRACE_MS } from './data/catalog-versions/pointer.ts';
import { outdatedScoresMethodology } from './data/catalog-versions/read.ts';
import { connect } from './data/connect.ts';
import { compactingCollection, startIdleCollection } from './http/idle-collection.ts';
import type { Metrics } from './http/metrics.ts';
import { createRedisClient } from './http/redis-client.ts';
import { prepareCatalogInWorker } from './ingest/prepare-in-worker.ts';
import { refreshInWorker } from './ingest/refresh-run.ts';
import { type RefreshSchedule, startRefreshSchedule } from './ingest/refresh-schedule.ts';
import { resolveDocuments } from './ingest/remote-sources.ts';
import { seedIfEmpty } from './ingest/seed.ts';
import { createLogger, errorFields, type Logger } from './logging.ts';

/**
 * REFRESH_INTERVAL: every source in REFRESH_SOURCES refreshed from its URLs in a worker thread, each
 * outcome counted and logged; a failed refresh changed nothing and is tried again at the next run.
 */
function startBackgroundRefresh(config: Config, intervalMs: number, uri: string, metrics: Metrics, logger: Logger): RefreshSchedule {
  const plan = {
    uri,
    dbName: config.MONGODB_DB,
    dbTimeoutMs: config.DB_TIMEOUT_MS,
    intervalMs,
    sources: config.REFRESH_SOURCES.map((source) => ({ source, documents: resolveDocuments(source, config.REFRESH_URLS) })),
    limits: fetchLimitsOf(config),
  };
  logger.info('background refresh on', { intervalMs, sources: plan.sources.flatMap(({ documents }) => documents.map(({ url }) => url)) });
  return startRefreshSchedule({
    intervalMs,
    run: refreshInWorker(plan, ({ source, result, error, report }) => {
      metrics.refreshCompleted(source, result);
      const fields = { source, result, catalogVersion: report?.catalogVersion, importId: report?.id, error };
      if (result === 'failed') logger.warn('refresh failed; the catalog is unchanged', fields);
      else logger.info('refresh finished', { ...fields, priceChanges: report?.changes?.priceChanges.total, modelsAdded: report?.changes?.modelsAdded.total });
    }),
    onError: (error) => logger.error('refresh run failed', errorFields(error)),
  });
}

const heapMb = ({ usedBytes, committedBytes }: HeapUse) => ({ usedMb: Math.round(usedBytes / 2 ** 20), committedMb: Math.round(committedBytes / 2 ** 20) });

/** Once idle after a burst, the server's heap is collected, and the store worker's, which the same burst grew. */
function startIdleHeapCollection(gc: () => void, embedded: EmbeddedMongo | null, logger: Logger): () => void {
  return startIdleCollection({
    collect: gc,
    onCollected: async ({ before, after, collections, pauseMs }) => {
      const store = await embedded?.collectHeap().catch(() => undefined);
      logger.info('idle heap collected', {
        before: heapMb(before),
        after: heapMb(after),
        collections,
        pauseMs: Math.round(pauseMs),
        ...(store?.collected && { store: { before: heapMb(store.before), after: heapMb(store.after) } }),
      });
    },
  });
}

/**
 * The only place that listens. Starts the embedded store unless MONGODB_URI points elsewhere,
 * seeds an empty catalog, serves GraphQL (and refreshes it in the background with
 * REFRESH_INTERVAL), and on SIGTERM/SIGINT stops accepting connections, lets in-flight requests
 * finish, closes the database and exits 0.
 */
async function main(config: Config, logger: Logger): Promise<void> {
  // A crashed store worker is restarted by the store on the same port; meanwhile queries fail with
  // DATABASE_UNAVAILABLE and /ready answers 503.
  const embedded = config.MONGODB_URI
    ? null
    : await startEmbeddedMongo({
        dbpath: config.DATA_DIR,
        port: 0,
        onWorkerExit: ({ error, exitCode, restartInMs }) =>
          logger.error('embedded store worker exited; restarting it', { exitCode, restartInMs, ...errorFields(error) }),
        onWorkerRestart: ({ restarts, port }) => logger.warn('embedded store worker restarted', { restarts, port }),
      });
  const uri = config.MONGODB_URI ?? embedded!.uri;
  const { client, db } = await connect(uri, { dbName: config.MONGODB_DB, timeoutMs: config.DB_TIMEOUT_MS });
  const log = (line: string) => logger.info(line);
  // A first start seeds, and the first start of a server whose methodology is newer than the stored
  // scores' rescores, in a worker whose heap is freed when it ends; otherwise this is a pointer read,
  // one score read and a garbage collection.
  const version = await currentCatalogVersion(db);
  if (version === 0 || (await outdatedScoresMethodology(db, version)) !== null) {
    await prepareCatalogInWorker({ uri, dbName: config.MONGODB_DB, dbTimeoutMs: config.DB_TIMEOUT_MS }, log);
  } else await seedIfEmpty(db, { log });

  const redis = config.REDIS_URL ? createRedisClient(config.REDIS_URL, logger) : undefined;
  const metrics = createAppMetrics(db);
  let draining = false;
  const app = createApp({
    db,
    adminToken: config.ADMIN_TOKEN,
    logger,
    responseCache: config.RESPONSE_CACHE_TTL_MS > 0 ? { ttlMs: config.RESPONSE_CACHE_TTL_MS, redis } : undefined,
    operationTimeoutMs: config.OPERATION_TIMEOUT_MS,
    maxBodyBytes: config.MAX_BODY_BYTES,
    adminMaxBodyBytes: config.ADMIN_MAX_BODY_BYTES,
    readyTimeoutMs: config.DB_TIMEOUT_MS,
    isDraining: () => draining,
    metrics,
  });

  // A catalog version an import (on any instance) replaced is deleted once its grace period is over.
  const sweep = setInterval(() => {
    collectGarbageUnlessImporting(db).catch((error: unknown) => logger.warn('deleting retired catalog versions failed', errorFields(error)));
  }, RETIRED_VERSION_GRACE_MS).unref();

  const gc = compactingCollection();
  const stopIdleCollection = gc ? startIdleHeapCollection(gc, embedded, logger) : () => {};

  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info('listening', {
    port,
    graphql: `http://localhost:${port}${app.graphqlEndpoint}`,
    responseCache: redis ? 'redis' : 'memory',
    idleHeapCollection: gc !== undefined,
  });
  const refresh = config.REFRESH_INTERVAL === undefined ? null : startBackgroundRefresh(config, config.REFRESH_INTERVAL, uri, metrics, logger);

  const shutdown = (signal: string) => {
    if (draining) return;
    draining = true;
    clearInterval(sweep);
    stopIdleCollection();
    // Aborts its fetches now; an import under way finishes before the database closes.
    const refreshStopped = refresh?.stop();
    logger.info('draining', { signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
    // Past the deadline, connections still open are cut: a stuck client must not block a deploy.
    const deadline = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS).unref();
    server.close(async () => {
      clearTimeout(deadline);
      try {
        await refreshStopped;
        await redis?.quit();
        await client.close();
        await embedded?.stop();
        logger.info('stopped', { signal });
        process.exit(0);
      } catch (error) {
        logger.error('shutdown failed', errorFields(error));
        process.exit(1);
      }
    });
    // Keep-alive connections with no request in flight would otherwise hold server.close() open.
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config.LOG_LEVEL);
await main(config, logger).catch((error: unknown) => {
  logger.error('failed to start', errorFields(error));
  process.exit(1);
});
