import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedMongo } from '@model-compare/embedded-mongo';
import { MongoClient } from 'mongodb';
import { seedIfEmpty } from '../../src/ingest/seed.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'seeded-store');
export const TEST_DB_NAME = 'model_compare_test';

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The seeded catalog depends on the seed data and on the code that imports and scores it. */
function seedKey(): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(join(ROOT, 'seed')), ...filesUnder(join(ROOT, 'src'))].sort()) {
    hash.update(relative(ROOT, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Each template is ~45 MB and every change under src/ makes a new one: unused ones go after an hour. */
const STALE_TEMPLATE_MS = 60 * 60_000;

function pruneStaleTemplates(current: string): void {
  for (const entry of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, entry);
    if (path === current || entry.endsWith('.lock')) continue;
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats && Date.now() - stats.mtimeMs > STALE_TEMPLATE_MS) rmSync(path, { recursive: true, force: true });
  }
}

async function sleep(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A data directory holding the real seed catalog, made once per seed/code version and shared by
 * every test file (each works on its own copy). Test files run in parallel processes, so the first
 * one builds it under a lock directory and the others wait.
 */
async function seededTemplate(): Promise<string> {
  const template = join(CACHE_DIR, seedKey());
  const lock = `${template}.lock`;
  mkdirSync(CACHE_DIR, { recursive: true });
  for (;;) {
    if (existsSync(template)) {
      // Marks it as in use, so that other checkouts' pruning keeps it.
      const now = new Date();
      utimesSync(template, now, now);
      pruneStaleTemplates(template);
      return template;
    }
    try {
      mkdirSync(lock);
    } catch {
      // Another process is building it; a lock older than 5 minutes belonged to a dead one.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      const building = mkdtempSync(join(CACHE_DIR, 'building-'));
      const store = await startEmbeddedMongo({ dbpath: building, port: 0 });
      const client = await new MongoClient(store.uri).connect();
      try {
        await seedIfEmpty(client.db(TEST_DB_NAME));
      } finally {
        await client.close();
        await store.stop();
      }
      renameSync(building, template);
      return template;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export interface SeededStore {
  uri: string;
  dbName: string;
  stop(): Promise<void>;
}

/**
 * A store holding the seeded catalog that this test file may read and write: a private copy of the
 * template on the embedded store, or, with TEST_MONGODB_URI, a database of its own seeded there.
 */
export async function startSeededStore(): Promise<SeededStore> {
  if (process.env.TEST_MONGODB_URI) {
    const uri = process.env.TEST_MONGODB_URI;
    const dbName = `test_${process.pid}_${Date.now()}`;
    const client = await new MongoClient(uri).connect();
    await seedIfEmpty(client.db(dbName));
    return {
      uri,
      dbName,
      stop: async () => {
        await client.db(dbName).dropDatabase();
        await client.close();
      },
    };
  }
  const dbpath = mkdtempSync(join(tmpdir(), 'seeded-store-'));
  cpSync(await seededTemplate(), dbpath, { recursive: true });
  const store = await startEmbeddedMongo({ dbpath, port: 0 });
  return {
    uri: store.uri,
    dbName: TEST_DB_NAME,
    stop: async () => {
      await store.stop();
      rmSync(dbpath, { recursive: true, force: true });
    },
  };
}
