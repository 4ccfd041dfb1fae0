/**
 * `compareModels`: 2 to 5 models side by side, every figure and verdict derived here, once, from
 * the scoring and cost engines' outputs and the catalog records, so that the page cannot
 * contradict itself. Pure and deterministic.
 *
 * Each model's own parts are prepared first (`prepareComparedModel`) and then combined. A caller
 * comparing one model against many (the all-pairs benchmark) prepares each model once and calls
 * `comparePreparedModels`; the result is the same as `compareModels` on the inputs.
 */

import type { ResolvedUsage } from '../cost/types.ts';
import { compareSharedBenchmarks, statisticallyTiedBenchmarks } from './benchmarks.ts';
import { compareCosts } from './costs.ts';
import { comparisonCrossovers } from './crossovers.ts';
import { capabilityMatrix, parameterTable } from './matrix.ts';
import { type PreparedComparedModel, prepareComparedModel } from './prepare.ts';
import { compareOverall, compareSignals, scaleBlocks, tallyWins } from './signals.ts';
import { summarize } from './summary.ts';
import type { ComparedModelInput, Comparison, ComparisonInput } from './types.ts';
import { compareUseCases } from './use-cases.ts';
import { assertValidModelReferences } from './validate.ts';
import { deriveVerdicts } from './verdicts.ts';

/** Throws `ComparisonInputError` (naming `models[i]`) on a list the API would refuse. */
function assertComparable(models: readonly ComparedModelInput[]): void {
  assertValidModelReferences(models.map(({ requestedId, model }) => ({ requestedId, resolvedId: model.id })));
  for (const { model, score } of models) {
    // A wiring slip (scores in a different order) would silently pin one model's scores on another.
    if (score.modelId !== model.id) throw new Error(`score for ${score.modelId} passed with model ${model.id}`);
  }
}

/** Throws `ComparisonInputError` (naming `models[i]`) on a list the API would refuse. */
export function compareModels(input: ComparisonInput): Comparison {
  // Checked before preparing, so that a refused list is refused whatever its models hold.
  assertComparable(input.models);
  return combine(input.models.map(prepareComparedModel), input.usage);
}

/** `compareModels` on models prepared beforehand (each once, however many comparisons it is in). */
export function comparePreparedModels(models: readonly PreparedComparedModel[], usage?: ResolvedUsage): Comparison {
  assertComparable(models.map(({ input }) => input));
  return combine(models, usage);
}

function combine(models: readonly PreparedComparedModel[], usage: ResolvedUsage | undefined): Comparison {
  const modelIds = models.map(({ entry }) => entry.modelId);
  const benchmarks = compareSharedBenchmarks(models, modelIds);
  const tiedOn = statisticallyTiedBenchmarks(benchmarks);
  const blocks = scaleBlocks(models);
  const signals = compareSignals(models, blocks, tiedOn);
  const overall = compareOverall(models, blocks, tiedOn);
  const parameters = parameterTable(models);
  const costs = compareCosts(models);
  const body: Omit<Comparison, 'summary'> = {
    models: models.map(({ entry }) => entry),
    signals,
    overall,
    tally: tallyWins(modelIds, signals),
    benchmarks,
    capabilities: capabilityMatrix(models),
    parameters,
    costs,
    useCases: compareUseCases(models),
    verdicts: deriveVerdicts(models, overall, costs, parameters),
    crossovers: comparisonCrossovers(models, costs, usage),
  };
  return Object.assign(body, { summary: summarize(body) });
}
