/**
 * Worker-thread entry: runs the store (wire server + storage) off the caller's event loop and
 * answers the parent's requests: 'stop', 'collect-heap' (a full collection of this thread's heap,
 * which the caller asks for when it is idle), and 'crash' (the test hook behind crashForTest: an
 * uncaught error, as a real crash would be). See supervisor.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { collectHeap, type HeapCollection } from './heap.ts';
import { type EmbeddedMongoOptions, startInProcess } from './store.ts';

export type WorkerReply =
  | { type: 'ready'; port: number }
  | { type: 'failed'; message: string }
  | { type: 'stopped' }
  | ({ type: 'heap-collected' } & HeapCollection);

const port = parentPort!;
try {
  const store = await startInProcess(workerData as EmbeddedMongoOptions);
  port.on('message', (msg: unknown) => {
    if (msg === 'crash') throw new Error('embedded store worker crashed on request (crashForTest)');
    if (msg === 'collect-heap') port.postMessage({ type: 'heap-collected', ...collectHeap() } satisfies WorkerReply);
    if (msg !== 'stop') return;
    void store.stop().then(() => {
      port.postMessage({ type: 'stopped' } satisfies WorkerReply);
      port.close();
    });
  });
  port.postMessage({ type: 'ready', port: store.port } satisfies WorkerReply);
} catch (err) {
  port.postMessage({ type: 'failed', message: (err as Error).message } satisfies WorkerReply);
  port.close();
}
