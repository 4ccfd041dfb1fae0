/**
 * A worker thread running one of this directory's worker entries. Compiled, the entry is the
 * JavaScript beside this file. From the TypeScript sources (tsx, vitest) Node 20 does not carry the
 * parent's loader into worker threads, so a bootstrap registers tsx there and then loads the entry,
 * which it is given as its last argument.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';

export type IngestWorkerEntry = 'refresh-worker' | 'seed-worker';

export function startIngestWorker(entry: IngestWorkerEntry, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL(`./${entry}.js`, import.meta.url), { workerData, resourceLimits });
  return new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData, resourceLimits, argv: [new URL(`./${entry}.ts`, import.meta.url).href] });
}
