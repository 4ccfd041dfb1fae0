import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

// Works against any server: what is expected follows the version the server reports.
let store: TestStore;
let major: number;
beforeAll(async () => {
  store = await openTestStore('version');
  major = Number(String((await store.db.admin().command({ buildInfo: 1 })).version).split('.')[0]);
});
afterAll(() => store.close());

describe('the reported server version', () => {
  it('buildInfo and hello agree: 7.0 is wire version 21, 8.0 is 25', async () => {
    const hello = await store.db.admin().command({ hello: 1 });
    const info = await store.db.admin().command({ buildInfo: 1 });
    expect(info.versionArray.slice(0, 2)).toEqual(String(info.version).split('.').slice(0, 2).map(Number));
    if (major === 7) expect(hello.maxWireVersion).toBe(21);
    if (major >= 8) expect(hello.maxWireVersion).toBeGreaterThanOrEqual(25);
  });

  it('sort on updateOne is refused before 8.0 (unknown field) and honoured from 8.0', async () => {
    const coll = store.coll('sorted_update');
    await coll.insertMany([
      { _id: 1, n: 5 },
      { _id: 2, n: 9 },
    ]);
    const update = coll.updateOne({}, { $set: { picked: true } }, { sort: { n: -1 } });
    if (major < 8) {
      await expect(update).rejects.toMatchObject({ code: 40415, message: "BSON field 'update.updates.sort' is an unknown field." });
      expect(await coll.countDocuments({ picked: true })).toBe(0);
    } else {
      await update;
      expect(await coll.findOne({ picked: true })).toMatchObject({ _id: 2 });
    }
  });

  it('sort on replaceOne follows the same rule', async () => {
    const coll = store.coll('sorted_replace');
    await coll.insertMany([
      { _id: 1, n: 5 },
      { _id: 2, n: 9 },
    ]);
    const replace = coll.replaceOne({}, { n: 0 }, { sort: { n: 1 } });
    if (major < 8) await expect(replace).rejects.toMatchObject({ code: 40415 });
    else {
      await replace;
      expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, n: 0 });
    }
  });

  it('an update statement with any other unknown field is refused the same way', async () => {
    await expect(store.db.command({ update: 'sorted_update', updates: [{ q: {}, u: { $set: { a: 1 } }, frob: 1 }] })).rejects.toMatchObject({
      code: 40415,
      message: "BSON field 'update.updates.frob' is an unknown field.",
    });
  });
});
