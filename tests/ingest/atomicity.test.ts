/** A process killed with SIGKILL in the middle of writing an import leaves the previous catalog. */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/data/catalog-versions/garbage.ts';
import { currentCatalogVersion, RETIRED_VERSION_GRACE_MS } from '../../src/data/catalog-versions/pointer.ts';
import { readCatalog } from '../../src/data/catalog-versions/read.ts';
import { collections } from '../../src/data/collections.ts';
import { canonicalJson } from '../../src/domain/util/canonical-json.ts';
import { runImport } from '../../src/ingest/import.ts';
import { seedIfEmpty } from '../../src/ingest/seed.ts';
import { canonicalDump, type IngestTestStore, openIngestStore, seedText } from './helpers.ts';

let store: IngestTestStore;

beforeAll(async () => {
  store = await openIngestStore('atomicity');
  const report = await runImport(store.db, {
    format: 'openrouter',
    files: [{ name: 'models.json', text: seedText('data/openrouter/models.json') }],
    observedAt: '2026-07-02',
  });
  expect(report.status).toBe('APPLIED');
}, 120_000);
afterAll(async () => {
  await store?.close();
});

/** Runs the ingest CLI and SIGKILLs it as soon as it reports writing past the first batch. */
function killMidWrite(files: string[]): Promise<{ killedDuringWrite: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--format', 'models-dev', ...files], {
      env: { ...process.env, MONGODB_URI: store.uri, MONGODB_DB: store.dbName },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let killedDuringWrite = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (!killedDuringWrite && /^write (25|50|75)%/m.test(stderr)) {
        killedDuringWrite = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ killedDuringWrite, stderr }));
  });
}

describe('atomicity without transactions', () => {
  it('kill -9 mid-import: the catalog is identical, and the orphaned partial version is collected', async () => {
    const dumpBefore = await canonicalDump(store.db);
    const catalogBefore = canonicalJson(await readCatalog(store.db));

    const { killedDuringWrite, stderr } = await killMidWrite(['seed/data/models-dev/api.json', 'seed/data/models-dev/models.json']);
    expect(killedDuringWrite, stderr).toBe(true);

    // Readers (which filter by the pointer) see exactly the old catalog...
    expect(await currentCatalogVersion(store.db)).toBe(1);
    expect(canonicalJson(await readCatalog(store.db))).toBe(catalogBefore);
    // ...while the dead import's documents of version 2 lie beside it until collected.
    expect(await collections(store.db).offerings.countDocuments({ catalogVersion: 2 })).toBeGreaterThan(0);

    // The next start (or import) takes over the dead process's lock and deletes the orphans.
    expect(await seedIfEmpty(store.db)).toBeNull();
    expect(await canonicalDump(store.db)).toBe(dumpBefore);

    // And an import after the crash works and becomes version 2, with documents derived from it.
    const derive = (content: { models: { id: string }[] }) => ({ derivedForTest: [{ id: 'count', models: content.models.length }] });
    const report = await runImport(
      store.db,
      { format: 'models-dev', files: [{ name: 'models.json', text: seedText('data/models-dev/models.json') }], observedAt: '2026-07-02' },
      { derive },
    );
    expect(report.status).toBe('APPLIED');
    expect(report.catalogVersion).toBe(2);
    expect(await store.db.collection('derivedForTest').findOne({ catalogVersion: 2 })).toMatchObject({ id: 'count' });

    // The replaced version stays readable for requests that still hold it, until its grace is over.
    const offeringsOf = (catalogVersion: number) => collections(store.db).offerings.countDocuments({ catalogVersion });
    const version1Offerings = await offeringsOf(1);
    expect(version1Offerings).toBeGreaterThan(0);
    expect(await collectGarbage(store.db, new Date(Date.now() + RETIRED_VERSION_GRACE_MS - 60_000))).toBe(0);
    expect(await offeringsOf(1)).toBe(version1Offerings);
    expect(await collectGarbage(store.db, new Date(Date.now() + RETIRED_VERSION_GRACE_MS))).toBeGreaterThanOrEqual(version1Offerings);
    expect(await offeringsOf(1)).toBe(0);
    expect(await offeringsOf(2)).toBeGreaterThan(0);
    expect(await collections(store.db).catalogState.findOne({ _id: 'current' })).toMatchObject({ version: 2, retired: [] });
    expect(await collections(store.db).catalogState.findOne({ _id: 'pending' })).toBeNull();
  }, 180_000);
});
