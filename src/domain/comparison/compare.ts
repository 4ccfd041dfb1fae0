/**
 * `compareModels`: 2 to 5 models side by side, every figure and verdict derived here, once, from
 * the scoring and cost engines' outputs and the catalog records, so that the page cannot
 * contradict itself. Pure and deterministic.
 */
import { compareSharedBenchmarks, statisticalTieEvidence } from './benchmarks.ts';
import { compareCosts } from './costs.ts';
import { capabilityMatrix, parameterTable } from './matrix.ts';
import { compareOverall, compareSignals, tallyWins } from './signals.ts';
import { summarize } from './summary.ts';
import type { Comparison, ComparisonInput } from './types.ts';
import { compareUseCases } from './use-cases.ts';
import { assertValidModelReferences } from './validate.ts';
import { deriveVerdicts } from './verdicts.ts';

/** Throws `ComparisonInputError` (naming `models[i]`) on a list the API would refuse. */
export function compareModels(input: ComparisonInput): Comparison {
  const models = input.models;
  assertValidModelReferences(models.map(({ requestedId, model }) => ({ requestedId, resolvedId: model.id })));
  for (const { model, score } of models) {
    // A wiring slip (scores in a different order) would silently pin one model's scores on another.
    if (score.modelId !== model.id) throw new Error(`score for ${score.modelId} passed with model ${model.id}`);
  }
  const modelIds = models.map(({ model }) => model.id);
  const catalogModels = models.map(({ model }) => model);

  const benchmarks = compareSharedBenchmarks(models);
  const tiedOn = statisticalTieEvidence(benchmarks);
  const signals = compareSignals(models, tiedOn);
  const overall = compareOverall(models, tiedOn);
  const parameters = parameterTable(catalogModels);
  const costs = compareCosts(models);
  const body: Omit<Comparison, 'summary'> = {
    models: models.map(({ requestedId, model }) => ({ requestedId, modelId: model.id, name: model.name, peerGroup: model.peerGroup })),
    signals,
    overall,
    tally: tallyWins(modelIds, signals),
    benchmarks,
    capabilities: capabilityMatrix(catalogModels),
    parameters,
    costs,
    useCases: compareUseCases(models),
    verdicts: deriveVerdicts(modelIds, overall, costs, parameters),
  };
  return Object.assign(body, { summary: summarize(body) });
}
