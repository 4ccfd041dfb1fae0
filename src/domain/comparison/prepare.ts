/**
 * A compared model's own parts: everything in a comparison that depends on one model only (its
 * cells in every table, its use-case fits, its cost per quality point, its benchmark results by
 * id), computed once per model. `comparePreparedModels` only combines prepared models, so
 * comparing every pair of a catalog does each model's own work once, not once per pair.
 *
 * The parts are shared by every comparison the model is in and placed in their outputs as they
 * are: nothing may mutate them (or a `Comparison`) afterwards.
 */
import { statusOf } from '../model-status.ts';
import { type PreparedBenchmarks, prepareBenchmarks } from './benchmarks.ts';
import { type PreparedCost, prepareCost } from './costs.ts';
import { type MatrixCells, prepareMatrixCells } from './matrix.ts';
import { prepareScoreCells, type ScoreCells } from './signals.ts';
import type { ComparedModel, ComparedModelInput, UseCaseFit } from './types.ts';
import { missingInputs, prepareUseCaseFits } from './use-cases.ts';

export interface PreparedComparedModel {
  readonly input: ComparedModelInput;
  /** Its `Comparison.models` entry. */
  readonly entry: ComparedModel;
  readonly scores: ScoreCells;
  readonly benchmarks: PreparedBenchmarks;
  readonly matrix: MatrixCells;
  readonly cost: PreparedCost;
  /** One fit per use case, in `USE_CASES` order. */
  readonly useCaseFits: readonly UseCaseFit[];
  /** Why each fit is null (the inputs it lacks), in `USE_CASES` order; null for a fit. */
  readonly useCaseMissing: readonly (string | null)[];
}

/** Pure; does not check the model against others (`comparePreparedModels` does). */
export function prepareComparedModel(input: ComparedModelInput): PreparedComparedModel {
  const { requestedId, model } = input;
  const useCaseFits = prepareUseCaseFits(input);
  const status = statusOf(model);
  return {
    input,
    entry: { requestedId, modelId: model.id, name: model.name, peerGroup: model.peerGroup, status: status.notes, retiredOn: status.retiredOn },
    scores: prepareScoreCells(input),
    benchmarks: prepareBenchmarks(input),
    matrix: prepareMatrixCells(model),
    cost: prepareCost(input),
    useCaseFits,
    useCaseMissing: useCaseFits.map(missingInputs),
  };
}
