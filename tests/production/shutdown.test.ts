import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogDataDir, openRouterFile, startServer } from './helpers.ts';

const DB_NAME = 'shutdown_test';

describe('graceful shutdown', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await catalogDataDir(DB_NAME, openRouterFile(3));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('on SIGTERM: stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    const server = await startServer(dataDir, { MONGODB_DB: DB_NAME });
    try {
      // A request whose body is still arriving is in flight for as long as the test wants.
      const inFlight = request({
        host: '127.0.0.1',
        port: server.port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'in-flight-1' },
      });
      const response = new Promise<{ status: number; requestId: string | undefined; body: string }>((resolve, reject) => {
        inFlight.on('response', (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, requestId: res.headers['x-request-id'] as string | undefined, body }));
        });
        inFlight.on('error', reject);
      });
      inFlight.write('{"query": "{ models(first: 5) ');
      await new Promise((resolve) => inFlight.once('socket', (socket) => socket.once('connect', resolve)));
      // Accepted and being read by the server (its body is incomplete) before the signal arrives.
      await new Promise((resolve) => setTimeout(resolve, 500));

      server.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(server.child.exitCode).toBeNull();
      const refused = await fetch(`http://127.0.0.1:${server.port}/health`).then(
        () => false,
        () => true,
      );
      expect(refused).toBe(true);

      inFlight.end('{ totalCount } }"}');
      const answered = await response;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.body)).toMatchObject({ data: { models: { totalCount: 3 } } });
      expect(answered.requestId).toBe('in-flight-1');

      expect(await server.exited).toBe(0);
      const messages = server.lines.map((line) => line.msg);
      expect(messages).toEqual(expect.arrayContaining(['draining', 'stopped']));
      expect(server.lines).toContainEqual(expect.objectContaining({ msg: 'request', requestId: 'in-flight-1', status: 200, method: 'POST' }));
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 60_000);
});
