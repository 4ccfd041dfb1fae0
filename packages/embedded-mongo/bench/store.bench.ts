/**
 * Embedded store benchmark through the official driver: `npm run bench:store`.
 * Prints ops/s, p50 and p99 per operation, for the store in a worker thread (the default) and
 * in-process, plus how much each mode delays the caller's event loop during heavy queries; then
 * the store's memory on a catalog-sized data set (memory.ts). Not a test: numbers depend on the machine.
 *
 * `--worker` / `--in-process`: one mode only; `--cpu` / `--memory`: only those figures;
 * `--dbpath DIR`: measure memory on a copy of that data directory (the app's seeded DATA_DIR, say).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type Collection, MongoClient } from 'mongodb';
import { type EmbeddedMongo, startEmbeddedMongo } from '../src/index.ts';
import { measureMemory } from './memory.ts';

interface ModelDoc {
  _id: string;
  name: string;
  provider: string;
  contextWindow: number;
  prices: { input: number; output: number; currency: string };
  tags: string[];
  notes: string;
}

const N = 5000;

function model(i: number, run = 0): ModelDoc {
  return {
    _id: `m${run}-${i}`,
    name: `model-${i}`,
    provider: `provider-${i % 40}`,
    contextWindow: 4096 * (1 + (i % 32)),
    prices: { input: (i % 100) / 10, output: (i % 50) / 5, currency: 'USD' },
    tags: [`family-${i % 12}`, i % 2 ? 'open' : 'closed', `tier-${i % 5}`],
    notes: 'lorem ipsum dolor sit amet '.repeat(8),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

let mode = '';

async function measure(name: string, iterations: number, op: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < Math.min(50, iterations); i++) await op(i); // warm-up
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await op(i);
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const row = {
    mode,
    op: name,
    runs: iterations,
    'ops/s': Math.round((iterations / total) * 1000),
    'p50 ms': percentile(times, 50).toFixed(3),
    'p99 ms': percentile(times, 99).toFixed(3),
  };
  console.log(JSON.stringify(row));
}

/** Event-loop delay of this thread while 4 clients run $group queries for `ms`. */
async function callerDelay(models: Collection<ModelDoc>, ms: number): Promise<void> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const until = performance.now() + ms;
  let queries = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (performance.now() < until) {
        await models.aggregate([{ $group: { _id: '$provider', n: { $sum: 1 } } }]).toArray();
        queries++;
      }
    }),
  );
  histogram.disable();
  console.log(
    JSON.stringify({
      mode,
      op: `caller event-loop delay during ${queries} concurrent $group`,
      'p50 ms': (histogram.percentile(50) / 1e6).toFixed(1),
      'p99 ms': (histogram.percentile(99) / 1e6).toFixed(1),
      'max ms': (histogram.max / 1e6).toFixed(1),
    }),
  );
}

async function benchmark(store: EmbeddedMongo): Promise<void> {
  const client = await MongoClient.connect(store.uri);
  try {
    const db = client.db('bench');
    const models: Collection<ModelDoc> = db.collection<ModelDoc>('models');
    await models.createIndex({ name: 1 }, { unique: true });
    await models.createIndex({ provider: 1 });

    let run = 0;
    await measure(`insertMany ${N} (durable)`, 5, async () => {
      run++;
      await db.collection<ModelDoc>(`insert_${run}`).insertMany(Array.from({ length: N }, (_, i) => model(i, run)));
    });
    await models.insertMany(Array.from({ length: N }, (_, i) => model(i)));

    await measure('findOne by _id', 5000, (i) => models.findOne({ _id: `m0-${(i * 7919) % N}` }));
    await measure('findOne by unique indexed field', 5000, (i) => models.findOne({ name: `model-${(i * 7919) % N}` }));
    await measure('find $in of 200 _ids', 500, (i) =>
      models.find({ _id: { $in: Array.from({ length: 200 }, (_, k) => `m0-${(i * 200 + k * 13) % N}`) } }).toArray(),
    );
    await measure('find by indexed provider (125 docs)', 500, (i) => models.find({ provider: `provider-${i % 40}` }).toArray());
    await measure(`find all ${N}, sorted by name`, 50, () => models.find({}, { sort: { name: 1 } }).toArray());
    await measure(`find by unindexed contextWindow over ${N} (156 docs), sorted`, 100, (i) =>
      models.find({ contextWindow: 4096 * (1 + (i % 32)) }, { sort: { name: 1 } }).toArray(),
    );
    await measure('find by indexed provider with an exclusion projection (125 docs)', 500, (i) =>
      models.find({ provider: `provider-${i % 40}` }, { projection: { notes: 0 } }).toArray(),
    );
    await measure(`$group over ${N} docs`, 100, () =>
      models.aggregate([{ $group: { _id: '$provider', n: { $sum: 1 }, avgInput: { $avg: '$prices.input' } } }]).toArray(),
    );
    await measure(`countDocuments over ${N} docs`, 100, () => models.countDocuments({ 'prices.input': { $gte: 5 } }));
    await measure('updateOne by _id (durable)', 1000, (i) => models.updateOne({ _id: `m0-${i % N}` }, { $inc: { contextWindow: 1 } }));
    await measure('20 concurrent updateOne (durable, group commit)', 100, (i) =>
      Promise.all(Array.from({ length: 20 }, (_, k) => models.updateOne({ _id: `m0-${(i * 20 + k) % N}` }, { $set: { notes: `n${i}` } }))),
    );
    await callerDelay(models, 3000);
  } finally {
    await client.close();
  }
}

const { values: flags } = parseArgs({
  options: {
    worker: { type: 'boolean' },
    'in-process': { type: 'boolean' },
    cpu: { type: 'boolean' },
    memory: { type: 'boolean' },
    dbpath: { type: 'string' },
  },
});
const modes = flags['in-process'] ? [true] : flags.worker ? [false] : [false, true];
for (const inProcess of flags.memory ? [] : modes) {
  mode = inProcess ? 'in-process' : 'worker';
  const dbpath = mkdtempSync(join(tmpdir(), 'store-bench-'));
  const store = await startEmbeddedMongo({ dbpath, port: 0, inProcess });
  try {
    await benchmark(store);
  } finally {
    await store.stop();
    rmSync(dbpath, { recursive: true, force: true });
  }
}
if (!flags.cpu) await measureMemory(flags.dbpath);
