/** A comparison of 2 to 5 models: their scores and quotes loaded for the request, compared by the one engine. */
import type { Model, PeerGroup } from '../domain/catalog.ts';
import { compareModels } from '../domain/comparison/compare.ts';
import { comparisonPeerGroup } from '../domain/comparison/peer-group.ts';
import type { Comparison } from '../domain/comparison/types.ts';
import { validateModelReferences } from '../domain/comparison/validate.ts';
import { resolveUsage } from '../domain/cost/usage.ts';
import { scoreInPeerGroup } from '../domain/scoring/peer-group-score.ts';
import { badInput, failure, type Outcome, type Problem, problemText, success } from './outcome.ts';
import { offeringSelector, type QuoteRequest, quoteForModel, unknownModelProblem } from './quote.ts';
import type { RequestData } from './request-data.ts';

export interface ComparedReference {
  /** The id as the caller wrote it (echoed in the comparison). */
  requested: string;
  /** What to look it up by (a canonical id or alias). */
  key: string;
}

/** Every problem of the request at once, the first one's argument as `extensions.argument`. */
function allProblems(problems: readonly Problem[]): Problem {
  const first = problems[0]!;
  if (problems.length === 1) return first;
  return {
    ...first,
    message: problems.map((problem) => problem.message).join('; '),
    extensions: {
      ...first.extensions,
      problems: problems.map((problem) => ({ argument: problem.argument, message: problemText(problem), ...problem.extensions })),
    },
  };
}

/**
 * Compares the models in the peer group they all belong to (`peerGroup` when the caller names one):
 * each model takes part as a member of that group, with its score there.
 */
export async function compareModelsByIds(
  data: RequestData,
  references: readonly ComparedReference[],
  quote: Omit<QuoteRequest, 'asOf'>,
  peerGroup: PeerGroup | null = null,
): Promise<Outcome<Comparison>> {
  // The answer follows from the version and these arguments alone (no asOf, no clock), and a page
  // asks the same comparison again and again: the engine and the quotes cost ~2 ms of CPU each time.
  const key = `compare:${JSON.stringify([references, quote.offering, quote.usage ?? null, quote.allowExceedingLimits ?? null, peerGroup])}`;
  return data.catalog.computedFromVersion(key, () => compareInVersion(data, references, quote, peerGroup));
}

async function compareInVersion(
  data: RequestData,
  references: readonly ComparedReference[],
  quote: Omit<QuoteRequest, 'asOf'>,
  peerGroup: PeerGroup | null,
): Promise<Outcome<Comparison>> {
  const [found, selector] = await Promise.all([
    Promise.all(references.map(({ key }) => data.loaders.modelById.load(key))),
    offeringSelector(data, quote.offering),
  ]);
  const listProblems = validateModelReferences(references.map(({ requested }, index) => ({ requestedId: requested, resolvedId: found[index]?.id ?? null })));
  const problems: Problem[] = await Promise.all(
    listProblems.map((problem) =>
      problem.code === 'UNKNOWN_MODEL'
        ? unknownModelProblem(data, problem.argument, references[Number(/\[(\d+)\]/.exec(problem.argument)![1])]!.requested)
        : badInput(problem.argument, problem.message, { reason: problem.code }),
    ),
  );
  if (!selector.ok) problems.push(selector.problem);
  if (problems.length > 0 || !selector.ok) return failure(allProblems(problems));
  const chosen = selector.value;
  const models = found as Model[];
  const group = comparisonPeerGroup(models, peerGroup);
  if (!group.ok) return failure(badInput('peerGroup', group.message, { modelIndex: group.index }));
  const [scores, costs] = await Promise.all([
    Promise.all(models.map((model) => data.loaders.scoreByModelId.load(model.id))),
    Promise.all(models.map((model) => quoteForModel(data, model, { ...quote, offering: chosen }))),
  ]);
  // Scores are written with the catalog version they belong to, before it becomes current.
  if (scores.some((score) => score === null)) throw new Error('catalog version without score snapshots');
  return success(
    compareModels({
      usage: resolveUsage(quote.usage ?? {}),
      models: models.map((model, index) => {
        const record = scores[index]!;
        const inGroup = group.peerGroup === null ? record : scoreInPeerGroup(record, group.peerGroup);
        if (!inGroup) throw new Error(`no ${group.peerGroup} score for ${model.id}`);
        return {
          requestedId: references[index]!.requested,
          model: group.peerGroup === null ? model : { ...model, peerGroup: group.peerGroup },
          score: inGroup.score,
          cohort: inGroup.cohort,
          cost: costs[index]!.ok ? { ok: true, estimate: costs[index]!.estimate, offering: costs[index]!.offering } : costs[index]!,
        };
      }),
    }),
  );
}
