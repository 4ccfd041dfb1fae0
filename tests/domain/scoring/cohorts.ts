/**
 * Hand-built cohorts for the ability fit: benchmark → model → score, every model a TEXT model
 * released before the as-of date, so a test states only the results it is about.
 */
import type { BenchmarkResult } from '../../../src/domain/catalog.ts';
import type { AbilityMember } from '../../../src/domain/scoring/ability/comparisons.ts';
import { buildCohort } from '../../../src/domain/scoring/cohort.ts';
import type { Cohort } from '../../../src/domain/scoring/types.ts';
import { benchmark, model } from '../../unit/scoring/fixtures.ts';

export const AS_OF = '2026-07-01';

/** Benchmark id → model id → score (higher is better). */
export type Results = Record<string, Record<string, number>>;

export function resultsOf(results: Results): BenchmarkResult[] {
  return Object.entries(results).flatMap(([benchmarkId, scores]) =>
    Object.entries(scores).map(([modelId, score]) => benchmark({ modelId, benchmarkId, score })),
  );
}

export function cohortOf(results: Results, extraModels: string[] = []): Cohort {
  const ids = [...new Set([...Object.values(results).flatMap((scores) => Object.keys(scores)), ...extraModels])];
  return buildCohort({ models: ids.map((id) => model({ id, releaseDate: '2026-01-01' })), offerings: [], benchmarks: resultsOf(results) }, AS_OF);
}

export function membersOf(results: Results): AbilityMember[] {
  return cohortOf(results).models.map((m) => ({ modelId: m.modelId, results: m.benchmarks }));
}
