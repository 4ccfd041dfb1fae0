import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { Db } from 'mongodb';
import type { Metrics } from './metrics.ts';

export interface OpsEndpointOptions {
  db: Db;
  metrics: Metrics;
  /** How long /ready waits for the database's answer to `ping`. */
  readyTimeoutMs: number;
  /** True once shutdown began, so the load balancer stops sending traffic while requests drain. */
  isDraining(): boolean;
}

/**
 * `/health` (the process is alive) is Yoga's own; this adds `/ready` (it can serve: not draining and
 * the database answers a ping in time; 503 otherwise), `/metrics` (Prometheus text format), and
 * closes connections after their response once shutdown began.
 */
export function opsEndpoints({ db, metrics, readyTimeoutMs, isDraining }: OpsEndpointOptions): Plugin[] {
  return [
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
