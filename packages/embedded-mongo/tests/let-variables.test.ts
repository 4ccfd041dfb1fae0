import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

// The manual's `let` examples (find, aggregate, update, delete, findAndModify commands), through the driver's `let` option.
let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('let_variables');
});
afterAll(() => store.close());

const flavors = () => store.coll('cakeFlavors');
beforeEach(async () => {
  await flavors().deleteMany({});
  await flavors().insertMany([
    { _id: 1, flavor: 'chocolate' },
    { _id: 2, flavor: 'strawberry' },
    { _id: 3, flavor: 'cherry' },
  ]);
});

const byTarget = { $expr: { $eq: ['$flavor', '$$targetFlavor'] } };

describe('let variables', () => {
  it('find reads them in $expr', async () => {
    expect(
      await flavors()
        .find(byTarget, { let: { targetFlavor: 'chocolate' } })
        .toArray(),
    ).toEqual([{ _id: 1, flavor: 'chocolate' }]);
  });

  it('aggregate reads them in its pipeline', async () => {
    const sales = store.coll('cakeSales');
    await sales.insertMany([
      { _id: 1, flavor: 'chocolate', salesTotal: 1580 },
      { _id: 2, flavor: 'strawberry', salesTotal: 4350 },
      { _id: 3, flavor: 'cherry', salesTotal: 2150 },
    ]);
    const docs = await sales.aggregate([{ $match: { $expr: { $gt: ['$salesTotal', '$$targetTotal'] } } }], { let: { targetTotal: 3000 } }).toArray();
    expect(docs).toEqual([{ _id: 2, flavor: 'strawberry', salesTotal: 4350 }]);
  });

  it('update reads them in the filter and in an update pipeline', async () => {
    const result = await flavors().updateOne(byTarget, [{ $set: { flavor: '$$newFlavor' } }], { let: { targetFlavor: 'cherry', newFlavor: 'orange' } });
    expect(result).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await flavors().findOne({ _id: 3 })).toEqual({ _id: 3, flavor: 'orange' });
  });

  it('delete reads them in the filter', async () => {
    expect(await flavors().deleteOne(byTarget, { let: { targetFlavor: 'strawberry' } })).toMatchObject({ deletedCount: 1 });
    expect((await flavors().find().toArray()).map((d) => d._id)).toEqual([1, 3]);
  });

  it('findAndModify reads them in its query', async () => {
    const before = await flavors().findOneAndReplace(byTarget, { flavor: 'orange' }, { let: { targetFlavor: 'cherry' } });
    expect(before).toEqual({ _id: 3, flavor: 'cherry' });
    expect(await flavors().findOne({ _id: 3 })).toEqual({ _id: 3, flavor: 'orange' });
  });

  it('a variable is defined by an expression, evaluated once', async () => {
    const found = await flavors()
      .find({ $expr: { $eq: ['$flavor', '$$target'] } }, { let: { target: { $concat: ['straw', 'berry'] } } })
      .toArray();
    expect(found.map((d) => d._id)).toEqual([2]);
  });
});

describe('let errors', () => {
  it('a name must start with a lowercase letter (16867)', async () => {
    await expect(
      flavors()
        .find(byTarget, { let: { TargetFlavor: 'x' } })
        .toArray(),
    ).rejects.toMatchObject({ code: 16867 });
  });

  it('a name may hold only letters, digits and _ (16868)', async () => {
    await expect(
      flavors()
        .find(byTarget, { let: { 'target-flavor': 'x' } })
        .toArray(),
    ).rejects.toMatchObject({ code: 16868 });
  });

  it('reading a variable nobody defined is 17276', async () => {
    await expect(flavors().find(byTarget).toArray()).rejects.toMatchObject({ code: 17276, message: 'Use of undefined variable: targetFlavor' });
  });
});
