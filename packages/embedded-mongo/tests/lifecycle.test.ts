import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, expect, it } from 'vitest';
import { startEmbeddedMongo } from '../src/index.ts';
import { type Loose, tempDbpath } from './helpers.ts';

// Always the embedded store, in its default mode: a worker thread.
const dbpath = tempDbpath('lifecycle');
afterAll(() => rmSync(dbpath, { recursive: true, force: true }));

it('stop() releases the port and the dbpath; a restart on both finds the data', async () => {
  const first = await startEmbeddedMongo({ dbpath, port: 0 });
  expect(first.uri).toBe(`mongodb://127.0.0.1:${first.port}`);
  const client = await MongoClient.connect(first.uri);
  await client.db('life').collection<Loose>('c').insertOne({ _id: 1, v: 'kept' });
  await client.close();

  await expect(startEmbeddedMongo({ dbpath, port: 0 })).rejects.toThrow(/in use/);
  await first.stop();
  expect(existsSync(join(dbpath, 'mongod.lock'))).toBe(false);

  const second = await startEmbeddedMongo({ dbpath, port: first.port });
  try {
    expect(second.port).toBe(first.port);
    const again = await MongoClient.connect(second.uri);
    expect(await again.db('life').collection<Loose>('c').findOne({ _id: 1 })).toEqual({ _id: 1, v: 'kept' });
    await again.close();
  } finally {
    await second.stop();
  }
});

it('fails to start, without leaving a lock, when the port is taken', async () => {
  const holderDbpath = tempDbpath('holder');
  const holder = await startEmbeddedMongo({ dbpath: holderDbpath, port: 0, inProcess: true });
  try {
    await expect(startEmbeddedMongo({ dbpath, port: holder.port })).rejects.toThrow(/EADDRINUSE/);
    expect(existsSync(join(dbpath, 'mongod.lock'))).toBe(false);
  } finally {
    await holder.stop();
    rmSync(holderDbpath, { recursive: true, force: true });
  }
});

it('forgets a cursor left idle longer than the cursor timeout', async () => {
  const cursorsDbpath = tempDbpath('cursors');
  const store = await startEmbeddedMongo({ dbpath: cursorsDbpath, port: 0, inProcess: true, cursorTimeoutMs: 200 });
  const client = await MongoClient.connect(store.uri);
  try {
    const db = client.db('life');
    await db.collection<Loose>('many').insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: i })));
    const live = await db.command({ find: 'many', batchSize: 2 });
    const idle = await db.command({ find: 'many', batchSize: 2 });
    await new Promise((r) => setTimeout(r, 150));
    await db.command({ getMore: live.cursor.id, collection: 'many', batchSize: 2 }); // touching resets the clock
    await new Promise((r) => setTimeout(r, 150));
    const more = await db.command({ getMore: live.cursor.id, collection: 'many', batchSize: 2 });
    expect(more.cursor.nextBatch).toEqual([{ _id: 4 }, { _id: 5 }]);
    await new Promise((r) => setTimeout(r, 250));
    await expect(db.command({ getMore: idle.cursor.id, collection: 'many' })).rejects.toMatchObject({ code: 43 });
  } finally {
    await client.close();
    await store.stop();
    rmSync(cursorsDbpath, { recursive: true, force: true });
  }
});
