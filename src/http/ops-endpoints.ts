import { createRequire } from 'node:module';
import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { Db } from 'mongodb';
import { METHODOLOGY } from '../domain/scoring/methodology.ts';
import type { Metrics } from './metrics.ts';

/** The server's version, from package.json (two levels up from src/http/ and from dist/http/ alike). */
export const SERVER_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Yoga's own health check (an empty 200) is moved to this path, out of the way of `/health`. */
export const YOGA_HEALTH_CHECK_ENDPOINT = '/.yoga-health';

export interface OpsEndpointOptions {
  db: Db;
  metrics: Metrics;
  /** The catalog version this instance serves (its view of the pointer), for `/health`. */
  catalogVersion(): Promise<number | null>;
  /** How long /ready waits for the database's answer to `ping`. */
  readyTimeoutMs: number;
  /** True once shutdown began, so the load balancer stops sending traffic while requests drain. */
  isDraining(): boolean;
}

/**
 * `/health` (the process is alive: 200 with `{status, version, methodologyVersion, catalogVersion}`,
 * whatever the database says), `/ready` (it can serve: not draining and the database answers a ping
 * in time; 503 otherwise), `/metrics` (Prometheus text format), and closes connections after their
 * response once shutdown began.
 */
export function opsEndpoints({ db, metrics, readyTimeoutMs, isDraining, catalogVersion }: OpsEndpointOptions): Plugin[] {
  return [
    {
      async onRequest({ url, endResponse, fetchAPI }) {
        if (url.pathname !== '/health') return;
        // Liveness never waits on the database longer than /ready would: the version is null when unknown.
        const version = await withinMs(
          catalogVersion().catch(() => null),
          readyTimeoutMs,
          null,
        );
        endResponse(
          fetchAPI.Response.json(
            { status: 'ok', version: SERVER_VERSION, methodologyVersion: METHODOLOGY.version, catalogVersion: version },
            { headers: { 'cache-control': 'no-store' } },
          ),
        );
      },
    },
    useReadinessCheck({
      endpoint: '/ready',
      async check({ fetchAPI }) {
        const notReady = (reason: string) => fetchAPI.Response.json({ status: 'unavailable', reason }, { status: 503 });
        if (isDraining()) return notReady('shutting down');
        const reachable = await pingWithin(db, readyTimeoutMs);
        return reachable ? fetchAPI.Response.json({ status: 'ready' }) : notReady('database unreachable');
      },
    }),
    {
      async onRequest({ url, endResponse, fetchAPI }) {
        if (url.pathname !== '/metrics') return;
        const body = await metrics.registry.metrics();
        endResponse(new fetchAPI.Response(body, { headers: { 'content-type': metrics.registry.contentType } }));
      },
      // While draining, a kept-alive connection would hold the shutdown until its idle timeout.
      onResponse({ response }) {
        if (isDraining()) response.headers.set('connection', 'close');
      },
    },
  ];
}

async function withinMs<T>(promise: Promise<T>, timeoutMs: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<T>((resolve) => (timer = setTimeout(resolve, timeoutMs, fallback)));
  try {
    return await Promise.race([promise, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function pingWithin(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(resolve, timeoutMs, false)));
  try {
    return await Promise.race([
      db.command({ ping: 1 }).then(
        () => true,
        () => false,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
