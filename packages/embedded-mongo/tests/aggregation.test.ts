import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loose, openTestStore, type TestStore } from './helpers.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('aggregation');
  await store.coll('sales').insertMany([
    { _id: 1, item: 'pen', region: 'north', qty: 10, price: 2, tags: ['office', 'cheap'] },
    { _id: 2, item: 'pen', region: 'south', qty: 5, price: 2, tags: ['office'] },
    { _id: 3, item: 'ink', region: 'north', qty: 2, price: 15, tags: [] },
    { _id: 4, item: 'pad', region: 'south', qty: 8, price: 4 },
  ]);
  await store.coll('items').insertMany([
    { _id: 'pen', label: 'Pen' },
    { _id: 'ink', label: 'Ink' },
  ]);
});
afterAll(() => store.close());

const run = (pipeline: Loose[]) => store.coll('sales').aggregate(pipeline).toArray();

describe('aggregation stages', () => {
  it('$match, $sort, $skip, $limit', async () => {
    const docs = await run([{ $match: { qty: { $gte: 5 } } }, { $sort: { qty: -1 } }, { $skip: 1 }, { $limit: 1 }]);
    expect(docs.map((d) => d._id)).toEqual([4]);
  });

  it('$group with $sum, $avg, $min, $max, $push, $addToSet, $first, $count-like sums', async () => {
    const docs = await run([
      { $sort: { _id: 1 } },
      {
        $group: {
          _id: '$item',
          total: { $sum: { $multiply: ['$qty', '$price'] } },
          n: { $sum: 1 },
          avgQty: { $avg: '$qty' },
          minQty: { $min: '$qty' },
          maxQty: { $max: '$qty' },
          regions: { $push: '$region' },
          uniqueRegions: { $addToSet: '$region' },
          firstId: { $first: '$_id' },
        },
      },
      { $sort: { _id: 1 } },
    ]);
    expect(docs).toEqual([
      { _id: 'ink', total: 30, n: 1, avgQty: 2, minQty: 2, maxQty: 2, regions: ['north'], uniqueRegions: ['north'], firstId: 3 },
      { _id: 'pad', total: 32, n: 1, avgQty: 8, minQty: 8, maxQty: 8, regions: ['south'], uniqueRegions: ['south'], firstId: 4 },
      {
        _id: 'pen',
        total: 30,
        n: 2,
        avgQty: 7.5,
        minQty: 5,
        maxQty: 10,
        regions: ['north', 'south'],
        uniqueRegions: expect.arrayContaining(['north', 'south']),
        firstId: 1,
      },
    ]);
  });

  it('$group by null over the whole collection', async () => {
    expect(await run([{ $group: { _id: null, qty: { $sum: '$qty' } } }])).toEqual([{ _id: null, qty: 25 }]);
  });

  it('$project computes fields, keeps _id first, and can exclude it', async () => {
    const docs = await run([{ $match: { _id: 3 } }, { $project: { revenue: { $multiply: ['$qty', '$price'] }, item: 1 } }]);
    expect(docs).toEqual([{ _id: 3, item: 'ink', revenue: 30 }]);
    expect(Object.keys(docs[0]!)[0]).toBe('_id');
    expect(await run([{ $match: { _id: 3 } }, { $project: { _id: 0, item: 1 } }])).toEqual([{ item: 'ink' }]);
  });

  it('$addFields / $set', async () => {
    const docs = await run([
      { $match: { _id: 2 } },
      { $addFields: { revenue: { $multiply: ['$qty', '$price'] } } },
      { $set: { big: { $gt: ['$revenue', 5] } } },
    ]);
    expect(docs).toEqual([{ _id: 2, item: 'pen', region: 'south', qty: 5, price: 2, tags: ['office'], revenue: 10, big: true }]);
  });

  it('$unwind drops empty and missing arrays unless asked', async () => {
    const plain = await run([{ $unwind: '$tags' }, { $project: { tags: 1 } }]);
    expect(plain).toEqual([
      { _id: 1, tags: 'office' },
      { _id: 1, tags: 'cheap' },
      { _id: 2, tags: 'office' },
    ]);
    const kept = await run([{ $unwind: { path: '$tags', preserveNullAndEmptyArrays: true } }]);
    expect(kept).toHaveLength(5);
  });

  it('$lookup joins another collection of the same database', async () => {
    const docs = await run([
      { $match: { region: 'north' } },
      { $lookup: { from: 'items', localField: 'item', foreignField: '_id', as: 'info' } },
      { $project: { item: 1, label: { $first: '$info.label' } } },
      { $sort: { _id: 1 } },
    ]);
    expect(docs).toEqual([
      { _id: 1, item: 'pen', label: 'Pen' },
      { _id: 3, item: 'ink', label: 'Ink' },
    ]);
  });

  it('$count', async () => {
    expect(await run([{ $match: { region: 'south' } }, { $count: 'n' }])).toEqual([{ n: 2 }]);
  });

  it('$facet runs sub-pipelines over the same input', async () => {
    const [result] = await run([
      {
        $facet: {
          byRegion: [{ $group: { _id: '$region', n: { $sum: 1 } } }, { $sort: { _id: 1 } }],
          top: [{ $sort: { qty: -1 } }, { $limit: 1 }, { $project: { _id: 1 } }],
        },
      },
    ]);
    expect(result).toEqual({
      byRegion: [
        { _id: 'north', n: 2 },
        { _id: 'south', n: 2 },
      ],
      top: [{ _id: 1 }],
    });
  });

  it('returns more than one batch through getMore', async () => {
    const coll = store.coll('big');
    await coll.insertMany(Array.from({ length: 300 }, (_, i) => ({ _id: i, g: i % 3 })));
    const docs = await coll.aggregate([{ $match: { g: 1 } }, { $sort: { _id: -1 } }], { batchSize: 25 }).toArray();
    expect(docs).toHaveLength(100);
    expect(docs[0]).toEqual({ _id: 298, g: 1 });
  });

  it('does not change stored documents', async () => {
    await run([{ $set: { qty: 0 } }, { $unset: 'item' }]);
    expect(await store.coll('sales').findOne({ _id: 1 })).toMatchObject({ qty: 10, item: 'pen' });
  });

  it('an unknown stage is an error', async () => {
    await expect(run([{ $nonsense: {} }])).rejects.toMatchObject({ ok: 0 });
  });
});
