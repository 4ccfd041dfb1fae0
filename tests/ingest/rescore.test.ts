/**
 * A server upgraded to a new methodology finds scores of the old one: its start derives them again
 * as a new version of the same content (an import of no file; one of unchanged files takes the
 * same path). On a copy of the seeded catalog.
 */
import { type Db, MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCatalogVersion } from '../../src/data/catalog-versions/pointer.ts';
import { readContent } from '../../src/data/catalog-versions/read.ts';
import { collections } from '../../src/data/collections.ts';
import { METHODOLOGY } from '../../src/domain/scoring/methodology.ts';
import { canonicalJson } from '../../src/domain/util/canonical-json.ts';
import { prepareCatalog, rescoreIfOutdated } from '../../src/ingest/seed.ts';
import { type SeededStore, startSeededStore } from '../support/seeded-store.ts';

let seeded: SeededStore;
let client: MongoClient;
let db: Db;

beforeAll(async () => {
  seeded = await startSeededStore();
  client = await MongoClient.connect(seeded.uri);
  db = client.db(seeded.dbName);
}, 240_000);
afterAll(async () => {
  await client?.close();
  await seeded?.stop();
});

const OLD_METHODOLOGY = '2026.1.1';

/** A version's score records as plain data (no `_id`, no `catalogVersion`), by model id. */
async function scoresOf(version: number) {
  return collections(db)
    .modelScores.find({ catalogVersion: version }, { projection: { _id: 0, catalogVersion: 0 }, sort: { id: 1 } })
    .toArray();
}

/** What an older server would have left: its methodology version, and a figure of its own. */
async function ageScores(version: number): Promise<void> {
  await collections(db).modelScores.updateMany({ catalogVersion: version }, { $set: { methodologyVersion: OLD_METHODOLOGY, 'score.overall.value': 1 } });
}

describe('scores of another methodology version', () => {
  it('are derived again at the start, as a new version of the same content', async () => {
    const version = await currentCatalogVersion(db);
    const derived = await scoresOf(version);
    const content = canonicalJson(await readContent(db, version));
    expect(derived.length).toBeGreaterThan(500);
    await ageScores(version);
    const lines: string[] = [];

    const report = await prepareCatalog(db, { log: (line) => lines.push(line) });

    expect(report).toMatchObject({ status: 'APPLIED', trigger: 'RESCORE', format: 'rescore', previousCatalogVersion: version, catalogVersion: version + 1 });
    expect(await currentCatalogVersion(db)).toBe(version + 1);
    expect(canonicalJson(await readContent(db, version + 1))).toBe(content);
    // The scores this code derives from that content, not the old server's.
    expect(await scoresOf(version + 1)).toEqual(derived);
    expect(derived.every((score) => score.methodologyVersion === METHODOLOGY.version)).toBe(true);
    expect(lines[0]).toBe(`the scores of catalog version ${version} follow methodology ${OLD_METHODOLOGY}: deriving them again under ${METHODOLOGY.version}`);
  }, 240_000);

  it('scores of a newer methodology are left alone (a server of the old code during a rolling upgrade)', async () => {
    const version = await currentCatalogVersion(db);
    await collections(db).modelScores.updateMany({ catalogVersion: version }, { $set: { methodologyVersion: '2099.1.1' } });
    expect(await rescoreIfOutdated(db)).toBeNull();
    expect(await currentCatalogVersion(db)).toBe(version);
    await collections(db).modelScores.updateMany({ catalogVersion: version }, { $set: { methodologyVersion: METHODOLOGY.version } });
  });

  it('current scores are left alone: no new version', async () => {
    const version = await currentCatalogVersion(db);
    expect(await rescoreIfOutdated(db)).toBeNull();
    expect(await prepareCatalog(db)).toBeNull();
    expect(await currentCatalogVersion(db)).toBe(version);
  });
});
