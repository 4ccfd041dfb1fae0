import { createServer } from 'node:net';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo, type WorkerExit, type WorkerRestart } from '../src/index.ts';
import { type Loose, tempDbpaths } from './helpers.ts';

// The store's own supervision of its worker thread, so always the embedded store.
const newDbpath = tempDbpaths('supervision', afterAll);

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The first result of `probe` that does not reject, retried for a while: a driver reconnects on its own schedule. */
async function eventually<T>(probe: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function recorder() {
  const exits: WorkerExit[] = [];
  const restarts: WorkerRestart[] = [];
  return { exits, restarts, onWorkerExit: (e: WorkerExit) => exits.push(e), onWorkerRestart: (r: WorkerRestart) => restarts.push(r) };
}

describe('a crashed store worker', () => {
  it('is restarted on the same port and data directory; the driver reconnects by itself', async () => {
    const events = recorder();
    const store = await startEmbeddedMongo({ dbpath: newDbpath(), port: 0, restartDelayMs: 50, ...events });
    const client = await MongoClient.connect(store.uri, { serverSelectionTimeoutMS: 10_000 });
    try {
      const coll = client.db('sup').collection<Loose>('c');
      await coll.insertOne({ _id: 1, v: 'acknowledged before the crash' });
      await store.crashForTest!();
      expect(events.exits).toEqual([{ error: expect.objectContaining({ message: expect.stringContaining('crashForTest') }), exitCode: 1, restartInMs: 50 }]);
      await until(() => events.restarts.length === 1);
      expect(events.restarts).toEqual([{ restarts: 1, port: store.port }]);
      expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, v: 'acknowledged before the crash' });
      await coll.insertOne({ _id: 2 });
      expect(await coll.countDocuments()).toBe(2);
    } finally {
      await client.close();
      await store.stop();
    }
  });

  it('fails the requests made while it is down with network errors, not hangs', async () => {
    const events = recorder();
    const store = await startEmbeddedMongo({ dbpath: newDbpath(), port: 0, restartDelayMs: 1_500, ...events });
    const client = await MongoClient.connect(store.uri, { serverSelectionTimeoutMS: 300, retryReads: false });
    try {
      const coll = client.db('sup').collection<Loose>('c');
      await coll.insertOne({ _id: 1 });
      await store.crashForTest!();
      // A network error: the driver's own, or (a command written as the socket closes) the socket's EPIPE or ECONNRESET.
      const failure = await coll.findOne({ _id: 1 }).then(
        () => null,
        (error: Error & { code?: string }) => error,
      );
      expect(failure).not.toBeNull();
      expect(/MongoNetworkError|MongoServerSelectionError/.test(failure!.name) || ['EPIPE', 'ECONNRESET'].includes(failure!.code ?? '')).toBe(true);
      await until(() => events.restarts.length === 1);
      expect(await eventually(() => coll.findOne({ _id: 1 }))).toEqual({ _id: 1 });
    } finally {
      await client.close();
      await store.stop();
    }
  });

  it('is not restarted once stop() was called, even during the backoff', async () => {
    const events = recorder();
    const dbpath = newDbpath();
    const store = await startEmbeddedMongo({ dbpath, port: 0, restartDelayMs: 300, ...events });
    await store.crashForTest!();
    await store.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(events.restarts).toEqual([]);
    const again = await startEmbeddedMongo({ dbpath, port: store.port });
    await again.stop();
  });

  it('whose replacement cannot start is retried with a growing delay', async () => {
    const events = recorder();
    const store = await startEmbeddedMongo({ dbpath: newDbpath(), port: 0, restartDelayMs: 50, ...events });
    const squatter = createServer();
    try {
      await store.crashForTest!();
      await new Promise<void>((resolve) => squatter.listen(store.port, '127.0.0.1', resolve));
      await until(() => events.exits.length >= 3);
      squatter.close();
      await until(() => events.restarts.length === 1);
      expect(events.exits.map((e) => e.restartInMs).slice(0, 3)).toEqual([50, 100, 200]);
      expect(events.exits[1]!.error!.message).toMatch(/EADDRINUSE/);
    } finally {
      squatter.close();
      await store.stop();
    }
  });
});
