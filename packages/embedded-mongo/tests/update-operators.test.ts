import { ObjectId } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loose, openTestStore, type TestStore } from './helpers.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('update');
});
afterAll(() => store.close());

/** Applies one update to a fresh document and returns the result. */
async function updated(doc: Loose, update: Loose, options: { arrayFilters?: Loose[] } = {}): Promise<Loose | null> {
  const coll = store.coll('u');
  await coll.deleteMany({});
  await coll.insertOne({ _id: 1, ...doc });
  await coll.updateOne({ _id: 1 }, update, options);
  return coll.findOne({ _id: 1 });
}

describe('field operators', () => {
  it('$set creates nested paths and $unset removes fields', async () => {
    expect(await updated({ a: 1 }, { $set: { 'b.c': 2, a: 3 } })).toEqual({ _id: 1, a: 3, b: { c: 2 } });
    expect(await updated({ a: 1, b: 2 }, { $unset: { a: '' } })).toEqual({ _id: 1, b: 2 });
  });

  it('$inc adds, creating a missing field', async () => {
    expect(await updated({ n: 1 }, { $inc: { n: 2, m: -1 } })).toEqual({ _id: 1, n: 3, m: -1 });
  });

  it('$min, $max, $mul and $rename', async () => {
    expect(await updated({ lo: 5, hi: 5, x: 3 }, { $min: { lo: 2 }, $max: { hi: 9 }, $mul: { x: 4 } })).toEqual({ _id: 1, lo: 2, hi: 9, x: 12 });
    expect(await updated({ a: 1 }, { $rename: { a: 'b' } })).toEqual({ _id: 1, b: 1 });
  });

  it('$inc on a string fails and leaves the document alone', async () => {
    const coll = store.coll('u');
    await coll.deleteMany({});
    await coll.insertOne({ _id: 1, s: 'x' });
    await expect(coll.updateOne({ _id: 1 }, { $inc: { s: 1 } })).rejects.toMatchObject({ code: 14 });
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, s: 'x' });
  });
});

describe('array operators', () => {
  it('$push, with $each', async () => {
    expect(await updated({ a: [1] }, { $push: { a: 2 } })).toEqual({ _id: 1, a: [1, 2] });
    expect(await updated({ a: [1] }, { $push: { a: { $each: [2, 3] } } })).toEqual({ _id: 1, a: [1, 2, 3] });
    expect(await updated({}, { $push: { a: 'x' } })).toEqual({ _id: 1, a: ['x'] });
  });

  it('$addToSet adds only missing values', async () => {
    expect(await updated({ a: [1, 2] }, { $addToSet: { a: 2 } })).toEqual({ _id: 1, a: [1, 2] });
    expect(await updated({ a: [1, 2] }, { $addToSet: { a: { $each: [2, 3] } } })).toEqual({ _id: 1, a: [1, 2, 3] });
  });

  it('$pull by value and by condition, $pop', async () => {
    expect(await updated({ a: [1, 2, 1, 3] }, { $pull: { a: 1 } })).toEqual({ _id: 1, a: [2, 3] });
    expect(await updated({ a: [1, 5, 9] }, { $pull: { a: { $gte: 5 } } })).toEqual({ _id: 1, a: [1] });
    expect(await updated({ a: [1, 2, 3] }, { $pop: { a: 1 } })).toEqual({ _id: 1, a: [1, 2] });
  });

  it('positional $[] and filtered $[elem] with arrayFilters', async () => {
    expect(await updated({ a: [1, 2] }, { $inc: { 'a.$[]': 10 } })).toEqual({ _id: 1, a: [11, 12] });
    expect(await updated({ a: [1, 5, 7] }, { $set: { 'a.$[big]': 0 } }, { arrayFilters: [{ big: { $gt: 4 } }] })).toEqual({ _id: 1, a: [1, 0, 0] });
  });
});

describe('upsert', () => {
  it('inserts from the filter equalities plus $set and $setOnInsert', async () => {
    const coll = store.coll('ups');
    const r = await coll.updateOne(
      { sku: 'A1', 'meta.kind': 'x', qty: { $gt: 3 } },
      { $set: { price: 10 }, $setOnInsert: { created: 'now' } },
      { upsert: true },
    );
    expect(r.upsertedCount).toBe(1);
    expect(r.matchedCount).toBe(0);
    const doc = await coll.findOne({ _id: r.upsertedId! });
    expect(doc).toEqual({ _id: r.upsertedId, sku: 'A1', meta: { kind: 'x' }, price: 10, created: 'now' });
  });

  it('ignores $setOnInsert when the document exists', async () => {
    const coll = store.coll('ups');
    const r = await coll.updateOne({ sku: 'A1' }, { $set: { price: 11 }, $setOnInsert: { created: 'later' } }, { upsert: true });
    expect([r.matchedCount, r.modifiedCount, r.upsertedCount]).toEqual([1, 1, 0]);
    expect(await coll.findOne({ sku: 'A1' }, { projection: { _id: 0 } })).toEqual({ sku: 'A1', meta: { kind: 'x' }, price: 11, created: 'now' });
  });

  it('uses the filter _id, and a replacement document', async () => {
    const coll = store.coll('ups');
    const r = await coll.replaceOne({ _id: 'r1' }, { v: 1 }, { upsert: true });
    expect(r.upsertedId).toBe('r1');
    expect(await coll.findOne({ _id: 'r1' })).toEqual({ _id: 'r1', v: 1 });
  });

  it('a replacement upsert without _id in the filter gets a new ObjectId and only the replacement fields', async () => {
    const coll = store.coll('ups');
    const r = await coll.replaceOne({ k: 'new' }, { v: 2 }, { upsert: true });
    expect(r.upsertedId).toBeInstanceOf(ObjectId);
    expect(await coll.findOne({ _id: r.upsertedId! })).toEqual({ _id: r.upsertedId, v: 2 });
  });

  it('reports no modification when the update changes nothing', async () => {
    const coll = store.coll('ups');
    const r = await coll.updateOne({ _id: 'r1' }, { $set: { v: 1 } });
    expect([r.matchedCount, r.modifiedCount]).toEqual([1, 0]);
  });

  it('refuses a multi update with a replacement document (FailedToParse)', async () => {
    const reply = store.db.command({ update: 'ups', updates: [{ q: {}, u: { v: 3 }, multi: true }] });
    await expect(reply).resolves.toMatchObject({ n: 0, writeErrors: [{ index: 0, code: 9 }] });
  });

  it('refuses an update growing a document past 16 MiB', async () => {
    const coll = store.coll('ups');
    await coll.insertOne({ _id: 'big', s: 'x' });
    const half = 'y'.repeat(9 * 1024 * 1024);
    await coll.updateOne({ _id: 'big' }, { $set: { a: half } });
    await expect(coll.updateOne({ _id: 'big' }, { $set: { b: half } })).rejects.toMatchObject({ code: 17419 });
    expect(Object.keys((await coll.findOne({ _id: 'big' }))!)).toEqual(['_id', 's', 'a']);
  });

  it('rejects mixing operators and plain fields', async () => {
    await expect(store.coll('ups').updateOne({ _id: 'r1' }, { $set: { v: 2 }, w: 1 } as Loose)).rejects.toBeDefined();
  });
});
