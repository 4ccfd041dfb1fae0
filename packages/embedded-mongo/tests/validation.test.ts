import { Double, Int32, type MongoServerError } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';

// The manual's Schema Validation pages: their validators, documents and errInfo.
let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('validation');
});
afterAll(() => store.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the write was accepted'),
    (err: MongoServerError) => err,
  );

const studentSchema = {
  bsonType: 'object',
  title: 'Student Object Validation',
  required: ['address', 'major', 'name', 'year'],
  properties: {
    name: { bsonType: 'string', description: "'name' must be a string and is required" },
    year: { bsonType: 'int', minimum: 2017, maximum: 3017, description: "'year' must be an integer in [ 2017, 3017 ] and is required" },
    gpa: { bsonType: ['double'], description: "'gpa' must be a double if the field exists" },
  },
};

const contactsSchema = {
  bsonType: 'object',
  required: ['phone'],
  properties: {
    phone: { bsonType: 'string', description: 'must be a string and is required' },
    email: { bsonType: 'string', pattern: '@mongodb\\.com$', description: 'must be a string and match the regular expression pattern' },
    status: { enum: ['Unknown', 'Incomplete'], description: 'can only be one of the enum values' },
  },
};

describe('$jsonSchema validation', () => {
  it('refuses a document whose field has the wrong BSON type, with errInfo as the manual shows (121)', async () => {
    await store.db.createCollection('students', { validator: { $jsonSchema: studentSchema } });
    const alice = { name: 'Alice', year: new Int32(2019), major: 'History', address: { city: 'NYC', street: '33rd Street' } };
    const err = await failure(store.coll('students').insertOne({ ...alice, gpa: new Int32(3) }));
    expect(err).toMatchObject({ code: 121, message: 'Document failed validation' });
    expect(err.errInfo).toEqual({
      failingDocumentId: expect.anything(),
      details: {
        operatorName: '$jsonSchema',
        title: 'Student Object Validation',
        schemaRulesNotSatisfied: [
          {
            operatorName: 'properties',
            propertiesNotSatisfied: [
              {
                propertyName: 'gpa',
                description: "'gpa' must be a double if the field exists",
                details: [
                  { operatorName: 'bsonType', specifiedAs: { bsonType: ['double'] }, reason: 'type did not match', consideredValue: 3, consideredType: 'int' },
                ],
              },
            ],
          },
        ],
      },
    });
    await store.coll('students').insertOne({ ...alice, gpa: new Double(3.0) });
    expect(await store.coll('students').countDocuments()).toBe(1);
  });

  it('lists a failed enum and a missing required property (handle invalid documents)', async () => {
    await store.db.createCollection('contacts', { validator: { $jsonSchema: contactsSchema }, validationAction: 'error' });
    const err = await failure(store.coll('contacts').insertOne({ name: 'Amanda', status: 'Updated' }));
    expect(err.errInfo!.details).toEqual({
      operatorName: '$jsonSchema',
      schemaRulesNotSatisfied: [
        {
          operatorName: 'properties',
          propertiesNotSatisfied: [
            {
              propertyName: 'status',
              description: 'can only be one of the enum values',
              details: [
                { operatorName: 'enum', specifiedAs: { enum: ['Unknown', 'Incomplete'] }, reason: 'value was not found in enum', consideredValue: 'Updated' },
              ],
            },
          ],
        },
        { operatorName: 'required', specifiedAs: { required: ['phone'] }, missingProperties: ['phone'] },
      ],
    });
  });

  it('validationAction "warn" lets an invalid document in', async () => {
    await store.db.createCollection('contacts2', { validator: { $jsonSchema: contactsSchema }, validationAction: 'warn' });
    await store.coll('contacts2').insertOne({ name: 'Amanda', status: 'Updated' });
    expect(await store.coll('contacts2').countDocuments()).toBe(1);
  });

  it('$jsonSchema also works as a query operator', async () => {
    const schema = { required: ['phone'], properties: { phone: { bsonType: 'string' } } };
    await store.coll('plain').insertMany([{ _id: 1, phone: '555' }, { _id: 2, phone: 555 }, { _id: 3 }]);
    expect(await store.coll('plain').find({ $jsonSchema: schema }).toArray()).toEqual([{ _id: 1, phone: '555' }]);
    expect(
      (
        await store
          .coll('plain')
          .find({ $nor: [{ $jsonSchema: schema }] })
          .toArray()
      ).map((d) => d._id),
    ).toEqual([2, 3]);
  });
});

describe('query-operator validation', () => {
  it('explains a failed $expr with its result', async () => {
    await store.db.createCollection('orders', { validator: { $expr: { $eq: ['$totalWithVAT', { $multiply: ['$total', { $sum: [1, '$VAT'] }] }] } } });
    const err = await failure(store.coll('orders').insertOne({ total: 100, VAT: 0.25, totalWithVAT: 130 }));
    expect(err.errInfo!.details).toEqual({
      operatorName: '$expr',
      specifiedAs: { $expr: { $eq: ['$totalWithVAT', { $multiply: ['$total', { $sum: [1, '$VAT'] }] }] } },
      reason: 'expression did not match',
      expressionResult: false,
    });
    await store.coll('orders').insertOne({ total: 100, VAT: 0.25, totalWithVAT: 125 });
  });

  it('names the failing clauses of a validator with several', async () => {
    await store.db.createCollection('items', { validator: { qty: { $gte: 0 }, status: { $in: ['A', 'D'] } } });
    const err = await failure(store.coll('items').insertOne({ qty: -1, status: 'A' }));
    expect(err.errInfo!.details).toEqual({
      operatorName: '$and',
      clausesNotSatisfied: [
        { index: 0, details: { operatorName: '$gte', specifiedAs: { qty: { $gte: 0 } }, reason: 'comparison failed', consideredValue: -1 } },
      ],
    });
    const missing = await failure(store.coll('items').insertOne({ qty: 1 }));
    expect(missing.errInfo!.details.clausesNotSatisfied).toEqual([
      { index: 1, details: { operatorName: '$in', specifiedAs: { status: { $in: ['A', 'D'] } }, reason: 'field was missing' } },
    ]);
  });

  it('explains every failed branch of an $or', async () => {
    await store.db.createCollection('phones', { validator: { $or: [{ phone: { $type: 'string' } }, { email: { $regex: /@mongodb\.com$/ } }] } });
    const err = await failure(store.coll('phones').insertOne({ phone: 1234, email: 'x@example.com' }));
    expect(err.errInfo!.details).toEqual({
      operatorName: '$or',
      clausesNotSatisfied: [
        {
          index: 0,
          details: {
            operatorName: '$type',
            specifiedAs: { phone: { $type: 'string' } },
            reason: 'type did not match',
            consideredValue: 1234,
            consideredType: 'int',
          },
        },
        {
          index: 1,
          details: {
            operatorName: '$regex',
            specifiedAs: { email: { $regex: /@mongodb\.com$/ } },
            reason: 'regular expression did not match',
            consideredValue: 'x@example.com',
          },
        },
      ],
    });
  });
});

describe('validation levels and collMod', () => {
  const contactsRule = {
    $jsonSchema: {
      bsonType: 'object',
      required: ['phone', 'name'],
      properties: {
        phone: { bsonType: 'string', description: 'phone must be a string and is required' },
        name: { bsonType: 'string', description: 'name must be a string and is required' },
      },
    },
  };

  it('collMod adds a validator; "strict" checks updates of every document', async () => {
    const coll = store.coll('strict_contacts');
    await coll.insertMany([
      { _id: 1, name: 'Anne', phone: '+1 555 123 456', city: 'London', status: 'Complete' },
      { _id: 2, name: 'Ivan', city: 'Vancouver' },
    ]);
    expect(await store.db.command({ collMod: 'strict_contacts', validator: contactsRule, validationLevel: 'strict' })).toMatchObject({ ok: 1 });
    const err = await failure(coll.updateOne({ _id: 2 }, { $set: { name: 20 } }));
    expect(err.errInfo).toEqual({
      failingDocumentId: 2,
      details: {
        operatorName: '$jsonSchema',
        schemaRulesNotSatisfied: [
          {
            operatorName: 'properties',
            propertiesNotSatisfied: [
              {
                propertyName: 'name',
                description: 'name must be a string and is required',
                details: [
                  { operatorName: 'bsonType', specifiedAs: { bsonType: 'string' }, reason: 'type did not match', consideredValue: 20, consideredType: 'int' },
                ],
              },
            ],
          },
          { operatorName: 'required', specifiedAs: { required: ['phone', 'name'] }, missingProperties: ['phone'] },
        ],
      },
    });
    await expect(coll.updateOne({ _id: 1 }, { $set: { name: 10 } })).rejects.toMatchObject({ code: 121 });
  });

  it('"moderate" checks only documents that were valid', async () => {
    const coll = store.coll('moderate_contacts');
    await coll.insertMany([
      { _id: 1, name: 'Anne', phone: '+1 555 123 456', city: 'London', status: 'Complete' },
      { _id: 2, name: 'Ivan', city: 'Vancouver' },
    ]);
    await store.db.command({ collMod: 'moderate_contacts', validator: contactsRule, validationLevel: 'moderate' });
    const err = await failure(coll.updateOne({ _id: 1 }, { $set: { name: 10 } }));
    expect(err.errInfo!.failingDocumentId).toBe(1);
    await coll.updateOne({ _id: 2 }, { $set: { name: 20 } });
    expect(await coll.findOne({ _id: 2 })).toEqual({ _id: 2, name: 20, city: 'Vancouver' });
    const [info] = await store.db.listCollections({ name: 'moderate_contacts' }, { nameOnly: false }).toArray();
    expect(info!.options).toMatchObject({ validator: contactsRule, validationLevel: 'moderate' });
  });

  it('bypassDocumentValidation skips the validator, validationLevel "off" disables it', async () => {
    await store.db.createCollection('bypassed', { validator: { n: { $type: 'int' } } });
    await expect(store.coll('bypassed').insertOne({ n: 'x' })).rejects.toMatchObject({ code: 121 });
    await store.coll('bypassed').insertOne({ n: 'x' }, { bypassDocumentValidation: true });
    await store.coll('bypassed').updateOne({ n: 'x' }, { $set: { n: 'y' } }, { bypassDocumentValidation: true });
    await store.db.command({ collMod: 'bypassed', validationLevel: 'off' });
    await store.coll('bypassed').insertOne({ n: 'z' });
    expect(await store.coll('bypassed').countDocuments()).toBe(2);
  });

  it('refuses a bad validationLevel, an unknown option and a missing collection', async () => {
    await expect(store.db.createCollection('bad_level', { validator: { a: 1 }, validationLevel: 'sometimes' as never })).rejects.toMatchObject({ code: 2 });
    await expect(store.db.command({ collMod: 'bypassed', frob: 1 })).rejects.toMatchObject({ code: 40415 });
    await expect(store.db.command({ collMod: 'no_such_collection', validator: {} })).rejects.toMatchObject({ code: 26 });
  });
});
