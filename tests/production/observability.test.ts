import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { createLogger } from '../../src/logging.ts';
import { post, unreachableDb } from './helpers.ts';

const database = unreachableDb(200);
afterAll(() => database.close());

function appWithLogs() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('debug', (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  return { app: createApp({ db: database.db, logger }), lines };
}

describe('request ids, logs and metrics', () => {
  it('echoes a given request id, makes one when absent or unsafe, on every response', async () => {
    const { app } = appWithLogs();
    expect((await post(app, { query: '{ __typename }' }, { 'x-request-id': 'abc-123' })).headers.get('x-request-id')).toBe('abc-123');
    expect((await post(app, { query: '{ __typename }' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await post(app, { query: '{ __typename }' }, { 'x-request-id': 'forged\u0001"line' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await app.fetch('http://localhost/health')).headers.get('x-request-id')).toBeTruthy();
    expect((await post(app, 'x'.repeat(200_000))).headers.get('x-request-id')).toBeTruthy();
  });

  it('writes one JSON line per request (method, operation, status, duration), and every line of a request carries its id', async () => {
    const { app, lines } = appWithLogs();
    await post(app, { query: 'query ModelCount { models(first: 1) { totalCount } }', operationName: 'ModelCount' }, { 'x-request-id': 'req-logs-1' });
    const ofRequest = lines.filter((line) => line.requestId === 'req-logs-1');
    expect(ofRequest.length).toBe(lines.length);
    expect(ofRequest).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'request',
        method: 'POST',
        path: '/graphql',
        operationName: 'ModelCount',
        status: 200,
        durationMs: expect.any(Number),
      }),
    );
    // The database was unreachable: the original driver error is logged with the same id, never sent.
    expect(ofRequest).toContainEqual(expect.objectContaining({ level: 'error', msg: 'masked error' }));
  });

  it('serves Prometheus metrics: requests by operation and status, durations, process metrics', async () => {
    const { app } = appWithLogs();
    await post(app, { query: 'query Hello { __typename }', operationName: 'Hello' });
    const response = await app.fetch('http://localhost/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/graphql_requests_total\{operation="Hello",status="200"\} 1/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="Hello"\} 1/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });
});
