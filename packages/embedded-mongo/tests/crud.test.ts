import { Double, Long, ObjectId } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loose, openTestStore, type TestStore } from './helpers.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('crud');
});
afterAll(() => store.close());

describe('insert and find', () => {
  it('assigns an ObjectId _id when none is given and finds the document by it', async () => {
    const coll = store.coll('people');
    const { insertedId } = await coll.insertOne({ name: 'Ada' });
    expect(insertedId).toBeInstanceOf(ObjectId);
    expect(await coll.findOne({ _id: insertedId })).toEqual({ _id: insertedId, name: 'Ada' });
  });

  it("keeps each value's BSON type as the client encoded it (a double 3.0, an int64), whatever the driver's _id placement", async () => {
    const coll = store.coll('types');
    await coll.insertOne({ d: new Double(3), l: Long.fromNumber(5), i: 7 });
    await coll.insertMany([{ _id: 'first', d: new Double(4) }, { d: new Double(5) }]);
    const raw = await coll.find({}, { promoteValues: false }).toArray();
    const typesOf = ({ _id, ...doc }: Loose) => Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, (v as { _bsontype?: string })._bsontype]));
    expect(raw.map(typesOf)).toEqual([{ d: 'Double', l: 'Long', i: 'Int32' }, { d: 'Double' }, { d: 'Double' }]);
  });

  it('returns documents in insertion order without a sort, with _id first', async () => {
    const coll = store.coll('order');
    await coll.insertMany([
      { b: 1, _id: 'x' },
      { _id: 'a', b: 2 },
    ]);
    const docs = await coll.find().toArray();
    expect(docs).toEqual([
      { _id: 'x', b: 1 },
      { _id: 'a', b: 2 },
    ]);
    expect(Object.keys(docs[0]!)).toEqual(['_id', 'b']);
  });

  it('applies sort, skip and limit', async () => {
    const coll = store.coll('paging');
    await coll.insertMany([5, 3, 9, 1, 7].map((n) => ({ _id: n, n })));
    const ids = (await coll.find({}).sort({ n: -1 }).skip(1).limit(2).toArray()).map((d) => d._id);
    expect(ids).toEqual([7, 5]);
  });

  it('projects inclusions, exclusions and keeps _id first', async () => {
    const coll = store.coll('projection');
    await coll.insertOne({ _id: 1, a: 1, b: { c: 2, d: 3 }, e: 4 });
    expect(await coll.findOne({ _id: 1 }, { projection: { e: 1, 'b.c': 1 } })).toEqual({ _id: 1, b: { c: 2 }, e: 4 });
    expect(await coll.findOne({ _id: 1 }, { projection: { b: 0, _id: 0 } })).toEqual({ a: 1, e: 4 });
    const doc = await coll.findOne({ _id: 1 }, { projection: { e: 1, a: 1 } });
    expect(Object.keys(doc!)[0]).toBe('_id');
  });

  it('counts with countDocuments and estimatedDocumentCount', async () => {
    const coll = store.coll('counting');
    await coll.insertMany(Array.from({ length: 10 }, (_, i) => ({ i })));
    expect(await coll.countDocuments()).toBe(10);
    expect(await coll.countDocuments({ i: { $gte: 7 } })).toBe(3);
    expect(await coll.countDocuments({}, { skip: 2, limit: 5 })).toBe(5);
    expect(await coll.estimatedDocumentCount()).toBe(10);
  });

  it('lists distinct values, unwinding arrays', async () => {
    const coll = store.coll('distinct');
    await coll.insertMany([{ tag: 'a', k: 1 }, { tag: ['b', 'a'], k: 1 }, { tag: 'c', k: 2 }, { k: 1 }]);
    expect((await coll.distinct('tag')).sort()).toEqual(['a', 'b', 'c']);
    expect((await coll.distinct('tag', { k: 1 })).sort()).toEqual(['a', 'b']);
  });

  it('iterates a cursor over more than 101 documents through getMore batches', async () => {
    const coll = store.coll('many');
    await coll.insertMany(Array.from({ length: 250 }, (_, i) => ({ _id: i })));
    const all = await coll.find().toArray();
    expect(all).toHaveLength(250);
    expect(all[249]).toEqual({ _id: 249 });
    const cursor = coll.find({}, { batchSize: 40 }).sort({ _id: -1 });
    const seen: number[] = [];
    for await (const d of cursor) seen.push(d._id as unknown as number);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => 249 - i));
  });

  it('kills a cursor: killCursors reports it and a later getMore fails with CursorNotFound', async () => {
    const reply = await store.db.command({ find: 'many', filter: {}, batchSize: 10 });
    expect(reply.cursor.firstBatch).toHaveLength(10);
    const id = reply.cursor.id;
    expect(id.toString()).not.toBe('0');
    const killed = await store.db.command({ killCursors: 'many', cursors: [id] });
    expect(killed.cursorsKilled.map(String)).toEqual([id.toString()]);
    await expect(store.db.command({ getMore: id, collection: 'many' })).rejects.toMatchObject({ code: 43 });
  });

  it('returns a single batch and no cursor with singleBatch', async () => {
    const reply = await store.db.command({ find: 'many', filter: {}, batchSize: 5, singleBatch: true });
    expect(reply.cursor.firstBatch).toHaveLength(5);
    expect(reply.cursor.id.toString()).toBe('0');
  });
});

describe('update, replace and delete', () => {
  it('updates one or many and reports matched/modified counts', async () => {
    const coll = store.coll('upd');
    await coll.insertMany([
      { _id: 1, g: 'x', v: 1 },
      { _id: 2, g: 'x', v: 1 },
      { _id: 3, g: 'y', v: 1 },
    ]);
    const one = await coll.updateOne({ g: 'x' }, { $set: { v: 2 } });
    expect([one.matchedCount, one.modifiedCount]).toEqual([1, 1]);
    const many = await coll.updateMany({ g: 'x' }, { $set: { v: 2 } });
    expect([many.matchedCount, many.modifiedCount]).toEqual([2, 1]);
    const none = await coll.updateMany({ g: 'z' }, { $set: { v: 3 } });
    expect([none.matchedCount, none.modifiedCount]).toEqual([0, 0]);
  });

  it('replaces a document keeping its _id', async () => {
    const coll = store.coll('repl');
    await coll.insertOne({ _id: 1, a: 1, b: 2 });
    const r = await coll.replaceOne({ _id: 1 }, { c: 3 });
    expect(r.modifiedCount).toBe(1);
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, c: 3 });
  });

  it('refuses to change _id', async () => {
    const coll = store.coll('immutable');
    await coll.insertOne({ _id: 1, a: 1 });
    await expect(coll.updateOne({ _id: 1 }, { $set: { _id: 2 } })).rejects.toMatchObject({ code: 66 });
  });

  it('deletes one or many', async () => {
    const coll = store.coll('del');
    await coll.insertMany([{ k: 1 }, { k: 1 }, { k: 1 }, { k: 2 }]);
    expect((await coll.deleteOne({ k: 1 })).deletedCount).toBe(1);
    expect((await coll.deleteMany({ k: 1 })).deletedCount).toBe(2);
    expect(await coll.countDocuments()).toBe(1);
  });

  it('findOneAndUpdate returns the document before or after, honouring sort and projection', async () => {
    const coll = store.coll('fam');
    await coll.insertMany([
      { _id: 1, q: 5 },
      { _id: 2, q: 9 },
    ]);
    const before = await coll.findOneAndUpdate({}, { $inc: { q: 1 } }, { sort: { q: -1 } });
    expect(before).toEqual({ _id: 2, q: 9 });
    const after = await coll.findOneAndUpdate({ _id: 1 }, { $inc: { q: 1 } }, { returnDocument: 'after', projection: { _id: 0 } });
    expect(after).toEqual({ q: 6 });
    const missing = await coll.findOneAndUpdate({ _id: 3 }, { $set: { q: 0 } });
    expect(missing).toBeNull();
  });

  it('findOneAndUpdate with upsert inserts and returns the new document', async () => {
    const coll = store.coll('fam');
    const doc = await coll.findOneAndUpdate({ _id: 7 }, { $set: { q: 1 }, $setOnInsert: { created: true } }, { upsert: true, returnDocument: 'after' });
    expect(doc).toEqual({ _id: 7, q: 1, created: true });
  });

  it('findOneAndDelete and findOneAndReplace', async () => {
    const coll = store.coll('fam2');
    await coll.insertMany([
      { _id: 1, a: 1 },
      { _id: 2, a: 2 },
    ]);
    expect(await coll.findOneAndDelete({ a: 2 })).toEqual({ _id: 2, a: 2 });
    expect(await coll.findOneAndReplace({ _id: 1 }, { b: 1 }, { returnDocument: 'after' })).toEqual({ _id: 1, b: 1 });
    expect(await coll.find().toArray()).toEqual([{ _id: 1, b: 1 }]);
  });
});

describe('unacknowledged writes', () => {
  it('applies a w:0 insert although no reply is sent', async () => {
    const coll = store.coll('w0');
    await coll.insertOne({ _id: 'fire-and-forget' }, { writeConcern: { w: 0 } });
    let found = null;
    for (let i = 0; i < 50 && !found; i++) found = await coll.findOne({ _id: 'fire-and-forget' });
    expect(found).toEqual({ _id: 'fire-and-forget' });
  });
});

describe('collections and databases', () => {
  it('creates, lists and drops collections', async () => {
    await store.db.createCollection('made');
    await expect(store.db.createCollection('made')).rejects.toMatchObject({ code: 48 });
    const names = (await store.db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(names).toContain('made');
    expect(await store.coll('made').drop()).toBe(true);
    const after = (await store.db.listCollections({ name: 'made' }).toArray()).map((c) => c.name);
    expect(after).toEqual([]);
  });

  it('lists the database among databases and drops it', async () => {
    const other = store.client.db(`${store.db.databaseName}_x`);
    await other.collection('c').insertOne({ a: 1 });
    const { databases } = await store.client.db('admin').admin().listDatabases();
    expect(databases.map((d) => d.name)).toContain(other.databaseName);
    await other.dropDatabase();
    const again = await store.client.db('admin').admin().listDatabases({ nameOnly: true });
    expect(again.databases.map((d) => d.name)).not.toContain(other.databaseName);
  });

  it('answers ping and buildInfo', async () => {
    expect(await store.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
    const info = await store.client.db('admin').admin().buildInfo();
    expect(typeof info.version).toBe('string');
  });
});
