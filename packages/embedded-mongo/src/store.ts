/** The embedded store in this process: storage replayed into its databases, served over the wire protocol. */
import { Databases } from './databases.ts';
import { type HeapCollection, notCollected } from './heap.ts';
import { WireServer } from './server.ts';
import { encodeRecord } from './storage/records.ts';
import { Storage } from './storage/storage.ts';

export interface EmbeddedMongoOptions {
  dbpath: string;
  /** 0 picks a free port. */
  port?: number;
  /** Journal size that triggers compaction (at least; grows to twice the live data). */
  compactionBytes?: number;
  /** Idle time after which an open cursor is forgotten, as mongod's cursorTimeoutMillis (10 min). */
  cursorTimeoutMs?: number;
}

export interface EmbeddedMongo {
  uri: string;
  port: number;
  stop(): Promise<void>;
  /**
   * A full collection of the store's heap (V8's `gc`, so only in a process started with
   * --expose-gc): for a caller that is idle after a burst of requests, which grew the store's heap
   * too. In-process, the store's heap is the caller's, and it answers without collecting.
   */
  collectHeap(): Promise<HeapCollection>;
  /**
   * Test hook, for tests of crash recovery only: makes the store's worker thread die as a crash
   * would (an uncaught error) and resolves once it is gone; the supervisor then restarts it.
   * Absent in-process, where there is no worker to restart.
   */
  crashForTest?(): Promise<void>;
}

export async function startInProcess(options: EmbeddedMongoOptions): Promise<EmbeddedMongo> {
  const databases = new Databases();
  const storage = await Storage.open(options.dbpath, (r) => databases.apply(r), {
    snapshot: () => databases.snapshot(),
    compactionBytes: options.compactionBytes,
  });
  databases.sink = (r) => storage.log([encodeRecord(r)]);
  databases.dropLeftovers();
  let server: WireServer;
  try {
    server = await WireServer.listen({
      databases,
      durable: () => storage.durable(),
      port: options.port ?? 0,
      cursorTimeoutMs: options.cursorTimeoutMs,
    });
  } catch (err) {
    await storage.close();
    throw err;
  }
  const port = server.port;
  let stopping: Promise<void> | undefined;
  return {
    uri: `mongodb://127.0.0.1:${port}`,
    port,
    stop: () => (stopping ??= server.close().then(() => storage.close())),
    collectHeap: async () => notCollected(),
  };
}
