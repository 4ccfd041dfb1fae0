import { type Db, MongoClient } from 'mongodb';
import { ensureIndexes } from './collections.ts';

export const DEFAULT_DB_NAME = 'model_compare';

export interface ConnectOptions {
  dbName?: string;
  /**
   * How long an operation waits for an unreachable server before failing. The server sets it short:
   * while the database is down, queries fail fast with DATABASE_UNAVAILABLE instead of queueing for
   * the driver's default 30 s; the driver keeps monitoring and reconnects by itself.
   */
  timeoutMs?: number;
}

/**
 * The one way to a database, for the server, the CLIs and the tests: connects with the official
 * driver and makes sure every index exists (a database restored from a dump, or created by an older
 * version, gets them on the first start).
 */
export async function connect(uri: string, { dbName = DEFAULT_DB_NAME, timeoutMs }: ConnectOptions = {}): Promise<{ client: MongoClient; db: Db }> {
  const client = new MongoClient(uri, timeoutMs === undefined ? {} : { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs });
  try {
    await client.connect();
    const db = client.db(dbName);
    await ensureIndexes(db);
    return { client, db };
  } catch (error) {
    await client.close();
    throw error;
  }
}
