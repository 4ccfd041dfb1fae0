import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.ts';
import { exchange, opMsg, rawSocket } from './raw-wire.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('errors');
});
afterAll(() => store.close());

describe('command errors', () => {
  it('an unknown command is CommandNotFound (59)', async () => {
    await expect(store.db.command({ frobnicate: 1 })).rejects.toMatchObject({ code: 59, codeName: 'CommandNotFound', ok: 0 });
  });

  it('an unknown query operator is BadValue (2)', async () => {
    await expect(store.coll('x').findOne({ a: { $frob: 1 } })).rejects.toMatchObject({ code: 2, codeName: 'BadValue', message: 'unknown operator: $frob' });
  });

  it('transactions are refused with IllegalOperation (20)', async () => {
    const session = store.client.startSession();
    try {
      session.startTransaction();
      const err = await store
        .coll('x')
        .insertOne({ a: 1 }, { session })
        .catch((e: unknown) => e);
      // The driver wraps this server error in advice about retryWrites, keeping the original.
      const original = (err as { originalError?: unknown }).originalError ?? err;
      expect(original).toMatchObject({ code: 20, codeName: 'IllegalOperation' });
      expect((original as Error).message).toBe('Transaction numbers are only allowed on a replica set member or mongos');
    } finally {
      await session.abortTransaction().catch(() => undefined);
      await session.endSession();
    }
  });

  it('a raw command carrying txnNumber is refused with code 20', async () => {
    await expect(store.db.command({ find: 'x', txnNumber: 1 })).rejects.toMatchObject({ code: 20, codeName: 'IllegalOperation' });
  });

  it('creating an existing collection is NamespaceExists (48)', async () => {
    await store.db.createCollection('exists');
    await expect(store.db.createCollection('exists')).rejects.toMatchObject({ code: 48 });
  });

  it('an invalid collection name is InvalidNamespace (73)', async () => {
    await expect(store.db.command({ insert: 'a$b', documents: [{}] })).rejects.toMatchObject({ code: 73 });
  });
});

describe('malformed messages', () => {
  it('answers a well-formed raw OP_MSG', async () => {
    const s = await rawSocket(store.uri);
    expect(await exchange(s, opMsg({ ping: 1, $db: 'admin' }))).toMatchObject({ ok: 1 });
    s.destroy();
  });

  it('closes only the offending connection on corrupt BSON; the server and other clients go on', async () => {
    const bad = await rawSocket(store.uri);
    const good = await rawSocket(store.uri);
    const msg = opMsg({ ping: 1, $db: 'admin' });
    msg.writeInt32LE(9999, 21); // BSON length inside the message now runs past its end
    expect(await exchange(bad, msg)).toBe('closed');
    expect(await exchange(good, opMsg({ ping: 1, $db: 'admin' }))).toMatchObject({ ok: 1 });
    good.destroy();
    expect(await store.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('closes the connection on an oversized or nonsensical length', async () => {
    const huge = await rawSocket(store.uri);
    const header = Buffer.alloc(16);
    header.writeInt32LE(100_000_000, 0);
    expect(await exchange(huge, header)).toBe('closed');
    const tiny = await rawSocket(store.uri);
    const negative = Buffer.alloc(16);
    negative.writeInt32LE(-5, 0);
    expect(await exchange(tiny, negative)).toBe('closed');
    expect(await store.coll('x').countDocuments()).toBeGreaterThanOrEqual(0);
  });

  it('closes the connection on an unknown opcode', async () => {
    const s = await rawSocket(store.uri);
    const msg = opMsg({ ping: 1, $db: 'admin' });
    msg.writeInt32LE(4242, 12);
    expect(await exchange(s, msg)).toBe('closed');
  });

  it('a truncated message followed by a hang-up does not disturb the server', async () => {
    const s = await rawSocket(store.uri);
    s.end(opMsg({ ping: 1, $db: 'admin' }).subarray(0, 20));
    await new Promise((r) => s.once('close', r));
    expect(await store.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
  });
});
