/**
 * Ingest tests: a store of their own (embedded on port 0 in a temp dir, or TEST_MONGODB_URI with a
 * fresh database), the seed files, and a canonical dump to prove that a catalog did not change.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMongo } from '@model-compare/embedded-mongo';
import { type Db, MongoClient } from 'mongodb';
import { collections, VERSIONED_COLLECTIONS } from '../../src/data/collections.ts';
import { canonicalJson } from '../../src/domain/util/canonical-json.ts';
import type { BuiltCatalog } from '../../src/ingest/build/catalog.ts';
import { buildSeedCatalog } from '../../src/ingest/seed.ts';
import { SEED_DIR } from '../../src/ingest/tables.ts';

export interface IngestTestStore {
  db: Db;
  uri: string;
  dbName: string;
  close(): Promise<void>;
}

export async function openIngestStore(label: string): Promise<IngestTestStore> {
  const dbName = `ingest_${label}_${process.pid}_${Date.now().toString(36)}`;
  const dbpath = process.env.TEST_MONGODB_URI ? null : mkdtempSync(join(tmpdir(), `ingest-${label}-`));
  const embedded = dbpath ? await startEmbeddedMongo({ dbpath, port: 0 }) : null;
  const uri = process.env.TEST_MONGODB_URI ?? embedded!.uri;
  const client = await MongoClient.connect(uri);
  const db = client.db(dbName);
  return {
    db,
    uri,
    dbName,
    async close() {
      if (process.env.TEST_MONGODB_URI) await db.dropDatabase();
      await client.close();
      await embedded?.stop();
      if (dbpath) rmSync(dbpath, { recursive: true, force: true });
    },
  };
}

export function seedText(path: string): string {
  return readFileSync(new URL(path, SEED_DIR), 'utf8');
}

/** Every catalog document of every version, and the version pointer: equal dumps = same catalog. */
export async function canonicalDump(db: Db): Promise<string> {
  const all = collections(db);
  const parts: string[] = [];
  for (const name of VERSIONED_COLLECTIONS) {
    const docs = await all[name].find({}).sort({ _id: 1 }).toArray();
    parts.push(`${name}:${canonicalJson(docs)}`);
  }
  const pointer = await all.catalogState.findOne({ _id: 'current' });
  parts.push(`current:${pointer?.version ?? 0}`);
  return parts.join('\n');
}

/**
 * A cheap proof that nothing was written: the version pointer, the write-in-progress marker, every
 * collection's document count and the current version's digest (a hash of every document).
 */
export async function catalogFingerprint(db: Db): Promise<string> {
  const all = collections(db);
  const state = await all.catalogState.find({ _id: { $in: ['current', 'pending'] } }).toArray();
  const counts = await Promise.all(VERSIONED_COLLECTIONS.map((name) => all[name].countDocuments({})));
  const digest = await all.sourceSnapshots.findOne({ kind: '@digest' });
  return canonicalJson({ state, counts, digest });
}

let built: BuiltCatalog | null = null;

/** The catalog the seed files build, without a database (pure), built once per test file. */
export function seedCatalogBuilt(): BuiltCatalog {
  if (!built) built = buildSeedCatalog();
  return built;
}
