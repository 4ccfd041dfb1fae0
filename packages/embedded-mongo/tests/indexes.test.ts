import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('indexes');
});
afterAll(() => store.close());

describe('index management', () => {
  it('creates single and compound indexes and lists them with the _id index first', async () => {
    const coll = store.coll('people');
    expect(await coll.createIndex({ email: 1 }, { unique: true })).toBe('email_1');
    expect(await coll.createIndex({ last: 1, first: -1 })).toBe('last_1_first_-1');
    expect(await coll.createIndex({ city: 1 }, { name: 'by_city' })).toBe('by_city');
    const listed = await coll.listIndexes().toArray();
    expect(listed.map((i) => [i.name, i.key, i.unique ?? false])).toEqual([
      ['_id_', { _id: 1 }, false],
      ['email_1', { email: 1 }, true],
      ['last_1_first_-1', { last: 1, first: -1 }, false],
      ['by_city', { city: 1 }, false],
    ]);
  });

  it('creating an existing index again is a no-op', async () => {
    const coll = store.coll('people');
    expect(await coll.createIndex({ email: 1 }, { unique: true })).toBe('email_1');
    expect(await coll.listIndexes().toArray()).toHaveLength(4);
  });

  it('drops an index by name and by key pattern, but never _id_', async () => {
    const coll = store.coll('people');
    await coll.dropIndex('by_city');
    await coll.dropIndex({ last: 1, first: -1 } as never);
    expect((await coll.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_', 'email_1']);
    await expect(coll.dropIndex('nope')).rejects.toMatchObject({ code: 27 });
    await expect(coll.dropIndex('_id_')).rejects.toMatchObject({ code: 72 });
  });

  it('dropIndexes() removes all but _id_', async () => {
    const coll = store.coll('dropall');
    await coll.createIndexes([{ key: { a: 1 } }, { key: { b: 1 } }]);
    await coll.dropIndexes();
    expect((await coll.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('listIndexes on a missing collection is NamespaceNotFound', async () => {
    await expect(store.coll('nothing_here').listIndexes().toArray()).rejects.toMatchObject({ code: 26 });
  });
});

describe('unique enforcement', () => {
  it('rejects a duplicate on insert with code 11000, the index name and keyValue', async () => {
    const coll = store.coll('people');
    await coll.insertOne({ _id: 1, email: 'ada@example.com' });
    const err = await coll.insertOne({ _id: 2, email: 'ada@example.com' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 11000, keyValue: { email: 'ada@example.com' } });
    const message = (err as Error).message;
    expect(message).toContain('E11000 duplicate key error collection: ');
    expect(message).toContain('.people index: email_1 dup key: { email: "ada@example.com" }');
  });

  it('rejects a duplicate _id with code 11000', async () => {
    const err = await store
      .coll('people')
      .insertOne({ _id: 1 })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 11000, keyValue: { _id: 1 } });
    expect((err as Error).message).toContain('index: _id_ dup key: { _id: 1 }');
  });

  it('rejects an update that would create a duplicate and leaves the document unchanged', async () => {
    const coll = store.coll('people');
    await coll.insertOne({ _id: 3, email: 'bob@example.com' });
    await expect(coll.updateOne({ _id: 3 }, { $set: { email: 'ada@example.com' } })).rejects.toMatchObject({ code: 11000 });
    expect(await coll.findOne({ _id: 3 })).toEqual({ _id: 3, email: 'bob@example.com' });
    await coll.updateOne({ _id: 3 }, { $set: { email: 'bob@example.com', n: 1 } });
    expect(await coll.findOne({ _id: 3 })).toEqual({ _id: 3, email: 'bob@example.com', n: 1 });
  });

  it('treats a missing field as null: two documents without the field collide', async () => {
    const coll = store.coll('nulls');
    await coll.createIndex({ code: 1 }, { unique: true });
    await coll.insertOne({ _id: 1 });
    await expect(coll.insertOne({ _id: 2 })).rejects.toMatchObject({ code: 11000, keyValue: { code: null } });
  });

  it('a sparse unique index ignores documents without the field', async () => {
    const coll = store.coll('sparse');
    await coll.createIndex({ code: 1 }, { unique: true, sparse: true });
    await coll.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3, code: 'x' }]);
    await expect(coll.insertOne({ _id: 4, code: 'x' })).rejects.toMatchObject({ code: 11000 });
  });

  it('a compound unique index constrains the combination', async () => {
    const coll = store.coll('compound');
    await coll.createIndex({ a: 1, b: 1 }, { unique: true });
    await coll.insertMany([
      { a: 1, b: 1 },
      { a: 1, b: 2 },
      { a: 2, b: 1 },
    ]);
    await expect(coll.insertOne({ a: 1, b: 2 })).rejects.toMatchObject({ code: 11000, keyValue: { a: 1, b: 2 } });
  });

  it('cannot build a unique index over existing duplicates', async () => {
    const coll = store.coll('dups');
    await coll.insertMany([{ k: 1 }, { k: 1 }]);
    await expect(coll.createIndex({ k: 1 }, { unique: true })).rejects.toMatchObject({ code: 11000 });
    expect((await coll.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('numbers of different BSON types are the same key', async () => {
    const coll = store.coll('numkeys');
    await coll.createIndex({ n: 1 }, { unique: true });
    await coll.insertOne({ n: 1 });
    await expect(coll.insertOne({ n: 1.0 })).rejects.toMatchObject({ code: 11000 });
  });
});

describe('lookups through indexes', () => {
  it('finds by an indexed field, by $in, and sees updates and deletes', async () => {
    const coll = store.coll('lookup');
    await coll.createIndex({ sku: 1 });
    await coll.insertMany(Array.from({ length: 500 }, (_, i) => ({ _id: i, sku: `s${i % 250}`, tags: [`t${i % 7}`] })));
    expect((await coll.find({ sku: 's3' }).sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([3, 253]);
    expect(
      (
        await coll
          .find({ sku: { $in: ['s1', 's2'] }, _id: { $lt: 100 } })
          .sort({ _id: 1 })
          .toArray()
      ).map((d) => d._id),
    ).toEqual([1, 2]);
    await coll.updateOne({ _id: 3 }, { $set: { sku: 'moved' } });
    await coll.deleteOne({ _id: 253 });
    expect(await coll.find({ sku: 's3' }).toArray()).toEqual([]);
    expect((await coll.find({ sku: 'moved' }).toArray()).map((d) => d._id)).toEqual([3]);
  });

  it('finds by the leading field of a compound index, and sees updates', async () => {
    const coll = store.coll('compoundLookup');
    await coll.createIndex({ provider: 1, name: 1 });
    await coll.insertMany([
      { _id: 1, provider: 'p1', name: 'a' },
      { _id: 2, provider: 'p2', name: 'b' },
      { _id: 3, provider: 'p1', name: 'c' },
    ]);
    expect((await coll.find({ provider: 'p1' }).sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([1, 3]);
    expect((await coll.find({ provider: { $in: ['p2', 'p3'] } }).toArray()).map((d) => d._id)).toEqual([2]);
    await coll.updateOne({ _id: 3 }, { $set: { provider: 'p2' } });
    expect((await coll.find({ provider: 'p2' }).sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([2, 3]);
    expect(await coll.find({ provider: 'p1', name: 'c' }).toArray()).toEqual([]);
  });

  it('finds array elements through a multikey index', async () => {
    const coll = store.coll('multikey');
    await coll.createIndex({ tags: 1 });
    await coll.insertMany([
      { _id: 1, tags: ['a', 'b'] },
      { _id: 2, tags: ['b'] },
      { _id: 3, tags: 'a' },
    ]);
    expect((await coll.find({ tags: 'a' }).sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([1, 3]);
    expect((await coll.find({ tags: ['b'] }).toArray()).map((d) => d._id)).toEqual([2]);
  });
});
