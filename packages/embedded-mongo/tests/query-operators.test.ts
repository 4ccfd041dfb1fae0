import type { Filter } from 'mongodb';
import { Decimal128, Int32, Long, MaxKey, MinKey, ObjectId } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loose, openTestStore, type TestStore } from './helpers.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('query');
  await store.coll('items').insertMany([
    {
      _id: 1,
      name: 'apple',
      qty: 5,
      tags: ['red', 'fruit'],
      price: { amount: 1.5, currency: 'EUR' },
      sizes: [
        { s: 'S', n: 2 },
        { s: 'M', n: 0 },
      ],
    },
    { _id: 2, name: 'banana', qty: 0, tags: ['yellow', 'fruit'], price: { amount: 0.25, currency: 'EUR' }, sizes: [{ s: 'M', n: 4 }] },
    { _id: 3, name: 'Cherry', qty: 12, tags: ['red'], price: { amount: 4, currency: 'USD' }, discontinued: null },
    { _id: 4, name: 'date', tags: [], price: { amount: 9, currency: 'USD' } },
  ]);
});
afterAll(() => store.close());

async function ids(filter: Filter<Loose>): Promise<number[]> {
  const docs = await store.coll('items').find(filter).sort({ _id: 1 }).toArray();
  return docs.map((d) => d._id as number);
}

describe('comparison operators', () => {
  it('$eq, $ne, $gt, $gte, $lt, $lte', async () => {
    expect(await ids({ qty: 5 })).toEqual([1]);
    expect(await ids({ qty: { $eq: 0 } })).toEqual([2]);
    expect(await ids({ qty: { $ne: 5 } })).toEqual([2, 3, 4]); // $ne also matches a missing field
    expect(await ids({ qty: { $gt: 0 } })).toEqual([1, 3]);
    expect(await ids({ qty: { $gte: 5 } })).toEqual([1, 3]);
    expect(await ids({ qty: { $lt: 5 } })).toEqual([2]);
    expect(await ids({ qty: { $lte: 5, $gt: 0 } })).toEqual([1]);
  });

  it('compares only within a type bracket', async () => {
    expect(await ids({ name: { $gt: 5 } })).toEqual([]);
    expect(await ids({ qty: { $gt: 'a' } })).toEqual([]);
    expect(await ids({ name: { $gte: 'a' } })).toEqual([1, 2, 4]); // 'Cherry' < 'a' in binary order
  });

  it('treats Int32, Long, Double and Decimal128 as the same number', async () => {
    expect(await ids({ qty: new Long(5) })).toEqual([1]);
    expect(await ids({ qty: new Int32(12) })).toEqual([3]);
    expect(await ids({ qty: Decimal128.fromString('5') })).toEqual([1]);
    expect(await ids({ qty: { $gt: Long.fromNumber(4), $lt: Decimal128.fromString('5.5') } })).toEqual([1]);
    expect(await ids({ 'price.amount': 4.0 })).toEqual([3]);
  });

  it('$in and $nin, including null for missing and regexes', async () => {
    expect(await ids({ _id: { $in: [4, 2, 99] } })).toEqual([2, 4]);
    expect(await ids({ name: { $in: ['apple', /^ban/] } })).toEqual([1, 2]);
    expect(await ids({ qty: { $in: [null] } })).toEqual([4]);
    expect(await ids({ qty: { $nin: [0, 5] } })).toEqual([3, 4]);
    expect(await ids({ tags: { $in: ['yellow'] } })).toEqual([2]);
  });

  it('matches null against null and missing fields', async () => {
    expect(await ids({ discontinued: null })).toEqual([1, 2, 3, 4]);
    expect(await ids({ discontinued: { $exists: true } })).toEqual([3]);
    expect(await ids({ qty: null })).toEqual([4]);
  });
});

describe('logical, element and evaluation operators', () => {
  it('$and, $or, $nor, $not', async () => {
    expect(await ids({ $and: [{ tags: 'red' }, { qty: { $gt: 6 } }] })).toEqual([3]);
    expect(await ids({ $or: [{ qty: 0 }, { name: 'date' }] })).toEqual([2, 4]);
    expect(await ids({ $nor: [{ tags: 'red' }, { qty: 0 }] })).toEqual([4]);
    expect(await ids({ qty: { $not: { $gt: 1 } } })).toEqual([2, 4]);
  });

  it('$exists', async () => {
    expect(await ids({ qty: { $exists: false } })).toEqual([4]);
    expect(await ids({ sizes: { $exists: true } })).toEqual([1, 2]);
  });

  it('$regex with options', async () => {
    expect(await ids({ name: { $regex: '^c', $options: 'i' } })).toEqual([3]);
    expect(await ids({ name: /an/ })).toEqual([2]);
  });

  it('$size, $all and $elemMatch', async () => {
    expect(await ids({ tags: { $size: 0 } })).toEqual([4]);
    expect(await ids({ tags: { $all: ['fruit', 'red'] } })).toEqual([1]);
    expect(await ids({ sizes: { $elemMatch: { s: 'M', n: { $gt: 0 } } } })).toEqual([2]);
    // Without $elemMatch the two conditions may be met by different elements.
    expect(await ids({ 'sizes.s': 'S', 'sizes.n': 0 })).toEqual([1]);
  });
});

describe('dotted paths', () => {
  it('into embedded documents and arrays of documents', async () => {
    expect(await ids({ 'price.currency': 'USD' })).toEqual([3, 4]);
    expect(await ids({ 'sizes.s': 'M' })).toEqual([1, 2]);
    expect(await ids({ 'sizes.n': { $gte: 4 } })).toEqual([2]);
    expect(await ids({ 'sizes.0.s': 'S' })).toEqual([1]);
    expect(await ids({ 'tags.1': 'fruit' })).toEqual([1, 2]);
  });

  it('an array field equals one of its elements or the whole array', async () => {
    expect(await ids({ tags: 'red' })).toEqual([1, 3]);
    expect(await ids({ tags: ['red', 'fruit'] })).toEqual([1]);
    expect(await ids({ tags: ['fruit', 'red'] })).toEqual([]);
  });
});

describe('bad operators', () => {
  it('an unknown query operator is BadValue (code 2)', async () => {
    await expect(
      store
        .coll('items')
        .find({ qty: { $bogus: 1 } })
        .toArray(),
    ).rejects.toMatchObject({ code: 2, codeName: 'BadValue' });
  });

  it('$in without an array is BadValue', async () => {
    await expect(
      store
        .coll('items')
        .find({ qty: { $in: 5 } })
        .toArray(),
    ).rejects.toMatchObject({ code: 2 });
  });
});

describe('sort order across types', () => {
  it('sorts missing/null < numbers < strings < objects < arrays < ObjectId < booleans < dates', async () => {
    const coll = store.coll('mixed');
    const oid = new ObjectId('64b000000000000000000000');
    const date = new Date('2024-01-01T00:00:00Z');
    await coll.insertMany([
      { _id: 'date', v: date },
      { _id: 'true', v: true },
      { _id: 'false', v: false },
      { _id: 'oid', v: oid },
      { _id: 'obj', v: { a: 1 } },
      { _id: 'str', v: 'abc' },
      { _id: 'long', v: Long.fromNumber(3) },
      { _id: 'dbl', v: 2.5 },
      { _id: 'int', v: 10 },
      { _id: 'null', v: null },
      { _id: 'missing' },
      { _id: 'max', v: new MaxKey() },
      { _id: 'min', v: new MinKey() },
    ]);
    const asc = (await coll.find().sort({ v: 1, _id: 1 }).toArray()).map((d) => d._id);
    expect(asc).toEqual(['min', 'missing', 'null', 'dbl', 'long', 'int', 'str', 'obj', 'oid', 'false', 'true', 'date', 'max']);
    const desc = (await coll.find().sort({ v: -1, _id: 1 }).toArray()).map((d) => d._id);
    // null and missing tie, so _id decides between them
    expect(desc).toEqual(['max', 'date', 'true', 'false', 'oid', 'obj', 'str', 'int', 'long', 'dbl', 'missing', 'null', 'min']);
  });

  it('sorts arrays by their smallest element ascending and largest descending, an empty array below null', async () => {
    const coll = store.coll('arrays');
    await coll.insertMany([
      { _id: 'a', v: [5, 1] },
      { _id: 'b', v: 3 },
      { _id: 'c', v: [2, 9] },
      { _id: 'd', v: [] },
      { _id: 'e', v: null },
    ]);
    expect((await coll.find().sort({ v: 1 }).toArray()).map((d) => d._id)).toEqual(['d', 'e', 'a', 'c', 'b']);
    expect((await coll.find().sort({ v: -1 }).toArray()).map((d) => d._id)).toEqual(['c', 'a', 'b', 'e', 'd']);
  });

  it('an empty sort keeps the natural order', async () => {
    const docs = await store.coll('items').find({}, { sort: {} }).toArray();
    expect(docs.map((d) => d._id)).toEqual([1, 2, 3, 4]);
  });

  it('compound sort with ties broken by the second key', async () => {
    const docs = await store.coll('items').find().sort({ 'price.currency': -1, 'price.amount': -1 }).toArray();
    expect(docs.map((d) => d._id)).toEqual([4, 3, 1, 2]);
  });
});
