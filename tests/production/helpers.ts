/**
 * The production suite's fixtures: stores of its own (it writes), a database nobody answers, tiny
 * OpenRouter files to ingest, and raw HTTP through the real Yoga pipeline.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMongo } from '@model-compare/embedded-mongo';
import { type Db, MongoClient } from 'mongodb';
import type { App } from '../../src/app.ts';
import { runImport } from '../../src/ingest/import.ts';
import type { AdHocData } from '../support/graphql.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** A port that was free a moment ago: for a store restarted on the same port, or a child server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface TestStore {
  db: Db;
  client: MongoClient;
  uri: string;
  port: number;
  dbpath: string;
  /** Stops the store only (the client stays, as in an outage). */
  stopStore(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  restartStore(): Promise<void>;
  /** Crashes the store's worker thread (its test hook); the store restarts it after `restartDelayMs`. */
  crashStore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * An empty embedded store in a temp dir, with a client whose server selection gives up after
 * `dbTimeoutMs`; a crashed store worker is restarted after `restartDelayMs`.
 */
export async function startTestStore({ dbTimeoutMs = 1_000, restartDelayMs = 100 } = {}): Promise<TestStore> {
  const dbpath = mkdtempSync(join(tmpdir(), 'production-'));
  const port = await freePort();
  let store: Awaited<ReturnType<typeof startEmbeddedMongo>> | null = await startEmbeddedMongo({ dbpath, port, restartDelayMs });
  const uri = store.uri;
  const client = await new MongoClient(uri, { serverSelectionTimeoutMS: dbTimeoutMs, connectTimeoutMS: dbTimeoutMs }).connect();
  return {
    db: client.db('production_tests'),
    client,
    uri,
    port,
    dbpath,
    async stopStore() {
      await store?.stop();
      store = null;
    },
    async restartStore() {
      store = await startEmbeddedMongo({ dbpath, port, restartDelayMs });
    },
    async crashStore() {
      await store?.crashForTest?.();
    },
    async close() {
      await client.close();
      await store?.stop();
      rmSync(dbpath, { recursive: true, force: true });
    },
  };
}

/** A database at a port where nothing listens: every command fails after `timeoutMs` of server selection. */
export function unreachableDb(timeoutMs = 300): { db: Db; close(): Promise<void> } {
  const client = new MongoClient('mongodb://127.0.0.1:9/', { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs });
  return { db: client.db('nothing'), close: () => client.close() };
}

const openRouterModels = (JSON.parse(readFileSync(new URL('../../seed/data/openrouter/models.json', import.meta.url), 'utf8')) as { data: unknown[] }).data;

/** The first `count` models of the seed's OpenRouter file, as an ingest file: each count is a different catalog. */
export function openRouterFile(count: number): { name: string; text: string } {
  return { name: 'models.json', text: JSON.stringify({ data: openRouterModels.slice(0, count) }) };
}

export const INGEST_MUTATION = /* GraphQL */ `
  mutation Ingest($files: [IngestFileInput!]!) {
    ingest(format: OPENROUTER, files: $files) {
      status
      error
      catalogVersion
      collections { collection added updated unchanged removed rejected }
      rejected { collection file sourceId reason }
    }
  }
`;

export interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: AdHocData | null; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: AdHocData };
}

/** POSTs a JSON body (any value, or a raw string) to /graphql through `app.fetch`. */
export async function post(app: App, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
}

/** A counter or gauge without labels from the app's /metrics, or undefined when it is absent. */
export async function metricValue(app: App, name: string): Promise<number | undefined> {
  const text = await (await app.fetch('http://localhost/metrics')).text();
  const value = new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1];
  return value === undefined ? undefined : Number(value);
}

export const codesOf = (response: RawResponse) => (response.body.errors ?? []).map((error) => error.extensions?.code);

const ROOT = new URL('../../', import.meta.url).pathname;

/** A data directory that already holds a small catalog in database `dbName`, so a server starts without seeding. */
export async function catalogDataDir(dbName: string, openRouter: { name: string; text: string }): Promise<string> {
  const dbpath = mkdtempSync(join(tmpdir(), 'server-data-'));
  const store = await startEmbeddedMongo({ dbpath, port: 0 });
  const client = await new MongoClient(store.uri).connect();
  await runImport(client.db(dbName), { format: 'openrouter', files: [openRouter] });
  await client.close();
  await store.stop();
  return dbpath;
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  /** Its JSON log lines so far. */
  lines: Record<string, unknown>[];
  /** Resolves with the first log line `accept` takes (including one already logged). */
  logged(accept: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

/** `src/server.ts` (or another entry that starts it) as a child process on the embedded store in `dataDir`, on a free port; resolves once it listens. */
export async function startServer(dataDir: string, env: Record<string, string>, entry = 'src/server.ts'): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, MONGODB_URI: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiting: { accept: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split('\n');
    buffered = complete.pop()!;
    for (const line of complete) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      lines.push(entry);
      for (const waiter of waiting.filter(({ accept }) => accept(entry))) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(entry);
      }
    }
  });
  const logged = (accept: (line: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const earlier = lines.find(accept);
      if (earlier) return resolve(earlier);
      waiting.push({ accept, resolve });
      void exited.then((code) => reject(new Error(`server exited with ${code}`)));
    });
  const port = (await logged((line) => line.msg === 'listening')).port as number;
  return { child, port, lines, logged, exited };
}
