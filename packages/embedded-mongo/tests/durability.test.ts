import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterEach, describe, expect, it } from 'vitest';
import { type EmbeddedMongo, startEmbeddedMongo } from '../src/index.ts';
import { type Loose, tempDbpaths } from './helpers.ts';

// Durability is a property of the embedded store itself, so these tests always start one.
const newDbpath = tempDbpaths('durability', afterEach);

/** In-process unless asked: restarts are quicker without a worker, and storage is the same code. */
async function withStore<T>(
  dbpath: string,
  f: (client: MongoClient, store: EmbeddedMongo) => Promise<T>,
  { compactionBytes, worker = false }: { compactionBytes?: number; worker?: boolean } = {},
): Promise<T> {
  const store = await startEmbeddedMongo({ dbpath, port: 0, compactionBytes, inProcess: !worker });
  const client = await MongoClient.connect(store.uri);
  try {
    return await f(client, store);
  } finally {
    await client.close();
    await store.stop();
  }
}

const journalOf = (dbpath: string) => join(dbpath, readdirSync(dbpath).find((f) => f.startsWith('journal-'))!);

describe('persistence across restarts', () => {
  it('keeps documents, updates, deletes, indexes and collections (store in a worker thread)', async () => {
    const dbpath = newDbpath();
    await withStore(
      dbpath,
      async (client) => {
        const coll = client.db('p').collection<Loose>('c');
        await coll.insertMany([
          { _id: 1, email: 'a@x' },
          { _id: 2, email: 'b@x' },
          { _id: 3, email: 'c@x' },
        ]);
        await coll.createIndex({ email: 1 }, { unique: true });
        await coll.updateOne({ _id: 2 }, { $set: { name: 'Bea' } });
        await coll.deleteOne({ _id: 3 });
        await client.db('p').createCollection('empty');
      },
      { worker: true },
    );
    await withStore(
      dbpath,
      async (client) => {
        const coll = client.db('p').collection<Loose>('c');
        expect(await coll.find().toArray()).toEqual([
          { _id: 1, email: 'a@x' },
          { _id: 2, email: 'b@x', name: 'Bea' },
        ]);
        expect((await coll.indexes()).map((i) => i.name)).toEqual(['_id_', 'email_1']);
        await expect(coll.insertOne({ email: 'a@x' })).rejects.toMatchObject({ code: 11000 });
        const names = (await client.db('p').listCollections().toArray()).map((c) => c.name).sort();
        expect(names).toEqual(['c', 'empty']);
      },
      { worker: true },
    );
  });

  it.each([
    ['replayed from the journal', undefined],
    ['written into snapshots', 1],
  ])('keeps views, collMod validators, collations and what $out wrote, %s', async (_how, compactionBytes) => {
    const dbpath = newDbpath();
    await withStore(
      dbpath,
      async (client) => {
        const db = client.db('d');
        await db.createCollection('people', { collation: { locale: 'en', strength: 2 } });
        await db.collection<Loose>('people').insertMany([
          { _id: 'Ada', n: 1 },
          { _id: 'bob', n: 2 },
        ]);
        await db.collection<Loose>('people').createIndex({ tag: 1 }, { unique: true, collation: { locale: 'en', strength: 1 }, sparse: true });
        await db.command({ collMod: 'people', validator: { n: { $type: 'number' } } });
        await db.createCollection('adults', { viewOn: 'people', pipeline: [{ $match: { n: { $gte: 2 } } }] });
        await db.collection<Loose>('copy').insertOne({ _id: 'replaced' });
        await db
          .collection<Loose>('people')
          .aggregate([{ $out: 'copy' }])
          .toArray();
      },
      { compactionBytes },
    );
    await withStore(dbpath, async (client) => {
      const db = client.db('d');
      const people = db.collection<Loose>('people');
      expect(await people.findOne({ _id: 'ADA' })).toEqual({ _id: 'Ada', n: 1 });
      await expect(people.insertOne({ _id: 'BOB', n: 3 })).rejects.toMatchObject({ code: 11000 });
      await expect(people.insertOne({ _id: 'cy', n: 'x' })).rejects.toMatchObject({ code: 121 });
      await people.insertOne({ _id: 'cy', n: 3, tag: 'é' });
      await expect(people.insertOne({ _id: 'dee', n: 4, tag: 'E' })).rejects.toMatchObject({ code: 11000 });
      expect((await db.collection<Loose>('adults').find().toArray()).map((d) => d._id)).toEqual(['bob', 'cy']);
      expect((await db.collection<Loose>('copy').find().toArray()).map((d) => d._id)).toEqual(['Ada', 'bob']);
    });
  });

  it.each([
    ['replayed from the journal', undefined],
    ['written into snapshots', 1],
  ])('keeps documents larger than a read of the file and records across reads, %s', async (_how, compactionBytes) => {
    const dbpath = newDbpath();
    // The files are read 4 MiB at a time: 300 KB documents straddle reads, 6 MB ones outgrow one.
    const small = Array.from({ length: 40 }, (_, i) => ({ _id: i, s: String(i % 10).repeat(300_000) }));
    const large = [
      { _id: 'large-1', s: 'a'.repeat(6_000_000) },
      { _id: 'large-2', s: 'b'.repeat(9_000_000) },
    ];
    await withStore(
      dbpath,
      async (client) => {
        const coll = client.db('big').collection<Loose>('c');
        await coll.insertMany(small.slice(0, 20));
        await coll.insertOne(large[0]!);
        await coll.insertMany(small.slice(20));
        await coll.insertOne(large[1]!);
      },
      { compactionBytes },
    );
    await withStore(dbpath, async (client) => {
      const found = await client.db('big').collection<Loose>('c').find().toArray();
      expect(found).toEqual([...small.slice(0, 20), large[0], ...small.slice(20), large[1]]);
    });
  });

  it('drops a temporary collection an interrupted $out left behind', async () => {
    const dbpath = newDbpath();
    await withStore(dbpath, async (client) => {
      await client.db('d').collection<Loose>('tmp.agg_out.interrupted').insertOne({ _id: 1 });
      await client.db('d').collection<Loose>('kept').insertOne({ _id: 1 });
    });
    await withStore(dbpath, async (client) => {
      expect((await client.db('d').listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name)).toEqual(['kept']);
    });
  });

  it('forgets dropped collections and databases', async () => {
    const dbpath = newDbpath();
    await withStore(dbpath, async (client) => {
      await client.db('keep').collection<Loose>('a').insertOne({ _id: 1 });
      await client.db('keep').collection<Loose>('b').insertOne({ _id: 1 });
      await client.db('gone').collection<Loose>('a').insertOne({ _id: 1 });
      await client.db('keep').collection<Loose>('b').drop();
      await client.db('gone').dropDatabase();
    });
    await withStore(dbpath, async (client) => {
      const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
      expect(databases.map((d) => d.name)).toEqual(['keep']);
      expect((await client.db('keep').listCollections().toArray()).map((c) => c.name)).toEqual(['a']);
    });
  });
});

describe('damaged journal tail', () => {
  it('drops a torn last record and keeps everything before it', async () => {
    const dbpath = newDbpath();
    await withStore(dbpath, async (client) => {
      await client
        .db('t')
        .collection<Loose>('c')
        .insertMany([{ _id: 1 }, { _id: 2 }]);
      await client
        .db('t')
        .collection<Loose>('c')
        .insertOne({ _id: 3, big: 'y'.repeat(1000) });
    });
    const journal = journalOf(dbpath);
    const bytes = readFileSync(journal);
    // Cut the last record (the 1 KB document) in half, as a crash in the middle of a write would.
    writeFileSync(journal, bytes.subarray(0, bytes.length - 600));
    await withStore(dbpath, async (client) => {
      const coll = client.db('t').collection<Loose>('c');
      expect(await coll.find().toArray()).toEqual([{ _id: 1 }, { _id: 2 }]);
      await coll.insertOne({ _id: 4 });
    });
    await withStore(dbpath, async (client) => {
      expect((await client.db('t').collection<Loose>('c').find().toArray()).map((d) => d._id)).toEqual([1, 2, 4]);
    });
  });

  it('drops a torn last record larger than a read of the file', async () => {
    const dbpath = newDbpath();
    await withStore(dbpath, async (client) => {
      await client.db('t').collection<Loose>('c').insertOne({ _id: 1 });
      await client
        .db('t')
        .collection<Loose>('c')
        .insertOne({ _id: 2, big: 'y'.repeat(10_000_000) });
    });
    const journal = journalOf(dbpath);
    writeFileSync(journal, readFileSync(journal).subarray(0, 9_000_000));
    await withStore(dbpath, async (client) => {
      expect(await client.db('t').collection<Loose>('c').find().toArray()).toEqual([{ _id: 1 }]);
    });
    expect(statSync(journal).size).toBeLessThan(100);
  });

  it('drops a record whose checksum does not match, and garbage after the last record', async () => {
    const dbpath = newDbpath();
    await withStore(dbpath, async (client) => {
      await client.db('t').collection<Loose>('c').insertOne({ _id: 1, v: 'first' });
      await client.db('t').collection<Loose>('c').insertOne({ _id: 2, v: 'second' });
    });
    const journal = journalOf(dbpath);
    const bytes = readFileSync(journal);
    bytes[bytes.length - 3]! ^= 0xff; // inside the last record's document
    writeFileSync(journal, bytes);
    appendFileSync(journal, Buffer.from([0x07, 0x00, 0x00]));
    await withStore(dbpath, async (client) => {
      expect(await client.db('t').collection<Loose>('c').find().toArray()).toEqual([{ _id: 1, v: 'first' }]);
    });
  });
});

describe('compaction', () => {
  it('keeps the files bounded under rewrites and restarts to the same state', async () => {
    const dbpath = newDbpath();
    const limit = 32 * 1024;
    await withStore(
      dbpath,
      async (client) => {
        const coll = client.db('c').collection<Loose>('c');
        await coll.createIndex({ k: 1 });
        await coll.insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: i, k: i, n: 0 })));
        for (let round = 0; round < 50; round++) await coll.updateMany({}, { $inc: { n: 1 } });
      },
      { compactionBytes: limit },
    );
    const total = readdirSync(dbpath).reduce((n, f) => n + statSync(join(dbpath, f)).size, 0);
    expect(total).toBeLessThan(4 * limit);
    await withStore(dbpath, async (client) => {
      const coll = client.db('c').collection<Loose>('c');
      const docs = await coll.find().toArray();
      expect(docs).toHaveLength(20);
      expect(docs.every((d) => d.n === 50)).toBe(true);
      expect((await coll.indexes()).map((i) => i.name)).toEqual(['_id_', 'k_1']);
    });
  });
});
