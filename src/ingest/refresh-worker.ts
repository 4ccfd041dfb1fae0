/** Worker-thread entry of a scheduled refresh run (see refresh-run.ts): connects, runs, reports each outcome, exits. */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../data/connect.ts';
import { type RefreshWorkerData, type RefreshWorkerMessage, refreshDueSources } from './refresh-run.ts';

const data = workerData as RefreshWorkerData;
const port = parentPort!;
const abort = new AbortController();
port.on('message', (message) => {
  if (message === 'abort') abort.abort();
});
// Unref'd: the worker exits when the run is done, whether or not the parent sends anything more.
port.unref();

const { client, db } = await connect(data.uri, { dbName: data.dbName, timeoutMs: data.dbTimeoutMs });
try {
  await refreshDueSources(db, data, abort.signal, (outcome) => port.postMessage({ type: 'outcome', outcome } satisfies RefreshWorkerMessage));
} finally {
  await client.close();
}
