/**
 * Each test file gets its own store (embedded on port 0 in a temp dir, or TEST_MONGODB_URI) and
 * its own database, and talks to it only through the official driver.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Collection, type Db, MongoClient, type ObjectId } from 'mongodb';
import { type EmbeddedMongo, startEmbeddedMongo } from '../src/index.ts';

/** Test documents use other _id types than ObjectId, and any fields. */
// biome-ignore lint/suspicious/noExplicitAny: test documents hold any fields, read back as the tests wrote them
export type Loose = { _id?: string | number | ObjectId | Date; [field: string]: any };

export interface TestStore {
  client: MongoClient;
  db: Db;
  coll(name: string): Collection<Loose>;
  uri: string;
  close(): Promise<void>;
}

export function tempDbpath(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `store-${prefix}-`));
}

/** A maker of fresh data directories (tempDbpath), all removed by `hook`: afterAll, or afterEach. */
export function tempDbpaths(prefix: string, hook: (cleanup: () => void) => void): () => string {
  const dirs: string[] = [];
  hook(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = tempDbpath(prefix);
    dirs.push(dir);
    return dir;
  };
}

/** `embeddedOnly` for files that check the embedded store's own replies (e.g. its exact hello). */
export async function openTestStore(file: string, { embeddedOnly = false } = {}): Promise<TestStore> {
  const dbName = `t_${file}_${process.pid}_${Date.now().toString(36)}`;
  let embedded: EmbeddedMongo | undefined;
  let dbpath: string | undefined;
  let uri = embeddedOnly ? undefined : process.env.TEST_MONGODB_URI;
  if (!uri) {
    dbpath = tempDbpath(file);
    // In-process: the suite checks behaviour, which is the same code in a worker (lifecycle.test.ts
    // covers the worker), and skipping a worker per file keeps the suite fast.
    embedded = await startEmbeddedMongo({ dbpath, port: 0, inProcess: true });
    uri = embedded.uri;
  }
  const client = await MongoClient.connect(uri);
  const db = client.db(dbName);
  return {
    client,
    db,
    uri,
    coll: (name) => db.collection<Loose>(name),
    async close() {
      await db.dropDatabase().catch(() => undefined);
      await client.close();
      await embedded?.stop();
      if (dbpath) rmSync(dbpath, { recursive: true, force: true });
    },
  };
}
