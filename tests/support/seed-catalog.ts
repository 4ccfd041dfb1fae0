/** The real seed catalog and its scores as the whole-catalog answers read them, built in memory (no store), once per test file. */
import { type WholeCatalog, wholeCatalogOf } from '../../src/data/version-reader.ts';
import { currentScoreRecords } from '../../src/ingest/score-snapshots.ts';
import { buildSeedCatalog } from '../../src/ingest/seed.ts';

let built: WholeCatalog | null = null;

export function seedWholeCatalog(): WholeCatalog {
  if (built) return built;
  const content = buildSeedCatalog();
  built = wholeCatalogOf(
    [...content.models].sort((a, b) => (a.id < b.id ? -1 : 1)),
    content.offerings
      .filter((offering) => offering.modelId !== null)
      .sort((a, b) => (a.providerId === b.providerId ? (a.id < b.id ? -1 : 1) : a.providerId < b.providerId ? -1 : 1)),
    currentScoreRecords(content),
  );
  return built;
}
