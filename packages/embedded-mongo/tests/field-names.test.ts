import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

// The MongoDB 5.0+ rules ("Field Names with Periods and Dollar Signs" in the manual); examples are the manual's.
let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('field_names');
});
afterAll(() => store.close());

const REPLACEMENT_HINT = "is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.";

describe('inserts', () => {
  it('accept $-prefixed top-level and nested field names, reserved words included', async () => {
    const coll = store.coll('sales');
    await coll.insertOne({ _id: 1, $price: 50.0, quantity: 30 });
    await coll.insertOne({ _id: 2, $id: 'h1961-01', location: { $db: 'novels', $ref: '2007042768', $inc: true } });
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, $price: 50, quantity: 30 });
    expect(await coll.findOne({ _id: 2 })).toEqual({ _id: 2, $id: 'h1961-01', location: { $db: 'novels', $ref: '2007042768', $inc: true } });
  });

  it('accept field names with a period, which $getField reads', async () => {
    const coll = store.coll('inventory');
    await coll.insertOne({ _id: 1, item: 'sweatshirt', 'price.usd': 45.99, quantity: 20 });
    const found = await coll.find({ $expr: { $gt: [{ $getField: 'price.usd' }, 40] } }).toArray();
    expect(found).toEqual([{ _id: 1, item: 'sweatshirt', 'price.usd': 45.99, quantity: 20 }]);
    // Without $getField the path means an embedded document.
    expect(await coll.countDocuments({ 'price.usd': { $gt: 40 } })).toBe(0);
  });

  it('refuse a $-prefixed field inside _id (DollarPrefixedFieldName, 52)', async () => {
    await expect(store.coll('ids').insertOne({ _id: { $a: 1 } as never, v: 1 })).rejects.toMatchObject({
      code: 52,
      message: "_id fields may not contain '$'-prefixed fields: $a is not valid for storage.",
    });
    await expect(store.coll('ids').insertOne({ _id: { k: { $invalid: 'v' } } as never })).rejects.toMatchObject({ code: 52 });
    expect(await store.coll('ids').countDocuments()).toBe(0);
  });
});

describe('updates', () => {
  it('an operator may update a $-prefixed subfield', async () => {
    const coll = store.coll('housing');
    await coll.insertOne({ _id: 'E123', address: { $number: 123, $street: 'Elm Road' }, $rooms: { br: 2, bath: 1 } });
    await coll.updateOne({ _id: 'E123' }, { $set: { 'address.$street': 'Elm Ave' } });
    expect((await coll.findOne({ _id: 'E123' }))!.address).toEqual({ $number: 123, $street: 'Elm Ave' });
    await coll.findOneAndUpdate({ _id: 'E123' }, { $inc: { 'address.$number': 1 } });
    expect((await coll.findOne({ _id: 'E123' }))!.address.$number).toBe(124);
  });

  it('an operator may not set a $-prefixed top-level field of an existing document (52)', async () => {
    const coll = store.coll('expenses');
    await coll.insertOne({ _id: 1, date: '2021-07-07' });
    await expect(coll.updateOne({ date: '2021-07-07' }, { $set: { phone: 25.17, $hotel: 320.1 } }, { upsert: true })).rejects.toMatchObject({
      code: 52,
      message: `The dollar ($) prefixed field '$hotel' in '$hotel' ${REPLACEMENT_HINT}`,
    });
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, date: '2021-07-07' });
  });

  it('an upsert that inserts follows the insert rules and may create a $-prefixed top-level field', async () => {
    const coll = store.coll('expenses_new');
    const result = await coll.updateOne({ date: '2021-07-07' }, { $set: { phone: 25.17, $hotel: 320.1 } }, { upsert: true });
    expect(result.upsertedCount).toBe(1);
    expect(await coll.findOne({ _id: result.upsertedId! }, { projection: { _id: 0 } })).toEqual({ date: '2021-07-07', phone: 25.17, $hotel: 320.1 });
  });

  it('a replacement may not have a $-prefixed top-level field (52)', async () => {
    const coll = store.coll('replacing');
    await coll.insertOne({ _id: 1, a: 1 });
    await expect(coll.replaceOne({ _id: 1 }, { a: 2, $b: 3 })).rejects.toMatchObject({
      code: 52,
      message: `The dollar ($) prefixed field '$b' in '$b' ${REPLACEMENT_HINT}`,
    });
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, a: 1 });
  });

  it('$set of a dotted path creates an embedded document beside the field whose name has a period', async () => {
    const coll = store.coll('inventory_dotted');
    await coll.insertOne({ _id: 1, item: 'sweatshirt', 'price.usd': 45.99, quantity: 20 });
    await coll.updateOne({ item: 'sweatshirt' }, { $set: { 'price.usd': 29.99 } });
    expect(await coll.findOne({ _id: 1 })).toEqual({ _id: 1, item: 'sweatshirt', 'price.usd': 45.99, quantity: 20, price: { usd: 29.99 } });
  });

  it('a top-level $-prefixed field is read with $getField and $literal', async () => {
    const coll = store.coll('bins');
    await coll.insertOne({ _id: 1, part: 'AB305', $bin: 200, quantity: 100, pricing: { sale: true, $discount: 60 } });
    await coll.findOneAndUpdate({ $expr: { $eq: [{ $getField: { $literal: '$bin' } }, 200] } }, { $inc: { quantity: 10 } });
    expect((await coll.findOne({ _id: 1 }))!.quantity).toBe(110);
  });
});
