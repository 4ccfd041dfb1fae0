/**
 * "Best for" verdicts, each read off a figure the comparison already shows, with the same
 * decision rule as every other row: among the models that have the figure (the others are named
 * in `leftOut` with the reason), no claim on a tie, or when fewer than two have it. Speed and
 * reliability are not among them: the catalog holds no latency or uptime data, and a verdict
 * without data is invented.
 */

import { compareValues } from '../util/sorting.ts';
import { byModelId, cellValue, type Decision, decide, higherIsBetter } from './decide.ts';
import type { PreparedRelease } from './matrix.ts';
import type { PreparedComparedModel } from './prepare.ts';
import { datesTieReason, undecidableDates } from './signals.ts';
import type { CostComparison, CostRow, LeftOutModel, Outcome, OverallComparison, ParameterTable, Verdict, VerdictKind } from './types.ts';

export const VERDICT_RULES: Record<VerdictKind, string> = {
  QUALITY:
    'The overall-score winner (same outcome as the overall row, among the models with an overall score: ties, statistical ties and fewer than two scores give no verdict).',
  COST: 'The lowest monthly cost among the models with a known monthly cost, when those are billed in the same pricing units (else COST_NOT_COMPARABLE, also when fewer than two have one).',
  VALUE:
    'The lowest cost per quality point among the models that have one, when their costs are in the same pricing units and the overall scores are on one peer-group scale.',
  LONG_CONTEXT: 'The largest context window in tokens among the models that have one (an image model’s is not applicable: it is left out).',
  RECENCY:
    'The newest release date among the models that have one; a TIE when the precision of the dates cannot order the newest against another (a month that contains the other’s day).',
};

const cheaperMicroUsd = (a: bigint, b: bigint): number => compareValues(b, a);
const laterMiddle = (a: PreparedRelease, b: PreparedRelease): number => compareValues(a.middle, b.middle);
const monthlyMicroUsd = (row: CostRow): bigint | null => row.estimate?.monthly?.microUsd ?? null;
const perPointMicroUsd = (row: CostRow): bigint | null => row.costPerQualityPoint?.microUsd ?? null;
const releaseOf = (model: PreparedComparedModel): PreparedRelease | null => model.matrix.release;
const NO_ONE: LeftOutModel[] = [];

type Reasons = (model: PreparedComparedModel, index: number) => string;

function verdict(kind: VerdictKind, basedOn: string, decision: Decision, models: readonly PreparedComparedModel[], reason: Reasons): Verdict {
  return {
    kind,
    outcome: decision.outcome,
    winnerModelId: decision.winnerIndex === null ? null : models[decision.winnerIndex]!.entry.modelId,
    basedOn,
    leftOut: leftOut(decision, models, reason),
    tieReason: null,
  };
}

function leftOut(decision: Decision, models: readonly PreparedComparedModel[], reason: Reasons): LeftOutModel[] {
  if (decision.leftOut.length === 0) return NO_ONE;
  return byModelId(decision.leftOut.map((index) => ({ modelId: models[index]!.entry.modelId, reason: reason(models[index]!, index) })));
}

const blocked = (kind: VerdictKind, outcome: Outcome, basedOn: string, out: LeftOutModel[] = NO_ONE): Verdict => ({
  kind,
  outcome,
  winnerModelId: null,
  basedOn,
  leftOut: out,
  tieReason: null,
});

/** Whether the costs `known` selects are billed in more than one set of units. */
function mixedUnits(models: readonly PreparedComparedModel[], known: (model: PreparedComparedModel) => boolean): boolean {
  let key: string | null = null;
  for (const model of models) {
    if (!known(model)) continue;
    if (key !== null && model.cost.unitsKey !== key) return true;
    key = model.cost.unitsKey;
  }
  return false;
}

const LIMIT_WORDS = { NOT_APPLICABLE: 'a context window does not apply to it', UNKNOWN: 'its context window is unknown' } as const;
const PER_POINT_WORDS = { NO_OVERALL_SCORE: 'no overall score', ZERO_OVERALL_SCORE: 'an overall score of 0' } as const;

const costReason: Reasons = (model) => model.cost.unknownReason ?? 'no known monthly cost';
const perPointReason: Reasons = (model) => {
  const why = model.cost.costPerQualityPointNullReason;
  return why === null || why === 'NO_COST' ? costReason(model, 0) : PER_POINT_WORDS[why];
};
const contextReason =
  (parameters: ParameterTable): Reasons =>
  (_, index) =>
    LIMIT_WORDS[parameters.contextTokens.cells[index]!.reason ?? 'UNKNOWN'];
const releaseReason: Reasons = () => 'its release date is unknown';
const hasMonthly = (model: PreparedComparedModel): boolean => model.cost.unitsKey !== null;
const hasPerPoint = (model: PreparedComparedModel): boolean => model.cost.costPerQualityPoint !== null;

function costVerdict(models: readonly PreparedComparedModel[], costs: CostComparison): Verdict {
  const basedOn = 'costs.rows[].estimate.monthly.microUsd';
  const decision = decide(costs.rows, monthlyMicroUsd, cheaperMicroUsd);
  if (decision.outcome === 'MISSING_DATA' || mixedUnits(models, hasMonthly)) {
    return blocked('COST', 'COST_NOT_COMPARABLE', basedOn, leftOut(decision, models, costReason));
  }
  return verdict('COST', basedOn, decision, models, costReason);
}

function valueVerdict(models: readonly PreparedComparedModel[], overall: OverallComparison, costs: CostComparison, cost: Verdict): Verdict {
  const basedOn = 'costs.rows[].costPerQualityPoint.microUsd';
  // Costs first, as the COST verdict reads them: without two comparable costs there is no value to compare either.
  if (cost.outcome === 'COST_NOT_COMPARABLE') return blocked('VALUE', 'COST_NOT_COMPARABLE', basedOn, cost.leftOut);
  if (overall.outcome === 'DIFFERENT_PEER_GROUPS') return blocked('VALUE', overall.outcome, basedOn);
  const decision = decide(costs.rows, perPointMicroUsd, cheaperMicroUsd);
  if (decision.outcome === 'MISSING_DATA' || mixedUnits(models, hasPerPoint)) {
    return blocked('VALUE', 'COST_NOT_COMPARABLE', basedOn, leftOut(decision, models, perPointReason));
  }
  return verdict('VALUE', basedOn, decision, models, perPointReason);
}

/** The newest release, never claimed where the dates' precision cannot order it against another. */
function recencyVerdict(models: readonly PreparedComparedModel[]): Verdict {
  // Ordered by the middle of each date's interval, as the Recency signal ages them.
  const decision = decide(models, releaseOf, laterMiddle);
  const result = verdict('RECENCY', 'parameters.releaseDate.cells[].value', decision, models, releaseReason);
  if (decision.outcome !== 'WINNER') return result;
  const releases = models.map(releaseOf);
  const undecided = undecidableDates(releases, decision.winnerIndex!);
  if (undecided.length === 0) return result;
  const entries = models.map(({ entry }) => entry);
  return { ...result, outcome: 'TIE', winnerModelId: null, tieReason: datesTieReason(entries, releases, decision.winnerIndex!, undecided) };
}

export function deriveVerdicts(
  models: readonly PreparedComparedModel[],
  overall: OverallComparison,
  costs: CostComparison,
  parameters: ParameterTable,
): Verdict[] {
  const quality: Verdict = {
    kind: 'QUALITY',
    outcome: overall.outcome,
    winnerModelId: overall.winnerModelId,
    basedOn: 'overall.cells[].value',
    leftOut: overall.leftOut,
    tieReason: overall.tieReason,
  };
  const cost = costVerdict(models, costs);
  return [
    quality,
    cost,
    valueVerdict(models, overall, costs, cost),
    verdict(
      'LONG_CONTEXT',
      'parameters.contextTokens.cells[].value',
      decide(parameters.contextTokens.cells, cellValue, higherIsBetter),
      models,
      contextReason(parameters),
    ),
    recencyVerdict(models),
  ];
}
