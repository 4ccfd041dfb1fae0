import { MongoBulkWriteError } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('bulk');
});
afterAll(() => store.close());

async function bulkError(p: Promise<unknown>): Promise<MongoBulkWriteError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MongoBulkWriteError);
  return err as MongoBulkWriteError;
}

describe('insertMany with a duplicate in the middle', () => {
  it('ordered: stops at the failing document', async () => {
    const coll = store.coll('ordered');
    await coll.insertOne({ _id: 3 });
    const err = await bulkError(coll.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3 }, { _id: 4 }, { _id: 5 }]));
    expect(err.result.insertedCount).toBe(2);
    expect(err.writeErrors).toHaveLength(1);
    const [first] = err.writeErrors as unknown as { index: number; code: number }[];
    expect(first).toMatchObject({ index: 2, code: 11000 });
    expect((await coll.find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([1, 2, 3]);
  });

  it('unordered: writes every other document and reports each failure with its index', async () => {
    const coll = store.coll('unordered');
    await coll.insertOne({ _id: 3 });
    const err = await bulkError(coll.insertMany([{ _id: 1 }, { _id: 3 }, { _id: 4 }, { _id: 1 }, { _id: 5 }], { ordered: false }));
    expect(err.result.insertedCount).toBe(3);
    const errors = err.writeErrors as unknown as { index: number; code: number }[];
    expect(errors.map((e) => [e.index, e.code])).toEqual([
      [1, 11000],
      [3, 11000],
    ]);
    expect((await coll.find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([1, 3, 4, 5]);
  });
});

describe('bulkWrite of mixed operations', () => {
  const ops = [
    { insertOne: { document: { _id: 10, v: 1 } } },
    { updateOne: { filter: { _id: 10 }, update: { $inc: { v: 1 } } } },
    { insertOne: { document: { _id: 10, v: 99 } } }, // duplicate: fails
    { updateMany: { filter: { v: { $gte: 1 } }, update: { $set: { seen: true } } } },
    { replaceOne: { filter: { _id: 11 }, replacement: { v: 5 }, upsert: true } },
    { deleteOne: { filter: { _id: 10 } } },
  ];

  it('ordered: runs the operations before the failure only', async () => {
    const coll = store.coll('mixedOrdered');
    const err = await bulkError(coll.bulkWrite(ops));
    expect(err.result.insertedCount).toBe(1);
    expect(err.result.modifiedCount).toBe(1);
    expect(err.result.upsertedCount).toBe(0);
    expect((err.writeErrors as unknown as { index: number }[])[0]!.index).toBe(2);
    expect(await coll.find().toArray()).toEqual([{ _id: 10, v: 2 }]);
  });

  it('unordered: runs all the others', async () => {
    const coll = store.coll('mixedUnordered');
    const err = await bulkError(coll.bulkWrite(ops, { ordered: false }));
    expect(err.result.insertedCount).toBe(1);
    expect(err.result.matchedCount).toBe(2);
    expect(err.result.upsertedCount).toBe(1);
    expect(err.result.deletedCount).toBe(1);
    expect(Object.values(err.result.upsertedIds)).toEqual([11]);
    expect(await coll.find().toArray()).toEqual([{ _id: 11, v: 5 }]);
  });

  it('reports counts of a successful bulk', async () => {
    const coll = store.coll('mixedOk');
    const r = await coll.bulkWrite(ops.filter((_, i) => i !== 2));
    expect([r.insertedCount, r.matchedCount, r.modifiedCount, r.upsertedCount, r.deletedCount]).toEqual([1, 2, 2, 1, 1]);
  });
});
