/**
 * The embedded MongoDB-compatible store. By default it runs in a worker thread, supervised (a
 * crashed worker is restarted on the same data directory and port, see supervisor.ts), so query
 * work does not block the caller's event loop and a crash does not end the caller's process (the
 * driver connects to it over loopback TCP either way); `inProcess: true` runs it on the caller's thread.
 */
import { resolve } from 'node:path';
import { type EmbeddedMongo, type EmbeddedMongoOptions, startInProcess } from './store.ts';
import { type SupervisionOptions, startSupervisedWorker } from './supervisor.ts';

export type { HeapCollection, HeapUse } from './heap.ts';
export type { EmbeddedMongo, EmbeddedMongoOptions } from './store.ts';
export type { SupervisionOptions, WorkerExit, WorkerRestart } from './supervisor.ts';

export interface StartOptions extends EmbeddedMongoOptions, SupervisionOptions {
  inProcess?: boolean;
}

/**
 * dbpaths open in this process. The lock file stops other processes; within one process (where a
 * leftover lock carries our own pid) this set is what stops a second store on the same files.
 */
const openDbpaths = new Set<string>();

export async function startEmbeddedMongo(options: StartOptions): Promise<EmbeddedMongo> {
  const { inProcess, onWorkerExit, onWorkerRestart, restartDelayMs, ...storeOptions } = options;
  const key = resolve(options.dbpath);
  if (openDbpaths.has(key)) throw new Error(`dbpath ${options.dbpath} is in use by this process`);
  openDbpaths.add(key);
  try {
    const store = await (inProcess ? startInProcess(storeOptions) : startSupervisedWorker(storeOptions, { onWorkerExit, onWorkerRestart, restartDelayMs }));
    return { ...store, stop: () => store.stop().finally(() => openDbpaths.delete(key)) };
  } catch (err) {
    openDbpaths.delete(key);
    throw err;
  }
}
