import type { CollationOptions } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

// The manual's Collation page: strength 1 compares base letters, 2 adds accents, 3 (the default) adds case.
let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('collation');
  await store.coll('words').insertMany([
    { _id: 1, w: 'ping' },
    { _id: 2, w: 'PING' },
    { _id: 3, w: 'Ping' },
    { _id: 4, w: 'pïng' },
    { _id: 5, w: 'pong' },
  ]);
});
afterAll(() => store.close());

const words = () => store.coll('words');
const caseInsensitive = { locale: 'en', strength: 2 };
const baseLetters = { locale: 'en', strength: 1 };
const ids = (docs: { _id?: unknown }[]) => docs.map((d) => d._id);

describe('collation on reads', () => {
  it('find: strength 2 ignores case, strength 1 also accents; without one, comparison is binary', async () => {
    expect(ids(await words().find({ w: 'ping' }).toArray())).toEqual([1]);
    expect(ids(await words().find({ w: 'ping' }, { collation: caseInsensitive }).toArray())).toEqual([1, 2, 3]);
    expect(ids(await words().find({ w: 'ping' }, { collation: baseLetters }).toArray())).toEqual([1, 2, 3, 4]);
    expect(
      ids(
        await words()
          .find({ w: 'ping' }, { collation: { locale: 'simple' } })
          .toArray(),
      ),
    ).toEqual([1]);
  });

  it('$in, $ne and ranges compare strings by the collation', async () => {
    expect(
      ids(
        await words()
          .find({ w: { $in: ['PONG', 'pïng'] } }, { collation: baseLetters })
          .toArray(),
      ),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(
      ids(
        await words()
          .find({ w: { $ne: 'PING' } }, { collation: caseInsensitive })
          .toArray(),
      ),
    ).toEqual([4, 5]);
    // Binary, 'P' (0x50) sorts before 'p'; in English the letters come first, case second.
    expect(
      ids(
        await words()
          .find({ w: { $gt: 'ping' } })
          .toArray(),
      ),
    ).toEqual([4, 5]);
    expect(
      ids(
        await words()
          .find({ w: { $gt: 'ping' } }, { collation: { locale: 'en' } })
          .toArray(),
      ),
    ).toEqual([2, 3, 4, 5]);
  });

  it('$expr comparisons follow it too, $regex does not', async () => {
    expect(
      ids(
        await words()
          .find({ $expr: { $eq: ['$w', 'PING'] } }, { collation: caseInsensitive })
          .toArray(),
      ),
    ).toEqual([1, 2, 3]);
    expect(ids(await words().find({ w: /^p/ }, { collation: baseLetters }).toArray())).toEqual([1, 4, 5]);
  });

  it('sort orders strings by the locale (lowercase before uppercase in English)', async () => {
    const coll = store.coll('letters');
    await coll.insertMany([{ l: 'b' }, { l: 'A' }, { l: 'a' }, { l: 'B' }]);
    const sorted = async (collation?: CollationOptions) =>
      (await coll.find({}, { projection: { _id: 0 }, sort: { l: 1 }, ...(collation ? { collation } : {}) }).toArray()).map((d) => d.l);
    expect(await sorted()).toEqual(['A', 'B', 'a', 'b']);
    expect(await sorted({ locale: 'en' })).toEqual(['a', 'A', 'b', 'B']);
  });

  it('numericOrdering compares digit runs as numbers (the manual example)', async () => {
    const coll = store.coll('numeric');
    await coll.insertMany(['1', '2', '2.1', '-2.1', '2.2', '2.10', '2.20', '-10', '10', '20', '20.1'].map((n) => ({ n })));
    const docs = await coll
      .find({}, { projection: { _id: 0 } })
      .sort({ n: 1 })
      .collation({ locale: 'en_US', numericOrdering: true })
      .toArray();
    expect(docs.map((d) => d.n)).toEqual(['-2.1', '-10', '1', '2', '2.1', '2.2', '2.10', '2.20', '10', '20', '20.1']);
  });

  it('count and countDocuments count by it', async () => {
    expect(await words().countDocuments({ w: 'PING' }, { collation: caseInsensitive })).toBe(3);
    expect((await store.db.command({ count: 'words', query: { w: 'PING' }, collation: baseLetters })).n).toBe(4);
  });

  it('distinct returns one value for the strings it calls equal', async () => {
    const coll = store.coll('myColl');
    await coll.insertMany([
      { _id: 1, category: 'café', status: 'A' },
      { _id: 2, category: 'cafe', status: 'a' },
      { _id: 3, category: 'cafE', status: 'a' },
    ]);
    expect((await coll.distinct('category')).sort()).toEqual(['cafE', 'cafe', 'café']);
    const collated = await coll.distinct('category', {}, { collation: { locale: 'fr', strength: 1 } });
    expect(collated).toHaveLength(1);
    expect(['café', 'cafe', 'cafE']).toContain(collated[0]);
    expect(await coll.distinct('status', {}, { collation: caseInsensitive })).toHaveLength(1);
  });

  it('aggregate: $match, $group and $sort use it', async () => {
    const docs = await words()
      .aggregate([{ $match: { w: { $ne: 'pong' } } }, { $group: { _id: '$w', n: { $sum: 1 } } }, { $sort: { n: -1 } }], { collation: caseInsensitive })
      .toArray();
    expect(docs.map((d) => d.n)).toEqual([3, 1]);
    expect(['ping', 'PING', 'Ping']).toContain(docs[0]!._id);
  });
});

describe('collation on writes', () => {
  it('updateMany, deleteMany and findOneAndUpdate match by it', async () => {
    const coll = store.coll('writes');
    await coll.insertMany([
      { _id: 1, w: 'ping' },
      { _id: 2, w: 'PING' },
      { _id: 3, w: 'pong' },
    ]);
    expect(await coll.updateMany({ w: 'Ping' }, { $set: { seen: true } }, { collation: caseInsensitive })).toMatchObject({ matchedCount: 2 });
    const found = await coll.findOneAndUpdate({ w: 'PONG' }, { $set: { seen: true } }, { collation: caseInsensitive, returnDocument: 'after' });
    expect(found).toEqual({ _id: 3, w: 'pong', seen: true });
    expect(await coll.deleteMany({ w: 'PiNg' }, { collation: caseInsensitive })).toMatchObject({ deletedCount: 2 });
    expect(ids(await coll.find().toArray())).toEqual([3]);
  });
});

describe('collation on indexes', () => {
  it('a unique index with strength 2 refuses a value differing only by case', async () => {
    const coll = store.coll('users');
    await coll.createIndex({ email: 1 }, { unique: true, collation: caseInsensitive });
    await coll.insertOne({ email: 'ada@example.com' });
    await expect(coll.insertOne({ email: 'ADA@example.com' })).rejects.toMatchObject({ code: 11000 });
    await coll.insertOne({ email: 'bob@example.com' });
    const spec = (await coll.listIndexes().toArray()).find((i) => i.name === 'email_1');
    expect(spec).toMatchObject({ unique: true, collation: { locale: 'en', strength: 2 } });
  });

  it('answers queries with its collation and without it alike (correct either way)', async () => {
    const coll = store.coll('users');
    expect(await coll.countDocuments({ email: 'ADA@EXAMPLE.COM' }, { collation: caseInsensitive })).toBe(1);
    expect(await coll.countDocuments({ email: 'ADA@EXAMPLE.COM' })).toBe(0);
    expect(await coll.countDocuments({ email: 'ada@example.com' })).toBe(1);
  });

  it('keeps thousands of values apart and finds each case variant', async () => {
    const coll = store.coll('many');
    await coll.createIndex({ k: 1 }, { unique: true, collation: caseInsensitive });
    await coll.insertMany(Array.from({ length: 3000 }, (_, i) => ({ _id: i, k: `key-${(i * 7919) % 3000}` })));
    await expect(coll.insertOne({ k: 'KEY-1234' })).rejects.toMatchObject({ code: 11000 });
    const found = await coll.find({ k: { $in: ['KEY-0', 'Key-2999', 'key-1500', 'KEY-3000'] } }, { collation: caseInsensitive }).toArray();
    expect(found.map((d) => d.k).sort()).toEqual(['key-0', 'key-1500', 'key-2999']);
  });

  it('indexes on the same key may differ by collation (under other names)', async () => {
    const coll = store.coll('users');
    await coll.createIndex({ email: 1 }, { name: 'email_fr', collation: { locale: 'fr' } });
    expect((await coll.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_', 'email_1', 'email_fr']);
  });
});

describe('a collection default collation', () => {
  it('applies to operations that name none, to its indexes and to its _id index', async () => {
    await store.db.createCollection('names', { collation: caseInsensitive });
    const coll = store.coll('names');
    await coll.insertMany([
      { _id: 'a', n: 'Ada' },
      { _id: 'b', n: 'ADA' },
    ]);
    expect(await coll.countDocuments({ n: 'ada' })).toBe(2);
    expect(await coll.countDocuments({ n: 'ada' }, { collation: { locale: 'simple' } })).toBe(0);
    await expect(coll.insertOne({ _id: 'A', n: 'x' })).rejects.toMatchObject({ code: 11000 });
    expect(await coll.findOne({ _id: 'B' })).toEqual({ _id: 'b', n: 'ADA' });
    await coll.createIndex({ n: 1 });
    const indexes = await coll.listIndexes().toArray();
    expect(indexes.map((i) => [i.name, i.collation?.strength])).toEqual([
      ['_id_', 2],
      ['n_1', 2],
    ]);
    const [info] = await store.db.listCollections({ name: 'names' }, { nameOnly: false }).toArray();
    expect(info!.options?.collation).toMatchObject({ locale: 'en', strength: 2 });
  });
});

describe('collation errors', () => {
  it('an unknown locale is BadValue (2)', async () => {
    await expect(
      words()
        .find({}, { collation: { locale: 'xx' } })
        .toArray(),
    ).rejects.toMatchObject({ code: 2 });
  });

  it('a collation without locale, with a strength out of 1-5 or an unknown field is refused', async () => {
    await expect(
      words()
        .find({}, { collation: { strength: 2 } as never })
        .toArray(),
    ).rejects.toMatchObject({ ok: 0 });
    await expect(
      words()
        .find({}, { collation: { locale: 'en', strength: 6 } })
        .toArray(),
    ).rejects.toMatchObject({ ok: 0 });
    await expect(
      words()
        .find({}, { collation: { locale: 'en', frob: 1 } as never })
        .toArray(),
    ).rejects.toMatchObject({ ok: 0 });
    await expect(
      words()
        .find({}, { collation: { locale: 'simple', strength: 1 } })
        .toArray(),
    ).rejects.toMatchObject({ ok: 0 });
  });
});
