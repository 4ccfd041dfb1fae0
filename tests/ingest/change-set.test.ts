/** Every import records what it changed: the report's change set, and one catalogUpdates document per applied import. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCatalogVersion } from '../../src/data/catalog-versions/pointer.ts';
import { collections } from '../../src/data/collections.ts';
import { runImport } from '../../src/ingest/import.ts';
import { type IngestTestStore, openIngestStore, seedText } from './helpers.ts';

interface OpenRouterModel {
  id: string;
  pricing: Record<string, string>;
  context_length: number;
  top_provider: { max_completion_tokens: number | null };
}

const seedModels = (JSON.parse(seedText('data/openrouter/models.json')) as { data: OpenRouterModel[] }).data;
const fileOf = (models: OpenRouterModel[]) => ({ name: 'models.json', text: JSON.stringify({ data: models }) });
const importOpenRouter = (db: IngestTestStore['db'], models: OpenRouterModel[], observedAt: string) =>
  runImport(db, { format: 'openrouter', files: [fileOf(models)], observedAt });

let store: IngestTestStore;
// The third is left out of the second import: its model is the one removed.
const first = seedModels.slice(0, 8);

beforeAll(async () => {
  store = await openIngestStore('change-set');
  expect((await importOpenRouter(store.db, first, '2026-07-02')).status).toBe('APPLIED');
});
afterAll(() => store?.close());

describe('change sets', () => {
  it('the first import adds every model and lists them; its catalog update is stored under the version it made', async () => {
    const update = await collections(store.db).catalogUpdates.findOne({ catalogVersion: 1 });
    expect(update).toMatchObject({ format: 'openrouter', trigger: 'FILES', urls: [] });
    expect(update!.changes.modelsAdded.total).toBe(first.length);
    expect(update!.changes.priceChanges.total).toBe(0);
  });

  it('names exactly the offerings whose price or limits changed, with before and after, and the models added and removed', async () => {
    const [repriced, limited, , ...kept] = first.map((model) => structuredClone(model));
    repriced!.pricing.prompt = '0.00004'; // $30 → $40 per 1M input tokens
    limited!.context_length = 65_536;
    const added = structuredClone(seedModels[20]!);
    const report = await importOpenRouter(store.db, [repriced!, limited!, ...kept, added], '2026-08-01');

    expect(report.status).toBe('APPLIED');
    const changes = report.changes!;
    expect(changes.priceChanges.total).toBe(1);
    expect(changes.priceChanges.items[0]).toMatchObject({
      offeringId: `openrouter/${repriced!.id}`,
      providerId: 'openrouter',
      previousPrice: { tokens: { inputNanoUsdPerMTok: 30_000_000_000 } },
      price: { tokens: { inputNanoUsdPerMTok: 40_000_000_000 } },
    });
    expect(changes.limitChanges.items.map((change) => change.offeringId)).toEqual([`openrouter/${limited!.id}`]);
    expect(changes.limitChanges.items[0]!.limits.contextTokens.tokens).toBe(65_536);
    expect(changes.modelsAdded.total).toBe(1);
    expect(changes.modelsRemoved.total).toBe(1);
    expect(changes.benchmarkResultsAdded).toEqual({ total: 0, items: [] });

    // The stored update is the same change set, readable under the version the import made current.
    const version = await currentCatalogVersion(store.db);
    expect(report.catalogVersion).toBe(version);
    expect((await collections(store.db).catalogUpdates.findOne({ catalogVersion: version }))?.changes).toEqual(changes);
  });

  it('an unchanged import has an empty change set and stores no catalog update', async () => {
    const before = await collections(store.db).catalogUpdates.countDocuments();
    const again = await importOpenRouter(store.db, seedModels.slice(0, 1), '2026-08-01');
    expect(again.status).toBe('APPLIED');
    const unchanged = await importOpenRouter(store.db, seedModels.slice(0, 1), '2026-08-02');
    expect(unchanged.status).toBe('UNCHANGED');
    expect(unchanged.changes).toMatchObject({ modelsAdded: { total: 0 }, modelsRemoved: { total: 0 }, priceChanges: { total: 0 }, limitChanges: { total: 0 } });
    expect(await collections(store.db).catalogUpdates.countDocuments()).toBe(before + 1);
  });

  it('a failed import has no change set', async () => {
    const failed = await runImport(store.db, { format: 'openrouter', files: [{ name: 'models.json', text: '{"data": [' }] });
    expect(failed).toMatchObject({ status: 'FAILED', changes: null });
  });
});
