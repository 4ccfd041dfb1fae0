/**
 * The store's memory on a catalog-sized data set, for `npm run bench:store`: the data directory is
 * a copy of `--dbpath DIR` (say the app's seeded DATA_DIR) or a synthetic catalog shaped like the
 * seed's (seed-shaped.ts). A fresh process (so nothing else it did counts) starts the store on it
 * in-process and reports its peak RSS while loading, then RSS and heap after a full GC, once loaded,
 * again after this process has read every collection through it (scans must not keep parsed
 * documents alive), with the store's CPU time spent answering those reads, and once more after it
 * has written every versioned document again as the next version and deleted the originals, as an
 * import and the collection of the version it replaced do (freed documents must not stay resident).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo } from '../src/index.ts';
import { writeSeedShapedCatalog } from './seed-shaped.ts';

const MB = 1024 * 1024;
const PROBE_FLAG = '--memory-probe';
const DB_NAME = 'bench_memory';
/** How the probe tells its store's address, and so that it waits for the reads. */
const URI_PREFIX = 'uri ';
const READ_PHASE = 'after reading everything';

/** A data directory holding the catalog: a copy of `source`, or one written with the synthetic catalog. */
async function dataDirectory(source: string | undefined): Promise<string> {
  const dbpath = mkdtempSync(join(tmpdir(), 'store-memory-'));
  if (source) {
    cpSync(source, dbpath, { recursive: true });
    return dbpath;
  }
  const store = await startEmbeddedMongo({ dbpath, port: 0, inProcess: true });
  const client = await MongoClient.connect(store.uri);
  try {
    await writeSeedShapedCatalog(client.db(DB_NAME));
  } finally {
    await client.close();
    await store.stop();
  }
  return dbpath;
}

/**
 * Runs the probe below in a fresh process with a GC it can call, and passes its lines through;
 * reads everything through the store when the probe gives its address, then lets it measure again.
 */
export async function measureMemory(source: string | undefined): Promise<void> {
  const dbpath = await dataDirectory(source);
  try {
    const args = [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), PROBE_FLAG, dbpath];
    const probe = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = once(probe, 'exit');
    let uri = '';
    for await (const line of createInterface({ input: probe.stdout })) {
      if (line.startsWith(URI_PREFIX)) {
        uri = line.slice(URI_PREFIX.length);
        await readEverything(uri);
        probe.stdin.write('read\n');
        continue;
      }
      console.log(line);
      if (line.includes(READ_PHASE)) {
        await rewriteEverything(uri);
        probe.stdin.end('rewritten\n');
      }
    }
    const [code] = await exited;
    if (code !== 0) throw new Error(`memory probe exited with ${code}`);
  } finally {
    rmSync(dbpath, { recursive: true, force: true });
  }
}

function settled(): NodeJS.MemoryUsage {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  gc();
  return process.memoryUsage();
}

function row(phase: string, usage: NodeJS.MemoryUsage, baseline: NodeJS.MemoryUsage, extra: Record<string, number> = {}): string {
  const mb = (bytes: number) => Math.round(bytes / MB);
  return JSON.stringify({
    op: `memory: ${phase}`,
    'rss MB': mb(usage.rss),
    'store rss MB': mb(usage.rss - baseline.rss),
    'store heap MB': mb(usage.heapUsed - baseline.heapUsed),
    'store buffers MB': mb(usage.arrayBuffers - baseline.arrayBuffers),
    ...extra,
  });
}

/** Each versioned document again as the next version, 250 to an insert (as an import writes), then the originals deleted. */
async function rewriteEverything(uri: string): Promise<void> {
  const client = await MongoClient.connect(uri);
  try {
    for (const db of (await client.db().admin().listDatabases({ nameOnly: true })).databases) {
      for (const { name } of await client.db(db.name).listCollections().toArray()) {
        const collection = client.db(db.name).collection<{ _id: string; catalogVersion: number }>(name);
        const originals = await collection.find({ catalogVersion: { $exists: true } }).toArray();
        for (let start = 0; start < originals.length; start += 250) {
          const batch = originals.slice(start, start + 250);
          await collection.insertMany(batch.map((doc) => ({ ...doc, _id: `rewritten:${String(doc._id)}`, catalogVersion: doc.catalogVersion + 1 })));
        }
        await collection.deleteMany({ _id: { $in: originals.map((doc) => doc._id) } });
      }
    }
  } finally {
    await client.close();
  }
}

/** Reads every document of every collection, as the app's version reads do (filter, sort, no projection), and aggregates each once. */
async function readEverything(uri: string): Promise<void> {
  const client = await MongoClient.connect(uri);
  try {
    for (const db of (await client.db().admin().listDatabases({ nameOnly: true })).databases) {
      for (const { name } of await client.db(db.name).listCollections().toArray()) {
        const collection = client.db(db.name).collection(name);
        await collection.find({ catalogVersion: { $gte: 0 } }, { sort: { id: 1 } }).toArray();
        await collection.aggregate([{ $group: { _id: '$catalogVersion', n: { $sum: 1 } } }]).toArray();
      }
    }
  } finally {
    await client.close();
  }
}

async function probe(dbpath: string): Promise<void> {
  const baseline = settled();
  const start = performance.now();
  const store = await startEmbeddedMongo({ dbpath, port: 0, inProcess: true });
  const loadMs = Math.round(performance.now() - start);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      op: 'memory: start-up',
      'load ms': loadMs,
      'peak rss MB': Math.round(peakRss / MB),
      'store peak rss MB': Math.round((peakRss - baseline.rss) / MB),
    }),
  );
  console.log(row('loaded', settled(), baseline));
  // CPU time, not wall time: the reader's own work (decoding replies) runs in the other process.
  const cpu = process.cpuUsage();
  const commands = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  console.log(`${URI_PREFIX}${store.uri}`);
  await commands.next();
  const used = process.cpuUsage(cpu);
  console.log(row(READ_PHASE, settled(), baseline, { 'store cpu ms while read': Math.round((used.user + used.system) / 1000) }));
  await commands.next();
  console.log(row('after writing every document again and deleting the originals', settled(), baseline));
  await store.stop();
}

if (process.argv[2] === PROBE_FLAG) await probe(process.argv[3]!);
