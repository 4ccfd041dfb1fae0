/**
 * A first start's seed in a worker thread of its own. Building the catalog from the seed files and
 * scoring it (with its month-end history) grows a heap of a few hundred megabytes that V8 keeps long
 * after the import; in a worker that heap is freed whole when the worker exits, so the server
 * serves with the memory of a restart, not of its first start.
 */
import { startIngestWorker } from './worker-thread.ts';

/** Where the worker connects: the server's database. */
export interface SeedWorkerData {
  uri: string;
  dbName: string;
  dbTimeoutMs: number;
}

export type SeedWorkerMessage = { type: 'log'; line: string };

/** Seeds an empty catalog (as `seedIfEmpty`) in a worker; settles when the worker has exited, rejects with its error. */
export function seedInWorker(data: SeedWorkerData, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startIngestWorker('seed-worker', data);
    worker.on('message', (message: SeedWorkerMessage) => log(message.line));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the seed worker exited with code ${code}`))));
  });
}
