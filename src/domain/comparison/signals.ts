/**
 * The six signals and the overall score side by side: delta or spread, winner, differs, and the
 * wins tally. Values are the scoring engine's (already rounded); every derived figure is computed
 * from them and rounded by the one rule, so "82.4 vs 71.0" always shows an advantage of 11.4.
 */
import { capabilitiesNotApplicable } from '../capability-applicability.ts';
import type { CapabilityName } from '../catalog.ts';
import { compareIntervals, precisionWords } from '../partial-date.ts';
import { roundScore } from '../rounding.ts';
import { METHODOLOGY } from '../scoring/methodology.ts';
import { differenceHalfWidth, isStatisticallyTied, valueWithInterval } from '../scoring/ties.ts';
import { type Confidence, SIGNAL_NAMES, type SignalName, type SignalScore } from '../scoring/types.ts';
import { byModelId, cellValue, type Decision, decide, deltaOrSpread, differs, higherIsBetter } from './decide.ts';
import type { PreparedRelease } from './matrix.ts';
import type { PreparedComparedModel } from './prepare.ts';
import type { ComparedModelInput, LeftOutModel, Outcome, OverallComparison, ScoreCell, ScoreComparison, WinsTally } from './types.ts';

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
  // Among the models with a ranking price: one without is left out of the row, not a unit of its own.
  let unit: string | null = null;
  let onePricingUnit = true;
  for (const { input } of models) {
    const own = input.cohort.price?.unit ?? null;
    if (own === null) continue;
    if (unit !== null && own !== unit) onePricingUnit = false;
    unit = own;
  }
  const peerGroupBlock = onePeerGroup ? null : 'DIFFERENT_PEER_GROUPS';
  return {
    ABSOLUTE: null,
    PEER_GROUP: peerGroupBlock,
    PEER_GROUP_AND_PRICING_UNIT: peerGroupBlock ?? (onePricingUnit ? null : 'DIFFERENT_PRICING_UNITS'),
  };
}

/**
 * The cells (other than the winner's) the evidence cannot order against the winner's: the 95%
 * interval of the difference contains 0. By model id, so that the order of the request does not
 * show in the reason.
 */
function tiedWithWinner(cells: readonly ScoreCell[], winnerIndex: number): ScoreCell[] {
  const winner = valueWithInterval(cells[winnerIndex]!);
  if (winner === null) return [];
  return cells
    .filter((cell, index) => {
      const other = valueWithInterval(cell);
      return index !== winnerIndex && other !== null && isStatisticallyTied(winner, other);
    })
    .sort((a, b) => (a.modelId < b.modelId ? -1 : 1));
}

const bounds = (cell: ScoreCell): string => `${cell.modelId} ${cell.value!.toFixed(1)} (${cell.interval!.lower.toFixed(1)}–${cell.interval!.upper.toFixed(1)})`;

/** "0.6 ± 12.1": the lead of the winner over the closest tied cell and the half-width of that difference's 95% interval. */
function leadWithin(winner: ScoreCell, tied: readonly ScoreCell[]): string {
  const closest = tied.reduce((best, cell) => (cell.value! > best.value! ? cell : best));
  const halfWidth = differenceHalfWidth(valueWithInterval(winner)!, valueWithInterval(closest)!);
  return `its lead over ${closest.modelId}, ${roundScore(winner.value! - closest.value!).toFixed(1)}, is within the difference's 95% interval of ±${roundScore(halfWidth).toFixed(1)}`;
}

function outcomeOf(key: SignalName | 'OVERALL', decision: Decision, blocks: ScaleBlocks, tied: readonly ScoreCell[]): Outcome {
  if (decision.outcome === 'MISSING_DATA') return 'MISSING_DATA';
  const blocked = blocks[SIGNAL_SCALES[key]];
  if (blocked) return blocked;
  if (decision.outcome === 'TIE') return 'TIE';
  return tied.length > 0 ? 'STATISTICAL_TIE' : 'WINNER';
}

const NO_FIGURES = { delta: null, spread: null };
const NO_FLAGS: CapabilityName[] = [];

/** The value of a decided cell (a winner, a runner-up): known. */
const shownValue = (cell: ScoreCell): number => cell.value!;

const NOBODY: LeftOutModel[] = [];

/** The models a decision left out, with the reason their cell gives. */
export function leftOutOf(cells: readonly ScoreCell[], decision: Decision): LeftOutModel[] {
  if (decision.leftOut.length === 0) return NOBODY;
  return byModelId(decision.leftOut.map((index) => ({ modelId: cells[index]!.modelId, reason: cells[index]!.detail ?? 'no value' })));
}

const NO_INDICES: number[] = [];

/**
 * Release dates the precision cannot order against the winner's (PARTIAL_DATES_RULE): the winner of
 * the newest release is only a winner when its date is surely later than every other known one.
 */
export function undecidableDates(releases: readonly (PreparedRelease | null)[], winnerIndex: number): number[] {
  const winner = releases[winnerIndex];
  if (!winner || (winner.precision === 'DAY' && releases.every((release) => release === null || release.precision === 'DAY'))) return NO_INDICES;
  let tied: number[] | null = null;
  for (let index = 0; index < releases.length; index++) {
    const release = releases[index];
    if (index === winnerIndex || !release || compareIntervals(winner, release) !== null) continue;
    tied ??= [];
    tied.push(index);
  }
  return tied ?? NO_INDICES;
}

/** "Qwen3 235B-A22B, known only to the month (2025-04); Llama 4 Maverick, released 2025-04-05": why two releases cannot be ordered. */
export function datesTieReason(
  models: readonly { modelId: string; name: string }[],
  releases: readonly (PreparedRelease | null)[],
  winnerIndex: number,
  tied: readonly number[],
): string {
  const describe = (index: number) => {
    const { date } = releases[index]!;
    const words = precisionWords(date);
    return `${models[index]!.name}, ${words || `released ${date}`}`;
  };
  // By model id after the newest-looking one, so that the order of the request does not show.
  const others = [...tied].sort((a, b) => (models[a]!.modelId < models[b]!.modelId ? -1 : 1));
  return `the release dates cannot be ordered at the precision the data has (${[winnerIndex, ...others].map(describe).join('; ')}): either may be the newer`;
}

interface RowContext {
  blocks: ScaleBlocks;
  tiedOn: readonly string[];
  /** RECENCY: each model's release date, in model order (for the precision check). */
  releaseDates?: readonly (PreparedRelease | null)[];
  models?: readonly { modelId: string; name: string }[];
  commonFlags?: CapabilityName[];
}

function compareScores(key: SignalName | 'OVERALL', cells: ScoreCell[], { blocks, tiedOn, releaseDates, models, commonFlags }: RowContext): ScoreComparison {
  const decision = decide(cells, cellValue, higherIsBetter);
  const tied = decision.outcome === 'WINNER' ? tiedWithWinner(cells, decision.winnerIndex!) : [];
  let outcome = outcomeOf(key, decision, blocks, tied);
  let tieReason: string | null = null;
  if (outcome === 'STATISTICAL_TIE') {
    const winner = cells[decision.winnerIndex!]!;
    tieReason = `the best value, ${bounds(winner)}, is not separated from ${tied.map(bounds).join(', ')}: ${leadWithin(winner, tied)}, so the evidence cannot order them`;
  } else if (outcome === 'WINNER' && releaseDates && models) {
    const undecided = undecidableDates(releaseDates, decision.winnerIndex!);
    if (undecided.length > 0) {
      outcome = 'TIE';
      tieReason = datesTieReason(models, releaseDates, decision.winnerIndex!, undecided);
    }
  }
  const { delta, spread } = isComparable(outcome) ? deltaOrSpread(cells, cellValue) : NO_FIGURES;
  const winner = outcome === 'WINNER' ? decision.winnerIndex! : null;
  return {
    key,
    cells,
    outcome,
    winnerModelId: winner === null ? null : cells[winner]!.modelId,
    delta,
    spread,
    advantage: winner === null ? null : roundScore(shownValue(cells[winner]!) - shownValue(cells[decision.runnerUpIndex!]!)),
    statisticallyTiedOn: outcome === 'STATISTICAL_TIE' ? [...tiedOn] : [],
    tieReason,
    differs: differs(cells, cellValue),
    leftOut: leftOutOf(cells, decision),
    commonFlags: commonFlags ?? NO_FLAGS,
  };
}

/** The scored capability flags, as bits (bit i = `scoredCapabilities[i]`). */
const SCORED_FLAGS = METHODOLOGY.parameters.scoredCapabilities;

/** A model's scored flags as bit sets: which apply and are known, and which of those are true. */
export interface CapabilityBits {
  known: number;
  supported: number;
}

/** A model's score cells, built once per model and shared by every comparison it is in. */
export interface ScoreCells {
  /** One per signal, in `SIGNAL_NAMES` order. */
  signals: readonly ScoreCell[];
  overall: ScoreCell;
  confidence: Confidence | null;
  capabilities: CapabilityBits;
}

const BENCHMARKS_INDEX = SIGNAL_NAMES.indexOf('BENCHMARKS');
const CAPABILITIES_INDEX = SIGNAL_NAMES.indexOf('CAPABILITIES');
const RECENCY_INDEX = SIGNAL_NAMES.indexOf('RECENCY');

function capabilityBits(model: ComparedModelInput['model']): CapabilityBits {
  const notApplicable = capabilitiesNotApplicable(model);
  let known = 0;
  let supported = 0;
  SCORED_FLAGS.forEach((flag, bit) => {
    const value = model.capabilities[flag];
    if (value === null || notApplicable.includes(flag)) return;
    known |= 1 << bit;
    if (value) supported |= 1 << bit;
  });
  return { known, supported };
}

export function prepareScoreCells({ model, score }: ComparedModelInput): ScoreCells {
  const coverage = { present: score.coverage.present, total: score.coverage.total };
  const cell = (signal: Pick<SignalScore, 'value' | 'reason' | 'interval'> & { detail?: string }, scored: boolean): ScoreCell => ({
    modelId: model.id,
    value: signal.value,
    reason: signal.reason,
    // Intervals decide statistical ties: only the quality's and the overall score's (a recency range is not one).
    interval: scored ? signal.interval : null,
    detail: signal.value === null ? (signal.detail ?? null) : null,
    confidence: scored && signal.value !== null ? score.overall.confidence : null,
    coverage: scored && signal.value !== null ? coverage : null,
  });
  return {
    signals: SIGNAL_NAMES.map((signal, index) => cell(score.signals[signal], index === BENCHMARKS_INDEX)),
    overall: cell(score.overall, true),
    confidence: score.overall.confidence,
    capabilities: capabilityBits(model),
  };
}

/** The flags of a bit set, cached: there are at most 2^8 sets. */
const FLAG_LISTS = new Map<number, CapabilityName[]>();
function flagsOf(bits: number): CapabilityName[] {
  let flags = FLAG_LISTS.get(bits);
  if (!flags) {
    flags = SCORED_FLAGS.filter((_, bit) => (bits & (1 << bit)) !== 0);
    FLAG_LISTS.set(bits, flags);
  }
  return flags;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

const NO_FLAG_KNOWN = 'none of the scored capability flags is known';
const NO_COMMON_FLAG = 'no scored capability flag is known for every model compared';

/**
 * The Capabilities row on a common footing (CAPABILITIES_RULE): among the models with a known flag,
 * each cell is 100 × supported / the flags known for every one of them, so a flag that only some
 * models state neither helps nor hurts anyone; a model with no known flag is left out.
 */
function capabilityCells(models: readonly PreparedComparedModel[]): { cells: ScoreCell[]; commonFlags: CapabilityName[] } {
  let common = -1;
  let participants = 0;
  for (const { scores } of models) {
    if (scores.capabilities.known === 0) continue;
    common &= scores.capabilities.known;
    participants++;
  }
  const shared = participants >= 2 && common !== -1 ? common : 0;
  const of = bitCount(shared);
  const cells: ScoreCell[] = [];
  for (const { entry, scores } of models) {
    const value = scores.capabilities.known === 0 || of === 0 ? null : roundScore((100 * bitCount(scores.capabilities.supported & shared)) / of);
    const detail = value !== null ? null : scores.capabilities.known === 0 ? NO_FLAG_KNOWN : NO_COMMON_FLAG;
    cells.push({ modelId: entry.modelId, value, reason: value === null ? 'UNKNOWN' : null, interval: null, detail, confidence: null, coverage: null });
  }
  return { cells, commonFlags: flagsOf(shared) };
}

export function compareSignals(models: readonly PreparedComparedModel[], blocks: ScaleBlocks, tiedOn: readonly string[]): ScoreComparison[] {
  return SIGNAL_NAMES.map((signal, index) => {
    if (index === CAPABILITIES_INDEX) {
      const { cells, commonFlags } = capabilityCells(models);
      return compareScores(signal, cells, { blocks, tiedOn, commonFlags });
    }
    const cells = models.map(({ scores }) => scores.signals[index]!);
    if (index !== RECENCY_INDEX) return compareScores(signal, cells, { blocks, tiedOn });
    const releaseDates = models.map(({ matrix }) => matrix.release);
    return compareScores(signal, cells, { blocks, tiedOn, releaseDates, models: models.map(({ entry }) => entry) });
  });
}

export function compareOverall(models: readonly PreparedComparedModel[], blocks: ScaleBlocks, tiedOn: readonly string[]): OverallComparison {
  const row = compareScores(
    'OVERALL',
    models.map(({ scores }) => scores.overall),
    { blocks, tiedOn },
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
