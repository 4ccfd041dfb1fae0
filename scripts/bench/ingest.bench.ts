/**
 * Seed import benchmark: `npm run bench:ingest`. Imports the full seed (every models.dev, OpenRouter
 * and LMArena file, one catalog version) into an empty embedded store and prints the wall time, the
 * time of each phase and the importer's peak RSS; then re-imports it (the no-op path).
 * Targets: < 20 s, < 400 MB. The store runs in a child process (or at TEST_MONGODB_URI), so the RSS
 * is the importer's own. Not a test: numbers depend on the machine.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMongo } from '@model-compare/embedded-mongo';
import { MongoClient } from 'mongodb';
import type { ImportPhase } from '../../src/ingest/import.ts';
import { seedCatalog } from '../../src/ingest/seed.ts';

const TARGET_SECONDS = 20;
const TARGET_RSS_MB = 400;

const STORE_FLAG = '--store-process';

/** This same file, run with STORE_FLAG: just the store, printing its URI. */
function startStoreProcess(dbpath: string): Promise<{ uri: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, STORE_FLAG, dbpath], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8');
    child.stdout!.once('data', (line: string) => resolve({ uri: line.trim(), child }));
    child.once('exit', (code) => reject(new Error(`store process exited with ${code}`)));
  });
}

if (process.argv[2] === STORE_FLAG) {
  const embedded = await startEmbeddedMongo({ dbpath: process.argv[3]!, port: 0 });
  console.log(embedded.uri);
  process.once('SIGTERM', () => void embedded.stop().then(() => process.exit(0)));
} else {
  await bench();
}

async function bench(): Promise<void> {
  const dbpath = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  const store = process.env.TEST_MONGODB_URI ? null : await startStoreProcess(dbpath);
  const client = await new MongoClient(process.env.TEST_MONGODB_URI ?? store!.uri).connect();
  const db = client.db(`bench_ingest_${process.pid}`);
  try {
    const phaseStarts = new Map<ImportPhase, number>();
    const started = performance.now();
    const report = await seedCatalog(db, {
      onProgress: ({ phase }) => {
        if (!phaseStarts.has(phase)) phaseStarts.set(phase, performance.now());
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;

    const phases = [...phaseStarts.entries()];
    const phaseTimes = phases.map(([phase, at], i) => `${phase} ${(((phases[i + 1]?.[1] ?? started + seconds * 1000) - at) / 1000).toFixed(1)} s`);
    const counts = Object.entries(report.collections).map(([name, c]) => `${name} ${c.added}`);
    console.log(`full seed import: ${seconds.toFixed(1)} s (target < ${TARGET_SECONDS} s) — ${phaseTimes.join(', ')}`);
    console.log(`peak RSS of the importer: ${peakRssMb.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB)`);
    console.log(`documents: ${counts.join(', ')}`);

    const again = performance.now();
    const second = await seedCatalog(db);
    console.log(`re-import of the same seed: ${second.status} in ${((performance.now() - again) / 1000).toFixed(1)} s`);
    process.exitCode = seconds < TARGET_SECONDS && peakRssMb < TARGET_RSS_MB ? 0 : 1;
  } finally {
    await db.dropDatabase();
    await client.close();
    store?.child.kill('SIGTERM');
    rmSync(dbpath, { recursive: true, force: true });
  }
}
