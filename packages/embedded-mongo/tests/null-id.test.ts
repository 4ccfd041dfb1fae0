import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

// _id: null is a value like any other (the _id index holds one null); the driver only replaces a
// null _id by an ObjectId on insert unless forceServerObjectId is set.
let store: TestStore;
let serverIds: MongoClient;
beforeAll(async () => {
  store = await openTestStore('null_id');
  serverIds = await MongoClient.connect(store.uri, { forceServerObjectId: true });
});
afterAll(async () => {
  await serverIds.close();
  await store.close();
});

describe('a document whose _id is null', () => {
  it('is created by an upsert on { _id: null } and found again by every kind of read', async () => {
    const coll = store.coll('upserted');
    const result = await coll.updateOne({ _id: null as never }, { $set: { v: 1 } }, { upsert: true });
    expect(result).toMatchObject({ upsertedCount: 1, upsertedId: null });
    expect(await coll.countDocuments({ _id: null as never })).toBe(1);
    expect(await coll.countDocuments({ _id: { $in: [null] } as never })).toBe(1);
    expect(await coll.findOne({ _id: null as never })).toEqual({ _id: null, v: 1 });
    expect(await coll.distinct('v', { _id: null as never })).toEqual([1]);
    expect(await coll.aggregate([{ $match: { _id: null } }, { $count: 'n' }]).toArray()).toEqual([{ n: 1 }]);
  });

  it('is matched, not duplicated, by a second upsert, and deleted by its _id', async () => {
    const coll = store.coll('upserted');
    expect(await coll.updateOne({ _id: null as never }, { $inc: { v: 1 } }, { upsert: true })).toMatchObject({ matchedCount: 1, upsertedCount: 0 });
    expect(await coll.find({}).toArray()).toEqual([{ _id: null, v: 2 }]);
    expect(await coll.deleteOne({ _id: null as never })).toMatchObject({ deletedCount: 1 });
    expect(await coll.countDocuments({})).toBe(0);
  });

  it('is inserted as is with forceServerObjectId, and a second one is a duplicate key', async () => {
    const coll = serverIds.db(store.db.databaseName).collection('inserted');
    await coll.insertOne({ _id: null as never, v: 1 });
    await expect(coll.insertOne({ _id: null as never, v: 2 })).rejects.toMatchObject({ code: 11000, keyValue: { _id: null } });
    expect(await coll.countDocuments({ _id: null as never })).toBe(1);
  });
});
