/**
 * The CLIs' database, and the embedded store standalone.
 *
 * `openDatabase` gives the seed and ingest CLIs the database MONGODB_URI names, or else the embedded
 * store on DATA_DIR, started in this process and stopped on close. Run as a script, this file serves
 * the embedded store like mongod (and stops cleanly on SIGINT/SIGTERM):
 *   npm run db -- --port 27017 --dbpath ./data/db
 */
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmbeddedMongo } from '@model-compare/embedded-mongo';
import type { Db } from 'mongodb';
import type { Config } from '../config.ts';
import { connect } from '../data/connect.ts';

export async function openDatabase(config: Pick<Config, 'MONGODB_URI' | 'MONGODB_DB' | 'DATA_DIR'>): Promise<{ db: Db; close(): Promise<void> }> {
  if (config.MONGODB_URI) {
    const { client, db } = await connect(config.MONGODB_URI, { dbName: config.MONGODB_DB });
    return { db, close: () => client.close() };
  }
  mkdirSync(config.DATA_DIR, { recursive: true });
  const embedded = await startEmbeddedMongo({ dbpath: config.DATA_DIR, port: 0 });
  const { client, db } = await connect(embedded.uri, { dbName: config.MONGODB_DB });
  return {
    db,
    close: async () => {
      await client.close();
      await embedded.stop();
    },
  };
}

async function serveStandalone(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '27017' },
      dbpath: { type: 'string', default: './data/db' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`invalid --port ${values.port}`);
    process.exit(2);
  }

  // In-process: this process does nothing else, so there is no event loop to keep free.
  const store = await startEmbeddedMongo({ dbpath: values.dbpath, port, inProcess: true });
  console.log(`embedded MongoDB-compatible store listening on ${store.uri} (dbpath ${values.dbpath})`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    store.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await serveStandalone();
