/**
 * A worker thread running one of this directory's worker entries, to its end. Compiled, the entry
 * is the JavaScript beside this file. From the TypeScript sources (tsx, vitest) Node 20 does not
 * carry the parent's loader into worker threads, so a bootstrap registers tsx there and then loads
 * the entry, which it is given as its last argument.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';

export type IngestWorkerEntry = 'refresh-worker' | 'prepare-worker';

export interface IngestWorkerOptions {
  resourceLimits?: ResourceLimits;
  /** When it aborts, the worker is sent 'abort' (it stops what it can and exits). */
  signal?: AbortSignal;
}

function startIngestWorker(entry: IngestWorkerEntry, workerData: unknown, resourceLimits: ResourceLimits | undefined): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL(`./${entry}.js`, import.meta.url), { workerData, resourceLimits });
  return new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData, resourceLimits, argv: [new URL(`./${entry}.ts`, import.meta.url).href] });
}

/** Runs the entry with `workerData`, passing each message it posts on; settles when it has exited (rejects with its error or exit code). */
export function runIngestWorker<Message>(
  entry: IngestWorkerEntry,
  workerData: unknown,
  onMessage: (message: Message) => void,
  { resourceLimits, signal }: IngestWorkerOptions = {},
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = startIngestWorker(entry, workerData, resourceLimits);
    const abort = () => worker.postMessage('abort');
    signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', abort);
      if (code === 0) resolve();
      else reject(new Error(`the ${entry.replace('-', ' ')} exited with code ${code}`));
    });
  });
}
