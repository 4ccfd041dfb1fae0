/**
 * Filters, sorts, counts and summarising pipelines read only the fields they name of each stored
 * document: every BSON type, beside fields of the same name length, must read back as the whole
 * document gives it, in every document read.
 */
import { Binary, BSONRegExp, Code, DBRef, Decimal128, Double, Int32, Long, MaxKey, MinKey, ObjectId, Timestamp, UUID } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Loose, openTestStore, type TestStore } from './helpers.ts';

/** Two values of each type, so that a value read from one document cannot pass for another's. */
const VALUES: [type: string, values: [unknown, unknown]][] = [
  ['double', [2.5, -0.125]],
  ['integral double', [new Double(3), new Double(-4)]],
  ['int32', [new Int32(-7), new Int32(2 ** 31 - 1)]],
  ['int64', [Long.fromString('9007199254740993'), Long.fromNumber(42)]],
  ['decimal128', [Decimal128.fromString('1.10'), Decimal128.fromString('-3E+5')]],
  ['string', ['héllo wörld ✓', '']],
  ['long string', ['an ASCII string of more than sixteen bytes', 'then more than sixteen bytes of ünicode']],
  [
    'document',
    [
      { b: 1, bin: new Binary(Buffer.from([1, 2, 3])) },
      { b: { c: [null, 'x'] }, list: [{ bin: new Binary(Buffer.from([4])) }, 2] },
    ],
  ],
  ['dbref', [new DBRef('other', new ObjectId('64b7f0c2a1b2c3d4e5f6071a')), new DBRef('other', new ObjectId('64b7f0c2a1b2c3d4e5f60719'), 'elsewhere')]],
  ['array', [[1, 'two', { three: 3 }], []]],
  ['binary', [new Binary(Buffer.from([9, 8, 7])), new Binary(Buffer.from([6, 5]), 0x80)]],
  ['uuid', [new UUID('0e4b9a5c-4d38-4a2b-9c1f-3f6a8b7c6d5e'), new UUID('f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b')]],
  ['objectId', [new ObjectId('64b7f0c2a1b2c3d4e5f60718'), new ObjectId('000000000000000000000001')]],
  ['boolean', [true, false]],
  // The first one's low 32 bits are above 2^31, the second is before 1970.
  ['date', [new Date('2024-05-17T20:54:49.010Z'), new Date('1901-12-13T20:45:52.001Z')]],
  ['null', [null, null]],
  ['regex', [new BSONRegExp('^a.c$', 'i'), new BSONRegExp('x', '')]],
  ['timestamp', [new Timestamp({ t: 1_700_000_000, i: 3 }), new Timestamp({ t: 1, i: 0 })]],
  ['code', [new Code('function () { return 1; }'), new Code('x')]],
  ['minKey', [new MinKey(), new MinKey()]],
  ['maxKey', [new MaxKey(), new MaxKey()]],
];

const docs: Loose[] = VALUES.flatMap(([type, values], t) =>
  // `w` and `é` are names of the same byte length as `v` and `ab` beside them; `nested.v` is not `v`.
  values.map((v, k) => ({ _id: 2 * t + k, w: `w of ${type}`, v, ab: k, é: 'é', nested: { v: 'not the top-level v' }, type })),
);

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('field_reads');
  await store.coll('typed').insertMany(docs);
});
afterAll(() => store.close());

/** What the whole documents hold at `v`, as find returns them, in `_id` order. */
async function storedValues(): Promise<unknown[]> {
  return (
    await store
      .coll('typed')
      .find({}, { sort: { _id: 1 } })
      .toArray()
  ).map((d) => d.v);
}

it('a $group reads every type of value as the whole document holds it', async () => {
  const [group] = await store
    .coll('typed')
    .aggregate([{ $sort: { _id: 1 } }, { $group: { _id: null, v: { $push: '$v' }, w: { $push: '$w' }, ab: { $sum: '$ab' } } }])
    .toArray();
  expect(group!.v).toEqual(await storedValues());
  expect(group!.w).toEqual(docs.map((d) => d.w));
  expect(group!.ab).toBe(VALUES.length);
});

it('a filter on a value of any type other than a regex finds the documents holding it', async () => {
  for (const [type, values] of VALUES) {
    if (type === 'regex') continue;
    for (const value of values) {
      // Both nulls, both MinKeys, both MaxKeys are equal.
      const holding = docs.filter((d) => d.type === type && (d.v === value || ['null', 'minKey', 'maxKey'].includes(type))).map((d) => d._id);
      const found = await store
        .coll('typed')
        .find({ v: { $eq: value } }, { sort: { _id: 1 }, projection: { _id: 1 } })
        .toArray();
      expect(
        found.map((d) => d._id),
        type,
      ).toEqual(holding);
      expect(await store.coll('typed').countDocuments({ type, v: { $eq: value } }), type).toBe(holding.length);
    }
  }
});

it('a sort on a field of mixed types orders as when the whole documents are read', async () => {
  const sorted = await store
    .coll('typed')
    .find({}, { sort: { v: 1, _id: 1 } })
    .toArray();
  // A $project after the $sort makes the pipeline read whole documents.
  const wholeSorted = await store
    .coll('typed')
    .aggregate([{ $sort: { v: 1, _id: 1 } }, { $project: { v: 1 } }])
    .toArray();
  expect(sorted.map((d) => d._id)).toEqual(wholeSorted.map((d) => d._id));
});
