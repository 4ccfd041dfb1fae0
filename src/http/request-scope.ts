import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { type Logger, requestScope } from '../logging.ts';
import type { Metrics } from './metrics.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's id is kept only if it is short and plain, so it cannot forge or flood log lines. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Probes hit these every few seconds: their lines are debug, and they are not GraphQL traffic. */
const PROBE_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * Runs each request inside its request scope (its id, start time, operation name), echoes the id
 * in `x-request-id` on every response, and ends with one log line and the request metrics.
 */
export function useRequestScope({ logger, metrics }: { logger: Logger; metrics: Metrics }): Plugin {
  return {
    instrumentation: {
      request({ request }, handle) {
        const given = request.headers.get(REQUEST_ID_HEADER);
        const requestId = given && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
        return requestScope.run({ requestId, startedAtMs: performance.now() }, handle);
      },
    },
    onParams({ params }) {
      const scope = requestScope.getStore();
      if (scope && typeof params.operationName === 'string') scope.operationName = params.operationName;
    },
    onResponse({ request, response }) {
      const scope = requestScope.getStore();
      if (!scope) return;
      response.headers.set(REQUEST_ID_HEADER, scope.requestId);
      const durationMs = Math.round((performance.now() - scope.startedAtMs) * 100) / 100;
      const path = new URL(request.url).pathname;
      const probe = PROBE_PATHS.has(path);
      if (!probe) metrics.observeRequest(scope.operationName, response.status, durationMs);
      (probe ? logger.debug : logger.info)('request', {
        method: request.method,
        path,
        operationName: scope.operationName ?? null,
        status: response.status,
        durationMs,
      });
    },
  };
}
