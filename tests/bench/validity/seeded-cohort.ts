/**
 * The seeded catalog's cohort built in-process, with no database: the seed files parsed and merged
 * as `seedCatalog` imports them, the catalog built from them, the cohort taken at the catalog's
 * as-of date, as `deriveScoreDocuments` scores it at import.
 */
import { readFileSync } from 'node:fs';
import { buildCohort } from '../../../src/domain/scoring/cohort.ts';
import type { Cohort } from '../../../src/domain/scoring/types.ts';
import { buildCatalog } from '../../../src/ingest/build-catalog.ts';
import { parseImportFiles } from '../../../src/ingest/import.ts';
import { catalogAsOf } from '../../../src/ingest/score-snapshots.ts';
import { observedAtOf, SEED_FILES } from '../../../src/ingest/seed.ts';
import { mergeSourceFile, type SourceSet } from '../../../src/ingest/sources.ts';
import { loadSeedTables, SEED_DIR } from '../../../src/ingest/tables.ts';

export function seededCohort(): Cohort {
  const sources: SourceSet = {};
  for (const format of ['models-dev', 'openrouter', 'lmarena'] as const) {
    const files = SEED_FILES.filter((file) => file.format === format).map((file) => ({
      name: file.path,
      text: readFileSync(new URL(file.path, SEED_DIR), 'utf8'),
    }));
    for (const parsed of parseImportFiles(format, files)) sources[parsed.kind] = mergeSourceFile(undefined, parsed, observedAtOf(parsed.kind));
  }
  const catalog = buildCatalog(sources, loadSeedTables());
  return buildCohort({ models: catalog.models, offerings: catalog.offerings, benchmarks: catalog.benchmarkResults }, catalogAsOf(catalog));
}
