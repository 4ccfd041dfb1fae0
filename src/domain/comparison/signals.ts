/**
 * The six signals and the overall score side by side: delta or spread, winner, differs, and the
 * wins tally. Values are the scoring engine's (already rounded); every derived figure is computed
 * from them and rounded by the one rule, so "82.4 vs 71.0" always shows an advantage of 11.4.
 */
import { roundScore } from '../rounding.ts';
import { isStatisticallyTied } from '../scoring/ties.ts';
import { type Confidence, SIGNAL_NAMES, type SignalName, type SignalScore } from '../scoring/types.ts';
import { cellValue, type Decision, decide, deltaOrSpread, differs, higherIsBetter } from './decide.ts';
import type { PreparedComparedModel } from './prepare.ts';
import type { ComparedModelInput, Outcome, OverallComparison, ScoreCell, ScoreComparison, WinsTally } from './types.ts';

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

const COMPARABLE_OUTCOMES: ReadonlySet<Outcome> = new Set(['WINNER', 'TIE', 'STATISTICAL_TIE']);

export const isComparable = (outcome: Outcome): boolean => COMPARABLE_OUTCOMES.has(outcome);

/** True when `read` gives the same value for every model. */
const allSame = (models: readonly PreparedComparedModel[], read: (input: ComparedModelInput) => unknown): boolean => {
  const first = read(models[0]!.input);
  return models.every(({ input }) => read(input) === first);
};

type Scale = (typeof SIGNAL_SCALES)[SignalName | 'OVERALL'];

/** What stops a comparison on each scale (null: nothing). */
export type ScaleBlocks = Record<Scale, Outcome | null>;

/** What stops a comparison on each scale for these models. Computed once per comparison. */
export function scaleBlocks(models: readonly PreparedComparedModel[]): ScaleBlocks {
  const onePeerGroup = allSame(models, (input) => input.model.peerGroup);
  const onePricingUnit = allSame(models, (input) => input.cohort.price?.unit ?? null);
  const peerGroupBlock = onePeerGroup ? null : 'DIFFERENT_PEER_GROUPS';
  return {
    ABSOLUTE: null,
    PEER_GROUP: peerGroupBlock,
    PEER_GROUP_AND_PRICING_UNIT: peerGroupBlock ?? (onePricingUnit ? null : 'DIFFERENT_PRICING_UNITS'),
  };
}

/**
 * The cells (other than the winner's) whose interval overlaps the winner's: the evidence cannot
 * order them. By model id, so that the order of the request does not show in the reason.
 */
function tiedWithWinner(cells: readonly ScoreCell[], winnerIndex: number): ScoreCell[] {
  const winner = cells[winnerIndex]!.interval;
  if (winner === null) return [];
  return cells
    .filter((cell, index) => index !== winnerIndex && cell.interval !== null && isStatisticallyTied(winner, cell.interval))
    .sort((a, b) => (a.modelId < b.modelId ? -1 : 1));
}

const bounds = (cell: ScoreCell): string => `${cell.modelId} ${cell.interval!.lower.toFixed(1)}–${cell.interval!.upper.toFixed(1)}`;

function outcomeOf(key: SignalName | 'OVERALL', decision: Decision, blocks: ScaleBlocks, tied: readonly ScoreCell[]): Outcome {
  if (decision.outcome === 'MISSING_DATA') return 'MISSING_DATA';
  const blocked = blocks[SIGNAL_SCALES[key]];
  if (blocked) return blocked;
  if (decision.outcome === 'TIE') return 'TIE';
  return tied.length > 0 ? 'STATISTICAL_TIE' : 'WINNER';
}

const NO_FIGURES = { delta: null, spread: null };

/** The value of a cell of a comparable row: every one is known. */
const shownValue = (cell: ScoreCell): number => cell.value!;

function compareScores(key: SignalName | 'OVERALL', cells: ScoreCell[], blocks: ScaleBlocks, tiedOn: readonly string[]): ScoreComparison {
  const decision = decide(cells, cellValue, higherIsBetter);
  const tied = decision.outcome === 'WINNER' ? tiedWithWinner(cells, decision.winnerIndex!) : [];
  const outcome = outcomeOf(key, decision, blocks, tied);
  const statisticalTie = outcome === 'STATISTICAL_TIE';
  const { delta, spread } = isComparable(outcome) ? deltaOrSpread(cells, shownValue) : NO_FIGURES;
  const winner = outcome === 'WINNER' ? decision.winnerIndex! : null;
  return {
    key,
    cells,
    outcome,
    winnerModelId: winner === null ? null : cells[winner]!.modelId,
    delta,
    spread,
    advantage: winner === null ? null : roundScore(shownValue(cells[winner]!) - shownValue(cells[decision.runnerUpIndex!]!)),
    statisticallyTiedOn: statisticalTie ? [...tiedOn] : [],
    tieReason: statisticalTie
      ? `the best value's 95% interval (${bounds(cells[decision.winnerIndex!]!)}) overlaps ${tied.map(bounds).join(', ')}: the evidence cannot order them`
      : null,
    differs: differs(cells, cellValue),
  };
}

/** A model's score cells, built once per model and shared by every comparison it is in. */
export interface ScoreCells {
  /** One per signal, in `SIGNAL_NAMES` order. */
  signals: readonly ScoreCell[];
  overall: ScoreCell;
  confidence: Confidence | null;
}

export function prepareScoreCells({ model, score }: ComparedModelInput): ScoreCells {
  const cell = ({ value, reason, interval }: Pick<SignalScore, 'value' | 'reason' | 'interval'>): ScoreCell => ({ modelId: model.id, value, reason, interval });
  return {
    signals: SIGNAL_NAMES.map((signal) => cell(score.signals[signal])),
    overall: cell(score.overall),
    confidence: score.overall.confidence,
  };
}

export function compareSignals(models: readonly PreparedComparedModel[], blocks: ScaleBlocks, tiedOn: readonly string[]): ScoreComparison[] {
  return SIGNAL_NAMES.map((signal, index) =>
    compareScores(
      signal,
      models.map(({ scores }) => scores.signals[index]!),
      blocks,
      tiedOn,
    ),
  );
}

export function compareOverall(models: readonly PreparedComparedModel[], blocks: ScaleBlocks, tiedOn: readonly string[]): OverallComparison {
  const row = compareScores(
    'OVERALL',
    models.map(({ scores }) => scores.overall),
    blocks,
    tiedOn,
  );
  return Object.assign(row, { key: 'OVERALL' as const, confidence: models.map(({ scores }) => scores.confidence) });
}

/** Wins over the comparable signals; a tie or a statistical tie is comparable but nobody's win. */
export function tallyWins(modelIds: readonly string[], signals: readonly ScoreComparison[]): WinsTally[] {
  let comparable = 0;
  for (const row of signals) if (isComparable(row.outcome)) comparable++;
  return modelIds.map((modelId) => {
    const wonSignals: SignalName[] = [];
    for (const row of signals) if (row.winnerModelId === modelId) wonSignals.push(row.key as SignalName);
    return { modelId, wins: wonSignals.length, comparable, wonSignals };
  });
}
