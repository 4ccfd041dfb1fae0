import { createServer } from 'node:http';
import { startEmbeddedMongo } from '@model-compare/embedded-mongo';
import { MongoClient } from 'mongodb';
import { createRedisClient } from './cache/redis-client.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { RETIRED_VERSION_GRACE_MS } from './db/collections.ts';
import { collectGarbageUnlessImporting } from './ingest/catalog-writer.ts';
import { seedIfEmpty } from './ingest/seed.ts';
import { createLogger, errorFields, type Logger } from './logging.ts';
import { createApp } from './yoga.ts';

/**
 * The only place that listens. Starts the embedded store unless MONGODB_URI points elsewhere,
 * seeds an empty catalog, serves GraphQL, and on SIGTERM/SIGINT stops accepting connections,
 * lets in-flight requests finish, closes the database and exits 0.
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
  // A short server selection: while the database is down, queries fail in DB_TIMEOUT_MS with
  // DATABASE_UNAVAILABLE instead of queueing for the driver's default 30 s; the driver keeps
  // monitoring the server and reconnects by itself when it is back.
  const client = new MongoClient(config.MONGODB_URI ?? embedded!.uri, {
    serverSelectionTimeoutMS: config.DB_TIMEOUT_MS,
    connectTimeoutMS: config.DB_TIMEOUT_MS,
  });
  const db = client.db(config.MONGODB_DB);
  await seedIfEmpty(db, { log: (line) => logger.info(line) });

  const redis = config.REDIS_URL ? createRedisClient(config.REDIS_URL, logger) : undefined;
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
  });

  // A catalog version an import (on any instance) replaced is deleted once its grace period is over.
  const sweep = setInterval(() => {
    collectGarbageUnlessImporting(db).catch((error: unknown) => logger.warn('deleting retired catalog versions failed', errorFields(error)));
  }, RETIRED_VERSION_GRACE_MS).unref();

  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info('listening', { port, graphql: `http://localhost:${port}${app.graphqlEndpoint}`, responseCache: redis ? 'redis' : 'memory' });

  const shutdown = (signal: string) => {
    if (draining) return;
    draining = true;
    clearInterval(sweep);
    logger.info('draining', { signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
    // Past the deadline, connections still open are cut: a stuck client must not block a deploy.
    const deadline = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS).unref();
    server.close(async () => {
      clearTimeout(deadline);
      try {
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
