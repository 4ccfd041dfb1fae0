/**
 * npm run seed: imports the seed data (seed/data) into MONGODB_URI, or the embedded store in DATA_DIR
 * (default ./data/db). Re-running it changes nothing unless the seed files changed.
 */
import { loadConfig } from '../config.ts';
import { formatReport } from '../ingest/report.ts';
import { seedCatalog } from '../ingest/seed.ts';
import { openDatabase } from './db.ts';

const config = loadConfig();
const { db, close } = await openDatabase(config);
try {
  const started = Date.now();
  const report = await seedCatalog(db, {
    onProgress: ({ phase, done, total }) => {
      if (done === total) console.error(`${phase} done`);
    },
  });
  console.log(formatReport(report, 5));
  console.log(`seed took ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await close();
}
