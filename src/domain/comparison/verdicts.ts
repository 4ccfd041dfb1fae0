/**
 * "Best for" verdicts, each read off a figure the comparison already shows, with the same
 * decision rule as every other row (no claim on a tie or a null). Speed and reliability are not
 * among them: the catalog holds no latency or uptime data, and a verdict without data is invented.
 */

import { compareValues } from '../util/sorting.ts';
import { cellValue, type Decision, decide, higherIsBetter } from './decide.ts';
import type { CostComparison, CostRow, Outcome, OverallComparison, ParameterTable, Verdict, VerdictKind } from './types.ts';

export const VERDICT_RULES: Record<VerdictKind, string> = {
  QUALITY: 'The overall-score winner (same outcome as the overall row: ties, statistical ties and missing scores give no verdict).',
  COST: 'The lowest monthly cost, only when every model has a known monthly cost in the same pricing units.',
  VALUE: 'The lowest cost per quality point, only when costs are comparable and the overall scores are on one peer-group scale.',
  LONG_CONTEXT: 'The largest context window in tokens, only when every model has one (an image model’s is not applicable, so no verdict).',
  RECENCY: 'The newest release date, only when every model has one.',
};

const cheaperMicroUsd = (a: bigint, b: bigint): number => compareValues(b, a);
const laterDate = (a: string, b: string): number => compareValues(a, b);
const monthlyMicroUsd = (row: CostRow): bigint | null => row.estimate?.monthly?.microUsd ?? null;
const perPointMicroUsd = (row: CostRow): bigint | null => row.costPerQualityPoint?.microUsd ?? null;

function verdict(kind: VerdictKind, basedOn: string, decision: Decision, modelIds: readonly string[]): Verdict {
  return {
    kind,
    outcome: decision.outcome,
    winnerModelId: decision.winnerIndex === null ? null : modelIds[decision.winnerIndex]!,
    basedOn,
  };
}

const blocked = (kind: VerdictKind, outcome: Outcome, basedOn: string): Verdict => ({ kind, outcome, winnerModelId: null, basedOn });

export function deriveVerdicts(modelIds: readonly string[], overall: OverallComparison, costs: CostComparison, parameters: ParameterTable): Verdict[] {
  const costBasis = 'costs.rows[].estimate.monthly.microUsd';
  const valueBasis = 'costs.rows[].costPerQualityPoint.microUsd';
  const quality: Verdict = { kind: 'QUALITY', outcome: overall.outcome, winnerModelId: overall.winnerModelId, basedOn: 'overall.cells[].value' };
  const cost = costs.comparable
    ? verdict('COST', costBasis, decide(costs.rows, monthlyMicroUsd, cheaperMicroUsd), modelIds)
    : blocked('COST', 'COST_NOT_COMPARABLE', costBasis);
  const value = !costs.comparable
    ? blocked('VALUE', 'COST_NOT_COMPARABLE', valueBasis)
    : overall.outcome === 'DIFFERENT_PEER_GROUPS'
      ? blocked('VALUE', overall.outcome, valueBasis)
      : verdict('VALUE', valueBasis, decide(costs.rows, perPointMicroUsd, cheaperMicroUsd), modelIds);
  return [
    quality,
    cost,
    value,
    verdict('LONG_CONTEXT', 'parameters.contextTokens.cells[].value', decide(parameters.contextTokens.cells, cellValue, higherIsBetter), modelIds),
    verdict('RECENCY', 'parameters.releaseDate.cells[].value', decide(parameters.releaseDate.cells, cellValue, laterDate), modelIds),
  ];
}
