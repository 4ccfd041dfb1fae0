/** Worker-thread entry of a first start's seed (seed-in-worker.ts): connects, seeds an empty catalog, reports each log line, exits. */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../data/connect.ts';
import { seedIfEmpty } from './seed.ts';
import type { SeedWorkerData, SeedWorkerMessage } from './seed-in-worker.ts';

const data = workerData as SeedWorkerData;
const port = parentPort!;
const connection = await connect(data.uri, { dbName: data.dbName, timeoutMs: data.dbTimeoutMs });
try {
  await seedIfEmpty(connection.db, { log: (line) => port.postMessage({ type: 'log', line } satisfies SeedWorkerMessage) });
} finally {
  await connection.client.close();
}
