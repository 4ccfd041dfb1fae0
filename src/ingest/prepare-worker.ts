/** Worker-thread entry of a start's catalog preparation (prepare-in-worker.ts): connects, seeds an empty catalog or rescores outdated scores, reports each log line, exits. */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../data/connect.ts';
import type { PrepareWorkerData, PrepareWorkerMessage } from './prepare-in-worker.ts';
import { prepareCatalog } from './seed.ts';

const data = workerData as PrepareWorkerData;
const port = parentPort!;
const connection = await connect(data.uri, { dbName: data.dbName, timeoutMs: data.dbTimeoutMs });
try {
  await prepareCatalog(connection.db, { log: (line) => port.postMessage({ type: 'log', line } satisfies PrepareWorkerMessage) });
} finally {
  await connection.client.close();
}
