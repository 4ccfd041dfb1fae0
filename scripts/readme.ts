import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app.ts';
import { openDatabase } from '../src/cli/db.ts';
import { seedIfEmpty } from '../src/ingest/seed.ts';
import { exampleOutput, readmeExamples, withExampleOutputs } from './readme-examples.ts';
import { generatedReadmeSections, replaceGeneratedSections } from './readme-sections.ts';

/**
 * `npm run readme`: rewrites the README's generated sections (methodology, rules) in place, and the
 * output of its example queries, run against the seed catalog in a fresh embedded store.
 */
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(readmePath, 'utf8');
let after = replaceGeneratedSections(before, generatedReadmeSections());

const dataDir = mkdtempSync(join(tmpdir(), 'readme-examples-'));
const database = await openDatabase({ MONGODB_URI: undefined, MONGODB_DB: 'model_compare', DATA_DIR: dataDir });
try {
  console.log('seeding a fresh embedded store for the examples …');
  await seedIfEmpty(database.db);
  const app = createApp({ db: database.db });
  const outputs: string[] = [];
  for (const { query } of readmeExamples(after)) outputs.push(await exampleOutput(app, query));
  after = withExampleOutputs(after, outputs);
  console.log(`${outputs.length} examples run`);
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
writeFileSync(readmePath, after);
console.log(before === after ? 'README.md already current' : 'README.md updated');
