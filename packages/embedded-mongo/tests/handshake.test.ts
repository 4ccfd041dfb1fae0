import { BSON } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';
import { exchange, exchangeRaw, opMsg, opQuery, rawSocket } from './raw-wire.ts';

// The exact hello fields are the embedded store's contract, so this file never uses TEST_MONGODB_URI.
let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('handshake', { embeddedOnly: true });
});
afterAll(() => store.close());

it('answers a legacy OP_QUERY isMaster on admin.$cmd with an OP_REPLY', async () => {
  const socket = await rawSocket(store.uri);
  const reply = await exchangeRaw(socket, opQuery('admin', { isMaster: 1, helloOk: true }, 7));
  socket.destroy();
  if (reply === 'closed') throw new Error('connection closed');
  expect(reply.readInt32LE(8)).toBe(7); // responseTo
  expect(reply.readInt32LE(12)).toBe(1); // OP_REPLY
  expect(reply.readInt32LE(32)).toBe(1); // numberReturned
  const doc = BSON.deserialize(reply.subarray(36));
  expect(doc).toMatchObject({
    ismaster: true,
    helloOk: true,
    minWireVersion: 0,
    maxWireVersion: 21,
    maxBsonObjectSize: 16 * 1024 * 1024,
    maxMessageSizeBytes: 48_000_000,
    maxWriteBatchSize: 100_000,
    logicalSessionTimeoutMinutes: 30,
    ok: 1,
  });
  expect(doc.localTime).toBeInstanceOf(Date);
  expect(typeof doc.connectionId).toBe('number');
  for (const absent of ['topologyVersion', 'compression', '$clusterTime', 'setName']) expect(doc).not.toHaveProperty(absent);
});

it('answers hello over OP_MSG', async () => {
  const socket = await rawSocket(store.uri);
  const doc = await exchange(socket, opMsg({ hello: 1, $db: 'admin' }));
  socket.destroy();
  expect(doc).toMatchObject({ isWritablePrimary: true, maxWireVersion: 21, ok: 1 });
});

it('takes insert documents from an OP_MSG kind 1 document sequence', async () => {
  const body = BSON.serialize({ insert: 'seq', $db: store.db.databaseName });
  const docs = [{ _id: 1 }, { _id: 2 }].map((d) => BSON.serialize(d));
  const id = Buffer.from('documents\0');
  const seqSize = 4 + id.length + docs.reduce((n, d) => n + d.length, 0);
  const seqHead = Buffer.alloc(5);
  seqHead[0] = 1;
  seqHead.writeInt32LE(seqSize, 1);
  const frame = Buffer.concat([Buffer.alloc(21), body, seqHead, id, ...docs]);
  frame.writeInt32LE(frame.length, 0);
  frame.writeInt32LE(2013, 12);
  const socket = await rawSocket(store.uri);
  expect(await exchange(socket, frame)).toMatchObject({ n: 2, ok: 1 });
  socket.destroy();
  expect(await store.coll('seq').find().toArray()).toEqual([{ _id: 1 }, { _id: 2 }]);
});
