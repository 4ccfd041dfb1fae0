/**
 * The six signals and the overall score side by side: delta or spread, winner, differs, and the
 * wins tally. Values are the scoring engine's (already rounded); every derived figure is computed
 * from them and rounded by the one rule, so "82.4 vs 71.0" always shows an advantage of 11.4.
 */
import { roundScore } from '../rounding.ts';
import { SIGNAL_NAMES, type SignalName } from '../scoring/types.ts';
import { decide, deltaOrSpread, differs, higherIsBetter } from './decide.ts';
import type { ComparedModelInput, OverallComparison, Outcome, ScoreCell, ScoreComparison, WinsTally } from './types.ts';

/**
 * What a signal's 0-100 is relative to (mirrors `METHODOLOGY.signals[s].comparedWithin`; a unit
 * test keeps the two in step). A peer-group-relative score of an image model says nothing against
 * a text model's, so such a signal only has a winner among models of one peer group.
 */
export const SIGNAL_SCALES = {
  CAPABILITIES: 'ABSOLUTE',
  PRICING: 'PEER_GROUP_AND_PRICING_UNIT',
  CONTEXT_WINDOW: 'PEER_GROUP',
  RECENCY: 'ABSOLUTE',
  OUTPUT_CAPACITY: 'PEER_GROUP',
  BENCHMARKS: 'PEER_GROUP',
  /** 90% Benchmarks, normalised per peer group. */
  OVERALL: 'PEER_GROUP',
} as const satisfies Record<SignalName | 'OVERALL', 'ABSOLUTE' | 'PEER_GROUP' | 'PEER_GROUP_AND_PRICING_UNIT'>;

/** Keys whose win the benchmark evidence can turn into a statistical tie (see `STATISTICAL_TIE_RULE`). */
const EVIDENCE_BACKED: ReadonlySet<SignalName | 'OVERALL'> = new Set(['BENCHMARKS', 'OVERALL']);

const COMPARABLE_OUTCOMES: ReadonlySet<Outcome> = new Set(['WINNER', 'TIE', 'STATISTICAL_TIE']);

export const isComparable = (outcome: Outcome): boolean => COMPARABLE_OUTCOMES.has(outcome);

const allSame = (values: readonly unknown[]): boolean => values.every((value) => value === values[0]);

function scaleOutcome(key: SignalName | 'OVERALL', models: readonly ComparedModelInput[]): Outcome | null {
  const scale = SIGNAL_SCALES[key];
  if (scale === 'ABSOLUTE') return null;
  if (!allSame(models.map((m) => m.model.peerGroup))) return 'DIFFERENT_PEER_GROUPS';
  if (scale === 'PEER_GROUP_AND_PRICING_UNIT' && !allSame(models.map((m) => m.cohort.price?.unit ?? null))) {
    return 'DIFFERENT_PRICING_UNITS';
  }
  return null;
}

function compareScores(
  key: SignalName | 'OVERALL',
  cells: ScoreCell[],
  models: readonly ComparedModelInput[],
  tiedOn: readonly string[],
): ScoreComparison {
  const values = cells.map((cell) => cell.value);
  const base = { key, cells, differs: differs(values) };
  const none = { winnerModelId: null, delta: null, spread: null, advantage: null, statisticallyTiedOn: [] };
  const decision = decide(values, higherIsBetter);
  if (decision.outcome === 'MISSING_DATA') return { ...base, ...none, outcome: 'MISSING_DATA' };
  const blocked = scaleOutcome(key, models);
  if (blocked) return { ...base, ...none, outcome: blocked };
  const shown = values as number[];
  const figures = { ...none, ...deltaOrSpread(shown) };
  if (decision.winnerIndex === null || decision.runnerUpIndex === null) return { ...base, ...figures, outcome: 'TIE' };
  if (EVIDENCE_BACKED.has(key) && tiedOn.length > 0) {
    return { ...base, ...figures, outcome: 'STATISTICAL_TIE', statisticallyTiedOn: [...tiedOn] };
  }
  return {
    ...base,
    ...figures,
    outcome: 'WINNER',
    winnerModelId: cells[decision.winnerIndex]!.modelId,
    advantage: roundScore(shown[decision.winnerIndex]! - shown[decision.runnerUpIndex]!),
  };
}

export function compareSignals(models: readonly ComparedModelInput[], tiedOn: readonly string[]): ScoreComparison[] {
  return SIGNAL_NAMES.map((signal) =>
    compareScores(
      signal,
      models.map(({ model, score }) => {
        const { value, reason } = score.signals[signal];
        return { modelId: model.id, value, reason };
      }),
      models,
      tiedOn,
    ),
  );
}

export function compareOverall(models: readonly ComparedModelInput[], tiedOn: readonly string[]): OverallComparison {
  const cells = models.map(({ model, score }) => ({ modelId: model.id, value: score.overall.value, reason: score.overall.reason }));
  return {
    ...compareScores('OVERALL', cells, models, tiedOn),
    key: 'OVERALL',
    confidence: models.map(({ score }) => score.overall.confidence),
  };
}

/** Wins over the comparable signals; a tie or a statistical tie is comparable but nobody's win. */
export function tallyWins(modelIds: readonly string[], signals: readonly ScoreComparison[]): WinsTally[] {
  const comparable = signals.filter((row) => isComparable(row.outcome)).length;
  return modelIds.map((modelId) => {
    const wonSignals = signals.filter((row) => row.winnerModelId === modelId).map((row) => row.key as SignalName);
    return { modelId, wins: wonSignals.length, comparable, wonSignals };
  });
}
