/**
 * A leaderboard of one peer group by one value: the models ordered by it, ties sharing a rank.
 * Where every value has a 95% interval, a tie is statistical: walking down the order, a model shares
 * the rank of its tier's first model while the evidence cannot order the two (the 95% interval of
 * their difference contains 0, see scoring/ties.ts; measured against that first model, so a tier
 * does not chain on), and the first model it can order starts the next tier at its own position.
 * Without intervals, equal values (as shown) share a rank. Either way ranks follow the values;
 * `bestPossibleRank` is 1 + the models surely better by the same test.
 */
import { bestPossibleRanksOf, isStatisticallyTied } from '../scoring/ties.ts';
import type { IntervalBounds } from '../scoring/types.ts';
import { byKey, thenBy } from '../util/sorting.ts';

export interface LeaderboardCandidate {
  modelId: string;
  /** Null: the model has no such value and is not ranked. */
  value: number | null;
  interval: IntervalBounds | null;
}

export interface LeaderboardEntry {
  modelId: string;
  rank: number;
  bestPossibleRank: number;
  value: number;
  interval: IntervalBounds | null;
  /** The other models sharing this rank. */
  tiedWith: string[];
}

export interface Leaderboard {
  entries: LeaderboardEntry[];
  /** Models without the value, by id. */
  unranked: string[];
  /** Whether ties are statistical tiers (every ranked value has an interval) rather than equal values. */
  statistical: boolean;
}

type Ranked = LeaderboardCandidate & { value: number };

/** Whether the evidence cannot order two ranked values (both with an interval). */
const tied = (a: Ranked, b: Ranked): boolean => isStatisticallyTied({ value: a.value, ...a.interval! }, { value: b.value, ...b.interval! });

/** Rank per position: statistical tiers when every value has an interval, equal values otherwise. */
function tierRanks(ordered: readonly Ranked[]): number[] {
  const ranks: number[] = [];
  let head = 0;
  ordered.forEach((candidate, position) => {
    const leader = ordered[head]!;
    const sharesRank = position > 0 && (candidate.interval && leader.interval ? tied(candidate, leader) : candidate.value === ordered[position - 1]!.value);
    if (!sharesRank) head = position;
    ranks.push(head + 1);
  });
  return ranks;
}

/** 1 + the models ahead in the order with a value the evidence orders above this one (see ties.ts); without intervals, the rank. */
function bestPossibleRanks(ordered: readonly Ranked[], ranks: readonly number[]): number[] {
  if (!ordered.every((candidate) => candidate.interval)) return [...ranks];
  return bestPossibleRanksOf(ordered.map(({ value, interval }) => ({ value, ...interval! })));
}

export function rankLeaderboard(candidates: readonly LeaderboardCandidate[], higherIsBetter = true): Leaderboard {
  const ranked = candidates.filter((candidate): candidate is Ranked => candidate.value !== null);
  const statistical = ranked.length > 0 && ranked.every((candidate) => candidate.interval);
  // Intervals decide ties only when every value has one; otherwise values as shown do.
  const ordered = (statistical ? ranked : ranked.map((candidate) => ({ ...candidate, interval: null }))).sort(
    thenBy<Ranked>(
      (a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value),
      byKey((candidate) => candidate.modelId),
    ),
  );
  const ranks = tierRanks(ordered);
  const best = bestPossibleRanks(ordered, ranks);
  const byRank = new Map<number, string[]>();
  for (const [i, candidate] of ordered.entries()) byRank.set(ranks[i]!, [...(byRank.get(ranks[i]!) ?? []), candidate.modelId]);
  const intervals = new Map(ranked.map((candidate) => [candidate.modelId, candidate.interval]));
  return {
    entries: ordered.map((candidate, i) => ({
      modelId: candidate.modelId,
      rank: ranks[i]!,
      bestPossibleRank: Math.min(best[i]!, ranks[i]!),
      value: candidate.value,
      interval: intervals.get(candidate.modelId) ?? null,
      tiedWith: byRank.get(ranks[i]!)!.filter((id) => id !== candidate.modelId),
    })),
    unranked: candidates
      .filter((candidate) => candidate.value === null)
      .map((candidate) => candidate.modelId)
      .sort(),
    statistical,
  };
}
