/**
 * Score snapshots: the scoring engine's output for one catalog version, stored beside it (same
 * `catalogVersion`, written before the version pointer flips), so every request reads scores that
 * belong to the catalog it reads, and nothing is scored at request time.
 */
import type { Collection, Db, IndexDescription } from 'mongodb';
import type { CohortModel, ModelScore, ScoreHistoryPoint } from '../domain/scoring/types.ts';

interface Versioned {
  _id: string;
  catalogVersion: number;
  /** The model id. */
  id: string;
  methodologyVersion: string;
}

/** The score, and the cohort facts a comparison sets side by side (ranking price and its unit, benchmark results). */
export type ModelScoreDocument = Versioned & { asOf: string; score: ModelScore; cohort: Pick<CohortModel, 'price' | 'benchmarks'> };
export type ScoreHistoryDocument = Versioned & { points: ScoreHistoryPoint[] };

const SCORE_COLLECTION_NAMES = {
  modelScores: 'modelScores',
  scoreHistory: 'scoreHistory',
} as const;

export interface ScoreCollections {
  modelScores: Collection<ModelScoreDocument>;
  scoreHistory: Collection<ScoreHistoryDocument>;
}

export function scoreCollections(db: Db): ScoreCollections {
  return {
    modelScores: db.collection<ModelScoreDocument>(SCORE_COLLECTION_NAMES.modelScores),
    scoreHistory: db.collection<ScoreHistoryDocument>(SCORE_COLLECTION_NAMES.scoreHistory),
  };
}

const byVersionAndModel: IndexDescription = { key: { catalogVersion: 1, id: 1 }, name: 'catalogVersion_id', unique: true };

export async function ensureScoreIndexes(db: Db): Promise<void> {
  const collections = scoreCollections(db);
  await collections.modelScores.createIndexes([byVersionAndModel]);
  await collections.scoreHistory.createIndexes([byVersionAndModel]);
}
