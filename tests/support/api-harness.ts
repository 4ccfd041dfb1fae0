import { type Db, MongoClient } from 'mongodb';
import { type App, createApp } from '../../src/app.ts';
import { type SeededStore, startSeededStore } from './seeded-store.ts';

export interface ApiHarness {
  app: App;
  db: Db;
  client: MongoClient;
  store: SeededStore;
  close(): Promise<void>;
}

/** The real Yoga app over this test file's own copy of the seeded catalog. */
export async function startApiHarness(options: { monitorCommands?: boolean } = {}): Promise<ApiHarness> {
  const store = await startSeededStore();
  const client = await new MongoClient(store.uri, { monitorCommands: options.monitorCommands ?? false }).connect();
  const db = client.db(store.dbName);
  return {
    app: createApp({ db }),
    db,
    client,
    store,
    close: async () => {
      await client.close();
      await store.stop();
    },
  };
}
