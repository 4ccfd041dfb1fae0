import { type Db, MongoClient } from 'mongodb';
import { ensureIndexes } from './collections.ts';

export const DEFAULT_DB_NAME = 'model_compare';

/** Connects with the official driver and makes sure the catalog's indexes exist. */
export async function connect(uri: string, dbName = DEFAULT_DB_NAME): Promise<{ client: MongoClient; db: Db }> {
  const client = await new MongoClient(uri).connect();
  const db = client.db(dbName);
  await ensureIndexes(db);
  return { client, db };
}

/**
 * For the CLIs: the database MONGODB_URI names, or else the embedded store on DATA_DIR (started
 * in-process and stopped on close).
 */
export async function openDatabase(env: {
  MONGODB_URI?: string | undefined;
  MONGODB_DB: string;
  DATA_DIR: string;
}): Promise<{ db: Db; close(): Promise<void> }> {
  if (env.MONGODB_URI) {
    const { client, db } = await connect(env.MONGODB_URI, env.MONGODB_DB);
    return { db, close: () => client.close() };
  }
  const { mkdirSync } = await import('node:fs');
  const { startEmbeddedMongo } = await import('@model-compare/embedded-mongo');
  mkdirSync(env.DATA_DIR, { recursive: true });
  const embedded = await startEmbeddedMongo({ dbpath: env.DATA_DIR, port: 0 });
  const { client, db } = await connect(embedded.uri, env.MONGODB_DB);
  return {
    db,
    close: async () => {
      await client.close();
      await embedded.stop();
    },
  };
}
