/**
 * A real Redis for the shared-cache tests: a throwaway `redis-server` on a free loopback port when
 * one is on PATH, else the server TEST_REDIS_URL names (reached through a local proxy, so a test can
 * still take "Redis" down). Without either the tests cannot run; `redisUnavailableReason` says why,
 * and under CI (CI=true, as .ci/run sets) that is a failure, not a silent skip.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createConnection, createServer, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { freePort } from '../production/helpers.ts';

export interface TestRedis {
  url: string;
  /** Redis goes away for the app: the spawned server stops, or the proxy to the external one closes. */
  stop(): Promise<void>;
}

const externalUrl = process.env.TEST_REDIS_URL || null;
const serverOnPath = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

/** Null when the Redis-backed tests can run here, else why not. */
export const redisUnavailableReason: string | null =
  externalUrl || serverOnPath ? null : 'no redis-server on PATH and TEST_REDIS_URL is not set (install redis-server, or point TEST_REDIS_URL at a Redis)';

export async function startRedis(): Promise<TestRedis> {
  if (redisUnavailableReason) throw new Error(`Redis-backed tests cannot run: ${redisUnavailableReason}`);
  const redis = externalUrl ? await proxyTo(new URL(externalUrl)) : await spawnServer();
  await waitForPing(redis.url);
  return redis;
}

async function spawnServer(): Promise<TestRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A loopback TCP proxy to the external Redis; the test database index and credentials stay in the URL. */
async function proxyTo(target: URL): Promise<TestRedis> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 6379) });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function waitForPing(url: string): Promise<void> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // Refused connections while the server starts are expected; the loop retries them.
  probe.on('error', () => {});
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await probe.connect();
        await probe.ping();
        return;
      } catch (error) {
        if (attempt > 50) throw new Error(`Redis did not answer at ${url}: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    probe.disconnect();
  }
}
