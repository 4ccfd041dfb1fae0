/**
 * Runs the embedded store standalone, like mongod:
 *   npm run db -- --port 27017 --dbpath ./data/db
 * Prints the connection URI and stops cleanly on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startEmbeddedMongo } from '@model-compare/embedded-mongo';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '27017' },
    dbpath: { type: 'string', default: './data/db' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`invalid --port ${values.port}`);
  process.exit(2);
}

// In-process: this process does nothing else, so there is no event loop to keep free.
const store = await startEmbeddedMongo({ dbpath: values.dbpath, port, inProcess: true });
console.log(`embedded MongoDB-compatible store listening on ${store.uri} (dbpath ${values.dbpath})`);

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  store.stop().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
