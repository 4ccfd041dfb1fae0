import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loose, openTestStore, type TestStore } from './helpers.ts';

// The manual's $out and $merge pages: their examples, then the rules around them.
let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('output_stages');
  await store.coll('books').insertMany([
    { _id: 8751, title: 'The Banquet', author: 'Dante', copies: 2 },
    { _id: 8752, title: 'Divine Comedy', author: 'Dante', copies: 1 },
    { _id: 8645, title: 'Eclogues', author: 'Dante', copies: 2 },
    { _id: 7000, title: 'The Odyssey', author: 'Homer', copies: 10 },
    { _id: 7020, title: 'Iliad', author: 'Homer', copies: 10 },
  ]);
  await store.coll('salaries').insertMany([
    { _id: 1, employee: 'Ant', dept: 'A', salary: 100000, fiscal_year: 2017 },
    { _id: 2, employee: 'Bee', dept: 'A', salary: 120000, fiscal_year: 2017 },
    { _id: 3, employee: 'Cat', dept: 'Z', salary: 115000, fiscal_year: 2017 },
    { _id: 4, employee: 'Ant', dept: 'A', salary: 115000, fiscal_year: 2018 },
    { _id: 5, employee: 'Bee', dept: 'Z', salary: 145000, fiscal_year: 2018 },
    { _id: 6, employee: 'Cat', dept: 'Z', salary: 135000, fiscal_year: 2018 },
    { _id: 7, employee: 'Gecko', dept: 'A', salary: 100000, fiscal_year: 2018 },
    { _id: 8, employee: 'Ant', dept: 'A', salary: 125000, fiscal_year: 2019 },
    { _id: 9, employee: 'Bee', dept: 'Z', salary: 160000, fiscal_year: 2019 },
    { _id: 10, employee: 'Cat', dept: 'Z', salary: 150000, fiscal_year: 2019 },
  ]);
});
afterAll(() => store.close());

const byAuthor = [{ $group: { _id: '$author', books: { $push: '$title' } } }];
const sorted = (coll: string, db = store.db) => db.collection<Loose>(coll).find().sort({ _id: 1 }).toArray();

describe('$out', () => {
  it('writes the results to a collection and answers an empty cursor', async () => {
    expect(
      await store
        .coll('books')
        .aggregate([...byAuthor, { $out: 'authors' }])
        .toArray(),
    ).toEqual([]);
    expect(await sorted('authors')).toEqual([
      { _id: 'Dante', books: ['The Banquet', 'Divine Comedy', 'Eclogues'] },
      { _id: 'Homer', books: ['The Odyssey', 'Iliad'] },
    ]);
  });

  it('writes to another database with { db, coll }', async () => {
    const reporting = store.client.db(`${store.db.databaseName}_reporting`);
    try {
      await store
        .coll('books')
        .aggregate([...byAuthor, { $out: { db: reporting.databaseName, coll: 'authors' } }])
        .toArray();
      expect((await sorted('authors', reporting)).map((d) => d._id)).toEqual(['Dante', 'Homer']);
    } finally {
      await reporting.dropDatabase();
    }
  });

  it("replaces an existing collection's documents, keeping its indexes", async () => {
    const target = store.coll('replaced');
    await target.insertMany([{ _id: 'old', n: 1 }]);
    await target.createIndex({ books: 1 });
    await store
      .coll('books')
      .aggregate([...byAuthor, { $out: 'replaced' }])
      .toArray();
    expect((await sorted('replaced')).map((d) => d._id)).toEqual(['Dante', 'Homer']);
    expect((await target.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_', 'books_1']);
  });

  it('leaves the target untouched when the results break one of its unique indexes', async () => {
    const target = store.coll('guarded');
    await target.createIndex({ author: 1 }, { unique: true });
    await target.insertOne({ _id: 'keep', author: 'nobody' });
    await expect(
      store
        .coll('books')
        .aggregate([{ $project: { author: 1 } }, { $out: 'guarded' }])
        .toArray(),
    ).rejects.toMatchObject({ code: 11000 });
    expect(await target.find().toArray()).toEqual([{ _id: 'keep', author: 'nobody' }]);
    const names = (await store.db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(names.some((n) => n.startsWith('tmp.agg_out'))).toBe(false);
  });

  it('may replace the collection being aggregated', async () => {
    const coll = store.coll('self');
    await coll.insertMany([
      { _id: 1, n: 1 },
      { _id: 2, n: 2 },
    ]);
    await coll.aggregate([{ $match: { n: 2 } }, { $set: { n: 20 } }, { $out: 'self' }]).toArray();
    expect(await coll.find().toArray()).toEqual([{ _id: 2, n: 20 }]);
  });
});

describe('$merge', () => {
  it('creates the target and replaces matched documents (on-demand materialized view, initial creation)', async () => {
    await store
      .coll('salaries')
      .aggregate([
        { $group: { _id: { fiscal_year: '$fiscal_year', dept: '$dept' }, salaries: { $sum: '$salary' } } },
        { $merge: { into: 'budgets', on: '_id', whenMatched: 'replace', whenNotMatched: 'insert' } },
      ])
      .toArray();
    expect(await sorted('budgets')).toEqual([
      { _id: { fiscal_year: 2017, dept: 'A' }, salaries: 220000 },
      { _id: { fiscal_year: 2017, dept: 'Z' }, salaries: 115000 },
      { _id: { fiscal_year: 2018, dept: 'A' }, salaries: 215000 },
      { _id: { fiscal_year: 2018, dept: 'Z' }, salaries: 280000 },
      { _id: { fiscal_year: 2019, dept: 'A' }, salaries: 125000 },
      { _id: { fiscal_year: 2019, dept: 'Z' }, salaries: 310000 },
    ]);
  });

  it('refreshes the matched documents and inserts the new ones', async () => {
    await store.coll('salaries').insertMany([
      { _id: 11, employee: 'Wren', dept: 'Z', salary: 100000, fiscal_year: 2019 },
      { _id: 12, employee: 'Zebra', dept: 'A', salary: 150000, fiscal_year: 2020 },
    ]);
    await store
      .coll('salaries')
      .aggregate([
        { $match: { fiscal_year: { $gte: 2019 } } },
        { $group: { _id: { fiscal_year: '$fiscal_year', dept: '$dept' }, salaries: { $sum: '$salary' } } },
        { $merge: { into: 'budgets', whenMatched: 'replace' } },
      ])
      .toArray();
    expect((await sorted('budgets')).slice(4)).toEqual([
      { _id: { fiscal_year: 2019, dept: 'A' }, salaries: 125000 },
      { _id: { fiscal_year: 2019, dept: 'Z' }, salaries: 410000 },
      { _id: { fiscal_year: 2020, dept: 'A' }, salaries: 150000 },
    ]);
  });

  it('whenMatched "merge" (the default) merges fields into the existing document', async () => {
    await store.coll('merged').insertOne({ _id: 1, a: 1, b: 1 });
    await store.db.aggregate([{ $documents: [{ _id: 1, b: 5, z: 1 }] }, { $merge: 'merged' }]).toArray();
    expect(await store.coll('merged').findOne({ _id: 1 })).toEqual({ _id: 1, a: 1, b: 5, z: 1 });
  });

  it('whenMatched "keepExisting", "fail" and whenNotMatched "discard", "fail"', async () => {
    const target = store.coll('modes');
    await target.insertOne({ _id: 1, v: 'old' });
    const run = (merge: Loose, docs: Loose[]) => store.db.aggregate([{ $documents: docs }, { $merge: { into: 'modes', ...merge } }]).toArray();
    await run({ whenMatched: 'keepExisting' }, [
      { _id: 1, v: 'new' },
      { _id: 2, v: 'new' },
    ]);
    expect(await sorted('modes')).toEqual([
      { _id: 1, v: 'old' },
      { _id: 2, v: 'new' },
    ]);
    await expect(run({ whenMatched: 'fail' }, [{ _id: 1, v: 'x' }])).rejects.toMatchObject({ code: 11000 });
    await run({ whenMatched: 'replace', whenNotMatched: 'discard' }, [
      { _id: 2, v: 'replaced' },
      { _id: 3, v: 'dropped' },
    ]);
    expect(await sorted('modes')).toEqual([
      { _id: 1, v: 'old' },
      { _id: 2, v: 'replaced' },
    ]);
    await expect(run({ whenMatched: 'merge', whenNotMatched: 'fail' }, [{ _id: 4 }])).rejects.toMatchObject({ code: 13113 });
  });

  it('whenMatched pipeline reads the result as $$new, or its own let variables', async () => {
    await store.coll('totals').insertOne({ _id: 'x', total: 5 });
    await store.db
      .aggregate([
        { $documents: [{ _id: 'x', total: 3 }] },
        { $merge: { into: 'totals', whenMatched: [{ $set: { total: { $add: ['$total', '$$new.total'] } } }] } },
      ])
      .toArray();
    expect(await store.coll('totals').findOne({ _id: 'x' })).toEqual({ _id: 'x', total: 8 });
    await store.db
      .aggregate([{ $documents: [{ _id: 'x', year: 2020 }] }, { $merge: { into: 'totals', let: { y: '$year' }, whenMatched: [{ $set: { seen: '$$y' } }] } }])
      .toArray();
    expect(await store.coll('totals').findOne({ _id: 'x' })).toEqual({ _id: 'x', total: 8, seen: 2020 });
  });

  it('matches on other fields through a unique index on exactly them', async () => {
    await store.coll('daily').createIndex({ salesDate: 1 }, { unique: true });
    await store.coll('daily').insertOne({ salesDate: '2019-05-01', totalqty: 1 });
    await store.db
      .aggregate([
        {
          $documents: [
            { salesDate: '2019-05-01', totalqty: 7 },
            { salesDate: '2019-05-02', totalqty: 2 },
          ],
        },
        { $merge: { into: 'daily', on: 'salesDate' } },
      ])
      .toArray();
    expect(
      await store
        .coll('daily')
        .find({}, { projection: { _id: 0 }, sort: { salesDate: 1 } })
        .toArray(),
    ).toEqual([
      { salesDate: '2019-05-01', totalqty: 7 },
      { salesDate: '2019-05-02', totalqty: 2 },
    ]);
    await expect(store.db.aggregate([{ $documents: [{ k: 1 }] }, { $merge: { into: 'daily', on: 'k' } }]).toArray()).rejects.toMatchObject({ code: 51183 });
    await expect(store.db.aggregate([{ $documents: [{ totalqty: 1 }] }, { $merge: { into: 'daily', on: 'salesDate' } }]).toArray()).rejects.toMatchObject({
      code: 51132,
    });
  });

  it("refuses to change a matched document's _id (66)", async () => {
    await expect(
      store.db.aggregate([{ $documents: [{ _id: 'other', salesDate: '2019-05-02', totalqty: 3 }] }, { $merge: { into: 'daily', on: 'salesDate' } }]).toArray(),
    ).rejects.toMatchObject({ code: 66 });
  });

  it('refuses unsupported mode combinations (51181) and let without a pipeline (51199)', async () => {
    const run = (merge: Loose) => store.db.aggregate([{ $documents: [{ _id: 1 }] }, { $merge: { into: 'modes', ...merge } }]).toArray();
    await expect(run({ whenMatched: 'keepExisting', whenNotMatched: 'fail' })).rejects.toMatchObject({ code: 51181 });
    await expect(run({ whenMatched: 'replace', let: { x: 1 } })).rejects.toMatchObject({ code: 51199 });
  });
});

describe('where output stages may stand', () => {
  it('only last (40601)', async () => {
    await expect(
      store
        .coll('books')
        .aggregate([{ $out: 'x' }, { $match: {} }])
        .toArray(),
    ).rejects.toMatchObject({ code: 40601 });
    await expect(
      store
        .coll('books')
        .aggregate([{ $merge: 'x' }, { $match: {} }])
        .toArray(),
    ).rejects.toMatchObject({ code: 40601 });
  });

  it('not inside $facet (40600), $lookup (51047) or $unionWith (31441)', async () => {
    await expect(
      store
        .coll('books')
        .aggregate([{ $facet: { a: [{ $out: 'x' }] } }])
        .toArray(),
    ).rejects.toMatchObject({ code: 40600 });
    await expect(
      store
        .coll('books')
        .aggregate([{ $lookup: { from: 'authors', pipeline: [{ $merge: 'x' }], as: 'a' } }])
        .toArray(),
    ).rejects.toMatchObject({
      code: 51047,
    });
    await expect(
      store
        .coll('books')
        .aggregate([{ $unionWith: { coll: 'authors', pipeline: [{ $out: 'x' }] } }])
        .toArray(),
    ).rejects.toMatchObject({ code: 31441 });
  });

  it('not into a view (166)', async () => {
    await store.db.createCollection('bookView', { viewOn: 'books', pipeline: [] });
    await expect(
      store
        .coll('books')
        .aggregate([{ $out: 'bookView' }])
        .toArray(),
    ).rejects.toMatchObject({ code: 166 });
    await expect(
      store
        .coll('books')
        .aggregate([{ $merge: 'bookView' }])
        .toArray(),
    ).rejects.toMatchObject({ code: 166 });
  });

  it('an unknown stage is 40324', async () => {
    await expect(
      store
        .coll('books')
        .aggregate([{ $frobnicate: {} }])
        .toArray(),
    ).rejects.toMatchObject({ code: 40324 });
  });
});
