/**
 * The store in a worker thread, supervised: if the worker dies after start-up (an uncaught error,
 * a fatal one, process.exit in it), the caller's process carries on, and a new worker is started
 * on the same data directory and port after a backoff, so drivers' server monitoring reconnects
 * by itself. Requests in flight fail with network errors (their connections close with the
 * worker); the journal keeps every acknowledged write, and the new worker replays it.
 */
import { Worker } from 'node:worker_threads';
import type { HeapCollection } from './heap.ts';
import type { EmbeddedMongo, EmbeddedMongoOptions } from './store.ts';
import type { WorkerReply } from './worker.ts';

export interface WorkerExit {
  /** The uncaught error that ended the worker, or why a replacement could not start. */
  error?: Error;
  exitCode?: number;
  /** When the next worker is started. */
  restartInMs: number;
}

export interface WorkerRestart {
  /** Replacement workers started so far. */
  restarts: number;
  port: number;
}

export interface SupervisionOptions {
  /** The worker ended (or a replacement failed to start) and another will be started: for the host's log. */
  onWorkerExit?: (exit: WorkerExit) => void;
  /** A replacement worker serves again. */
  onWorkerRestart?: (restart: WorkerRestart) => void;
  /** The first delay before a restart; it doubles while workers keep dying young, up to 30 s. Default 100 ms. */
  restartDelayMs?: number;
}

const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that ran this long before dying resets the backoff: that was a crash, not a crash loop. */
const STABLE_MS = 10_000;

/**
 * Compiled (`npm start` runs dist/), the worker is plain JavaScript beside this file; run from the
 * TypeScript sources (tsx, vitest), it needs the bootstrap that registers tsx in the worker.
 */
const WORKER_ENTRY = new URL(import.meta.url.endsWith('.js') ? './worker.js' : './worker-bootstrap.mjs', import.meta.url);

/** Starts a worker and waits for its first word: the port it listens on, or why it could not start. */
function spawn(options: EmbeddedMongoOptions): Promise<{ worker: Worker; port: number }> {
  const worker = new Worker(WORKER_ENTRY, { workerData: options });
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (msg: WorkerReply) => {
      cleanup();
      if (msg.type === 'ready') resolve({ worker, port: msg.port });
      else {
        void worker.terminate();
        reject(new Error(msg.type === 'failed' ? msg.message : 'embedded store worker did not start'));
      }
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`embedded store worker exited with code ${code}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

class Supervisor {
  readonly #options: EmbeddedMongoOptions;
  readonly #supervision: SupervisionOptions;
  readonly port: number;
  #worker: Worker | undefined;
  #startedAt = Date.now();
  #delay: number;
  #restarts = 0;
  #timer: NodeJS.Timeout | undefined;
  #restarting: Promise<void> | undefined;
  #stopping: Promise<void> | undefined;
  /** Test hook: resolves when the current worker has exited. */
  #exited: Promise<void> = Promise.resolve();

  constructor(options: EmbeddedMongoOptions, supervision: SupervisionOptions, first: { worker: Worker; port: number }) {
    this.#options = { ...options, port: first.port };
    this.#supervision = supervision;
    this.#delay = supervision.restartDelayMs ?? 100;
    this.port = first.port;
    this.#watch(first.worker);
  }

  #watch(worker: Worker): void {
    this.#worker = worker;
    this.#startedAt = Date.now();
    let error: Error | undefined;
    // Without an 'error' listener, an uncaught error in the worker would be rethrown in this thread.
    worker.on('error', (err) => {
      error = err;
    });
    this.#exited = new Promise((resolve) =>
      worker.once('exit', (exitCode) => {
        resolve();
        if (this.#worker === worker) this.#worker = undefined;
        if (!this.#stopping) this.#scheduleRestart({ error, exitCode });
      }),
    );
  }

  #scheduleRestart(why: { error?: Error; exitCode?: number }): void {
    const initial = this.#supervision.restartDelayMs ?? 100;
    if (Date.now() - this.#startedAt >= STABLE_MS) this.#delay = initial;
    const restartInMs = this.#delay;
    this.#delay = Math.min(this.#delay * 2, MAX_RESTART_DELAY_MS);
    this.#supervision.onWorkerExit?.({ ...why, restartInMs });
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#restarting = this.#restart();
    }, restartInMs);
  }

  async #restart(): Promise<void> {
    try {
      const started = await spawn(this.#options);
      if (this.#stopping) {
        await started.worker.terminate();
        return;
      }
      this.#restarts++;
      this.#watch(started.worker);
      this.#supervision.onWorkerRestart?.({ restarts: this.#restarts, port: this.port });
    } catch (err) {
      if (!this.#stopping) {
        this.#startedAt = Date.now();
        this.#scheduleRestart({ error: err as Error });
      }
    } finally {
      this.#restarting = undefined;
    }
  }

  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      clearTimeout(this.#timer);
      await this.#restarting;
      const worker = this.#worker;
      if (!worker) return;
      const stopped = new Promise<void>((resolve) => {
        worker.on('message', (reply: WorkerReply) => reply.type === 'stopped' && resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    })();
    return this.#stopping;
  }

  /** See EmbeddedMongo.collectHeap; without a worker (it is being restarted) there is no heap to collect. */
  collectHeap(): Promise<HeapCollection> {
    const worker = this.#worker;
    if (!worker) return Promise.reject(new Error('no embedded store worker is running'));
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.type !== 'heap-collected') return;
        worker.off('exit', onExit);
        worker.off('message', onMessage);
        const { type: _type, ...collection } = reply;
        resolve(collection);
      };
      const onExit = () => {
        worker.off('message', onMessage);
        reject(new Error('embedded store worker exited'));
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      worker.postMessage('collect-heap');
    });
  }

  /** See EmbeddedMongo.crashForTest. */
  async crashForTest(): Promise<void> {
    if (!this.#worker) throw new Error('no embedded store worker is running');
    const exited = this.#exited;
    this.#worker.postMessage('crash');
    await exited;
  }
}

export async function startSupervisedWorker(options: EmbeddedMongoOptions, supervision: SupervisionOptions): Promise<EmbeddedMongo> {
  const supervisor = new Supervisor(options, supervision, await spawn(options));
  return {
    uri: `mongodb://127.0.0.1:${supervisor.port}`,
    port: supervisor.port,
    stop: () => supervisor.stop(),
    collectHeap: () => supervisor.collectHeap(),
    crashForTest: () => supervisor.crashForTest(),
  };
}
