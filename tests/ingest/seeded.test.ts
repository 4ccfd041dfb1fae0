/** The real seed in a real store: counts, indexes, the version pointer, replay, idempotency. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCatalogVersion } from '../../src/data/catalog-versions/pointer.ts';
import { readCatalog } from '../../src/data/catalog-versions/read.ts';
import { collections, INDEXES } from '../../src/data/collections.ts';
import type { IngestReport } from '../../src/domain/ingest-report.ts';
import { priceAndLimitsKey, replayPriceEvents } from '../../src/ingest/build/price-history.ts';
import { runImport } from '../../src/ingest/import.ts';
import { SEED_FILES, seedIfEmpty } from '../../src/ingest/seed.ts';
import { catalogFingerprint, type IngestTestStore, openIngestStore, seedText } from './helpers.ts';

let store: IngestTestStore;
let seedReport: IngestReport | null;
let catalog: Awaited<ReturnType<typeof readCatalog>>;

beforeAll(async () => {
  store = await openIngestStore('seeded');
  seedReport = await seedIfEmpty(store.db);
  catalog = await readCatalog(store.db);
}, 240_000);
afterAll(async () => {
  await store?.close();
});

const raw = {
  api: () => JSON.parse(seedText('data/models-dev/api.json')) as Record<string, { models: Record<string, unknown> }>,
  openRouter: () => (JSON.parse(seedText('data/openrouter/models.json')) as { data: { id: string }[] }).data,
};

describe('the seeded catalog', () => {
  it('is version 1, imported as one APPLIED seed run', async () => {
    expect(seedReport?.status).toBe('APPLIED');
    expect(await currentCatalogVersion(store.db)).toBe(1);
    expect(catalog.catalogVersion).toBe(1);
    expect(await collections(store.db).ingestRuns.countDocuments({ status: 'APPLIED' })).toBe(1);
  });

  it('holds at least 300 distinct canonical models, each with a lab', () => {
    expect(catalog.models.length).toBeGreaterThanOrEqual(300);
    expect(new Set(catalog.models.map((m) => m.id)).size).toBe(catalog.models.length);
    const labs = new Set(catalog.labs.map((l) => l.id));
    for (const model of catalog.models) expect(labs.has(model.labId), model.id).toBe(true);
  });

  it('has every provider of the data, each with offerings', () => {
    const api = raw.api();
    expect(catalog.providers.map((p) => p.id).sort()).toEqual(Object.keys(api).sort()); // 147, openrouter among them
    const withOfferings = new Set(catalog.offerings.map((o) => o.providerId));
    for (const provider of catalog.providers) expect(withOfferings.has(provider.id), provider.id).toBe(true);
    // Every listing of both files is an offering; OpenRouter's own file replaces models.dev's copy.
    const ids = new Set([
      ...Object.entries(api).flatMap(([p, { models }]) => Object.keys(models).map((m) => `${p}/${m}`)),
      ...raw.openRouter().map((m) => `openrouter/${m.id}`),
    ]);
    expect(catalog.offerings.length).toBe(ids.size);
    const unmapped = catalog.offerings.filter((o) => o.modelId === null);
    for (const offering of unmapped) expect(offering.unmappedReason, offering.id).toBeTruthy();
    expect(catalog.offerings.length - unmapped.length).toBeGreaterThan(3000);
  });

  it('has benchmark results, and LMArena scores with votes and 95% intervals', () => {
    expect(catalog.benchmarkResults.filter((r) => r.provenance.source === 'models.dev').length).toBeGreaterThan(200);
    // image.csv: GPT-Image-1, 1134, +4/-4, 47190 votes (observed 2025-08-04).
    const gptImage = catalog.benchmarkResults.find((r) => r.id === 'openai/gpt-image-1|lmarena-image|2025-08-04');
    expect(gptImage).toMatchObject({ score: 1134, ciLower: 1130, ciUpper: 1138, votes: 47190 });
    // text-history.json: 91 snapshots from 2024-07-07; history points carry votes but no interval.
    const history = catalog.benchmarkResults.filter((r) => r.benchmarkId === 'lmarena-text' && r.ciLower === null);
    expect(history.length).toBeGreaterThan(1000);
    expect(new Set(history.map((r) => r.date)).size).toBeGreaterThan(80);
  });

  it('keeps price events that replay to the month-end listing counts and to today’s prices', () => {
    // history.json snapshots: 181 listings at 2025-06, 427 at 2025-07, 5275 at 2026-06, 5276 now.
    expect(replayPriceEvents(catalog.priceEvents, '2025-06-30')).toHaveLength(181);
    expect(replayPriceEvents(catalog.priceEvents, '2025-07-31')).toHaveLength(427);
    expect(replayPriceEvents(catalog.priceEvents, '2026-06-30')).toHaveLength(5275);
    const now = new Map(replayPriceEvents(catalog.priceEvents, '2026-07-02').map((o) => [o.id, o]));
    const fromModelsDev = catalog.offerings.filter((o) => o.provenance.source === 'models.dev');
    expect(fromModelsDev.length).toBeGreaterThan(4500);
    for (const offering of fromModelsDev) {
      const replayed = now.get(offering.id);
      expect(replayed?.modelId, offering.id).toBe(offering.modelId);
      expect(priceAndLimitsKey(replayed!.price, replayed!.limits), offering.id).toBe(priceAndLimitsKey(offering.price, offering.limits));
    }
  });

  it('has the loaders’ indexes, each compound with catalogVersion', async () => {
    const all = collections(store.db);
    for (const name of ['models', 'offerings', 'benchmarkResults', 'priceEvents', 'labs', 'providers'] as const) {
      const names = (await all[name].listIndexes().toArray()).map((index) => index.name);
      for (const index of INDEXES[name]) {
        expect(names).toContain(index.name);
        expect(Object.keys(index.key as object)[0]).toBe('catalogVersion');
      }
    }
  });

  it('finds models by any alias at the current version', async () => {
    const { models } = collections(store.db);
    const found = await models.find({ catalogVersion: catalog.catalogVersion, aliases: { $in: ['anthropic/claude-opus-4.5'] } }).toArray();
    expect(found.map((m) => m.id)).toEqual(['anthropic/claude-opus-4-5']);
  });
});

describe('idempotency', () => {
  it('re-importing every seed file (and seedIfEmpty) reports everything unchanged and writes nothing', async () => {
    const before = await catalogFingerprint(store.db);
    expect(await seedIfEmpty(store.db)).toBeNull();
    for (const format of ['models-dev', 'openrouter', 'lmarena'] as const) {
      const files = SEED_FILES.filter((file) => file.format === format).map((file) => ({ name: file.path, text: seedText(file.path) }));
      const report = await runImport(store.db, { format, files, observedAt: '2026-11-25' });
      expect(report.status, format).toBe('UNCHANGED');
      expect(report.catalogVersion).toBe(1);
      for (const counts of Object.values(report.collections)) expect(counts).toMatchObject({ added: 0, updated: 0, removed: 0 });
      expect(report.collections.models.unchanged).toBe(catalog.models.length);
      expect(report.collections.offerings.unchanged).toBe(catalog.offerings.length);
    }
    expect(await catalogFingerprint(store.db)).toBe(before);
  }, 240_000);
});
