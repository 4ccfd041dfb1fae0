/** The seeded catalog's cohort built in-process, with no database, at the catalog's as-of date, as the import scores it. */
import { buildCohort } from '../../../src/domain/scoring/cohort.ts';
import type { Cohort } from '../../../src/domain/scoring/types.ts';
import { catalogAsOf } from '../../../src/ingest/score-snapshots.ts';
import { buildSeedCatalog } from '../../../src/ingest/seed.ts';

export function seededCohort(): Cohort {
  const catalog = buildSeedCatalog();
  return buildCohort({ models: catalog.models, offerings: catalog.offerings, benchmarks: catalog.benchmarkResults }, catalogAsOf(catalog));
}
