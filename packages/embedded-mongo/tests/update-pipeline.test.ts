import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

// "Updates with Aggregation Pipeline" in the manual: its examples, then the rules around them.
let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('update_pipeline');
});
afterAll(() => store.close());

// biome-ignore lint/suspicious/noThenProperty: a $switch branch names its result field "then"
const branch = (test: unknown, result: string) => ({ case: test, then: result });

describe('update pipelines', () => {
  it('$set adds a field and sets another to $$NOW (example 1)', async () => {
    const coll = store.coll('students');
    await coll.insertMany([
      { _id: 1, test1: 95, test2: 92, test3: 90, modified: new Date('2020-01-05') },
      { _id: 3, test1: 95, test2: 110, modified: new Date('2020-01-04') },
    ]);
    const before = Date.now();
    const result = await coll.updateOne({ _id: 3 }, [{ $set: { test3: 98, modified: '$$NOW' } }]);
    expect(result).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    const doc = await coll.findOne({ _id: 3 });
    expect(doc).toMatchObject({ _id: 3, test1: 95, test2: 110, test3: 98 });
    expect(doc!.modified.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(Object.keys(doc!)).toEqual(['_id', 'test1', 'test2', 'modified', 'test3']);
  });

  it('$replaceRoot with $mergeObjects gives every document the same fields (example 2)', async () => {
    const coll = store.coll('students2');
    await coll.insertMany([
      { _id: 1, quiz1: 8, test2: 100, quiz2: 9 },
      { _id: 2, quiz2: 5, test1: 80, test2: 89 },
    ]);
    const result = await coll.updateMany({}, [{ $replaceRoot: { newRoot: { $mergeObjects: [{ quiz1: 0, quiz2: 0, test1: 0, test2: 0 }, '$$ROOT'] } } }]);
    expect(result).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    expect(await coll.find({}, { projection: { _id: 0 } }).toArray()).toEqual([
      { quiz1: 8, quiz2: 9, test1: 0, test2: 100 },
      { quiz1: 0, quiz2: 5, test1: 80, test2: 89 },
    ]);
  });

  it('a later stage sees what an earlier one computed (example 3)', async () => {
    const coll = store.coll('students3');
    await coll.insertMany([
      { _id: 1, tests: [95, 92, 90] },
      { _id: 2, tests: [94, 88, 90] },
      { _id: 3, tests: [70, 75, 82] },
    ]);
    await coll.updateMany({}, [
      { $set: { average: { $trunc: [{ $avg: '$tests' }, 0] } } },
      {
        $set: {
          grade: {
            $switch: {
              branches: [branch({ $gte: ['$average', 90] }, 'A'), branch({ $gte: ['$average', 80] }, 'B'), branch({ $gte: ['$average', 70] }, 'C')],
              default: 'F',
            },
          },
        },
      },
    ]);
    expect(await coll.find({}, { projection: { average: 1, grade: 1 } }).toArray()).toEqual([
      { _id: 1, average: 92, grade: 'A' },
      { _id: 2, average: 90, grade: 'A' },
      { _id: 3, average: 75, grade: 'C' },
    ]);
  });

  it('$concatArrays and $map over a field (examples 4 and 5)', async () => {
    const coll = store.coll('temperatures');
    await coll.insertMany([
      { _id: 1, quizzes: [5], tempsC: [4, 12] },
      { _id: 2, quizzes: [10], tempsC: [20] },
    ]);
    await coll.updateOne({ _id: 1 }, [{ $set: { quizzes: { $concatArrays: ['$quizzes', [8, 6]] } } }]);
    await coll.updateMany({}, [
      { $addFields: { tempsF: { $map: { input: '$tempsC', as: 'celsius', in: { $add: [{ $multiply: ['$$celsius', 9 / 5] }, 32] } } } } },
    ]);
    expect(await coll.find().toArray()).toEqual([
      { _id: 1, quizzes: [5, 8, 6], tempsC: [4, 12], tempsF: [39.2, 53.6] },
      { _id: 2, quizzes: [10], tempsC: [20], tempsF: [68] },
    ]);
  });

  it('$unset and $project remove fields; a pipeline that drops _id keeps it', async () => {
    const coll = store.coll('trimmed');
    await coll.insertOne({ _id: 1, a: 1, b: 2, c: 3 });
    await coll.updateOne({ _id: 1 }, [{ $unset: ['a'] }, { $project: { _id: 0, c: 1 } }]);
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, c: 3 });
    await coll.updateOne({ _id: 1 }, [{ $replaceWith: { d: 4 } }]);
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, d: 4 });
  });

  it('$setField updates a field whose name has a period', async () => {
    const coll = store.coll('inventory');
    await coll.insertOne({ _id: 1, item: 'sweatshirt', 'price.usd': 45.99, quantity: 20 });
    await coll.updateOne({ item: 'sweatshirt' }, [{ $replaceWith: { $setField: { field: 'price.usd', input: '$$ROOT', value: 29.99 } } }]);
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, item: 'sweatshirt', 'price.usd': 29.99, quantity: 20 });
  });

  it('counts a document whose pipeline changes nothing as matched, not modified', async () => {
    const coll = store.coll('unchanged');
    await coll.insertOne({ _id: 1, a: 1 });
    expect(await coll.updateOne({ _id: 1 }, [{ $set: { a: 1 } }])).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
  });

  it('an upsert applies the pipeline to the document built from the filter', async () => {
    const coll = store.coll('upserted');
    const result = await coll.updateOne({ _id: 7, kind: 'x' }, [{ $set: { label: { $concat: ['$kind', '-', 'new'] } } }], { upsert: true });
    expect(result).toMatchObject({ upsertedCount: 1, upsertedId: 7 });
    expect(await coll.findOne({ _id: 7 })).toEqual({ _id: 7, kind: 'x', label: 'x-new' });
  });

  it('findOneAndUpdate takes a pipeline too', async () => {
    const coll = store.coll('fam');
    await coll.insertOne({ _id: 1, n: 2 });
    const after = await coll.findOneAndUpdate({ _id: 1 }, [{ $set: { n: { $multiply: ['$n', 10] } } }], { returnDocument: 'after' });
    expect(after).toEqual({ _id: 1, n: 20 });
  });
});

describe('update pipeline errors', () => {
  it('a stage that is not an update stage is InvalidOptions (72)', async () => {
    await store.coll('errs').insertOne({ _id: 1 });
    await expect(store.coll('errs').updateOne({ _id: 1 }, [{ $match: { _id: 1 } }])).rejects.toMatchObject({
      code: 72,
      message: '$match is not allowed to be used within an update',
    });
  });

  it('an unknown stage is 40324', async () => {
    await expect(store.coll('errs').updateOne({ _id: 1 }, [{ $frob: {} }])).rejects.toMatchObject({ code: 40324 });
  });

  it('arrayFilters with a pipeline is FailedToParse (9)', async () => {
    await expect(store.coll('errs').updateOne({ _id: 1 }, [{ $set: { a: 1 } }], { arrayFilters: [{ 'x.a': 1 }] })).rejects.toMatchObject({ code: 9 });
  });

  it('changing _id is ImmutableField (66)', async () => {
    await expect(store.coll('errs').updateOne({ _id: 1 }, [{ $set: { _id: 2 } }])).rejects.toMatchObject({ code: 66 });
    expect(await store.coll('errs').findOne({ _id: 1 })).toEqual({ _id: 1 });
  });
});
