import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

// The manual's Views pages ("Create and Query a View", "Supported Operations for Views").
let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('views');
  await store.coll('students').insertMany([
    { sID: 22001, name: 'Alex', year: 1, score: 4.0 },
    { sID: 21001, name: 'bernie', year: 2, score: 3.7 },
    { sID: 20010, name: 'Chris', year: 3, score: 2.5 },
    { sID: 22021, name: 'Drew', year: 1, score: 3.2 },
    { sID: 17301, name: 'harley', year: 6, score: 3.1 },
    { sID: 21022, name: 'Farmer', year: 1, score: 2.2 },
    { sID: 20020, name: 'george', year: 3, score: 2.8 },
    { sID: 18020, name: 'Harley', year: 5, score: 2.8 },
  ]);
  await store.db.createCollection('firstYears', { viewOn: 'students', pipeline: [{ $match: { year: 1 } }] });
});
afterAll(() => store.close());

const firstYears = () => store.coll('firstYears');

describe('reading a view', () => {
  it('find runs the view pipeline, then the query and projection', async () => {
    expect(
      await firstYears()
        .find({}, { projection: { _id: 0 } })
        .toArray(),
    ).toEqual([
      { sID: 22001, name: 'Alex', year: 1, score: 4 },
      { sID: 22021, name: 'Drew', year: 1, score: 3.2 },
      { sID: 21022, name: 'Farmer', year: 1, score: 2.2 },
    ]);
    const best = await firstYears()
      .find({ score: { $gt: 3 } }, { sort: { score: -1 }, limit: 1, projection: { _id: 0, name: 1 } })
      .toArray();
    expect(best).toEqual([{ name: 'Alex' }]);
  });

  it('findOne, countDocuments, count and distinct read through it', async () => {
    expect(await firstYears().findOne({ name: 'Drew' }, { projection: { _id: 0, sID: 1 } })).toEqual({ sID: 22021 });
    expect(await firstYears().countDocuments({ score: { $lt: 3 } })).toBe(1);
    expect((await store.db.command({ count: 'firstYears' })).n).toBe(3);
    expect((await firstYears().distinct('name')).sort()).toEqual(['Alex', 'Drew', 'Farmer']);
  });

  it('aggregate appends its stages to the view pipeline', async () => {
    expect(
      await firstYears()
        .aggregate([{ $group: { _id: null, n: { $sum: 1 } } }])
        .toArray(),
    ).toEqual([{ _id: null, n: 3 }]);
  });

  it("a view's collation orders its reads (caseFirst upper puts 'Harley' before 'harley')", async () => {
    await store.db.createCollection('graduateStudents', {
      viewOn: 'students',
      pipeline: [{ $match: { $expr: { $gt: ['$year', 4] } } }],
      collation: { locale: 'en', caseFirst: 'upper' },
    });
    const docs = await store
      .coll('graduateStudents')
      .aggregate([{ $sort: { name: 1 } }, { $unset: ['_id'] }])
      .toArray();
    expect(docs).toEqual([
      { sID: 18020, name: 'Harley', year: 5, score: 2.8 },
      { sID: 17301, name: 'harley', year: 6, score: 3.1 },
    ]);
  });

  it('an operation may not override a view collation (OptionNotSupportedOnView, 167)', async () => {
    await expect(
      store
        .coll('graduateStudents')
        .find({}, { collation: { locale: 'fr' } })
        .toArray(),
    ).rejects.toMatchObject({ code: 167 });
    expect(await store.coll('graduateStudents').countDocuments({}, { collation: { locale: 'en', caseFirst: 'upper' } })).toBe(2);
  });

  it('a view may be defined on another view', async () => {
    await store.db.createCollection('goodFirstYears', { viewOn: 'firstYears', pipeline: [{ $match: { score: { $gte: 3 } } }] });
    expect(
      (
        await store
          .coll('goodFirstYears')
          .find({}, { projection: { _id: 0, name: 1 } })
          .toArray()
      ).map((d) => d.name),
    ).toEqual(['Alex', 'Drew']);
  });

  it('a view on a view must have its collation', async () => {
    await expect(store.db.createCollection('graduatesFr', { viewOn: 'graduateStudents', pipeline: [], collation: { locale: 'fr' } })).rejects.toMatchObject({
      code: 167,
    });
    await store.db.createCollection('graduatesAgain', { viewOn: 'graduateStudents', pipeline: [], collation: { locale: 'en', caseFirst: 'upper' } });
    expect(await store.coll('graduatesAgain').countDocuments()).toBe(2);
  });

  it('a view on a collection that does not exist is empty', async () => {
    await store.db.createCollection('nothing', { viewOn: 'missing', pipeline: [] });
    expect(await store.coll('nothing').find().toArray()).toEqual([]);
  });

  it('$lookup reads a view', async () => {
    const joined = await store
      .coll('students')
      .aggregate([
        { $match: { sID: 22001 } },
        { $lookup: { from: 'firstYears', localField: 'sID', foreignField: 'sID', as: 'same' } },
        { $project: { _id: 0, n: { $size: '$same' } } },
      ])
      .toArray();
    expect(joined).toEqual([{ n: 1 }]);
  });
});

describe('a view in the catalog', () => {
  it('listCollections shows it as a view with its definition', async () => {
    const [info] = await store.db.listCollections({ name: 'firstYears' }, { nameOnly: false }).toArray();
    expect(info).toMatchObject({
      name: 'firstYears',
      type: 'view',
      options: { viewOn: 'students', pipeline: [{ $match: { year: 1 } }] },
      info: { readOnly: true },
    });
  });

  it('collMod redefines it', async () => {
    await store.db.createCollection('redefined', { viewOn: 'students', pipeline: [{ $match: { year: 1 } }] });
    await store.db.command({ collMod: 'redefined', viewOn: 'students', pipeline: [{ $match: { year: 3 } }] });
    expect(
      (
        await store
          .coll('redefined')
          .find({}, { projection: { _id: 0, name: 1 } })
          .toArray()
      ).map((d) => d.name),
    ).toEqual(['Chris', 'george']);
  });

  it('dropping it leaves the collection alone', async () => {
    await store.db.createCollection('dropped', { viewOn: 'students', pipeline: [] });
    expect(await store.db.dropCollection('dropped')).toBe(true);
    expect((await store.db.listCollections({ name: 'dropped' }).toArray()).length).toBe(0);
    expect(await store.coll('students').countDocuments()).toBe(8);
  });

  it('a name cannot be both a view and a collection (NamespaceExists, 48)', async () => {
    await expect(store.db.createCollection('students', { viewOn: 'firstYears', pipeline: [] })).rejects.toMatchObject({ code: 48 });
  });
});

describe('a view is read-only', () => {
  it('inserts, updates, deletes and findAndModify are CommandNotSupportedOnView (166)', async () => {
    const refused = { code: 166, message: `Namespace ${store.db.databaseName}.firstYears is a view, not a collection` };
    await expect(firstYears().insertOne({ name: 'New' })).rejects.toMatchObject(refused);
    await expect(firstYears().updateOne({}, { $set: { x: 1 } })).rejects.toMatchObject(refused);
    await expect(firstYears().deleteMany({})).rejects.toMatchObject(refused);
    await expect(firstYears().findOneAndUpdate({}, { $set: { x: 1 } })).rejects.toMatchObject(refused);
    expect(await store.coll('students').countDocuments({ x: 1 })).toBe(0);
  });

  it('it has no indexes: createIndexes and listIndexes are 166', async () => {
    await expect(firstYears().createIndex({ name: 1 })).rejects.toMatchObject({ code: 166 });
    await expect(firstYears().listIndexes().toArray()).rejects.toMatchObject({ code: 166 });
  });

  it('its pipeline may not write ($out is refused)', async () => {
    await expect(store.db.createCollection('writer', { viewOn: 'students', pipeline: [{ $out: 'elsewhere' }] })).rejects.toMatchObject({ ok: 0 });
  });

  it('a view that would read itself is refused', async () => {
    await store.db.createCollection('loopA', { viewOn: 'students', pipeline: [] });
    await store.db.createCollection('loopB', { viewOn: 'loopA', pipeline: [] });
    await expect(store.db.command({ collMod: 'loopA', viewOn: 'loopB', pipeline: [] })).rejects.toMatchObject({ ok: 0 });
    expect(await store.coll('loopA').countDocuments()).toBe(8);
  });
});
