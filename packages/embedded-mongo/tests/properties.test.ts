/**
 * Property tests through the driver: random documents of mixed types, queried and sorted, against
 * a reference written from MongoDB's documented rules (type bracketing, arrays matching by element,
 * null matching missing, the cross-type sort order). Run with and without an index on the field.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Loose, openTestStore, type TestStore } from './helpers.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('properties');
  await store.coll('indexed').createIndex({ v: 1 });
});
afterAll(() => store.close());

type Scalar = number | string | boolean | null;
const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.integer({ min: -6, max: 6 }).map((n) => n / 2),
  fc.constantFrom('', 'a', 'ab', 'B', 'b'),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(scalar, fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 3 }), fc.constant(undefined));
const docsArb = fc.array(value, { maxLength: 12 }).map((vs) => vs.map((v, i) => (v === undefined ? { _id: i } : { _id: i, v })));

const EMPTY = Symbol('empty array');

/** MongoDB's canonical type order for the types generated here; an empty array sorts below null. */
function rank(v: unknown): number {
  if (v === EMPTY) return 0;
  if (v === null || v === undefined) return 1;
  if (typeof v === 'number') return 2;
  if (typeof v === 'string') return 3;
  return 4; // boolean
}

function compare(a: unknown, b: unknown): number {
  const r = rank(a) - rank(b);
  if (r !== 0) return r;
  if (rank(a) <= 1) return 0;
  return a! < b! ? -1 : a! > b! ? 1 : 0;
}

/** The values a field offers to a comparison: an array offers its elements. */
const offered = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

async function reset(name: string, docs: Loose[]) {
  const coll = store.coll(name);
  await coll.deleteMany({});
  if (docs.length) await coll.insertMany(docs);
  return coll;
}

const ids = (docs: Loose[]) => docs.map((d) => d._id as number);

for (const name of ['plain', 'indexed']) {
  it(`equality and $in match by element, numerically, null matching missing (${name})`, async () => {
    await fc.assert(
      fc.asyncProperty(docsArb, fc.array(scalar, { minLength: 1, maxLength: 3 }), async (docs, wanted) => {
        const coll = await reset(name, docs);
        const matches = (d: Loose) => offered(d.v).some((x) => wanted.some((w) => rank(x) === rank(w) && compare(x, w) === 0));
        const expected = docs
          .filter(matches)
          .map((d) => d._id)
          .sort((a, b) => a - b);
        expect(
          ids(
            await coll
              .find({ v: { $in: wanted } })
              .sort({ _id: 1 })
              .toArray(),
          ),
        ).toEqual(expected);
        const one = wanted[0]!;
        const expectedEq = docs.filter((d) => offered(d.v).some((x) => rank(x) === rank(one) && compare(x, one) === 0)).map((d) => d._id);
        expect(ids(await coll.find({ v: one }).sort({ _id: 1 }).toArray())).toEqual(expectedEq);
      }),
      { numRuns: 25 },
    );
  });

  it(`$gt and $lte compare within a type bracket only (${name})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        docsArb,
        scalar.filter((v) => v !== null),
        async (docs, bound) => {
          const coll = await reset(name, docs);
          const pick = (test: (c: number) => boolean) =>
            docs.filter((d) => offered(d.v).some((x) => rank(x) === rank(bound) && test(compare(x, bound)))).map((d) => d._id);
          expect(
            ids(
              await coll
                .find({ v: { $gt: bound } })
                .sort({ _id: 1 })
                .toArray(),
            ),
          ).toEqual(pick((c) => c > 0));
          expect(
            ids(
              await coll
                .find({ v: { $lte: bound } })
                .sort({ _id: 1 })
                .toArray(),
            ),
          ).toEqual(pick((c) => c <= 0));
        },
      ),
      { numRuns: 25 },
    );
  });
}

it('sorts mixed types in MongoDB order, arrays by their smallest (asc) or largest (desc) element', async () => {
  await fc.assert(
    fc.asyncProperty(docsArb, fc.constantFrom(1, -1), async (docs, dir) => {
      const coll = await reset('sorting', docs);
      const key = (d: Loose) => {
        const vs = offered(d.v);
        if (vs.length === 0) return EMPTY;
        return vs.reduce((best, x) => (compare(x, best) * dir < 0 ? x : best), vs[0]);
      };
      const expected = [...docs].sort((a, b) => compare(key(a), key(b)) * dir || (a._id as number) - (b._id as number));
      expect(ids(await coll.find().sort({ v: dir, _id: 1 }).toArray())).toEqual(ids(expected));
    }),
    { numRuns: 25 },
  );
});
