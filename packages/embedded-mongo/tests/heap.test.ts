/**
 * EmbeddedMongo.collectHeap: a full collection of the store's heap, for a caller that is idle.
 * V8's `gc` exists only in a process started with --expose-gc, which this test process is not.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo } from '../src/index.ts';
import { tempDbpaths } from './helpers.ts';

const newDbpath = tempDbpaths('heap', afterAll);

const collector = fileURLToPath(new URL('./fixtures/heap-collector.ts', import.meta.url));

describe('collectHeap', () => {
  it("collects the worker's heap in a process started with --expose-gc", { timeout: 60_000 }, () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', collector, newDbpath()], { encoding: 'utf8' });
    const { collected, before, after, count } = JSON.parse(output.trim().split('\n').at(-1)!);
    expect(collected).toBe(true);
    // 10,000 documents of 1 KB went through the worker's heap and were deleted again.
    expect(after.usedBytes).toBeLessThan(before.usedBytes);
    expect(after.committedBytes).toBeLessThanOrEqual(before.committedBytes);
    expect(count).toBe(0);
  });

  it('says it did not collect where gc is not exposed, and the store goes on answering', async () => {
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
    for (const inProcess of [false, true]) {
      const store = await startEmbeddedMongo({ dbpath: newDbpath(), port: 0, inProcess });
      const client = await MongoClient.connect(store.uri);
      try {
        const collection = await store.collectHeap();
        expect(collection.collected).toBe(false);
        expect(collection.after).toEqual(collection.before);
        await client
          .db('heap')
          .collection('docs')
          .insertOne({ _id: 1 } as never);
        expect(await client.db('heap').collection('docs').countDocuments()).toBe(1);
      } finally {
        await client.close();
        await store.stop();
      }
    }
  });
});
