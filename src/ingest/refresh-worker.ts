/** Worker-thread entry of a scheduled refresh run (see refresh-run.ts): connects, runs, reports each outcome, exits. */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../data/connect.ts';
import type { RefreshOutcome } from './refresh.ts';
import { failedOutcome, type RefreshWorkerData, type RefreshWorkerMessage, refreshDueSources } from './refresh-run.ts';

const data = workerData as RefreshWorkerData;
const port = parentPort!;
const abort = new AbortController();
port.on('message', (message) => {
  if (message === 'abort') abort.abort();
});
// Unref'd: the worker exits when the run is done, whether or not the parent sends anything more.
port.unref();
const report = (outcome: RefreshOutcome) => port.postMessage({ type: 'outcome', outcome } satisfies RefreshWorkerMessage);

const connection = await connect(data.uri, { dbName: data.dbName, timeoutMs: data.dbTimeoutMs }).catch((error: unknown) => {
  // Every source's refresh failed: each is counted and logged like any failed refresh.
  for (const plan of data.sources) report(failedOutcome(plan.source, error));
  return null;
});
if (connection) {
  try {
    await refreshDueSources(connection.db, data, abort.signal, report);
  } finally {
    await connection.client.close();
  }
}
