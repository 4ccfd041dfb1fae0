/**
 * A first start's seed, or a start's rescoring of outdated scores, in a worker thread of its own.
 * Building the catalog (from the seed files or the stored source snapshots) and scoring it, with its
 * month-end history, grows a heap of a few hundred megabytes that V8 keeps long after the import; in
 * a worker that heap is freed whole when the worker exits, so the server serves with the memory of a
 * restart, not of its first start.
 */
import { runIngestWorker } from './worker-thread.ts';

/** Where the worker connects: the server's database. */
export interface PrepareWorkerData {
  uri: string;
  dbName: string;
  dbTimeoutMs: number;
}

export type PrepareWorkerMessage = { type: 'log'; line: string };

/**
 * The seed's heap holds little at any moment (35 MB once the catalog is built) but allocates much:
 * a bounded old generation makes V8 collect instead of growing. A first start's peak RSS, measured
 * twice each: unbounded 641 MB, 192 MB 619–624, 128 MB 563–575. The seed is our own data, and the
 * first-start test (under the same bound) fails if it ever outgrows it.
 */
const SEED_OLD_GENERATION_MB = 128;

/** Seeds an empty catalog or rescores outdated scores (as `prepareCatalog`) in a worker; settles when the worker has exited, rejects with its error. */
export function prepareCatalogInWorker(data: PrepareWorkerData, log: (line: string) => void): Promise<void> {
  return runIngestWorker<PrepareWorkerMessage>('prepare-worker', data, (message) => log(message.line), {
    resourceLimits: { maxOldGenerationSizeMb: SEED_OLD_GENERATION_MB },
  });
}
