import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMongo } from '@model-compare/embedded-mongo';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/ingest/import.ts';
import { openRouterFile } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const DB_NAME = 'shutdown_test';

/** A data directory that already holds a small catalog, so the server starts without seeding. */
async function catalogDataDir(): Promise<string> {
  const dbpath = mkdtempSync(join(tmpdir(), 'shutdown-'));
  const store = await startEmbeddedMongo({ dbpath, port: 0 });
  const client = await new MongoClient(store.uri).connect();
  await runImport(client.db(DB_NAME), { format: 'openrouter', files: [openRouterFile(3)] });
  await client.close();
  await store.stop();
  return dbpath;
}

interface RunningServer {
  child: ChildProcess;
  port: number;
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
}

async function startServer(dataDir: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, MONGODB_URI: '', MONGODB_DB: DB_NAME, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      for (const line of complete) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (entry.msg === 'listening') resolve(entry.port as number);
      }
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return { child, port, lines, exited };
}

describe('graceful shutdown', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await catalogDataDir();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('on SIGTERM: stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    const server = await startServer(dataDir);
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
