/**
 * The embedded MongoDB-compatible store. By default it runs in a worker thread, so query work
 * does not block the caller's event loop (the driver connects to it over loopback TCP either way);
 * `inProcess: true` runs it on the caller's thread.
 */
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type EmbeddedMongo, type EmbeddedMongoOptions, startInProcess } from './store.ts';
import type { WorkerReply } from './worker.ts';

export type { EmbeddedMongo, EmbeddedMongoOptions } from './store.ts';

export interface StartOptions extends EmbeddedMongoOptions {
  inProcess?: boolean;
}

function nextReply(worker: Worker): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: WorkerReply) => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(msg);
    };
    const onError = (err: Error) => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      reject(err);
    };
    const onExit = (code: number) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      reject(new Error(`embedded store worker exited with code ${code}`));
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}

/**
 * Compiled (`npm start` runs dist/), the worker is plain JavaScript beside this file; run from the
 * TypeScript sources (tsx, vitest), it needs the bootstrap that registers tsx in the worker.
 */
const WORKER_ENTRY = new URL(import.meta.url.endsWith('.js') ? './worker.js' : './worker-bootstrap.mjs', import.meta.url);

async function startInWorker(options: EmbeddedMongoOptions): Promise<EmbeddedMongo> {
  const worker = new Worker(WORKER_ENTRY, { workerData: options });
  const first = await nextReply(worker);
  if (first.type !== 'ready') {
    await worker.terminate();
    throw new Error(first.type === 'failed' ? first.message : 'embedded store worker did not start');
  }
  let stopping: Promise<void> | undefined;
  return {
    uri: `mongodb://127.0.0.1:${first.port}`,
    port: first.port,
    stop: () =>
      (stopping ??= (async () => {
        const done = nextReply(worker).catch(() => undefined);
        worker.postMessage('stop');
        await done;
        await worker.terminate();
      })()),
  };
}

/**
 * dbpaths open in this process. The lock file stops other processes; within one process (where a
 * leftover lock carries our own pid) this set is what stops a second store on the same files.
 */
const openDbpaths = new Set<string>();

export async function startEmbeddedMongo(options: StartOptions): Promise<EmbeddedMongo> {
  const { inProcess, ...storeOptions } = options;
  const key = resolve(options.dbpath);
  if (openDbpaths.has(key)) throw new Error(`dbpath ${options.dbpath} is in use by this process`);
  openDbpaths.add(key);
  try {
    const store = await (inProcess ? startInProcess(storeOptions) : startInWorker(storeOptions));
    return { ...store, stop: () => store.stop().finally(() => openDbpaths.delete(key)) };
  } catch (err) {
    openDbpaths.delete(key);
    throw err;
  }
}
